package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.report.io.EvaluationJson;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evaluation written as JSON reads back against the set, equal to the one written, writes the
 * same text, and names only criteria the set has.
 */
final class JsonRoundTrip {

    private final CriteriaSet set;

    JsonRoundTrip(CriteriaSet set) {
        this.set = set;
    }

    int check(List<Failure> found) {
        int n = 0;
        Optional<Probe.Request> request = Probe.request(set.period(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (request.isEmpty()) {
            return 0;
        }
        for (Standard s : set.standards()) {
            if (s.appliesTo().isEmpty()) {
                continue;
            }
            UnitKind kind = s.appliesTo().stream().sorted().findFirst().orElseThrow();
            String unit = Probe.code(kind);
            Dataset.Builder data = Dataset.builder();
            boolean outcome = false;
            for (Criterion c : s.criteria()) {
                if (!c.appliesTo().isEmpty() && !c.appliesTo().contains(kind)) {
                    continue;
                }
                if (!outcome && c.indicators().isEmpty()) {
                    data.add(RecordedOutcome.of(unit, s.id(), c.code(), Assessment.NOT_MET, request.get().date(),
                            Monotonicity.SOURCE));
                    outcome = true;
                }
            }
            for (Numeric.Case c : Numeric.rules(set)) {
                if (c.standard() == s && c.kind().equals(Optional.of(kind)) && c.rule().when().isEmpty()) {
                    c.at(c.value()).ifPresent(v -> data.add(Observation.of(unit, c.indicator().code(),
                            request.get().year(), v, Monotonicity.SOURCE)));
                }
            }
            n++;
            Snapshot snapshot = Probe.of(set, kind, Map.of(), s.subdivision());
            try {
                Evaluation e = Probe.evaluate(set, snapshot, dedupe(data), request.get());
                String first = write(e);
                Evaluation back = EvaluationJson.read(new StringReader(first), "conformance", set, snapshot);
                if (!first.equals(write(back))) {
                    found.add(new Failure(Check.JSON_ROUND_TRIP, s.id(), "the evaluation read back writes other text"));
                } else if (!back.equals(e)) {
                    found.add(new Failure(Check.JSON_ROUND_TRIP, s.id(), "the evaluation read back differs from the one"
                            + " written"));
                }
                back.result(unit, s.id()).ifPresent(r -> r.criteria().forEach(c -> {
                    if (s.criterion(c.code()).isEmpty()) {
                        found.add(new Failure(Check.JSON_ROUND_TRIP, s.id(), "the JSON holds a result for criterion "
                                + c.code() + ", which the standard does not have: a reader cannot match it to the set"));
                    }
                }));
            } catch (RuntimeException e) {
                found.add(new Failure(Check.JSON_ROUND_TRIP, s.id(), "round trip failed: " + e));
            }
        }
        return n;
    }

    private static Dataset dedupe(Dataset.Builder data) {
        return data.build();
    }

    private static String write(Evaluation e) {
        StringWriter out = new StringWriter();
        EvaluationJson.write(e, out);
        return out.toString();
    }
}
