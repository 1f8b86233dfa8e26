package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.Snapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluation is monotone in each indicator's direction and changes at the verified value. */
final class Monotonicity {

    static final DataSource SOURCE = DataSource.of("ntm-testkit conformance probe", "generated");

    private final CriteriaSet set;

    Monotonicity(CriteriaSet set) {
        this.set = set;
    }

    int check(List<Failure> found) {
        int n = 0;
        for (Numeric.Case c : Numeric.rules(set)) {
            Optional<Numeric.World> world = c.world(set);
            if (world.isEmpty()) {
                continue;
            }
            n++;
            Snapshot snapshot = world.get().snapshot();
            String unit = world.get().unit();
            Optional<Probe.Request> request = Optional.of(world.get().request());
            List<BigDecimal> amounts = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            boolean chosen = true;
            try {
                for (Map.Entry<BigDecimal, Value> v : Numeric.around(c).entrySet()) {
                    Evaluation e = Probe.evaluate(set, snapshot, Dataset.builder().add(Observation.of(unit,
                            c.indicator().code(), request.get().year(), v.getValue(), SOURCE)).build(), request.get());
                    amounts.add(v.getKey());
                    verdicts.add(Numeric.verdict(e, c, unit).orElse(Verdict.NOT_ASSESSED));
                    chosen &= Numeric.chosen(e, c, unit).map(t -> t.equals(c.rule().threshold())).orElse(true);
                }
            } catch (RuntimeException e) {
                found.add(new Failure(Check.MONOTONE, c.where(), "evaluation failed: " + e));
                continue;
            }
            judge(c, amounts, verdicts, chosen, found);
        }
        return n;
    }

    private static void judge(Numeric.Case c, List<BigDecimal> amounts, List<Verdict> verdicts, boolean chosen,
            List<Failure> found) {
        // walk in the direction of improvement: once met, stays met
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            order.add(c.atLeast() ? i : amounts.size() - 1 - i);
        }
        boolean met = false;
        for (int i : order) {
            if (met && verdicts.get(i) != Verdict.MET) {
                found.add(new Failure(Check.MONOTONE, c.where(), "not monotone: met at a worse value but "
                        + verdicts.get(i) + " at " + amounts.get(i) + " (values " + amounts + " gave " + verdicts + ")"));
                return;
            }
            met |= verdicts.get(i) == Verdict.MET;
        }
        if (!chosen) {
            return;
        }
        int at = amounts.indexOf(c.value());
        int worse = amounts.indexOf(c.value().subtract(c.atLeast() ? c.step() : c.step().negate()));
        if (at >= 0 && verdicts.get(at) != Verdict.MET) {
            found.add(new Failure(Check.MONOTONE, c.where(), "the threshold value " + c.value() + " itself gave "
                    + verdicts.get(at)));
        }
        if (worse >= 0 && verdicts.get(worse) != Verdict.NOT_MET) {
            found.add(new Failure(Check.MONOTONE, c.where(), "a value just worse than the threshold ("
                    + amounts.get(worse) + ") gave " + verdicts.get(worse)));
        }
    }
}
