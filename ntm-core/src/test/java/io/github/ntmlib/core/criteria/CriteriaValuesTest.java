package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small values criteria sets are made of: how verdicts combine, what a period and its
 * transitional rules accept (each bound inclusive), and that a standard or threshold equals only
 * one with the same content.
 */
class CriteriaValuesTest {

    private static final Provenance SOURCE = Provenance.of("QĐ 318/QĐ-TTg", "Phụ lục I");
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 31);

    @Test
    void allOfIsNotMetIfAnyIsNotMetElseNotAssessedIfAnyIsUnknownElseMet() {
        assertThat(Verdict.allOf(List.of())).isEqualTo(Verdict.MET);
        assertThat(Verdict.allOf(List.of(Verdict.MET, Verdict.MET))).isEqualTo(Verdict.MET);
        assertThat(Verdict.allOf(List.of(Verdict.MET, Verdict.NOT_ASSESSED, Verdict.MET)))
                .isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(Verdict.allOf(List.of(Verdict.NOT_ASSESSED, Verdict.NOT_MET))).isEqualTo(Verdict.NOT_MET);
        assertThat(Verdict.allOf(List.of(Verdict.NOT_MET, Verdict.NOT_ASSESSED))).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aPeriodOfOneYearAndOneDayIsAllowedButNotOneThatEndsBeforeItStarts() {
        Period day = Period.of(2025, 2025, DEC_2025, DEC_2025);
        assertThat(day.covers(2025, DEC_2025)).isTrue();
        assertThat(day.covers(2024, DEC_2025)).isFalse();
        assertThat(day.covers(2026, DEC_2025)).isFalse();
        assertThat(day.covers(2025, DEC_2025.plusDays(1))).isFalse();
        assertThat(day.covers(2025, DEC_2025.minusDays(1))).isFalse();
        assertThatThrownBy(() -> Period.of(2025, 2024, JAN_2022, DEC_2025)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last data year 2024 is before its first 2025");
        assertThatThrownBy(() -> Period.of(2022, 2025, DEC_2025, DEC_2025.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accepted dates end");
        assertThat(Period.ofValidity(JAN_2022, DEC_2025)).isEqualTo(Period.of(2022, 2025, JAN_2022, DEC_2025));
    }

    @Test
    void aTransitionIsForADataYearOfThePeriodEitherEndIncluded() {
        Period period = Period.of(2022, 2025, JAN_2022, DEC_2025);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate until = LocalDate.of(2026, 6, 30);
        Period first = period.with(new Period.Transition(2022, from, until, "first year", SOURCE));
        Period last = period.with(new Period.Transition(2025, from, from, "one day", SOURCE));
        assertThat(first.covers(2022, until)).isTrue();
        assertThat(first.covers(2022, from)).isTrue();
        assertThat(first.covers(2022, until.plusDays(1))).isFalse();
        assertThat(first.covers(2023, from)).as("the transition is for 2022 only").isFalse();
        assertThat(last.covers(2025, from)).isTrue();
        assertThatThrownBy(() -> period.with(new Period.Transition(2021, from, until, "before", SOURCE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the period's data years");
        assertThatThrownBy(() -> period.with(new Period.Transition(2026, from, until, "after", SOURCE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the period's data years");
        assertThatThrownBy(() -> new Period.Transition(2025, until, from, "backwards", SOURCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends (2026-01-01) before it starts");
    }

    @Test
    void aPeriodExplainsWhichRuleCoversARequest() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        Period period = Period.of(2022, 2025, JAN_2022, DEC_2025)
                .with(new Period.Transition(2025, from, LocalDate.of(2026, 6, 30), "hồ sơ năm 2025", SOURCE));
        assertThat(period.explain(2021, DEC_2025)).isEqualTo("data year 2021 is outside the data years 2022-2025");
        assertThat(period.explain(2024, DEC_2025)).isEqualTo("data year 2024 is within 2022-2025 and 2025-12-31 within"
                + " the accepted dates 2022-01-01 to 2025-12-31");
        assertThat(period.explain(2025, from)).isEqualTo("data year 2025 evaluated on 2026-01-01 by the transitional"
                + " rule: hồ sơ năm 2025 (" + SOURCE + ")");
        assertThat(period.explain(2024, from)).isEqualTo("the evaluation date 2026-01-01 is outside the accepted dates"
                + " 2022-01-01 to 2025-12-31 and no transitional rule covers data year 2024");
    }

    @Test
    void periodsOverlapOnlyOnACommonYearAndDate() {
        Period old = Period.of(2022, 2025, JAN_2022, DEC_2025);
        assertThat(old.overlaps(Period.of(2025, 2026, DEC_2025, LocalDate.of(2026, 12, 31)))).isTrue();
        assertThat(old.overlaps(Period.of(2026, 2027, JAN_2022, DEC_2025))).as("no common data year").isFalse();
        assertThat(old.overlaps(Period.of(2025, 2026, DEC_2025.plusDays(1), LocalDate.of(2026, 12, 31))))
                .as("no common date").isFalse();
        Period withTransition = old.with(new Period.Transition(2025, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), "hồ sơ 2025", SOURCE));
        assertThat(withTransition.overlaps(Period.of(2025, 2026, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 12, 31))))
                .as("the transition's last day is common").isTrue();
    }

    @Test
    void aStandardEqualsOnlyAStandardWithTheSameContent() {
        Labels labels = Labels.of("xã NTM", "NTM commune");
        Standard ntm = Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.empty(), List.of(), SOURCE);
        Standard same = Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.empty(), List.of(), SOURCE);
        assertThat(ntm).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(ntm).isNotEqualTo("ntm");
        assertThat(ntm.toString()).contains("id=ntm").contains("COMMUNE");
        assertThat(ntm).isNotEqualTo(Standard.of("other", labels, Set.of(UnitKind.COMMUNE), Optional.empty(), List.of(),
                SOURCE));
        assertThat(ntm).isNotEqualTo(Standard.of("ntm", Labels.of("x", "y"), Set.of(UnitKind.COMMUNE), Optional.empty(),
                List.of(), SOURCE));
        assertThat(ntm).isNotEqualTo(Standard.of("ntm", labels, Set.of(UnitKind.WARD), Optional.empty(), List.of(),
                SOURCE));
        assertThat(ntm).isNotEqualTo(Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.of("base"),
                List.of(), SOURCE));
        assertThat(ntm).isNotEqualTo(Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.empty(), List.of(),
                Provenance.of("QĐ 319/QĐ-TTg", "Phụ lục I")));
        IndicatorDefinition irrigated = new IndicatorDefinition("3.1", Labels.of("Tỷ lệ tưới", "irrigated share"),
                ValueKind.RATIO, "%", false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE))));
        IndicatorCriterion criterion = IndicatorCriterion.of("3", Labels.of("Thủy lợi", "irrigation"), List.of(irrigated));
        assertThatThrownBy(() -> IndicatorCriterion.of("3", Labels.of("Thủy lợi", "irrigation"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("criterion 3 needs at least one indicator");
        assertThat(ntm).isNotEqualTo(Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.empty(),
                List.of(criterion), SOURCE));
    }

    @Test
    void aThresholdEqualsOnlyTheSameComparisonValueStatusAndSource() {
        Threshold seventy = Threshold.atLeast("70", SOURCE);
        assertThat(seventy).isEqualTo(Threshold.atLeast("70", SOURCE)).hasSameHashCodeAs(Threshold.atLeast("70", SOURCE))
                .isNotEqualTo("≥ 70");
        assertThat(seventy).isNotEqualTo(Threshold.atLeast("70", Provenance.of("QĐ 319/QĐ-TTg", "Phụ lục I")));
        assertThat(seventy).isNotEqualTo(Threshold.atMost("70", SOURCE));
        assertThat(seventy).isNotEqualTo(Threshold.atLeast("71", SOURCE));
        assertThat(seventy.hashCode()).isNotEqualTo(Threshold.atLeast("71", SOURCE).hashCode());
        assertThat(Threshold.setByProvince(Comparison.AT_LEAST, SOURCE)).hasToString("set by the province")
                .isNotEqualTo(Threshold.notEncoded(Comparison.AT_LEAST, SOURCE));
        assertThat(Threshold.notEncoded(Comparison.AT_LEAST, SOURCE)).hasToString("not encoded");
    }
}
