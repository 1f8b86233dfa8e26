package io.github.ntmlib.criteria2021;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Shared inputs of the module's tests: the set, a small commune hierarchy, data helpers. */
final class Fixtures {

    static final CriteriaSet SET = NationalCriteria2021.criteriaSet();
    static final LocalDate DATE = LocalDate.of(2024, 12, 31);
    static final int YEAR = 2024;
    static final DataSource TEST = DataSource.of("test", "example inputs");
    static final String INCOME_UNIT = "triệu đồng/người/năm";

    private Fixtures() {
    }

    /**
     * Province 42 with one district 445 and communes: 1 without a region (the general values
     * apply), 2 inheriting Bắc Trung Bộ from a second province 99.
     */
    static Snapshot communes() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        return Snapshot.of(d, List.of(
                AdminUnit.of("42", "Tỉnh Không Vùng", UnitKind.PROVINCE, null, d),
                AdminUnit.of("445", "Huyện Một", UnitKind.RURAL_DISTRICT, "42", d),
                AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "445", d),
                AdminUnit.of("99", "Tỉnh Bắc Trung Bộ", UnitKind.PROVINCE, null, d)
                        .withClassification(NationalCriteria2021.NTM_REGION, "BAC_TRUNG_BO"),
                AdminUnit.of("990", "Huyện Hai", UnitKind.RURAL_DISTRICT, "99", d),
                AdminUnit.of("2", "Xã Hai", UnitKind.COMMUNE, "990", d)));
    }

    static Observation ratio(String unit, String indicator, long part, long whole) {
        return Observation.of(unit, indicator, YEAR, Value.Ratio.of(part, whole), TEST);
    }

    static Observation flag(String unit, String indicator, boolean met) {
        return Observation.of(unit, indicator, YEAR, new Value.Flag(met), TEST);
    }

    static Observation income(String unit, String amount) {
        return Observation.of(unit, "10.income", YEAR, new Value.Quantity(new BigDecimal(amount), INCOME_UNIT), TEST);
    }

    static RecordedOutcome outcome(String unit, String standard, String criterion, Assessment assessment) {
        return RecordedOutcome.of(unit, standard, criterion, assessment, DATE, TEST);
    }

    /** Records every criterion of a standard as met for a unit, except the codes given. */
    static Dataset.Builder allMet(Dataset.Builder data, String unit, String standard, String... except) {
        List<String> skip = List.of(except);
        for (Criterion c : SET.standard(standard).orElseThrow().criteria()) {
            if (!skip.contains(c.code())) {
                data.add(outcome(unit, standard, c.code(), Assessment.MET));
            }
        }
        return data;
    }

    static Evaluation evaluate(CriteriaSet set, Snapshot snapshot, Dataset data) {
        return Evaluator.of(set).evaluate(EvaluationRequest.of(DATE, YEAR, CountingMode.COMPUTED), snapshot, data, StatusRegister.empty());
    }
}
