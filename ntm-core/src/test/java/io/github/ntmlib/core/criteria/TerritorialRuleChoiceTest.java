package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which rule judges a unit when a territory has its own: the territorial rule when it is at least
 * as strict as the national one (an equal value counts), or when the national value is not
 * known; otherwise the national rule, the territorial one named as set aside. Among rules equally
 * specific the first listed decides; a share at most its bound meets an "at most" rule.
 */
class TerritorialRuleChoiceTest {

    private static final Provenance SOURCE = Provenance.of("QĐ 318/QĐ-TTg", "Phụ lục I");
    private static final Provenance PROVINCE = Provenance.of("QĐ 05/2022/QĐ-UBND", "Điều 2");
    private static final AdminUnit COMMUNE = AdminUnit.of("1", "Xã An", UnitKind.COMMUNE, "445", LocalDate.of(2024, 1, 1));
    private static final DataSource SRC = new DataSource("UBND xã", "", SourcePosition.of("data.csv", 2));

    private static IndicatorTrace judge(List<ThresholdRule> rules, Value value, ValueKind kind) {
        IndicatorDefinition indicator = new IndicatorDefinition("3.1", Labels.of("Tỷ lệ", "share"), kind,
                kind == ValueKind.FLAG ? "" : "%", false, List.of(), rules);
        return IndicatorRule.select(indicator, COMMUNE, 2024, scheme -> Optional.empty(), List.of(),
                code -> code.equals("42")).judge(Observation.of("1", "3.1", 2024, value, SRC));
    }

    private static IndicatorTrace share(List<ThresholdRule> rules, long part) {
        return judge(rules, Value.Ratio.of(part, 100), ValueKind.RATIO);
    }

    @Test
    void aTerritorialRuleAsStrictAsTheNationalOneDecides() {
        List<ThresholdRule> rules = List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                ThresholdRule.always(Threshold.atLeast("80", PROVINCE)).within("42"));
        IndicatorTrace t = share(rules, 80);
        assertThat(t.threshold()).map(Threshold::provenance).contains(PROVINCE);
        assertThat(t.choice().orElseThrow().setAside()).isEmpty();
        assertThat(t.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aLooserTerritorialRuleIsSetAside() {
        List<ThresholdRule> rules = List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                ThresholdRule.always(Threshold.atLeast("70", PROVINCE)).within("42"));
        IndicatorTrace t = share(rules, 75);
        assertThat(t.threshold()).map(Threshold::provenance).contains(SOURCE);
        assertThat(t.choice().orElseThrow().setAside()).contains(Threshold.atLeast("70", PROVINCE));
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_MET);
        // a territorial rule of another comparison, or without a value, never replaces the national one
        assertThat(share(List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                ThresholdRule.always(Threshold.atMost("90", PROVINCE)).within("42")), 75).threshold())
                .map(Threshold::provenance).contains(SOURCE);
        assertThat(share(List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                ThresholdRule.always(Threshold.setByProvince(Comparison.AT_LEAST, PROVINCE)).within("42")), 75)
                .threshold()).map(Threshold::provenance).contains(SOURCE);
    }

    @Test
    void aTerritorialRuleDecidesWhereTheNationalValueIsLeftToTheProvince() {
        List<ThresholdRule> rules = List.of(ThresholdRule.always(Threshold.setByProvince(Comparison.AT_LEAST, SOURCE)),
                ThresholdRule.always(Threshold.atLeast("60", PROVINCE)).within("42"));
        IndicatorTrace t = share(rules, 60);
        assertThat(t.threshold()).contains(Threshold.atLeast("60", PROVINCE));
        assertThat(t.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aTerritorialFlagRuleAlwaysTightensAFlagRule() {
        List<ThresholdRule> rules = List.of(ThresholdRule.always(Threshold.met(SOURCE)),
                ThresholdRule.always(Threshold.met(PROVINCE)).within("42"));
        IndicatorTrace t = judge(rules, new Value.Flag(true), ValueKind.FLAG);
        assertThat(t.threshold()).map(Threshold::provenance).contains(PROVINCE);
    }

    @Test
    void amongEquallySpecificRulesTheFirstDecides() {
        IndicatorTrace national = share(List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                ThresholdRule.always(Threshold.atLeast("90", PROVINCE))), 85);
        assertThat(national.threshold()).contains(Threshold.atLeast("80", SOURCE));
        IndicatorTrace territorial = share(List.of(ThresholdRule.always(Threshold.atLeast("50", SOURCE)),
                ThresholdRule.always(Threshold.atLeast("80", SOURCE)).within("42"),
                ThresholdRule.always(Threshold.atLeast("90", PROVINCE)).within("42")), 85);
        assertThat(territorial.threshold()).contains(Threshold.atLeast("80", SOURCE));
    }

    @Test
    void aShareAtMostItsBoundMeetsAnAtMostRule() {
        List<ThresholdRule> rules = List.of(ThresholdRule.always(Threshold.atMost("5", SOURCE)));
        assertThat(share(rules, 5).verdict()).isEqualTo(Verdict.MET);
        assertThat(share(rules, 6).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(share(rules, 6).distance()).isPresent();
    }
}
