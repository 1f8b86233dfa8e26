package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: what a criteria set and an aggregate criterion accept: a period that does not end
 * before it starts, unique standards nesting only in known ones, aggregates over known standards
 * with a percentage from 0 to 100; the chain of required standards; how many more units an
 * aggregate needs.
 */
class CriteriaSetRulesTest {

    private static final Provenance SOURCE = Provenance.of("QĐ 320/QĐ-TTg", "Phụ lục");
    private static final Labels L = Labels.of("x", "x");

    private static Standard standard(String id, String nestedIn, Criterion... criteria) {
        return Standard.of(id, L, Set.of(UnitKind.COMMUNE), Optional.ofNullable(nestedIn), List.of(criteria), SOURCE);
    }

    private static CriteriaSet.Builder builder() {
        return CriteriaSet.builder("set").labels(L).validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31))
                .provenance(SOURCE);
    }

    private static AggregateCriterion share(String standard, Comparison comparison, String percent) {
        return AggregateCriterion.of("P", L, Set.of(UnitKind.COMMUNE), standard, comparison, new BigDecimal(percent),
                SOURCE);
    }

    @Test
    void aSetHasAPeriodUniqueStandardsAndNestsOnlyInKnownOnes() {
        assertThat(builder().validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1)).standard(standard("a", null))
                .build().isValidOn(LocalDate.of(2022, 1, 1))).isTrue();
        assertThatThrownBy(() -> builder().validity(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> builder().standard(standard("a", null)).standard(standard("a", null)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two standards a");
        assertThatThrownBy(() -> builder().standard(standard("b", "a")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nests in unknown standard a");
        assertThatThrownBy(() -> builder().standard(standard("d", null, share("x", Comparison.AT_LEAST, "40")))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts unknown standard x");
    }

    @Test
    void requiredStandardsAreListedNearestFirst() {
        CriteriaSet set = builder().standard(standard("ntm", null)).standard(standard("advanced", "ntm"))
                .standard(standard("model", "advanced")).build();
        assertThat(set.requiredBy("model")).containsExactly("advanced", "ntm");
        assertThat(set.requiredBy("advanced")).containsExactly("ntm");
        assertThat(set.requiredBy("ntm")).isEmpty();
        assertThat(set.requiredBy("unknown")).isEmpty();
    }

    @Test
    void anAggregateCountsSomeKindWithAPercentageFrom0To100() {
        assertThat(share("s", Comparison.AT_LEAST, "0").needed(0, 10)).isZero();
        assertThat(share("s", Comparison.AT_LEAST, "100").needed(10, 10)).isZero();
        assertThatThrownBy(() -> share("s", Comparison.AT_LEAST, "-0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> share("s", Comparison.AT_LEAST, "100.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> share("s", Comparison.MET, "50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AggregateCriterion.of("P", L, Set.of(), "s", Comparison.AT_LEAST, BigDecimal.TEN,
                SOURCE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds of unit");
    }

    @Test
    void anAggregateNeedsTheUnitsUpToTheRoundedUpShareOrAtMostTheRoundedDownOne() {
        // at least 40% of 169: 67.6 rounds up to 68 units; 69 hold it, 0 more needed; 60 hold it, 8 more.
        AggregateCriterion atLeast = share("s", Comparison.AT_LEAST, "40");
        assertThat(atLeast.needed(69, 169)).isZero();
        assertThat(atLeast.needed(68, 169)).isZero();
        assertThat(atLeast.needed(67, 169)).isEqualTo(1);
        assertThat(atLeast.needed(60, 169)).isEqualTo(8);
        // at most 10% of 25: 2.5 rounds down to 2 units; 5 hold it, 3 too many.
        AggregateCriterion atMost = share("s", Comparison.AT_MOST, "10");
        assertThat(atMost.needed(5, 25)).isEqualTo(3);
        assertThat(atMost.needed(2, 25)).isZero();
        assertThat(atMost.needed(1, 25)).isZero();
    }
}
