package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A province's overlay may only tighten the national set: it names a known set, standard and
 * indicator, gives a value in the national comparison at least as strict as the most specific
 * national rule it would stand beside (equal is allowed), and adds only criteria with new codes
 * to known standards; everything else of the set stays as it was.
 */
class OverlayRulesTest {

    private static Overlay overlay(String set, List<Overlay.OverlayThreshold> thresholds,
            List<Overlay.AddedCriterion> added) {
        return new Overlay("ha-tinh", set, "42", thresholds, added, SmallSet.TEST, SourcePosition.of("overlay.json"));
    }

    private static Overlay irrigation(ThresholdRule rule) {
        return overlay("test-set", List.of(new Overlay.OverlayThreshold("commune-ntm", "3.1", rule)), List.of());
    }

    private static IndicatorDefinition irrigationIn(CriteriaSet set, String standard) {
        return set.standard(standard).orElseThrow().criterion("3").orElseThrow().indicators().get(0);
    }

    @Test
    void anOverlayAddsItsRuleBesideTheNationalOnesAndChangesNothingElse() {
        CriteriaSet national = SmallSet.set();
        CriteriaSet tighter = irrigation(ThresholdRule.always(Threshold.atLeast("85", SmallSet.TEST))).applyTo(national);
        assertThat(irrigationIn(tighter, "commune-ntm").rules()).hasSize(irrigationIn(national, "commune-ntm").rules().size() + 1);
        assertThat(tighter.standard("commune-advanced")).isEqualTo(national.standard("commune-advanced"));
        assertThat(tighter.standard("commune-ntm").orElseThrow().criterion("10"))
                .isEqualTo(national.standard("commune-ntm").orElseThrow().criterion("10"));
        assertThat(irrigation(ThresholdRule.always(Threshold.atLeast("80", SmallSet.TEST))).applyTo(national))
                .as("the national value itself is not looser").isNotNull();
    }

    @Test
    void anOverlayNeverLoosensTheMostSpecificNationalRule() {
        CriteriaSet national = SmallSet.set();
        assertThatThrownBy(() -> irrigation(ThresholdRule.always(Threshold.atLeast("79", SmallSet.TEST))).applyTo(national))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("loosens the national value ≥ 80");
        // in the northern midlands the national rule is 70%: 75% there tightens it
        assertThat(irrigation(ThresholdRule.when(SmallSet.REGION, "TRUNG_DU_MIEN_NUI_PHIA_BAC",
                Threshold.atLeast("75", SmallSet.TEST))).applyTo(national)).isNotNull();
        assertThatThrownBy(() -> irrigation(ThresholdRule.when(SmallSet.REGION, "TRUNG_DU_MIEN_NUI_PHIA_BAC",
                Threshold.atLeast("65", SmallSet.TEST))).applyTo(national)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("loosens the national value ≥ 70");
        assertThatThrownBy(() -> irrigation(ThresholdRule.always(Threshold.atMost("90", SmallSet.TEST))).applyTo(national))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("national rule uses AT_LEAST, overlay AT_MOST");
        assertThatThrownBy(() -> irrigation(ThresholdRule.always(Threshold.setByProvince(Comparison.AT_LEAST,
                SmallSet.TEST))).applyTo(national)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("an overlay must give a value");
    }

    @Test
    void anOverlayNamesAKnownSetStandardAndIndicator() {
        CriteriaSet national = SmallSet.set();
        ThresholdRule rule = ThresholdRule.always(Threshold.atLeast("85", SmallSet.TEST));
        assertThatThrownBy(() -> overlay("other-set", List.of(), List.of()).applyTo(national))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("written for criteria set other-set, not test-set");
        assertThatThrownBy(() -> overlay("test-set", List.of(new Overlay.OverlayThreshold("commune-x", "3.1", rule)),
                List.of()).applyTo(national)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("unknown standard commune-x");
        assertThatThrownBy(() -> overlay("test-set", List.of(new Overlay.OverlayThreshold("commune-ntm", "9.9", rule)),
                List.of()).applyTo(national)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("unknown indicator 9.9 in standard commune-ntm");
    }

    @Test
    void anOverlayAddsOnlyNewCriteriaToKnownStandards() {
        CriteriaSet national = SmallSet.set();
        IndicatorCriterion roads = IndicatorCriterion.of("20", Labels.of("Đường làng", "village roads"),
                List.of(SmallSet.water()));
        CriteriaSet more = overlay("test-set", List.of(), List.of(new Overlay.AddedCriterion("commune-ntm", roads)))
                .applyTo(national);
        assertThat(more.standard("commune-ntm").orElseThrow().criterion("20")).contains(roads);
        assertThat(more.standard("commune-advanced").orElseThrow().criterion("20")).isEmpty();
        IndicatorCriterion again = IndicatorCriterion.of("3", Labels.of("Thủy lợi", "irrigation"), List.of(SmallSet.water()));
        assertThatThrownBy(() -> overlay("test-set", List.of(), List.of(new Overlay.AddedCriterion("commune-ntm", again)))
                .applyTo(national)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("criterion 3 already exists in commune-ntm");
        assertThatThrownBy(() -> overlay("test-set", List.of(), List.of(new Overlay.AddedCriterion("commune-x", roads)))
                .applyTo(national)).isInstanceOf(InvalidDataException.class).hasMessageContaining("unknown standard commune-x");
    }
}
