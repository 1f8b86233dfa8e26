package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueCell;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kernel's rule for one indicator and unit profile, at its edges: a territorial rule that
 * compares the other way never replaces the national one, whatever its bound; a flag is decided by
 * the flag alone (a value given to a flag threshold is not a bound) and a flag rule refuses a value
 * that is not a flag rather than guess; the rule names its threshold, or none, and what it is.
 * The same outcomes hold for the traced and the primitive verdict.
 */
class IndicatorRuleTest {

    private static final Provenance SOURCE = Provenance.of("QĐ 318/QĐ-TTg", "Phụ lục I");
    private static final Provenance PROVINCE = Provenance.of("QĐ 05/2022/QĐ-UBND", "Điều 2");
    private static final AdminUnit COMMUNE = AdminUnit.of("1", "Xã An", UnitKind.COMMUNE, "445",
            LocalDate.of(2024, 1, 1));
    private static final DataSource SRC = new DataSource("UBND xã", "", SourcePosition.of("data.csv", 2));

    private static IndicatorRule rule(ValueKind kind, List<ThresholdRule> rules) {
        IndicatorDefinition indicator = new IndicatorDefinition("3.1", Labels.of("Tỷ lệ", "share"), kind,
                kind == ValueKind.FLAG ? "" : "%", false, List.of(), rules);
        return IndicatorRule.select(indicator, COMMUNE, 2024, scheme -> Optional.empty(), List.of(),
                code -> code.equals("42"));
    }

    private static Verdict encoded(IndicatorRule rule, Value v) {
        long[] part = new long[1];
        long[] whole = new long[1];
        int cell = ValueCell.encode(v, part, whole, 0);
        Verdict quick = rule.verdict(cell, part[0], whole[0]);
        Verdict exact = rule.verdict(Observation.of("1", "3.1", 2024, v, SRC));
        assertThat(quick == null ? exact : quick).as("primitive and exact verdicts of " + v).isEqualTo(exact);
        return exact;
    }

    private static Verdict traced(IndicatorRule rule, Value v) {
        return rule.judge(Observation.of("1", "3.1", 2024, v, SRC)).verdict();
    }

    /**
     * A provincial "at most 70%" against a national "at least 80%" is not a tightening (it asks
     * the opposite), even though 70 is below 80: the national rule decides, the territorial one is
     * named as set aside.
     */
    @Test
    void aTerritorialRuleComparingTheOtherWayIsSetAsideWhateverItsBound() {
        for (String provincial : List.of("70", "90")) {
            IndicatorRule r = rule(ValueKind.RATIO, List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                    ThresholdRule.always(Threshold.atMost(provincial, PROVINCE)).within("42")));
            assertThat(r.threshold()).as("at most " + provincial).contains(Threshold.atLeast("80", SOURCE));
            IndicatorTrace t = r.judge(Observation.of("1", "3.1", 2024, Value.Ratio.of(85, 100), SRC));
            assertThat(t.verdict()).isEqualTo(Verdict.MET);
            assertThat(t.choice().orElseThrow().setAside()).contains(Threshold.atMost(provincial, PROVINCE));
            assertThat(encoded(r, Value.Ratio.of(85, 100))).isEqualTo(Verdict.MET);
            assertThat(encoded(r, Value.Ratio.of(75, 100))).isEqualTo(Verdict.NOT_MET);
        }
    }

    /** A stricter provincial rule of the same direction decides, in both directions. */
    @Test
    void aStricterTerritorialRuleOfTheSameDirectionDecides() {
        IndicatorRule atMost = rule(ValueKind.RATIO, List.of(ThresholdRule.always(Threshold.atMost("20", SOURCE)),
                ThresholdRule.always(Threshold.atMost("15", PROVINCE)).within("42")));
        assertThat(atMost.threshold()).contains(Threshold.atMost("15", PROVINCE));
        assertThat(encoded(atMost, Value.Ratio.of(15, 100))).isEqualTo(Verdict.MET);
        assertThat(encoded(atMost, Value.Ratio.of(16, 100))).isEqualTo(Verdict.NOT_MET);
        assertThat(traced(atMost, Value.Ratio.of(16, 100))).isEqualTo(Verdict.NOT_MET);
    }

    /** A flag is met by the flag: a value given to a flag threshold is not compared with anything. */
    @Test
    void aFlagIsDecidedByTheFlagEvenWhenItsThresholdCarriesAValue() {
        Threshold flagWithValue = Threshold.of(Comparison.MET, BigDecimal.ONE, ThresholdStatus.VERIFIED, SOURCE);
        IndicatorRule r = rule(ValueKind.FLAG, List.of(ThresholdRule.always(flagWithValue)));
        assertThat(r.decides()).isTrue();
        for (boolean met : new boolean[] {true, false}) {
            Verdict want = met ? Verdict.MET : Verdict.NOT_MET;
            assertThat(encoded(r, new Value.Flag(met))).as("encoded " + met).isEqualTo(want);
            assertThat(traced(r, new Value.Flag(met))).as("traced " + met).isEqualTo(want);
            long[] none = new long[1];
            assertThat(r.verdict(ValueCell.encode(new Value.Flag(met), none, none, 0), 0, 0))
                    .as("no observation needed for a flag").isEqualTo(want);
        }
        IndicatorTrace notMet = r.judge(Observation.of("1", "3.1", 2024, new Value.Flag(false), SRC));
        assertThat(notMet.distance()).as("a flag has no distance").isEmpty();
    }

    /** A flag rule asked about a number refuses, naming the indicator, rather than give a verdict. */
    @Test
    void aFlagRuleRefusesAValueThatIsNotAFlag() {
        IndicatorRule r = rule(ValueKind.FLAG, List.of(ThresholdRule.always(Threshold.met(SOURCE))));
        long[] part = new long[1];
        long[] whole = new long[1];
        for (Value v : List.<Value>of(new Value.Count(1), Value.Ratio.of(1, 2),
                new Value.Quantity(new BigDecimal("1E+200"), "%"))) {
            int cell = ValueCell.encode(v, part, whole, 0);
            assertThatThrownBy(() -> r.verdict(cell, part[0], whole[0])).as(v.toString())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.1")
                    .hasMessageContaining("not a flag");
        }
        assertThat(r.verdict(ValueCell.MISSING, 0, 0)).as("no value").isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.verdict(ValueCell.TRUE, 0, 0)).isEqualTo(Verdict.MET);
        assertThat(r.verdict(ValueCell.FALSE, 0, 0)).isEqualTo(Verdict.NOT_MET);
        assertThat(r.verdict((Observation) null)).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.op()).isEqualTo(IndicatorRule.FLAG);
        assertThat(r.direction()).isEqualTo(Comparison.MET);
    }

    /** A rule names its threshold, or none when no rule applies, and says what it is. */
    @Test
    void aRuleNamesItsThresholdOrNone() {
        Threshold eighty = Threshold.atLeast("80", SOURCE);
        IndicatorRule r = rule(ValueKind.RATIO, List.of(ThresholdRule.always(eighty)));
        assertThat(r.threshold()).contains(eighty);
        assertThat(r.indicator().code()).isEqualTo("3.1");
        assertThat(r.toString()).contains("3.1").contains(eighty.toString()).doesNotContain("no rule");
        IndicatorRule none = rule(ValueKind.RATIO, List.of(ThresholdRule.always(eighty).inYear(2025)));
        assertThat(none.threshold()).isEmpty();
        assertThat(none.decides()).isFalse();
        assertThat(none.op()).as("never decides").isEqualTo(IndicatorRule.UNDECIDED);
        long[] part = new long[1];
        long[] whole = new long[1];
        int cell = ValueCell.encode(Value.Ratio.of(1, 1), part, whole, 0);
        assertThat(none.verdict(cell, part[0], whole[0])).as("answered on primitives: no value can decide")
                .isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.verdict(ValueCell.MISSING, 0, 0)).as("no value, on primitives").isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(none.direction()).isEqualTo(Comparison.MET);
        assertThat(none.verdict(Observation.of("1", "3.1", 2024, Value.Ratio.of(1, 1), SRC)))
                .isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.op()).isEqualTo(IndicatorRule.COMPARE);
        assertThat(r.direction()).isEqualTo(Comparison.AT_LEAST);
        assertThat(r.boundUnscaled()).isEqualTo(80L);
        assertThat(r.boundScale()).isZero();
        IndicatorRule tooLong = rule(ValueKind.RATIO, List.of(ThresholdRule.always(
                Threshold.atLeast("1000000000000000000", SOURCE))));
        assertThat(tooLong.op()).as("a bound of 19 digits").isEqualTo(IndicatorRule.EXACT);
        assertThat(tooLong.boundUnscaled()).isEqualTo(Long.MIN_VALUE);
        assertThat(encoded(tooLong, Value.Ratio.of(10_000_000_000_000_000L, 1))).as("10^18 %, at the bound")
                .isEqualTo(Verdict.MET);
        assertThat(encoded(tooLong, Value.Ratio.of(1, 1))).isEqualTo(Verdict.NOT_MET);
        assertThat(none.toString()).contains("3.1").contains("no rule").contains("NO_RULE_APPLIES");
        IndicatorTrace t = none.judge(Observation.of("1", "3.1", 2024, Value.Ratio.of(1, 1), SRC));
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(t.reasons()).containsExactly(Reason.NO_RULE_APPLIES);
        assertThat(none.judge(null).reasons()).containsExactlyInAnyOrder(Reason.NO_RULE_APPLIES, Reason.NO_DATA);
        assertThat(encoded(none, Value.Ratio.of(1, 1))).isEqualTo(Verdict.NOT_ASSESSED);
    }

    /**
     * The classification a rule reads is the effective one: an override whose trigger holds gives
     * the region, and the choice records both what was read and the unit's own value it replaced.
     */
    @Test
    void theRuleReadsTheEffectiveClassificationAndRecordsWhatItReplaced() {
        Provenance p = Provenance.of("QĐ 318/QĐ-TTg", "Điều 3");
        ClassificationOverride difficult = new ClassificationOverride("region", "TDMNPB", Map.of("dbkk", "true"), p);
        IndicatorDefinition indicator = new IndicatorDefinition("3.1", Labels.of("Tỷ lệ", "share"), ValueKind.RATIO,
                "%", false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE)),
                        ThresholdRule.when("region", "TDMNPB", Threshold.atLeast("70", SOURCE))));
        Map<String, String> own = Map.of("region", "BTB", "dbkk", "true");
        IndicatorRule r = IndicatorRule.select(indicator, COMMUNE, 2024, s -> Optional.ofNullable(own.get(s)),
                List.of(difficult), c -> false);
        assertThat(r.threshold()).contains(Threshold.atLeast("70", SOURCE));
        RuleChoice choice = r.judge(null).choice().orElseThrow();
        assertThat(choice.overridden()).containsExactly(Map.entry("region", "BTB"));
        assertThat(choice.read()).containsEntry("region", "TDMNPB").containsEntry("dbkk", "true");
        IndicatorRule plain = IndicatorRule.select(indicator, COMMUNE, 2024,
                s -> s.equals("region") ? Optional.of("BTB") : Optional.empty(), List.of(difficult), c -> false);
        assertThat(plain.threshold()).contains(Threshold.atLeast("80", SOURCE));
        assertThat(plain.judge(null).choice().orElseThrow().overridden()).isEmpty();
    }

    // --- the other small rules of the criteria package the kernel's results rest on ---

    @Test
    void anOverrideNeedsATrigger() {
        assertThatThrownBy(() -> new ClassificationOverride("region", "TDMNPB", Map.of(), SOURCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region")
                .hasMessageContaining("trigger");
    }

    /**
     * A criterion's reasons are its not-assessed indicators' reasons, and units not assessed for
     * an aggregate; none unless the criterion itself is not assessed (a criterion not met because
     * of one indicator has no reasons even when another indicator lacks data).
     */
    @Test
    void aCriterionGivesReasonsOnlyWhenNotAssessed() {
        Labels labels = Labels.of("Thủy lợi", "irrigation");
        IndicatorTrace missing = IndicatorTrace.restore("3.1", labels, null, null, null, Verdict.NOT_ASSESSED,
                Set.of(Reason.NO_DATA), null, null);
        IndicatorTrace low = IndicatorTrace.restore("3.2", labels, null, null, null, Verdict.NOT_MET, Set.of(),
                BigDecimal.ONE, null);
        CriterionResult notMet = CriterionResult.restore("3", labels, Verdict.NOT_MET, Origin.INDICATORS,
                List.of(missing, low), null, null, null);
        assertThat(notMet.reasons()).isEmpty();
        CriterionResult notAssessed = CriterionResult.restore("3", labels, Verdict.NOT_ASSESSED, Origin.INDICATORS,
                List.of(missing), null, null, null);
        assertThat(notAssessed.reasons()).containsExactly(Reason.NO_DATA);
        AggregateTrace counted = AggregateTrace.restore("commune-ntm", CountingMode.COMPUTED, List.of("1"), 3,
                Comparison.AT_LEAST, BigDecimal.valueOf(100), 2, List.of("2"), Set.of(UnitKind.COMMUNE), SOURCE);
        CriterionResult aggregate = CriterionResult.restore("P1", labels, Verdict.NOT_ASSESSED, Origin.AGGREGATE,
                List.of(), counted, null, null);
        assertThat(aggregate.reasons()).containsExactly(Reason.UNITS_NOT_ASSESSED);
        assertThatThrownBy(() -> CriterionResult.restore("P1", labels, Verdict.MET, Origin.INDICATORS, List.of(),
                counted, null, null)).as("an aggregate trace on an indicator result")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
        assertThatThrownBy(() -> CriterionResult.restore("P1", labels, Verdict.MET, Origin.AGGREGATE, List.of(),
                null, null, null)).as("an aggregate result without its trace")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong facts");
        assertThatThrownBy(() -> CriterionResult.restore("3", labels, Verdict.MET, Origin.RECORDED, List.of(),
                null, null, null)).as("a recorded result without its outcome")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong facts");
    }

    /**
     * A trace is not assessed exactly when it gives reasons, and names the rule choice of any
     * threshold it shows; judged again by a criterion written in code it keeps its reasons only
     * while not assessed, and carries the rule's note.
     */
    @Test
    void aTraceIsNotAssessedExactlyWhenItGivesReasons() {
        Labels labels = Labels.of("Tỷ lệ", "share");
        assertThatThrownBy(() -> IndicatorTrace.restore("3.1", labels, null, null, null, Verdict.NOT_ASSESSED,
                Set.of(), null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.1");
        assertThatThrownBy(() -> IndicatorTrace.restore("3.1", labels, null, null, null, Verdict.MET,
                Set.of(Reason.NO_DATA), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorTrace.restore("3.1", labels, null, Threshold.atLeast("80", SOURCE), null,
                Verdict.NOT_MET, Set.of(), null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without the rule choice");
        IndicatorRule r = rule(ValueKind.RATIO, List.of(ThresholdRule.always(Threshold.atLeast("80", SOURCE))));
        IndicatorTrace missing = r.judge(null);
        assertThat(missing.toString()).contains("3.1").contains("NOT_ASSESSED").contains("NO_DATA");
        Labels note = Labels.of("so với 110% mức", "against 110% of the level");
        IndicatorTrace still = missing.rejudged(Verdict.NOT_ASSESSED, null, note);
        assertThat(still.reasons()).containsExactly(Reason.NO_DATA);
        assertThat(still.note()).contains(note);
        IndicatorTrace low = r.judge(Observation.of("1", "3.1", 2024, Value.Ratio.of(3, 4), SRC));
        assertThat(low.distance()).contains(new BigDecimal("5"));
        IndicatorTrace met = low.rejudged(Verdict.MET, null, note);
        assertThat(met.reasons()).isEmpty();
        assertThat(met.note()).contains(note);
        assertThat(met.toString()).contains("MET").doesNotContain("[]");
        assertThat(low.note()).isEmpty();
    }
}
