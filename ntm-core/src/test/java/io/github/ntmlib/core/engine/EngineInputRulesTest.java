package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what the engine reads and refuses: the pieces of a request, rows of other data years
 * and outcomes recorded after the date, values that do not fit their indicator; and that equal
 * inputs give equal results.
 */
class EngineInputRulesTest {

    private static final DataSource SRC = new DataSource("test", "", SourcePosition.of("data.csv", 3));

    private static Bound request() {
        return Bound.of(SmallSet.set(), EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
    }

    private static Evaluation evaluate(Dataset data) {
        return request().evaluate(SmallSet.snapshot(), data, StatusRegister.empty());
    }

    @Test
    void aRequestNamesExactlyThePieceItLacks() {
        assertThatThrownBy(() -> EvaluationRequest.of(null, 2024, CountingMode.COMPUTED))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> EvaluationRequest.of(SmallSet.DATE, 2024, null))
                .isInstanceOf(NullPointerException.class).hasMessage("counting");
        assertThat(request().request()).isEqualTo(new EvaluationRequest(SmallSet.DATE, 2024, CountingMode.COMPUTED,
                false));
    }

    @Test
    void dataOfTheEvaluationYearIsAllowedAndOfALaterYearIsNot() {
        assertThat(new EvaluationRequest(SmallSet.DATE, 2024, CountingMode.OFFICIAL, false).dataYear()).isEqualTo(2024);
        assertThatThrownBy(() -> new EvaluationRequest(SmallSet.DATE, 2025, CountingMode.OFFICIAL, false))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("after the evaluation date");
    }

    @Test
    void rowsOfAnotherDataYearAndOutcomesAfterTheDateAreNotRead() {
        Observation unknownUnit2024 = Observation.of("77", "3.1", 2024, Value.Ratio.of(9, 10), SRC);
        Observation unknownUnit2023 = Observation.of("77", "3.1", 2023, Value.Ratio.of(9, 10), SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(unknownUnit2024).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unknown unit");
        assertThat(evaluate(Dataset.builder().add(unknownUnit2023).build()).ignored()).isEmpty();
        RecordedOutcome unknownNow = RecordedOutcome.of("77", "commune-ntm", "3", Assessment.MET, SmallSet.DATE, SRC);
        RecordedOutcome unknownLater = RecordedOutcome.of("77", "commune-ntm", "3", Assessment.MET,
                SmallSet.DATE.plusDays(1), SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(unknownNow).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unknown unit");
        assertThat(evaluate(Dataset.builder().add(unknownLater).build()).ignored()).isEmpty();
        RecordedOutcome unknownCriterion = RecordedOutcome.of("1", "commune-ntm", "99", Assessment.MET, SmallSet.DATE,
                SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(unknownCriterion).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unknown criterion");
        RecordedOutcome unknownStandard = RecordedOutcome.of("1", "commune-xyz", "3", Assessment.MET, SmallSet.DATE,
                SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(unknownStandard).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unknown criterion");
    }

    @Test
    void aValueMustFitItsIndicatorsKindUnitWholeAndScale() {
        Observation unknownIndicator = Observation.of("1", "99.9", 2024, Value.Ratio.of(1, 2), SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(unknownIndicator).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unknown indicator");
        Observation wrongKind = Observation.of("1", "3.1", 2024, new Value.Count(3), SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(wrongKind).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("value of the wrong kind");
        Observation wrongUnit = Observation.of("1", "10.1", 2024, new Value.Quantity(BigDecimal.TEN, "USD"), SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(wrongUnit).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("unit 'USD' given");
        Observation rightUnit = Observation.of("1", "10.1", 2024, new Value.Quantity(BigDecimal.TEN,
                "triệu đồng/người/năm"), SRC);
        assertThat(evaluate(Dataset.builder().add(rightUnit).build()).ignored()).isEmpty();
        Observation overWhole = Observation.of("1", "3.1", 2024, Value.Ratio.of(11, 10), SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(overWhole).build()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("the part exceeds the whole");
        Observation whole = Observation.of("1", "3.1", 2024, Value.Ratio.of(10, 10), SRC);
        assertThat(evaluate(Dataset.builder().add(whole).build()).ignored()).isEmpty();
    }

    @Test
    void theSameInputsGiveEqualResultsAndOtherDataUnequalOnes() {
        Dataset data = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(9, 10), SRC)).build();
        Dataset other = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(1, 10), SRC)).build();
        Evaluation a = evaluate(data);
        Evaluation b = evaluate(data);
        Evaluation c = evaluate(other);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("evaluation");
        assertThat(a.hashCode()).isNotZero();
        assertThat(a.toString()).isNotEmpty();
        UnitResult unitA = a.unit("1");
        UnitResult unitB = b.unit("1");
        assertThat(unitA).isEqualTo(unitB).hasSameHashCodeAs(unitB).isNotEqualTo(c.unit("1"))
                .isNotEqualTo(a.unit("2")).isNotEqualTo("unit");
        assertThat(unitA.toString()).contains("1");
        assertThat(unitA.hashCode()).isNotZero();
        assertThat(unitA.name()).isEqualTo("Xã Một");
        StandardResult ntmA = a.result("1", "commune-ntm").orElseThrow();
        StandardResult ntmB = b.result("1", "commune-ntm").orElseThrow();
        assertThat(ntmA).isEqualTo(ntmB).hasSameHashCodeAs(ntmB).isNotEqualTo(c.result("1", "commune-ntm")
                .orElseThrow()).isNotEqualTo(a.result("1", "commune-advanced").orElseThrow()).isNotEqualTo("r");
        assertThat(ntmA.hashCode()).isNotZero();
        assertThat(ntmA.toString()).contains("commune-ntm");
        assertThat(ntmA.isAttained()).isFalse();
    }

    @Test
    void criterionResultsAndTracesAreEqualExactlyForTheSameFactsAndSayWhyNotAssessed() {
        Dataset data = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(9, 10), SRC)).build();
        Dataset other = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(1, 10), SRC)).build();
        io.github.ntmlib.core.criteria.CriterionResult a = evaluate(data).result("1", "commune-ntm").orElseThrow()
                .criteria().get(0);
        io.github.ntmlib.core.criteria.CriterionResult b = evaluate(data).result("1", "commune-ntm").orElseThrow()
                .criteria().get(0);
        io.github.ntmlib.core.criteria.CriterionResult c = evaluate(other).result("1", "commune-ntm").orElseThrow()
                .criteria().get(0);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("criterion");
        assertThat(a.hashCode()).isNotZero();
        assertThat(a.toString()).startsWith("CriterionResult[3 ");
        assertThat(a.indicators().get(0)).isEqualTo(b.indicators().get(0)).hasSameHashCodeAs(b.indicators().get(0))
                .isNotEqualTo(c.indicators().get(0)).isNotEqualTo("trace");
        assertThat(a.indicators().get(0).hashCode()).isNotZero();
        assertThat(a.indicators().get(0).toString()).contains("3.1");
        assertThat(a.indicators().get(0).choice().orElseThrow()).isEqualTo(b.indicators().get(0).choice()
                .orElseThrow()).hasSameHashCodeAs(b.indicators().get(0).choice().orElseThrow()).isNotEqualTo("c");
        assertThat(a.indicators().get(0).choice().orElseThrow().toString()).isNotEmpty();
        // 3.2 has no data: the criterion is not assessed for that reason only; a met one has none.
        assertThat(a.verdict()).isEqualTo(io.github.ntmlib.core.criteria.Verdict.NOT_ASSESSED);
        assertThat(a.reasons()).containsExactly(io.github.ntmlib.core.criteria.Reason.NO_DATA);
        Dataset both = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(9, 10), SRC))
                .add(Observation.of("1", "3.2", 2024, new Value.Flag(true), SRC)).build();
        assertThat(evaluate(both).result("1", "commune-ntm").orElseThrow().criteria().get(0).reasons()).isEmpty();
    }
}
