package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.spi.Criterion;
import io.github.ntmlib.core.criteria.spi.CriterionContext;
import io.github.ntmlib.core.criteria.spi.CriterionResult;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
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
                    context.holds("1", "no-such-standard").name()));
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
        Evaluator evaluator = Evaluator.of(set()).asOf(SmallSet.DATE).dataYear(2024).counting(CountingMode.COMPUTED);
        Evaluation compiled = evaluator.evaluate(SmallSet.snapshot(), data(), StatusRegister.empty());
        assertThat(seen(compiled)).isEqualTo("445 | 2024 | 2024-12-31 | district-probe | COMPUTED | 2024-01-01"
                + " | BAC_TRUNG_BO | - | 120.5 | MET | MET | MET | NOT_ASSESSED | NOT_ASSESSED | NOT_ASSESSED | NOT_ASSESSED");
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
        Evaluator evaluator = Evaluator.of(set()).asOf(SmallSet.DATE).dataYear(2024).counting(CountingMode.COMPUTED);
        Evaluation compiled = evaluator.evaluate(north, data(), StatusRegister.empty());
        assertThat(seen(compiled)).contains("| TRUNG_DU_MIEN_NUI_PHIA_BAC | true |");
        assertThat(seen(evaluator.evaluateReference(north, data(), StatusRegister.empty()))).isEqualTo(seen(compiled));
    }

    @Test
    void countingOfficiallyAUnitHoldsAStandardOnlyByTheRegister() {
        Evaluator evaluator = Evaluator.of(set()).asOf(SmallSet.DATE).dataYear(2024).counting(CountingMode.OFFICIAL);
        Evaluation compiled = evaluator.evaluate(SmallSet.snapshot(), data(), StatusRegister.empty());
        assertThat(seen(compiled)).contains("| OFFICIAL |").endsWith("| MET | MET | NOT_MET | NOT_MET | NOT_ASSESSED"
                + " | NOT_ASSESSED | NOT_ASSESSED");
        assertThat(seen(evaluator.evaluateReference(SmallSet.snapshot(), data(), StatusRegister.empty())))
                .isEqualTo(seen(compiled));
        assertThat(compiled.result("445", "district-probe").orElseThrow().verdict()).isEqualTo(Verdict.MET);
    }
}
