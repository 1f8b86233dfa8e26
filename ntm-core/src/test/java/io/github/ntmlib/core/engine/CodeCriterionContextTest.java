package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a criterion written in code sees through its context: the request's data year, date and
 * counting mode, the standard being judged, the unit's classifications (overrides applied), its
 * own values, and the verdicts of other units (not assessed where the standard does not apply or
 * the unit or standard is unknown; by the register when counting officially). The compiled run
 * and the reference run show it the same.
 */
class CodeCriterionContextTest {

    private static final DataSource SRC = new DataSource("test", "", SourcePosition.of("data.csv", 3));

    /** Length of district roads (km), a district indicator. */
    private static final IndicatorDefinition ROADS = new IndicatorDefinition("P.1", Labels.of("Đường huyện", "district roads"),
            ValueKind.QUANTITY, "km", false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast("100", SmallSet.TEST))));

    /** Share of poor households (%), at most 5%. */
    private static final IndicatorDefinition POOR = new IndicatorDefinition("P.2", Labels.of("Tỷ lệ hộ nghèo", "poor households"),
            ValueKind.RATIO, "%", false, List.of(), List.of(ThresholdRule.always(Threshold.atMost("5", SmallSet.TEST))));

    /** Writes down what it sees, as its explanation. */
    private static final class Probe implements Criterion {
        @Override
        public String code() {
            return "P";
        }

        @Override
        public Labels labels() {
            return Labels.of("thăm dò", "probe");
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of(ROADS, POOR);
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            IndicatorTrace roads = context.assess(ROADS);
            IndicatorTrace poor = context.assess(POOR);
            String seen = String.join(" | ", List.of(
                    context.unit().code(), String.valueOf(context.year()), context.date().toString(),
                    context.standard(), context.mode().name(), context.snapshot().date().toString(),
                    context.classification(TestSchemes.REGION).orElse("-"),
                    context.classification(TestSchemes.EXTREMELY_DIFFICULT.id()).orElse("-"),
                    context.observation("P.1").map(o -> ((Value.Quantity) o.value()).amount().toPlainString()).orElse("-"),
                    roads.verdict().name(), poor.verdict().name(),
                    context.holds("1", "commune-ntm").name(),
                    context.holds("5", "civilised-urban").name(),
                    context.holds("5", "commune-ntm").name(),
                    context.holds("999", "commune-ntm").name(),
                    context.holds("1", "no-such-standard").name(),
                    context.holds("2", "commune-ntm").name()));
            return CriterionResult.ofRule("P", labels(), roads.verdict(), List.of(roads, poor), Labels.of(seen, seen));
        }
    }

    private static CriteriaSet set() {
        return SmallSet.set().toBuilder().standard(Standard.of("district-probe", Labels.of("thăm dò", "probe"),
                Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(), List.of(new Probe()), SmallSet.TEST)).build();
    }

    private static Dataset data() {
        return Dataset.builder()
                .add(Observation.of("445", "P.1", 2024, new Value.Quantity(new BigDecimal("120.5"), "km"), SRC))
                .add(Observation.of("445", "P.2", 2024, Value.Ratio.of(5, 100), SRC))
                .add(Observation.of("1", "3.1", 2024, Value.Ratio.of(9, 10), SRC))
                .add(Observation.of("1", "3.2", 2024, new Value.Flag(true), SRC))
                .add(Observation.of("1", "10.1", 2024, new Value.Quantity(new BigDecimal("70"), "triệu đồng/người/năm"), SRC))
                .build();
    }

    private static String seen(Evaluation e) {
        return e.result("445", "district-probe").orElseThrow().criterion("P").orElseThrow().note().orElseThrow()
                .english();
    }

    @Test
    void aCodeCriterionSeesTheRequestTheStandardTheUnitAndOtherUnitsVerdicts() {
        Bound evaluator = Bound.of(set(), EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
        Evaluation compiled = evaluator.evaluate(SmallSet.snapshot(), data(), StatusRegister.empty());
        assertThat(seen(compiled)).isEqualTo("445 | 2024 | 2024-12-31 | district-probe | COMPUTED | 2024-01-01"
                + " | BAC_TRUNG_BO | - | 120.5 | MET | MET | MET | NOT_ASSESSED | NOT_ASSESSED | NOT_ASSESSED | NOT_ASSESSED"
                + " | NOT_ASSESSED");
        assertThat(seen(evaluator.evaluateReference(SmallSet.snapshot(), data(), StatusRegister.empty())))
                .isEqualTo(seen(compiled));
        StandardResult probe = compiled.result("445", "district-probe").orElseThrow();
        assertThat(probe.count(Verdict.MET)).isEqualTo(1);
        assertThat(probe.count(Verdict.NOT_MET)).isZero();
        assertThat(probe.criterion("P").orElseThrow().indicators()).extracting(IndicatorTrace::verdict)
                .as("5% poor households is at most 5%").containsExactly(Verdict.MET, Verdict.MET);
    }

    @Test
    void aClassificationOverrideIsWhatACodeCriterionSeesToo() {
        // the set judges an extremely difficult unit as one of Trung du và miền núi phía Bắc
        Snapshot north = SmallSet.snapshot().withClassifications(TestSchemes.EXTREMELY_DIFFICULT,
                java.util.Map.of("445", "true"));
        Bound evaluator = Bound.of(set(), EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
        Evaluation compiled = evaluator.evaluate(north, data(), StatusRegister.empty());
        assertThat(seen(compiled)).contains("| TRUNG_DU_MIEN_NUI_PHIA_BAC | true |");
        assertThat(seen(evaluator.evaluateReference(north, data(), StatusRegister.empty()))).isEqualTo(seen(compiled));
    }

    @Test
    void countingOfficiallyAUnitHoldsAStandardOnlyByTheRegister() {
        Bound evaluator = Bound.of(set(), EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL));
        Evaluation compiled = evaluator.evaluate(SmallSet.snapshot(), data(), StatusRegister.empty());
        assertThat(seen(compiled)).contains("| OFFICIAL |").endsWith("| MET | MET | NOT_MET | NOT_MET | NOT_ASSESSED"
                + " | NOT_ASSESSED | NOT_ASSESSED | NOT_MET");
        assertThat(seen(evaluator.evaluateReference(SmallSet.snapshot(), data(), StatusRegister.empty())))
                .isEqualTo(seen(compiled));
        assertThat(compiled.result("445", "district-probe").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        // commune 2 has no data, so it is not assessed when computed; recognised in the register, it holds the standard
        StatusRegister recognised = StatusRegister.of(List.of(StatusEvent.recognised("2", "commune-ntm",
                LocalDate.of(2023, 6, 1), "QĐ 2", "UBND tỉnh")));
        Evaluation withRegister = evaluator.evaluate(SmallSet.snapshot(), data(), recognised);
        assertThat(seen(withRegister)).endsWith("| MET");
        assertThat(seen(evaluator.evaluateReference(SmallSet.snapshot(), data(), recognised))).isEqualTo(seen(withRegister));
    }

    @Test
    void aRecordedOutcomeForACriterionOfOtherKindsIsRefusedOrIgnoredWhenLenient() {
        IndicatorCriterion wardsOnly = IndicatorCriterion.of("E", Labels.of("Chỉnh trang đô thị", "urban upkeep"),
                List.of(SmallSet.water()), Set.of(UnitKind.WARD));
        CriteriaSet set = SmallSet.set().toBuilder().standard(Standard.of("mixed", Labels.of("hỗn hợp", "mixed"),
                Set.of(UnitKind.COMMUNE, UnitKind.WARD), Optional.empty(), List.of(wardsOnly), SmallSet.TEST)).build();
        Dataset data = Dataset.builder().add(RecordedOutcome.of("1", "mixed", "E", Assessment.MET, SmallSet.DATE, SRC))
                .build();
        Bound strict = Bound.of(set, EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
        assertThatThrownBy(() -> strict.evaluate(SmallSet.snapshot(), data, StatusRegister.empty()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("criterion mixed/E does not apply to a rural commune");
        assertThat(strict.lenient().evaluate(SmallSet.snapshot(), data, StatusRegister.empty()).ignored())
                .singleElement().satisfies(row -> assertThat(row.unit()).isEqualTo("1"));
        Dataset ward = Dataset.builder().add(RecordedOutcome.of("6", "mixed", "E", Assessment.MET, SmallSet.DATE, SRC))
                .build();
        assertThat(strict.evaluate(SmallSet.snapshot(), ward, StatusRegister.empty()).result("6", "mixed").orElseThrow()
                .verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void reEvaluatingAChangedUnitChecksItsNewValuesAsAFullEvaluationDoes() {
        Bound evaluator = Bound.of(set(), EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
        PreparedEvaluation before = evaluator.prepare(SmallSet.snapshot(), data(), StatusRegister.empty());
        Dataset tooMuch = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(11, 10), SRC)).build();
        assertThatThrownBy(() -> before.update(tooMuch, Set.of("1")))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("the part exceeds the whole");
        Dataset districtWater = Dataset.builder().add(Observation.of("445", "3.1", 2024, Value.Ratio.of(9, 10), SRC))
                .build();
        assertThatThrownBy(() -> before.update(districtWater, Set.of("445")))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("indicator 3.1 does not apply to a");
        Dataset better = Dataset.builder().add(Observation.of("445", "P.1", 2024,
                new Value.Quantity(new BigDecimal("99"), "km"), SRC)).build();
        Evaluation after = before.update(better, Set.of("445")).evaluate();
        assertThat(after.result("445", "district-probe").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(after.result("1", "commune-ntm")).isEqualTo(before.evaluate().result("1", "commune-ntm"));
    }
}
