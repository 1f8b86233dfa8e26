package io.github.ntmlib.plan;

import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The data with a set of units' improvements applied — their planned values in place of today's,
 * their criteria assessed as a whole recorded "đạt" on the evaluation date — judged again by the
 * engine: the kernel decides whether a plan works, the plan never assumes.
 */
final class Scenario {

    private Scenario() {
    }

    static Evaluation judge(PreparedEvaluation prepared, Collection<UnitGap> gaps) {
        if (gaps.isEmpty()) {
            return prepared.evaluate();
        }
        Dataset base = prepared.data();
        LocalDate asOf = prepared.request().asOf();
        Set<String> replacedValues = new HashSet<>();
        Set<String> replacedOutcomes = new HashSet<>();
        Set<String> units = new LinkedHashSet<>();
        Dataset.Builder data = Dataset.builder();
        for (UnitGap g : gaps) {
            units.add(g.unit);
            g.observations.forEach(o -> replacedValues.add(key(o)));
            g.outcomes.forEach(o -> replacedOutcomes.add(key(o)));
        }
        for (Observation o : base.observations()) {
            if (!replacedValues.contains(key(o))) {
                data.add(o);
            }
        }
        for (RecordedOutcome o : base.outcomes()) {
            if (!(o.date().equals(asOf) && replacedOutcomes.contains(key(o)))) {
                data.add(o);
            }
        }
        for (UnitGap g : gaps) {
            g.observations.forEach(data::add);
            g.outcomes.forEach(data::add);
        }
        Dataset changed = data.build();
        if (prepared.request().lenient()) {
            return Evaluator.of(prepared.criteriaSet()).prepare(prepared.request(), prepared.snapshot(), changed,
                    prepared.register()).evaluate();
        }
        return prepared.update(changed, units).evaluate();
    }

    private static String key(Observation o) {
        return o.unit() + "\u0000" + o.indicator() + "\u0000" + o.year();
    }

    private static String key(RecordedOutcome o) {
        return o.unit() + "\u0000" + o.standard() + "\u0000" + o.criterion();
    }
}
