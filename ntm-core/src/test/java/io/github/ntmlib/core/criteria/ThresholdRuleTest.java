package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the pieces of threshold rule selection: which years a rule covers, how specific it is
 * (territory, each classification condition, a year range, unit kinds), where it comes from, and
 * what thresholds, provenances, indicators and standards accept.
 */
class ThresholdRuleTest {

    private static final Provenance SOURCE = Provenance.of("QĐ 318/QĐ-TTg", "Phụ lục");
    private static final Threshold SEVENTY = Threshold.atLeast("70", SOURCE);

    private static ThresholdRule rule(Map<String, String> when, Integer from, Integer to, Set<UnitKind> kinds,
            String within) {
        return ThresholdRule.of(when, Optional.ofNullable(from), Optional.ofNullable(to), kinds,
                Optional.ofNullable(within), SEVENTY);
    }

    @Test
    void aRuleCoversTheYearsOfItsRangeInclusiveAndNoneOutside() {
        ThresholdRule r = rule(Map.of(), 2022, 2025, Set.of(), null);
        assertThat(r.coversYear(2021)).as("a year before the first year").isFalse();
        assertThat(r.coversYear(2022)).isTrue();
        assertThat(r.coversYear(2025)).isTrue();
        assertThat(r.coversYear(2026)).isFalse();
        ThresholdRule from = rule(Map.of(), 2022, null, Set.of(), null);
        assertThat(from.coversYear(2021)).isFalse();
        assertThat(from.coversYear(2099)).isTrue();
        ThresholdRule to = rule(Map.of(), null, 2025, Set.of(), null);
        assertThat(to.coversYear(1990)).isTrue();
        assertThat(to.coversYear(2026)).isFalse();
        assertThat(r.inYear(2030).coversYear(2030)).isTrue();
        assertThat(r.inYear(2030).coversYear(2029)).isFalse();
        assertThat(rule(Map.of(), 2022, 2022, Set.of(), null).coversYear(2022)).isTrue();
        assertThatThrownBy(() -> rule(Map.of(), 2023, 2022, Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-2022 is empty");
    }

    @Test
    void specificityCountsTerritoryMostThenEachConditionThenYearsAndKinds() {
        assertThat(ThresholdRule.always(SEVENTY).specificity()).isZero();
        assertThat(rule(Map.of(), 2022, null, Set.of(), null).specificity()).isEqualTo(1);
        assertThat(rule(Map.of(), null, 2025, Set.of(), null).specificity()).isEqualTo(1);
        assertThat(rule(Map.of(), null, null, Set.of(UnitKind.COMMUNE), null).specificity()).isEqualTo(1);
        assertThat(rule(Map.of("region", "north"), null, null, Set.of(), null).specificity()).isEqualTo(2);
        assertThat(rule(Map.of("region", "north", "island", "yes"), 2022, 2025, Set.of(UnitKind.COMMUNE), null)
                .specificity()).isEqualTo(6);
        assertThat(rule(Map.of(), null, null, Set.of(), "42").specificity()).isEqualTo(100);
        assertThat(rule(Map.of("region", "north"), 2022, null, Set.of(UnitKind.WARD), "42").specificity())
                .isEqualTo(104);
    }

    @Test
    void originNamesOverlayTerritoryRegionOrNation() {
        ThresholdRule national = ThresholdRule.always(SEVENTY);
        assertThat(national.origin()).isEqualTo(RuleOrigin.NATIONAL);
        assertThat(ThresholdRule.when("region", "north", SEVENTY).origin()).isEqualTo(RuleOrigin.REGIONAL);
        assertThat(national.within("42").origin()).isEqualTo(RuleOrigin.TERRITORY);
        assertThat(national.fromOverlay("ha-tinh", "42").origin()).isEqualTo(RuleOrigin.OVERLAY);
        assertThat(national.fromOverlay("ha-tinh", "42").overlay()).contains("ha-tinh");
        assertThat(national.fromOverlay("ha-tinh", "42").within()).contains("42");
        assertThat(national.overlay()).isEmpty();
    }

    @Test
    void aRuleKeepsItsConditionsAndEqualsOnlyAnIdenticalRule() {
        ThresholdRule r = rule(Map.of("region", "north"), 2022, 2025, Set.of(UnitKind.COMMUNE), "42");
        assertThat(r.fromYear()).contains(2022);
        assertThat(r.toYear()).contains(2025);
        assertThat(r.kinds()).containsExactly(UnitKind.COMMUNE);
        assertThat(r.when()).containsEntry("region", "north");
        ThresholdRule same = rule(Map.of("region", "north"), 2022, 2025, Set.of(UnitKind.COMMUNE), "42");
        assertThat(r).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("rule");
        assertThat(r.hashCode()).isNotZero();
        assertThat(r).isNotEqualTo(rule(Map.of("region", "south"), 2022, 2025, Set.of(UnitKind.COMMUNE), "42"));
        assertThat(r).isNotEqualTo(rule(Map.of("region", "north"), 2021, 2025, Set.of(UnitKind.COMMUNE), "42"));
        assertThat(r).isNotEqualTo(rule(Map.of("region", "north"), 2022, 2024, Set.of(UnitKind.COMMUNE), "42"));
        assertThat(r).isNotEqualTo(rule(Map.of("region", "north"), 2022, 2025, Set.of(UnitKind.WARD), "42"));
        assertThat(r).isNotEqualTo(rule(Map.of("region", "north"), 2022, 2025, Set.of(UnitKind.COMMUNE), "44"));
        assertThat(r).isNotEqualTo(r.fromOverlay("o", "42"));
        assertThat(r).isNotEqualTo(ThresholdRule.of(Map.of("region", "north"), Optional.of(2022), Optional.of(2025),
                Set.of(UnitKind.COMMUNE), Optional.of("42"), Threshold.atLeast("80", SOURCE)));
        assertThat(r.toString()).contains("{region=north}").contains("within 42").contains("≥ 70");
        assertThat(ThresholdRule.always(SEVENTY).toString()).isEqualTo("ThresholdRule[≥ 70]");
    }

    @Test
    void aVerifiedThresholdHasAValueAndAnUnknownOneHasNone() {
        assertThat(SEVENTY.isKnown()).isTrue();
        assertThat(SEVENTY.toString()).isEqualTo("≥ 70");
        assertThat(Threshold.atMost("5.5", SOURCE).toString()).isEqualTo("≤ 5.5");
        assertThat(Threshold.met(SOURCE).toString()).isEqualTo("Đạt");
        assertThat(Threshold.met(SOURCE).isKnown()).isTrue();
        assertThat(Threshold.setByProvince(Comparison.AT_LEAST, SOURCE).toString()).isEqualTo("set by the province");
        assertThat(Threshold.setByProvince(Comparison.AT_LEAST, SOURCE).isKnown()).isFalse();
        assertThat(Threshold.notEncoded(Comparison.AT_MOST, SOURCE).toString()).isEqualTo("not encoded");
        assertThatThrownBy(() -> Threshold.of(Comparison.AT_LEAST, null, ThresholdStatus.VERIFIED,
                SOURCE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThat(Threshold.of(Comparison.MET, null, ThresholdStatus.VERIFIED, SOURCE).isKnown())
                .isTrue();
        assertThatThrownBy(() -> Threshold.of(Comparison.AT_LEAST, BigDecimal.ONE,
                ThresholdStatus.SET_BY_PROVINCE, SOURCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no value");
        assertThat(Threshold.of(Comparison.AT_LEAST, null, ThresholdStatus.SET_BY_PROVINCE, SOURCE)
                .value()).isEmpty();
    }

    @Test
    void strictnessComparesValuesInTheDirectionOfTheComparison() {
        BigDecimal seventy = new BigDecimal("70");
        BigDecimal eighty = new BigDecimal("80");
        assertThat(Comparison.AT_LEAST.atLeastAsStrict(eighty, seventy)).isTrue();
        assertThat(Comparison.AT_LEAST.atLeastAsStrict(seventy, seventy)).isTrue();
        assertThat(Comparison.AT_LEAST.atLeastAsStrict(seventy, eighty)).isFalse();
        assertThat(Comparison.AT_MOST.atLeastAsStrict(seventy, eighty)).isTrue();
        assertThat(Comparison.AT_MOST.atLeastAsStrict(seventy, seventy)).isTrue();
        assertThat(Comparison.AT_MOST.atLeastAsStrict(eighty, seventy)).isFalse();
        assertThat(Comparison.MET.atLeastAsStrict(seventy, eighty)).isTrue();
    }

    @Test
    void aProvenanceNamesItsDocumentAndPrintsOnlyThePartsItHas() {
        assertThat(Provenance.of("QĐ 318", "").toString()).isEqualTo("QĐ 318");
        assertThat(Provenance.of("QĐ 318", "Phụ lục").toString()).isEqualTo("QĐ 318, Phụ lục");
        assertThat(new Provenance("QĐ 318", "", "mục 5", "").toString()).isEqualTo("QĐ 318, mục 5");
        assertThat(new Provenance("QĐ 318", "Phụ lục", "mục 5", "").toString()).isEqualTo("QĐ 318, Phụ lục, mục 5");
        assertThatThrownBy(() -> Provenance.of(" ", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names its document");
    }

    @Test
    void anIndicatorNeedsACodeARuleAScaleForGradesAndMatchingComparisons() {
        Labels labels = Labels.of("chỉ tiêu", "indicator");
        List<ThresholdRule> atLeast = List.of(ThresholdRule.always(SEVENTY));
        List<ThresholdRule> met = List.of(ThresholdRule.always(Threshold.met(SOURCE)));
        assertThat(new IndicatorDefinition("1.1", labels, ValueKind.QUANTITY, "%", false, List.of(), atLeast).code())
                .isEqualTo("1.1");
        assertThat(new IndicatorDefinition("1.2", labels, ValueKind.FLAG, "", false, List.of(), met).code())
                .isEqualTo("1.2");
        assertThatThrownBy(() -> new IndicatorDefinition(" ", labels, ValueKind.QUANTITY, "%", false, List.of(),
                atLeast)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a code");
        assertThatThrownBy(() -> new IndicatorDefinition("1.1", labels, ValueKind.QUANTITY, "%", false, List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new IndicatorDefinition("1.1", labels, ValueKind.GRADE, "", false, List.of(),
                atLeast)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs its scale");
        assertThat(new IndicatorDefinition("1.3", labels, ValueKind.GRADE, "", false, List.of("B", "A"), atLeast)
                .grades()).containsExactly("B", "A");
        assertThatThrownBy(() -> new IndicatorDefinition("1.1", labels, ValueKind.FLAG, "", false, List.of(),
                atLeast)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot use");
        assertThatThrownBy(() -> new IndicatorDefinition("1.1", labels, ValueKind.QUANTITY, "%", false, List.of(),
                met)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot use");
    }

    @Test
    void aStandardAppliesToSomeKindNeverNestsInItselfAndHasUniqueCriteria() {
        Labels labels = Labels.of("xã NTM", "NTM commune");
        assertThat(Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.of("other"), List.of(), SOURCE)
                .nestedIn()).contains("other");
        assertThatThrownBy(() -> Standard.of("ntm", labels, Set.of(), Optional.empty(), List.of(), SOURCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applies to no kind");
        assertThatThrownBy(() -> Standard.of("ntm", labels, Set.of(UnitKind.COMMUNE), Optional.of("ntm"), List.of(),
                SOURCE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nest in itself");
    }
}
