package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one encoding of each small rule the kernel applies, written out over every input it can
 * meet: the direction of a comparison ({@link Comparison#holds}: "at least" from a zero sign up,
 * "at most" up to it, a flag never by a sign), whether a bound is at least as strict as another
 * (equal bounds are), and "every part must be met" ({@link Verdict#and}: not met wins over not
 * assessed, which wins over met; commutative and associative, so that {@link Verdict#allOf} does
 * not depend on the parts' order).
 */
class KernelEncodingsTest {

    @Test
    void atLeastHoldsFromAZeroSignUpAndAtMostUpToIt() {
        int[] signs = {Integer.MIN_VALUE, -2, -1, 0, 1, 2, Integer.MAX_VALUE};
        for (int sign : signs) {
            assertThat(Comparison.AT_LEAST.holds(sign)).as("≥ with sign " + sign).isEqualTo(sign >= 0);
            assertThat(Comparison.AT_MOST.holds(sign)).as("≤ with sign " + sign).isEqualTo(sign <= 0);
        }
        assertThat(Comparison.AT_LEAST.holds(0)).isTrue();
        assertThat(Comparison.AT_MOST.holds(0)).isTrue();
        assertThat(Comparison.AT_LEAST.holds(-1)).isFalse();
        assertThat(Comparison.AT_MOST.holds(1)).isFalse();
        for (int sign : signs) {
            assertThatThrownBy(() -> Comparison.MET.holds(sign)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("flag");
        }
    }

    @Test
    void aBoundIsAtLeastAsStrictWhenItAsksAsMuchOrMore() {
        BigDecimal seventy = new BigDecimal("70");
        BigDecimal eighty = new BigDecimal("80.0");
        assertThat(Comparison.AT_LEAST.atLeastAsStrict(eighty, seventy)).isTrue();
        assertThat(Comparison.AT_LEAST.atLeastAsStrict(seventy, eighty)).isFalse();
        assertThat(Comparison.AT_LEAST.atLeastAsStrict(new BigDecimal("80"), eighty)).as("equal, other scale").isTrue();
        assertThat(Comparison.AT_MOST.atLeastAsStrict(seventy, eighty)).isTrue();
        assertThat(Comparison.AT_MOST.atLeastAsStrict(eighty, seventy)).isFalse();
        assertThat(Comparison.AT_MOST.atLeastAsStrict(new BigDecimal("70.00"), seventy)).isTrue();
        assertThat(Comparison.MET.atLeastAsStrict(seventy, eighty)).as("a flag against a flag").isTrue();
        assertThat(Comparison.MET.atLeastAsStrict(eighty, seventy)).isTrue();
        assertThat(List.of(Comparison.AT_LEAST.symbol(), Comparison.AT_MOST.symbol(), Comparison.MET.symbol()))
                .containsExactly("≥", "≤", "Đạt");
    }

    @Test
    void bothPartsAreMetOnlyWhenEachIsAndNotMetWinsOverNotAssessed() {
        Verdict m = Verdict.MET;
        Verdict n = Verdict.NOT_MET;
        Verdict a = Verdict.NOT_ASSESSED;
        Map<List<Verdict>, Verdict> table = Map.of(
                List.of(m, m), m, List.of(m, n), n, List.of(m, a), a,
                List.of(n, m), n, List.of(n, n), n, List.of(n, a), n,
                List.of(a, m), a, List.of(a, n), n, List.of(a, a), a);
        table.forEach((pair, expected) -> assertThat(pair.get(0).and(pair.get(1))).as(pair.toString())
                .isEqualTo(expected));
        for (Verdict x : Verdict.values()) {
            for (Verdict y : Verdict.values()) {
                assertThat(x.and(y)).as("commutative").isEqualTo(y.and(x));
                for (Verdict z : Verdict.values()) {
                    assertThat(x.and(y).and(z)).as("associative").isEqualTo(x.and(y.and(z)));
                    List<Verdict> parts = new ArrayList<>(List.of(x, y, z));
                    Verdict all = Verdict.allOf(parts);
                    assertThat(all).as("allOf " + parts).isEqualTo(x.and(y).and(z));
                    java.util.Collections.reverse(parts);
                    assertThat(Verdict.allOf(parts)).as("allOf in any order").isEqualTo(all);
                }
            }
        }
        assertThat(Verdict.allOf(List.of())).as("nothing required").isEqualTo(m);
        assertThat(Verdict.allOf(List.of(a))).isEqualTo(a);
        assertThat(Verdict.allOf(List.of(n))).isEqualTo(n);
    }

    /**
     * A unit's effective classification: the first override of the scheme whose trigger holds,
     * else its own value; an override of another scheme, or one whose triggers do not hold, leaves
     * the own value.
     */
    @Test
    void theEffectiveClassificationIsTheFirstApplyingOverrideElseTheUnitsOwn() {
        Provenance p = Provenance.of("QĐ 318/QĐ-TTg", "Điều 3");
        ClassificationOverride difficult = new ClassificationOverride("region", "TDMNPB", Map.of("dbkk", "true"), p);
        ClassificationOverride safeZone = new ClassificationOverride("region", "OTHER", Map.of("atk", "true"), p);
        ClassificationOverride elsewhere = new ClassificationOverride("zone", "Z", Map.of("dbkk", "true"), p);
        Map<String, String> own = Map.of("region", "BTB", "dbkk", "true", "atk", "true");
        java.util.function.Function<String, Optional<String>> lookup = s -> Optional.ofNullable(own.get(s));
        assertThat(ClassificationOverride.effective(List.of(difficult, safeZone), "region", lookup)).contains("TDMNPB");
        assertThat(ClassificationOverride.effective(List.of(safeZone, difficult), "region", lookup)).contains("OTHER");
        assertThat(ClassificationOverride.effective(List.of(elsewhere), "region", lookup)).contains("BTB");
        assertThat(ClassificationOverride.effective(List.of(), "region", lookup)).contains("BTB");
        java.util.function.Function<String, Optional<String>> plain = s -> s.equals("region") ? Optional.of("BTB")
                : Optional.empty();
        assertThat(ClassificationOverride.effective(List.of(difficult, safeZone), "region", plain)).contains("BTB");
        assertThat(ClassificationOverride.effective(List.of(difficult), "zone", plain)).isEmpty();
        assertThat(ClassificationOverride.effective(List.of(elsewhere), "zone", lookup)).contains("Z");
    }

    /** A recorded outcome is met only when recorded met: "cơ bản đạt" (basically met) is not met. */
    @Test
    void onlyARecordedMetIsMet() {
        io.github.ntmlib.core.data.DataSource src = new io.github.ntmlib.core.data.DataSource("UBND tỉnh", "",
                io.github.ntmlib.base.SourcePosition.of("outcomes.csv", 2));
        for (io.github.ntmlib.core.data.Assessment assessment : io.github.ntmlib.core.data.Assessment.values()) {
            io.github.ntmlib.core.data.RecordedOutcome outcome = io.github.ntmlib.core.data.RecordedOutcome.of("1",
                    "commune-ntm", "3", assessment, java.time.LocalDate.of(2024, 12, 31), src);
            assertThat(CriterionResult.verdictOf(outcome)).as(assessment.toString()).isEqualTo(
                    assessment == io.github.ntmlib.core.data.Assessment.MET ? Verdict.MET : Verdict.NOT_MET);
        }
    }

    /**
     * A verdict's weight orders "every part must be met": met 0, not assessed 1, not met 2, and
     * {@link Verdict#and} keeps the heavier part, so that the engine's flat loops take a maximum.
     * Only those three weights are verdicts.
     */
    @Test
    void aVerdictsWeightOrdersEveryPartMustBeMet() {
        assertThat(Verdict.MET.weight()).isZero();
        assertThat(Verdict.NOT_ASSESSED.weight()).isEqualTo(1);
        assertThat(Verdict.NOT_MET.weight()).isEqualTo(2);
        for (Verdict x : Verdict.values()) {
            assertThat(Verdict.ofWeight(x.weight())).isSameAs(x);
            for (Verdict y : Verdict.values()) {
                assertThat(x.and(y).weight()).isEqualTo(Math.max(x.weight(), y.weight()));
            }
        }
        for (int w : new int[] {-1, 3, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Verdict.ofWeight(w)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(w));
        }
    }
}
