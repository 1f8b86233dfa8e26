package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.criteria2026.CommuneGroups.Precedence;
import io.github.ntmlib.criteria2026.GroupDerivation.Basis;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The group rule over every combination of facts, unknown ones included: a group exactly when
 * nothing decisive is missing, each group only on its own facts, and the two precedences agreeing
 * whenever the facts do not conflict.
 */
class CommuneGroupsPropertiesTest {

    /** Agriculture shares around the 10% edge, and unknown (-1). */
    private static final int[] SHARES_PER_MILLE = {-1, 0, 99, 100, 101, 500, 1000};

    private static final Gen<GroupFacts> FACTS = integers().between(0, Area.values().length - 1)
            .zip(integers().between(0, 2), integers().between(0, 2), integers().between(0, SHARES_PER_MILLE.length - 1),
                    (a, u, n, s) -> GroupFacts.of(Area.values()[a], Fact.values()[u], Fact.values()[n],
                            SHARES_PER_MILLE[s] < 0 ? null : Fraction.of(SHARES_PER_MILLE[s], 1000), "generated"));

    private static boolean urban(GroupFacts f) {
        return f.urbanAdjacent() == Fact.YES || f.newUrbanArea() == Fact.YES
                || f.agricultureShare().map(s -> s.comparePercent(java.math.BigDecimal.TEN) < 0).orElse(false);
    }

    private static boolean areaIIorIII(GroupFacts f) {
        return f.area() == Area.AREA_II || f.area() == Area.AREA_III;
    }

    @Test
    void eachGroupOnlyOnItsOwnFactsAndNoGroupOnlyWhenSomethingDecisiveIsMissing() {
        Map<Basis, Integer> reached = new EnumMap<>(Basis.class);
        int[] conflicts = new int[1];
        qt().withExamples(2000).forAll(FACTS).checkAssert(f -> {
            for (Precedence p : Precedence.values()) {
                GroupDerivation d = CommuneGroups.derive("1", f, p);
                reached.merge(d.basis(), 1, Integer::sum);
                assertThat(d.group().isPresent()).as("%s %s", f, p).isEqualTo(d.missing().isEmpty());
                d.group().ifPresent(g -> {
                    switch (g) {
                        case "3" -> assertThat(areaIIorIII(f)).isTrue();
                        case "1" -> assertThat(urban(f)).isTrue();
                        default -> assertThat(!urban(f) && !areaIIorIII(f) && f.area() != Area.UNKNOWN).isTrue();
                    }
                });
            }
            GroupDerivation areaFirst = CommuneGroups.derive("1", f, Precedence.AREA_FIRST);
            GroupDerivation urbanFirst = CommuneGroups.derive("1", f, Precedence.URBAN_FIRST);
            if (urban(f) && areaIIorIII(f)) {
                conflicts[0]++;
                assertThat(areaFirst.group()).contains("3");
                assertThat(urbanFirst.group()).contains("1");
                assertThat(areaFirst.setAside()).isNotEmpty();
                assertThat(urbanFirst.setAside()).isNotEmpty();
            } else if (areaFirst.group().isPresent() && urbanFirst.group().isPresent()) {
                assertThat(areaFirst.group()).as("no conflict: the precedence does not matter, %s", f)
                        .isEqualTo(urbanFirst.group());
            }
        });
        assertThat(reached.keySet()).as("every branch reached: %s", reached).containsExactlyInAnyOrder(Basis.values());
        assertThat(conflicts[0]).as("conflicting facts reached").isPositive();
    }
}
