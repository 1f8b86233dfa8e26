package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.criteria2026.CommuneGroups.Precedence;
import io.github.ntmlib.criteria2026.GroupDerivation.Basis;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every branch of the commune group rule, the precedence when facts conflict, and missing facts. */
class CommuneGroupsTest {

    private static final Fraction HIGH = Fraction.of(30, 100);
    private static final Fraction LOW = Fraction.of(99, 1000);   // 9.9%
    private static final Fraction EDGE = Fraction.of(10, 100);   // exactly 10%: not under 10%

    private static GroupDerivation derive(Area area, Fact adjacent, Fact newUrban, Fraction share, Precedence p) {
        return CommuneGroups.derive("1", GroupFacts.of(area, adjacent, newUrban, share, "QĐ tỉnh (test)"), p);
    }

    private static GroupDerivation derive(Area area, Fact adjacent, Fact newUrban, Fraction share) {
        return derive(area, adjacent, newUrban, share, Precedence.AREA_FIRST);
    }

    @Test
    void areaIIOrIIIIsGroup3() {
        assertThat(derive(Area.AREA_III, Fact.NO, Fact.NO, HIGH).group()).contains("3");
        GroupDerivation ii = derive(Area.AREA_II, Fact.NO, Fact.NO, HIGH);
        assertThat(ii.group()).contains("3");
        assertThat(ii.basis()).isEqualTo(Basis.AREA_II_III);
        assertThat(ii.explain()).contains("nhóm 3", "AREA_II", "51/2025/QĐ-TTg");
    }

    @Test
    void eachUrbanFactAloneIsGroup1() {
        assertThat(derive(Area.NOT_IN_AREA, Fact.YES, Fact.NO, HIGH).basis()).isEqualTo(Basis.URBAN_ADJACENT);
        assertThat(derive(Area.AREA_I, Fact.NO, Fact.YES, HIGH).basis()).isEqualTo(Basis.NEW_URBAN_AREA);
        GroupDerivation agriculture = derive(Area.NOT_IN_AREA, Fact.NO, Fact.NO, LOW);
        assertThat(agriculture.basis()).isEqualTo(Basis.AGRICULTURE_UNDER_10_PERCENT);
        assertThat(agriculture.group()).contains("1");
        assertThat(agriculture.read()).anyMatch(f -> f.contains("agriculture share: "));
    }

    /** The decisive side of 10% is always printed: 999/10,000 is 9.99% (never the 10.0% of 1,000/10,000). */
    @Test
    void theAgricultureShareIsPrintedOnItsSideOfTenPercent() {
        GroupDerivation under = derive(Area.NOT_IN_AREA, Fact.NO, Fact.NO, Fraction.of(999, 10_000));
        GroupDerivation at = derive(Area.NOT_IN_AREA, Fact.NO, Fact.NO, Fraction.of(1_000, 10_000));
        assertThat(under.group()).contains("1");
        assertThat(at.group()).contains("2");
        assertThat(under.explain(io.github.ntmlib.base.Language.VIETNAMESE))
                .contains("nhóm 1 — nông nghiệp dưới 10% cơ cấu kinh tế")
                .contains("tỷ trọng nông nghiệp 999/10.000 = 9,99% < 10%").doesNotContain("10,0%");
        assertThat(under.explain(io.github.ntmlib.base.Language.ENGLISH)).contains("999/10,000 = 9.99% < 10%");
        assertThat(at.explain(io.github.ntmlib.base.Language.VIETNAMESE)).contains("1.000/10.000 = 10% ≥ 10%");
        assertThat(CommuneGroups.agricultureComparison(Fraction.of(99_999, 1_000_000), io.github.ntmlib.base.Language.ENGLISH))
                .isEqualTo("99,999/1,000,000 = 9.9999% < 10%");
        assertThat(CommuneGroups.agricultureComparison(Fraction.of(1, 3), io.github.ntmlib.base.Language.VIETNAMESE))
                .isEqualTo("1/3 = 33,3% ≥ 10%");
        assertThat(CommuneGroups.agricultureComparison(Fraction.of(1, 11), io.github.ntmlib.base.Language.ENGLISH))
                .isEqualTo("1/11 = 9.1% < 10%");
        GroupDerivation missing = CommuneGroups.derive("7", GroupFacts.of(Area.UNKNOWN, Fact.NO, Fact.NO, null, "QĐ 1"),
                Precedence.AREA_FIRST);
        assertThat(missing.explain(io.github.ntmlib.base.Language.VIETNAMESE))
                .startsWith("7: chưa xác định nhóm xã, thiếu: khu vực (I, II, III); dữ kiện: khu vực chưa rõ");
    }

    @Test
    void otherwiseGroup2IncludingAreaIAndExactlyTenPercent() {
        GroupDerivation other = derive(Area.AREA_I, Fact.NO, Fact.NO, EDGE);
        assertThat(other.group()).contains("2");
        assertThat(other.basis()).isEqualTo(Basis.OTHERWISE);
        assertThat(derive(Area.NOT_IN_AREA, Fact.NO, Fact.NO, HIGH).group()).contains("2");
    }

    @Test
    void whenFactsConflictTheAreaWinsByDefaultAndTheUrbanFactIsListedAsSetAside() {
        GroupDerivation conflict = derive(Area.AREA_III, Fact.YES, Fact.NO, LOW);
        assertThat(conflict.group()).contains("3");
        assertThat(conflict.setAside()).containsExactly("URBAN_ADJACENT (group 1)", "AGRICULTURE_UNDER_10_PERCENT (group 1)");
        assertThat(conflict.precedence()).isEqualTo(Precedence.AREA_FIRST);
        GroupDerivation urbanFirst = derive(Area.AREA_III, Fact.YES, Fact.NO, LOW, Precedence.URBAN_FIRST);
        assertThat(urbanFirst.group()).contains("1");
        assertThat(urbanFirst.setAside()).containsExactly("AREA_II_III (group 3)");
        assertThat(urbanFirst.explain()).contains("set aside by URBAN_FIRST");
    }

    @Test
    void missingFactsGiveNoGroupNeverADefault() {
        GroupDerivation noArea = derive(Area.UNKNOWN, Fact.NO, Fact.NO, HIGH);
        assertThat(noArea.group()).isEmpty();
        assertThat(noArea.basis()).isEqualTo(Basis.NOT_ASSESSED);
        assertThat(noArea.missing()).containsExactly("area");
        GroupDerivation noShare = CommuneGroups.derive("1", GroupFacts.of(Area.NOT_IN_AREA, Fact.NO, Fact.NO, null,
                "test"), Precedence.AREA_FIRST);
        assertThat(noShare.group()).isEmpty();
        assertThat(noShare.missing()).containsExactly("agriculture share");
        assertThat(derive(Area.AREA_I, Fact.UNKNOWN, Fact.NO, HIGH).missing()).containsExactly("urban-adjacent");
        // a known decisive fact needs no other: area III decides under AREA_FIRST, an urban fact under URBAN_FIRST
        assertThat(CommuneGroups.derive("1", GroupFacts.of(Area.AREA_III, Fact.UNKNOWN, Fact.UNKNOWN, null, "t"),
                Precedence.AREA_FIRST).group()).contains("3");
        assertThat(CommuneGroups.derive("1", GroupFacts.of(Area.UNKNOWN, Fact.YES, Fact.UNKNOWN, null, "t"),
                Precedence.URBAN_FIRST).group()).contains("1");
        assertThat(CommuneGroups.derive("1", GroupFacts.of(Area.UNKNOWN, Fact.NO, Fact.NO, HIGH, "t"),
                Precedence.URBAN_FIRST).missing()).containsExactly("area");
        assertThat(CommuneGroups.derive("1", GroupFacts.of(Area.AREA_II, Fact.UNKNOWN, Fact.NO, HIGH, "t"),
                Precedence.URBAN_FIRST).missing()).containsExactly("urban-adjacent");
        assertThat(CommuneGroups.derive("1", GroupFacts.of(Area.AREA_II, Fact.NO, Fact.NO, HIGH, "t"),
                Precedence.URBAN_FIRST).group()).contains("3");
        assertThat(CommuneGroups.derive("1", GroupFacts.of(Area.AREA_I, Fact.NO, Fact.NO, HIGH, "t"),
                Precedence.URBAN_FIRST).group()).contains("2");
    }

    @Test
    void classifyingASnapshotPutsGroupAndBasisOnEveryPlacedXaAndExplainsTheRest() {
        CommuneGroups.Assignment a = CommuneGroups.classify(Fixtures2026.snapshot(), Map.of(
                "1", GroupFacts.of(Area.AREA_III, Fact.NO, Fact.NO, HIGH, "t"),
                "2", GroupFacts.of(Area.NOT_IN_AREA, Fact.NO, Fact.NO, LOW, "t")), Precedence.AREA_FIRST);
        assertThat(a.snapshot().classification("1", NationalCriteria2026.COMMUNE_GROUP)).contains("3");
        assertThat(a.snapshot().classification("1", NationalCriteria2026.COMMUNE_GROUP_BASIS)).contains("AREA_II_III");
        assertThat(a.snapshot().classification("2", NationalCriteria2026.COMMUNE_GROUP)).contains("1");
        assertThat(a.snapshot().classification("3", NationalCriteria2026.COMMUNE_GROUP)).isEmpty();
        assertThat(a.derivations().get("3").missing()).containsExactly("every fact (none supplied)");
        assertThat(a.derivations()).doesNotContainKey("9");
        assertThatThrownBy(() -> CommuneGroups.classify(Fixtures2026.snapshot(), Map.of("9",
                GroupFacts.of(Area.AREA_I, Fact.NO, Fact.NO, HIGH, "t")), Precedence.AREA_FIRST))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("xã only");
        assertThatThrownBy(() -> GroupFacts.of(Area.AREA_I, Fact.NO, Fact.NO, Fraction.of(11, 10), "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
