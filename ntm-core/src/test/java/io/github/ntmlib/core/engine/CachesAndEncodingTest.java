package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorRule;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verdicts mode's caches and value encoding. A plan keeps the last snapshot index, profiles,
 * register index and data index it made and reuses each only for the very inputs it was made from
 * (a different snapshot, data year, register, date, dataset or data policy gets a new one, so a
 * stale cache never answers). Values are encoded as primitive numbers exactly: a flag as met or
 * not met, a count and a quantity or ratio part of at most 18 digits and a scale within a byte as
 * its unscaled {@code long} and scale, anything else (19 digits, a scale outside a byte, a grade)
 * left to exact comparison.
 */
class CachesAndEncodingTest {

    private static final DataSource SRC = new DataSource("t", "", SourcePosition.of("t.csv", 2));

    private static EvaluationRequest request(int year, LocalDate asOf, boolean lenient) {
        return new EvaluationRequest(asOf, year, CountingMode.COMPUTED, lenient);
    }

    /**
     * A prepared handle indexes its inputs once and answers from them: the evaluation is made once
     * and kept, the verdicts are the evaluation's, and two handles of equal inputs share nothing
     * but the compiled plan (no hidden cache keyed on an input's identity).
     */
    @Test
    void aPreparedHandleIndexesOnceAndTwoHandlesShareOnlyThePlan() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        Evaluator engine = Evaluator.of(c.set());
        EvaluationRequest request = EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL);
        PreparedEvaluation p = engine.prepare(request, s, c.data(0, ""), c.register());
        PreparedEvaluation q = engine.prepare(request, s, c.data(0, ""), c.register());
        assertThat(p.index).isNotSameAs(q.index);
        assertThat(p.indexed()).isSameAs(p.indexed()).isNotSameAs(q.indexed());
        assertThat(p.recognitions()).isSameAs(p.recognitions()).isNotSameAs(q.recognitions());
        assertThat(p.profiles.rows[0]).as("rule rows are the plan's, shared").isSameAs(q.profiles.rows[0]);
        Evaluation e = p.evaluate();
        assertThat(p.evaluate()).isSameAs(e).isEqualTo(q.evaluate());
        assertThat(p.verdicts()).isEqualTo(Verdicts.of(e)).isEqualTo(q.verdicts());
        assertThat(p.request()).isEqualTo(request);
        assertThat(p.snapshot()).isSameAs(s);
        assertThat(p.criteriaSet()).isSameAs(c.set());
        assertThat(p.toString()).contains(c.set().id()).contains("units");
    }

    /** The request's own rule and its fit with the set are one exception type, naming the field. */
    @Test
    void theRequestIsCompleteAtConstructionAndRefusedWithOneExceptionType() {
        assertThatThrownBy(() -> EvaluationRequest.of(SmallSet.DATE, 2025, CountingMode.COMPUTED))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("data year 2025 is after");
        assertThat(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED).asLenient().lenient()).isTrue();
        assertThat(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED).lenient()).isFalse();
        assertThatThrownBy(() -> Evaluator.of(SmallSet.set()).prepare(EvaluationRequest.of(SmallSet.DATE, 2024,
                CountingMode.COMPUTED), io.github.ntmlib.core.locality.Snapshot.of(SmallSet.DATE.plusDays(1), SmallSet.snapshot().units()), Dataset.empty(),
                StatusRegister.empty())).isInstanceOf(EvaluationException.class).hasMessageContaining("not in force");
    }

    /** One evaluator judging two datasets, and two registers, in turn: no answer comes from the other's cache. */
    @Test
    void anotherDatasetOrRegisterOnTheSameEvaluatorIsJudgedFromItsOwnValues() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        CriteriaSet set = VerdictsModeTest.extended(c.set());
        Bound evaluator = Bound.of(set, EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL));
        Dataset met = c.data(0, "");
        Dataset.Builder b = Dataset.builder();
        met.observations().forEach(o -> b.add(o.indicator().equals("3.1")
                ? Observation.of(o.unit(), o.indicator(), o.year(), Value.Ratio.of(1, 100), o.source()) : o));
        met.outcomes().forEach(b::add);
        Dataset low = b.build();
        StatusRegister register = c.register();
        for (Dataset d : List.of(met, low, met)) {
            for (StatusRegister r : List.of(register, StatusRegister.empty(), register)) {
                Verdicts fresh = Evaluator.of(set).verdicts(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL), s, d, r);
                assertThat(evaluator.verdicts(s, d, r)).isEqualTo(fresh);
                assertThat(evaluator.verdicts(s, d, r)).isEqualTo(Verdicts.of(evaluator.evaluate(s, d, r)));
            }
        }
        assertThat(evaluator.verdicts(s, met, register).verdict("101", "commune-ntm")).contains(Verdict.MET);
        assertThat(evaluator.verdicts(s, low, register).verdict("101", "commune-ntm")).contains(Verdict.NOT_MET);
        assertThat(evaluator.verdicts(s, met, register).isRecognised("101", "commune-ntm")).isTrue();
        assertThat(evaluator.verdicts(s, met, StatusRegister.empty()).isRecognised("101", "commune-ntm")).isFalse();
    }

    @Test
    void verdictsAreEqualOnlyForTheSameSetSnapshotRequestAndVerdicts() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        Bound evaluator = Bound.of(c.set(), EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
        Verdicts v = evaluator.verdicts(s, c.data(0, ""), c.register());
        Verdicts again = Evaluator.of(c.set()).verdicts(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED), s, c.data(0, ""), c.register());
        assertThat(v).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(v.equals(v.toString())).as("not a verdicts object").isFalse();
        assertThat(v).as("another request").isNotEqualTo(evaluator.counting(CountingMode.OFFICIAL)
                .verdicts(s, c.data(0, ""), c.register()));
        assertThat(v).as("other verdicts").isNotEqualTo(evaluator.verdicts(s, Dataset.empty(), c.register()));
        assertThat(v.toString()).contains(c.set().id()).contains(s.date().toString()).contains("units");
    }

    /** A restored evaluation has a result for exactly the standards that apply to each unit of the snapshot. */
    @Test
    void restoreRefusesResultsThatDoNotFitTheSnapshotAndSet() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        Evaluation e = Evaluator.of(c.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED), s, c.data(0, ""), c.register());
        java.util.function.Supplier<java.util.Map<String, List<StandardResult>>> byUnit = () -> {
            java.util.Map<String, List<StandardResult>> m = new java.util.HashMap<>();
            e.units().forEach(u -> m.put(u.unit(), new java.util.ArrayList<>(u.standards())));
            return m;
        };
        Evaluation restored = Evaluation.restore(e.criteriaSet(), s, e.request(), byUnit.get(), e.ignored());
        assertThat(restored.units()).isEqualTo(e.units());
        assertThat(Verdicts.of(restored)).isEqualTo(Verdicts.of(e));
        StandardResult commune = e.result("101", "commune-ntm").orElseThrow();
        String district = e.units().stream().filter(u -> u.kind() == UnitKind.RURAL_DISTRICT).findFirst()
                .orElseThrow().unit();

        java.util.Map<String, List<StandardResult>> unknown = byUnit.get();
        unknown.get("101").add(StandardResult.restore("nope", commune.criteria(), null, null, Verdict.MET));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.restore(e.criteriaSet(), s, e.request(),
                unknown, List.of())).isInstanceOf(UnknownStandardException.class).hasMessageContaining("nope");

        java.util.Map<String, List<StandardResult>> missing = byUnit.get();
        missing.get("101").removeIf(r -> r.standard().equals("commune-ntm"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.restore(e.criteriaSet(), s, e.request(),
                missing, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101").hasMessageContaining("commune-ntm has no result");

        java.util.Map<String, List<StandardResult>> extra = byUnit.get();
        extra.get(district).add(commune);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.restore(e.criteriaSet(), s, e.request(),
                extra, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(district).hasMessageContaining("commune-ntm does not apply");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StandardResult.restore("commune-ntm",
                commune.criteria(), null, null, Verdict.NOT_MET)).as("a requirement without a required standard")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requires nothing");
        assertThat(StandardResult.restore("commune-ntm", commune.criteria(), null, null, Verdict.MET).verdict())
                .isEqualTo(commune.verdict());

        java.util.Map<String, List<StandardResult>> stranger = byUnit.get();
        stranger.put("999", List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.restore(e.criteriaSet(), s, e.request(),
                stranger, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the snapshot");
    }

    /**
     * A snapshot index lays each root's subtree out as one range of positions: the roots start the
     * ranges ({@code rootStarts}, ending with the size), a unit's subtree ends at {@code end} (a
     * unit without children ends just after itself), and {@code bottomUp} lists every unit below
     * its parent.
     */
    @Test
    void aSnapshotIndexLaysEachSubtreeOutAsOneRange() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        Snapshot s = Snapshot.of(d, List.of(
                io.github.ntmlib.core.locality.AdminUnit.of("1", "Tỉnh Một", UnitKind.PROVINCE, null, d),
                io.github.ntmlib.core.locality.AdminUnit.of("10", "Huyện Mười", UnitKind.RURAL_DISTRICT, "1", d),
                io.github.ntmlib.core.locality.AdminUnit.of("100", "Xã Trăm", UnitKind.COMMUNE, "10", d),
                io.github.ntmlib.core.locality.AdminUnit.of("2", "Tỉnh Hai", UnitKind.PROVINCE, null, d)));
        SnapshotIndex index = new SnapshotIndex(s);
        int n = index.size();
        assertThat(n).isEqualTo(4);
        assertThat(index.rootStarts).hasSize(3);
        assertThat(index.rootStarts[2]).isEqualTo(n);
        for (int r = 0; r < 2; r++) {
            int root = index.rootStarts[r];
            assertThat(index.parent[root]).isEqualTo(-1);
            assertThat(index.end[root]).as("root " + index.units[root].code()).isEqualTo(index.rootStarts[r + 1]);
        }
        int commune = index.position.get("100");
        assertThat(index.end[commune]).isEqualTo(commune + 1);
        assertThat(index.end[index.position.get("10")]).isEqualTo(commune + 1);
        List<String> bottomUp = new java.util.ArrayList<>();
        for (int u : index.bottomUp) {
            bottomUp.add(index.units[u].code());
        }
        assertThat(bottomUp).hasSize(4).startsWith("100", "10");
        assertThat(bottomUp.subList(2, 4)).containsExactlyInAnyOrder("1", "2");
        SnapshotIndex alone = new SnapshotIndex(Snapshot.of(d, List.of(
                io.github.ntmlib.core.locality.AdminUnit.of("1", "Tỉnh Một", UnitKind.PROVINCE, null, d))));
        assertThat(alone.end).containsExactly(1);
        assertThat(alone.rootStarts).containsExactly(0, 1);
    }

    // --- encoding ---

    private static final class Cells {
        final DataIndex data;
        final DataIndex.Encoded encoded;
        final int at;
        final int exactAt;

        /** Encodes each value at commune 1's slot of indicator 3.1 in a fresh index, one unit each. */
        Cells(@org.jspecify.annotations.Nullable Value v) {
            CompiledPlan plan = new CompiledPlan(SmallSet.set());
            SnapshotIndex index = new SnapshotIndex(SmallSet.snapshot());
            int slots = plan.slotCount();
            int slot = plan.info.get("3.1").slot;
            int u = index.position.get("1");
            Observation[] values = new Observation[index.size() * slots];
            exactAt = u * slots + slot;
            values[exactAt] = v == null ? null : Observation.of("1", "3.1", 2024, v, SRC);
            DataIndex d = new DataIndex(plan, index, Dataset.empty(), request(2024, SmallSet.DATE, false), slots,
                    values, List.of());
            data = d;
            encoded = d.encoded();
            assertThat(d.encoded()).as("made once").isSameAs(encoded);
            at = encoded.rowStart[u] + plan.dense[UnitKind.COMMUNE.ordinal()][slot];
        }

        Verdict verdict(IndicatorRule t) {
            Verdict quick = t.verdict(encoded.cell[at], encoded.part[at], encoded.whole[at]);
            return quick != null ? quick : t.verdict(data.values[exactAt]);
        }

        int tag() {
            return encoded.cell[at] & 0xFF;
        }

        int partScale() {
            return (byte) (encoded.cell[at] >> 8);
        }

        int wholeScale() {
            return (byte) (encoded.cell[at] >> 16);
        }
    }

    @Test
    void flagsAndCountsAreEncodedAsTheirValue() {
        assertThat(new Cells(new Value.Flag(true)).tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.TRUE);
        assertThat(new Cells(new Value.Flag(false)).tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.FALSE);
        Cells count = new Cells(new Value.Count(Long.MAX_VALUE));
        assertThat(count.tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.SCALAR);
        assertThat(count.encoded.part[count.at]).isEqualTo(Long.MAX_VALUE);
        assertThat(count.partScale()).isZero();
        assertThat(new Cells(new Value.Grade("A")).tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
    }

    @Test
    void aQuantityOfAtMost18DigitsAndAByteScaleIsItsUnscaledValueAndScale() {
        Cells q = new Cells(new Value.Quantity(new BigDecimal("-12.345"), "x"));
        assertThat(q.tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.SCALAR);
        assertThat(q.encoded.part[q.at]).isEqualTo(-12345L);
        assertThat(q.partScale()).isEqualTo(3);
        Cells eighteen = new Cells(new Value.Quantity(new BigDecimal("999999999999999999"), "x"));
        assertThat(eighteen.tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.SCALAR);
        assertThat(eighteen.encoded.part[eighteen.at]).isEqualTo(999_999_999_999_999_999L);
        assertThat(new Cells(new Value.Quantity(new BigDecimal("1000000000000000000"), "x")).tag())
                .as("19 digits").isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
        Cells top = new Cells(new Value.Quantity(BigDecimal.valueOf(7, 127), "x"));
        assertThat(top.tag()).as("scale 127").isEqualTo(io.github.ntmlib.core.data.ValueCell.SCALAR);
        assertThat(top.partScale()).isEqualTo(127);
        assertThat(new Cells(new Value.Quantity(BigDecimal.valueOf(7, 128), "x")).tag()).as("scale 128")
                .isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
        Cells bottom = new Cells(new Value.Quantity(BigDecimal.valueOf(7, -128), "x"));
        assertThat(bottom.tag()).as("scale -128").isEqualTo(io.github.ntmlib.core.data.ValueCell.SCALAR);
        assertThat(bottom.partScale()).isEqualTo(-128);
        assertThat(new Cells(new Value.Quantity(BigDecimal.valueOf(7, -129), "x")).tag()).as("scale -129")
                .isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
    }

    @Test
    void aRatioIsEncodedOnlyWhenBothPartsFit() {
        Cells r = new Cells(new Value.Ratio(new BigDecimal("1.5"), new BigDecimal("2.25")));
        assertThat(r.tag()).isEqualTo(io.github.ntmlib.core.data.ValueCell.RATIO);
        assertThat(r.encoded.part[r.at]).isEqualTo(15L);
        assertThat(r.encoded.whole[r.at]).isEqualTo(225L);
        assertThat(r.partScale()).isEqualTo(1);
        assertThat(r.wholeScale()).isEqualTo(2);
        BigDecimal big = new BigDecimal("1000000000000000000");
        assertThat(new Cells(new Value.Ratio(BigDecimal.ONE, big)).tag()).as("19-digit whole")
                .isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
        assertThat(new Cells(new Value.Ratio(big, big.add(big))).tag()).as("19-digit part")
                .isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
        assertThat(new Cells(new Value.Ratio(BigDecimal.valueOf(1, 128), BigDecimal.ONE)).tag())
                .as("part scale 128").isEqualTo(io.github.ntmlib.core.data.ValueCell.EXACT);
    }

    /** The kernel's rule for commune 1 when the indicator has this one national rule. */
    private static IndicatorRule template(Threshold threshold, Reason... reasons) {
        IndicatorDefinition irrigation = SmallSet.irrigation();
        boolean flag = threshold.comparison() == Comparison.MET;
        IndicatorDefinition only = new IndicatorDefinition(irrigation.code(), irrigation.labels(),
                flag ? io.github.ntmlib.core.data.ValueKind.FLAG : irrigation.kind(), flag ? "" : irrigation.unit(),
                irrigation.mayExceedWhole(), irrigation.grades(),
                List.of(io.github.ntmlib.core.criteria.ThresholdRule.always(threshold)));
        IndicatorRule rule = IndicatorRule.select(only, SmallSet.snapshot().unit("1").orElseThrow(), 2024,
                scheme -> java.util.Optional.empty(), List.of(), code -> false);
        assertThat(rule.decides()).as("decides %s", threshold).isEqualTo(reasons.length == 0);
        return rule;
    }

    /**
     * A template's verdict on an encoded value is the exact comparison's: met at and above an "at
     * least" bound and at and below an "at most" one, whether the value is a ratio in long arithmetic or one of more than 18 digits;
     * not assessed without a value or when a reason other than the missing value stands.
     */
    @Test
    void aTemplatesVerdictIsTheExactComparisonsOrNotAssessed() {
        IndicatorRule eighty = template(Threshold.atLeast("80", SmallSet.TEST));
        assertThat(new Cells(Value.Ratio.of(4, 5)).verdict(eighty)).isEqualTo(Verdict.MET);
        assertThat(new Cells(Value.Ratio.of(79, 100)).verdict(eighty)).isEqualTo(Verdict.NOT_MET);
        assertThat(new Cells(new Value.Ratio(new BigDecimal("0.80"), BigDecimal.ONE)).verdict(eighty))
                .isEqualTo(Verdict.MET);
        BigDecimal big = new BigDecimal("1000000000000000000000");
        assertThat(new Cells(new Value.Ratio(new BigDecimal("799999999999999999999"), big)).verdict(eighty))
                .as("21 digits, just below").isEqualTo(Verdict.NOT_MET);
        assertThat(new Cells(new Value.Ratio(new BigDecimal("800000000000000000000"), big)).verdict(eighty))
                .as("21 digits, at the bound").isEqualTo(Verdict.MET);
        assertThat(new Cells(null).verdict(eighty)).as("no value").isEqualTo(Verdict.NOT_ASSESSED);
        IndicatorRule twenty = template(Threshold.atMost("20", SmallSet.TEST));
        assertThat(new Cells(Value.Ratio.of(1, 5)).verdict(twenty)).as("at most, at the bound")
                .isEqualTo(Verdict.MET);
        assertThat(new Cells(Value.Ratio.of(21, 100)).verdict(twenty)).as("at most, above")
                .isEqualTo(Verdict.NOT_MET);
        IndicatorRule notSupplied = template(Threshold.setByProvince(Comparison.AT_LEAST, SmallSet.TEST),
                Reason.SET_BY_PROVINCE_NOT_SUPPLIED);
        assertThat(new Cells(Value.Ratio.of(4, 5)).verdict(notSupplied)).isEqualTo(Verdict.NOT_ASSESSED);
        IndicatorRule flag = template(Threshold.met(SmallSet.TEST));
        assertThat(new Cells(new Value.Flag(true)).verdict(flag)).isEqualTo(Verdict.MET);
        assertThat(new Cells(new Value.Flag(false)).verdict(flag)).isEqualTo(Verdict.NOT_MET);
        assertThat(new Cells(null).verdict(flag)).isEqualTo(Verdict.NOT_ASSESSED);
        IndicatorRule flagNotEncoded = template(Threshold.notEncoded(Comparison.MET, SmallSet.TEST),
                Reason.THRESHOLD_NOT_ENCODED);
        assertThat(new Cells(new Value.Flag(true)).verdict(flagNotEncoded)).isEqualTo(Verdict.NOT_ASSESSED);
    }
}
