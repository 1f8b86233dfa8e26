package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: threshold rule selection between several matching rules: the most specific national
 * rule wins (a classification condition over a unit kind over none), a rule is out before its first
 * year and for other unit kinds, and a territorial rule replaces the national one only when it is
 * at least as strict (otherwise it is set aside and named).
 */
class RuleSelectionTest {

    private static final String REGION = TestSchemes.REGION.id();

    private static ThresholdRule rule(Map<String, String> when, Integer from, Set<UnitKind> kinds, String within,
            String atLeast) {
        return ThresholdRule.of(when, Optional.ofNullable(from), Optional.empty(), kinds, Optional.ofNullable(within),
                Threshold.atLeast(atLeast, SmallSet.TEST));
    }

    /** Commune 1 lies in province 42, region Bắc Trung Bộ; the data are of 2024. */
    private static IndicatorTrace judge(List<ThresholdRule> rules, long percent) {
        IndicatorDefinition share = new IndicatorDefinition("9.9", Labels.of("tỷ lệ", "share"), ValueKind.RATIO, "%",
                false, List.of(), rules);
        Standard standard = Standard.of("s", Labels.of("chuẩn", "standard"), Set.of(UnitKind.COMMUNE),
                Optional.empty(), List.of(IndicatorCriterion.of("9", Labels.of("tiêu chí", "criterion"),
                        List.of(share))), SmallSet.TEST);
        CriteriaSet set = CriteriaSet.builder("rules").labels(Labels.of("bộ", "set"))
                .validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).provenance(SmallSet.TEST)
                .scheme(TestSchemes.REGION).standard(standard).build();
        Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED), SmallSet.snapshot(), Dataset.builder().add(EngineExampleTest.ratio("1", "9.9", percent, 100))
                        .build(), StatusRegister.empty());
        return e.result("1", "s").orElseThrow().criteria().get(0).indicators().get(0);
    }

    private static List<ThresholdRule> national() {
        List<ThresholdRule> rules = new ArrayList<>();
        rules.add(rule(Map.of(), null, Set.of(), null, "50"));
        rules.add(rule(Map.of(), null, Set.of(UnitKind.COMMUNE), null, "60"));
        rules.add(rule(Map.of(REGION, "BAC_TRUNG_BO"), null, Set.of(), null, "70"));
        // more specific still, but only from 2025 or only for wards and townships
        rules.add(rule(Map.of(REGION, "BAC_TRUNG_BO"), 2025, Set.of(), null, "90"));
        rules.add(rule(Map.of(REGION, "BAC_TRUNG_BO"), null, Set.of(UnitKind.WARD), null, "95"));
        // a region the commune is not in
        rules.add(rule(Map.of(REGION, "DONG_BANG_SONG_HONG"), null, Set.of(UnitKind.COMMUNE), null, "99"));
        return rules;
    }

    @Test
    void theMostSpecificApplicableNationalRuleDecides() {
        IndicatorTrace at = judge(national(), 70);
        assertThat(at.threshold()).contains(Threshold.atLeast("70", SmallSet.TEST));
        assertThat(at.verdict()).isEqualTo(Verdict.MET);
        assertThat(at.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.REGIONAL);
        assertThat(judge(national(), 69).verdict()).isEqualTo(Verdict.NOT_MET);
        // In any order of the rules.
        List<ThresholdRule> reversed = new ArrayList<>(national());
        java.util.Collections.reverse(reversed);
        assertThat(judge(reversed, 69).threshold()).contains(Threshold.atLeast("70", SmallSet.TEST));
    }

    @Test
    void aUnitKindRuleBeatsTheUnconditionalOneEitherWayRound() {
        List<ThresholdRule> rules = List.of(rule(Map.of(), null, Set.of(UnitKind.COMMUNE), null, "60"),
                rule(Map.of(), null, Set.of(), null, "50"));
        assertThat(judge(rules, 55).threshold()).contains(Threshold.atLeast("60", SmallSet.TEST));
        assertThat(judge(List.of(rules.get(1), rules.get(0)), 55).threshold())
                .contains(Threshold.atLeast("60", SmallSet.TEST));
    }

    @Test
    void noRuleBeforeItsFirstYearMeansNotAssessed() {
        IndicatorTrace t = judge(List.of(rule(Map.of(), 2025, Set.of(), null, "50")), 99);
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(t.reasons()).containsExactly(Reason.NO_RULE_APPLIES);
        assertThat(t.threshold()).isEmpty();
    }

    @Test
    void aStricterTerritorialRuleReplacesTheNationalOneAndALooserOneIsSetAside() {
        List<ThresholdRule> stricter = new ArrayList<>(national());
        stricter.add(rule(Map.of(), null, Set.of(), "42", "75"));
        IndicatorTrace tight = judge(stricter, 74);
        assertThat(tight.threshold()).contains(Threshold.atLeast("75", SmallSet.TEST));
        assertThat(tight.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.TERRITORY);
        assertThat(tight.verdict()).isEqualTo(Verdict.NOT_MET);
        List<ThresholdRule> equal = new ArrayList<>(national());
        equal.add(rule(Map.of(), null, Set.of(), "42", "70"));
        assertThat(judge(equal, 70).choice().orElseThrow().origin()).isEqualTo(RuleOrigin.TERRITORY);
        List<ThresholdRule> looser = new ArrayList<>(national());
        looser.add(rule(Map.of(), null, Set.of(), "42", "65"));
        IndicatorTrace loose = judge(looser, 66);
        assertThat(loose.threshold()).contains(Threshold.atLeast("70", SmallSet.TEST));
        assertThat(loose.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(loose.choice().orElseThrow().setAside()).contains(Threshold.atLeast("65", SmallSet.TEST));
        // Of two territorial rules the more specific wins; another province's rule never applies.
        List<ThresholdRule> two = new ArrayList<>(national());
        two.add(rule(Map.of(), null, Set.of(), "42", "75"));
        two.add(rule(Map.of(), null, Set.of(UnitKind.COMMUNE), "42", "80"));
        two.add(rule(Map.of(), null, Set.of(UnitKind.COMMUNE), "44", "99"));
        assertThat(judge(two, 79).threshold()).contains(Threshold.atLeast("80", SmallSet.TEST));
        // A territorial rule alone applies where no national rule does.
        IndicatorTrace alone = judge(List.of(rule(Map.of(), null, Set.of(), "42", "40")), 41);
        assertThat(alone.verdict()).isEqualTo(Verdict.MET);
        assertThat(alone.choice().orElseThrow().setAside()).isEmpty();
    }

    @Test
    void theVerdictTextNamesTheValueTheRuleItsConditionsAndWhatWasSetAside() {
        String met = judge(national(), 70).explanation(Language.ENGLISH);
        assertThat(met).startsWith("9.9: 70/100 = 70% meets ≥ 70% (")
                .contains(RuleOrigin.REGIONAL.label(Language.ENGLISH) + ": " + REGION + " = BAC_TRUNG_BO")
                .contains("; classification read: " + REGION + " = BAC_TRUNG_BO")
                .endsWith(") [Test decision 1/QĐ, Appendix I]");
        assertThat(judge(national(), 70).explanation(Language.VIETNAMESE)).endsWith(") [Test decision 1/QĐ, Phụ lục I]");
        assertThat(judge(national(), 69).explanation(Language.ENGLISH))
                .contains("69/100 = 69% does not meet ≥ 70%, short by 1 percentage points (");
        assertThat(judge(national(), 69).explanation(Language.VIETNAMESE))
                .contains("69/100 = 69% chưa đạt ≥ 70%, còn thiếu 1 điểm % (");
        List<ThresholdRule> looser = new ArrayList<>(national());
        looser.add(rule(Map.of(), null, Set.of(), "42", "65"));
        assertThat(judge(looser, 66).explanation(Language.ENGLISH))
                .contains("; territorial threshold ≥ 65 set aside: looser than the national one)");
        String plain = judge(List.of(rule(Map.of(), null, Set.of(), null, "50")), 50)
                .explanation(Language.ENGLISH);
        assertThat(plain).startsWith("9.9: 50/100 = 50% meets ≥ 50% (" + RuleOrigin.NATIONAL.label(Language.ENGLISH)
                + ") [");
        String notAssessed = judge(List.of(rule(Map.of(), 2025, Set.of(), null, "50")), 99)
                .explanation(Language.ENGLISH);
        assertThat(notAssessed).isEqualTo("9.9: 99/100 = 99%; " + Reason.NO_RULE_APPLIES.label(Language.ENGLISH));
    }

    @Test
    void choicesAndTracesAreEqualOnlyForTheSameRuleAndFacts() {
        IndicatorTrace regional = judge(national(), 70);
        IndicatorTrace again = judge(national(), 70);
        IndicatorTrace plain = judge(List.of(rule(Map.of(), null, Set.of(), null, "70")), 70);
        assertThat(regional.choice()).isEqualTo(again.choice()).isNotEqualTo(plain.choice());
        assertThat(regional.choice().orElseThrow()).hasSameHashCodeAs(again.choice().orElseThrow())
                .isNotEqualTo("choice");
        assertThat(regional.choice().orElseThrow().hashCode()).isNotZero();
        assertThat(regional.choice().orElseThrow().toString()).contains("BAC_TRUNG_BO");
        assertThat(regional).isEqualTo(again).isNotEqualTo(plain);
        IndicatorTrace none = judge(List.of(rule(Map.of(), 2025, Set.of(), null, "50")), 99);
        assertThat(none.toString()).contains("9.9");
        assertThat(none.hashCode()).isNotZero();
        assertThat(none).isNotEqualTo(regional).isEqualTo(judge(List.of(rule(Map.of(), 2025, Set.of(), null, "50")),
                99));
    }

    @Test
    void anOverriddenClassificationIsNamedWithItsOwnValueAndItsTrigger() {
        // Commune 3 is extremely difficult: the set's override places it in the northern midlands
        // and mountains region, whose irrigation threshold is 70 instead of 80.
        String hard = TestSchemes.EXTREMELY_DIFFICULT.id();
        Evaluation e = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED), SmallSet.snapshot(), Dataset.builder().add(EngineExampleTest.ratio("3", "3.1", 75, 100))
                        .add(EngineExampleTest.ratio("1", "3.1", 75, 100)).build(), StatusRegister.empty());
        IndicatorTrace three = e.result("3", "commune-ntm").orElseThrow().criteria().get(0).indicators().get(0);
        assertThat(three.verdict()).isEqualTo(Verdict.MET);
        assertThat(three.choice().orElseThrow().overrideApplied()).isTrue();
        assertThat(three.explanation(Language.ENGLISH)).contains(RuleOrigin.REGIONAL.label(Language.ENGLISH)
                + ": " + REGION + " = TRUNG_DU_MIEN_NUI_PHIA_BAC; override applied: " + REGION
                + " BAC_TRUNG_BO → TRUNG_DU_MIEN_NUI_PHIA_BAC because " + hard + " = true)");
        IndicatorTrace one = e.result("1", "commune-ntm").orElseThrow().criteria().get(0).indicators().get(0);
        assertThat(one.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(one.choice().orElseThrow().overrideApplied()).isFalse();
        assertThat(one.explanation(Language.ENGLISH)).doesNotContain("override applied");
    }
}
