package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A nested standard applies within its base's kinds and is never met where its base is not. */
final class Nesting {

    private final CriteriaSet set;

    Nesting(CriteriaSet set) {
        this.set = set;
    }

    int check(List<Failure> found) {
        int n = 0;
        for (Standard s : set.standards()) {
            if (s.nestedIn().isEmpty()) {
                continue;
            }
            Standard base = set.standard(s.nestedIn().get()).orElseThrow();
            n++;
            String where = s.id() + " in " + base.id();
            Set<UnitKind> shared = new LinkedHashSet<>(s.appliesTo());
            shared.retainAll(base.appliesTo());
            if (!base.appliesTo().containsAll(s.appliesTo())) {
                found.add(new Failure(Check.NESTING, where, "applies to " + s.appliesTo() + " but its base only to "
                        + base.appliesTo() + ": where the base cannot hold, the nesting means nothing"));
            }
            Optional<Probe.Request> request = Probe.request(set.period(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (shared.isEmpty() || request.isEmpty()) {
                continue;
            }
            UnitKind kind = shared.iterator().next();
            String unit = Probe.code(kind);
            Dataset.Builder data = Dataset.builder();
            outcomes(data, s, kind, unit, request.get(), null);
            Criterion failing = base.criteria().stream().filter(c -> applies(c, kind)).findFirst().orElse(null);
            if (failing == null) {
                continue;
            }
            outcomes(data, base, kind, unit, request.get(), failing);
            try {
                // the stricter of the two subdivisions (they never conflict in a coherent set)
                io.github.ntmlib.core.criteria.Subdivision divided = s.subdivision()
                        == io.github.ntmlib.core.criteria.Subdivision.ANY ? base.subdivision() : s.subdivision();
                Evaluation e = Probe.evaluate(set, Probe.of(set, kind, java.util.Map.of(), divided), data.build(),
                        request.get());
                Verdict nested = e.result(unit, s.id()).map(r -> r.verdict()).orElse(Verdict.NOT_ASSESSED);
                if (nested == Verdict.MET) {
                    found.add(new Failure(Check.NESTING, where, "met although base criterion " + failing.code()
                            + " is not met"));
                }
            } catch (RuntimeException e) {
                found.add(new Failure(Check.NESTING, where, "evaluation failed: " + e));
            }
        }
        return n;
    }

    private static boolean applies(Criterion c, UnitKind kind) {
        return c.appliesTo().isEmpty() || c.appliesTo().contains(kind);
    }

    private static void outcomes(Dataset.Builder data, Standard s, UnitKind kind, String unit, Probe.Request request,
            @Nullable Criterion failing) {
        for (Criterion c : s.criteria()) {
            if (applies(c, kind)) {
                data.add(RecordedOutcome.of(unit, s.id(), c.code(), c == failing ? Assessment.NOT_MET : Assessment.MET,
                        request.date(), Monotonicity.SOURCE));
            }
        }
    }
}
