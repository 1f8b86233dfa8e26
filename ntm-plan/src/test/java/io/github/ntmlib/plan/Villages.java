package io.github.ntmlib.plan;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built worlds on {@link PlanWorld#SET} for the example tests: a province "40" with districts
 * "401" and "402"; each commune added meets every criterion of both commune standards unless a value
 * is overridden.
 */
final class Villages {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private final List<AdminUnit> units = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<RecordedOutcome> outcomes = new ArrayList<>();
    private final List<StatusEvent> events = new ArrayList<>();

    Villages() {
        units.add(AdminUnit.of("40", "Tỉnh Thử Nghiệm", UnitKind.PROVINCE, null, FROM));
        units.add(AdminUnit.of("401", "Huyện Một", UnitKind.RURAL_DISTRICT, "40", FROM));
        units.add(AdminUnit.of("402", "Huyện Hai", UnitKind.RURAL_DISTRICT, "40", FROM));
    }

    /** Values that meet every indicator of both standards. */
    static Map<String, Value> met() {
        Map<String, Value> v = new LinkedHashMap<>();
        v.put("1.1", Value.Ratio.of(70, 100));
        v.put("2.1", new Value.Quantity(BigDecimal.valueOf(70), PlanWorld.INCOME_UNIT));
        v.put("2.2", new Value.Quantity(BigDecimal.valueOf(2), "%"));
        v.put("3.1", new Value.Count(5));
        v.put("4.1", new Value.Flag(true));
        v.put("4.2", new Value.Flag(true));
        v.put("5.1", new Value.Flag(true));
        v.put("6.1", Value.Ratio.of(80, 100));
        v.put("7.1", new Value.Flag(true));
        v.put("8.1", Value.Ratio.of(5, 100));
        v.put("8.2", new Value.Count(3));
        return v;
    }

    /**
     * Adds a commune meeting everything but the values given.
     *
     * @param code     its code
     * @param district "401" or "402"
     * @param values   indicator, value, ... (a {@code null} value removes the indicator's row)
     * @return this
     */
    Villages commune(String code, String district, Object... values) {
        units.add(AdminUnit.of(code, "Xã " + code, UnitKind.COMMUNE, district, FROM));
        Map<String, Value> v = met();
        for (int i = 0; i < values.length; i += 2) {
            if (values[i + 1] == null) {
                v.remove((String) values[i]);
            } else {
                v.put((String) values[i], (Value) values[i + 1]);
            }
        }
        v.forEach((k, value) -> observations.add(Observation.of(code, k, PlanWorld.YEAR, value, PlanWorld.DATA)));
        return this;
    }

    Villages outcome(String unit, String standard, String criterion, Assessment assessment) {
        outcomes.add(RecordedOutcome.of(unit, standard, criterion, assessment, PlanWorld.AS_OF, PlanWorld.DATA));
        return this;
    }

    Villages recognised(String unit, String standard) {
        events.add(StatusEvent.recognised(unit, standard, LocalDate.of(2023, 5, 1), "12/QĐ-UBND", "UBND tỉnh"));
        return this;
    }

    PreparedEvaluation prepared(CountingMode mode) {
        Dataset.Builder b = Dataset.builder();
        observations.forEach(b::add);
        outcomes.forEach(b::add);
        return Evaluator.of(PlanWorld.SET).prepare(EvaluationRequest.of(PlanWorld.AS_OF, PlanWorld.YEAR, mode),
                Snapshot.of(FROM, units), b.build(), StatusRegister.of(events));
    }

    PreparedEvaluation computed() {
        return prepared(CountingMode.COMPUTED);
    }
}
