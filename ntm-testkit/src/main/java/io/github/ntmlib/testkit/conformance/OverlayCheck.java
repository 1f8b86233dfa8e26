package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.Snapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An overlay that tightens a verified value takes effect; one that loosens it never does. */
final class OverlayCheck {

    private static final Provenance PROBE = Provenance.of("ntm-testkit conformance overlay", "probe");

    private final CriteriaSet set;

    OverlayCheck(CriteriaSet set) {
        this.set = set;
    }

    int check(List<Failure> found) {
        int n = 0;
        for (Numeric.Case c : Numeric.rules(set)) {
            Optional<Numeric.World> world = c.world(set);
            Optional<Value> atThreshold = c.at(c.value());
            BigDecimal direction = c.atLeast() ? c.step() : c.step().negate();
            Optional<Value> looser = c.at(c.value().subtract(direction));
            if (world.isEmpty() || atThreshold.isEmpty() || looser.isEmpty() || c.at(c.value().add(direction)).isEmpty()) {
                continue;
            }
            Snapshot snapshot = world.get().snapshot();
            String unit = world.get().unit();
            Optional<Probe.Request> request = Optional.of(world.get().request());
            try {
                Evaluation national = evaluate(set, snapshot, unit, c, atThreshold.get(), request.get());
                if (Numeric.verdict(national, c, unit).orElse(null) != Verdict.MET
                        || !Numeric.chosen(national, c, unit).map(t -> t.equals(c.rule().threshold())).orElse(true)) {
                    continue;
                }
                n++;
                Optional<CriteriaSet> tightened = apply(c, c.value().add(direction));
                if (tightened.isPresent()) {
                    Verdict v = Numeric.verdict(evaluate(tightened.get(), snapshot, unit, c, atThreshold.get(),
                            request.get()), c, unit).orElse(Verdict.NOT_ASSESSED);
                    if (v == Verdict.MET) {
                        found.add(new Failure(Check.OVERLAYS, c.where(), "an overlay tightening it to "
                                + c.value().add(direction) + " had no effect: the national value still met"));
                    }
                }
                Optional<CriteriaSet> loosened = apply(c, c.value().subtract(direction));
                if (loosened.isPresent()) {
                    Verdict v = Numeric.verdict(evaluate(loosened.get(), snapshot, unit, c, looser.get(),
                            request.get()), c, unit).orElse(Verdict.NOT_ASSESSED);
                    if (v == Verdict.MET) {
                        found.add(new Failure(Check.OVERLAYS, c.where(), "an overlay loosening it to "
                                + c.value().subtract(direction) + " was applied and made a worse value met"));
                    }
                }
            } catch (RuntimeException e) {
                found.add(new Failure(Check.OVERLAYS, c.where(), "evaluation failed: " + e));
            }
        }
        return n;
    }

    /** The set with an overlay giving the case's rule a new value, or empty when the set refuses it. */
    private Optional<CriteriaSet> apply(Numeric.Case c, BigDecimal value) {
        ThresholdRule rule = ThresholdRule.of(c.rule().when(), c.rule().fromYear(), c.rule().toYear(), c.rule().kinds(),
                Optional.empty(), Threshold.of(c.rule().threshold().comparison(), value, ThresholdStatus.VERIFIED, PROBE));
        Overlay overlay = new Overlay("conformance-probe", set.id(), Probe.PROVINCE, List.of(
                new Overlay.OverlayThreshold(c.standard().id(), c.indicator().code(), rule)), List.of(), PROBE,
                SourcePosition.API);
        try {
            return Optional.of(overlay.applyTo(set));
        } catch (InvalidDataException refused) {
            return Optional.empty();
        }
    }

    private static Evaluation evaluate(CriteriaSet set, Snapshot snapshot, String unit, Numeric.Case c, Value value,
            Probe.Request request) {
        return Probe.evaluate(set, snapshot, Dataset.builder().add(Observation.of(unit, c.indicator().code(),
                request.year(), value, Monotonicity.SOURCE)).build(), request);
    }
}
