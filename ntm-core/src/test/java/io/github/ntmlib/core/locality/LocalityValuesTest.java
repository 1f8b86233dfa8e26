package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The small values of the locality model: half-open validity intervals, which level may nest in
 * which, plain changes and change events as values, hierarchy problems as printed, and
 * classification tables that fill only what a snapshot of their span lacks.
 */
class LocalityValuesTest {

    private static final LocalDate D = LocalDate.of(2025, 7, 1);

    @Test
    void aValidityIsHalfOpenAndEndsAfterItStarts() {
        Validity year = Validity.between(D, D.plusYears(1));
        assertThat(year.contains(D)).isTrue();
        assertThat(year.contains(D.plusYears(1))).isFalse();
        assertThat(year).hasToString("[2025-07-01, 2026-07-01)");
        assertThat(Validity.from(D)).hasToString("[2025-07-01, …)");
        assertThatThrownBy(() -> Validity.between(D, D)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validity ends 2025-07-01, not after its start 2025-07-01");
        assertThat(Validity.between(D, D.plusDays(1)).contains(D)).isTrue();
    }

    @Test
    void validitiesOverlapOnlyOnACommonDay() {
        Validity first = Validity.between(D, D.plusDays(10));
        assertThat(first.overlaps(Validity.between(D.plusDays(10), D.plusDays(20)))).isFalse();
        assertThat(Validity.between(D.plusDays(10), D.plusDays(20)).overlaps(first)).isFalse();
        assertThat(first.overlaps(Validity.between(D.plusDays(9), D.plusDays(20)))).isTrue();
        assertThat(first.overlaps(Validity.from(D.plusDays(10)))).isFalse();
        assertThat(Validity.from(D.plusDays(10)).overlaps(first)).isFalse();
        assertThat(Validity.from(D).overlaps(Validity.from(D.plusYears(5)))).isTrue();
        assertThat(first).isEqualTo(Validity.between(D, D.plusDays(10))).hasSameHashCodeAs(Validity.between(D, D.plusDays(10)))
                .isNotEqualTo(Validity.between(D, D.plusDays(11))).isNotEqualTo(Validity.from(D))
                .isNotEqualTo(Validity.between(D.plusDays(1), D.plusDays(10))).isNotEqualTo("[2025-07-01, 2025-07-11)");
        assertThat(Validity.from(D).endingOn(D.plusDays(3))).isEqualTo(Validity.between(D, D.plusDays(3)));
    }

    @Test
    void districtsSitUnderProvincesCommunesUnderEitherVillagesUnderCommunes() {
        assertThat(Level.DISTRICT.mayBeChildOf(Level.PROVINCE)).isTrue();
        assertThat(Level.DISTRICT.mayBeChildOf(Level.DISTRICT)).isFalse();
        assertThat(Level.COMMUNE.mayBeChildOf(Level.PROVINCE)).isTrue();
        assertThat(Level.COMMUNE.mayBeChildOf(Level.DISTRICT)).isTrue();
        assertThat(Level.COMMUNE.mayBeChildOf(Level.COMMUNE)).isFalse();
        assertThat(Level.VILLAGE.mayBeChildOf(Level.COMMUNE)).isTrue();
        assertThat(Level.VILLAGE.mayBeChildOf(Level.DISTRICT)).isFalse();
        assertThat(Level.PROVINCE.mayBeChildOf(Level.PROVINCE)).isFalse();
    }

    @Test
    void plainChangesAreValues() {
        PlainChange moved = PlainChange.of(PlainChange.Type.MOVED, "1", Optional.of("Xã An"), Optional.of("445"),
                Optional.of("446"), Optional.of("Xã An"));
        assertThat(moved).isEqualTo(PlainChange.of(PlainChange.Type.MOVED, "1", Optional.of("Xã An"), Optional.of("445"),
                Optional.of("446"), Optional.of("Xã An"))).hasSameHashCodeAs(PlainChange.of(PlainChange.Type.MOVED, "1",
                        Optional.of("Xã An"), Optional.of("445"), Optional.of("446"), Optional.of("Xã An")))
                .isEqualTo(moved).isNotEqualTo("moved")
                .isNotEqualTo(PlainChange.of(PlainChange.Type.MOVED, "1", Optional.of("Xã An"), Optional.of("445"),
                        Optional.of("447"), Optional.of("Xã An")))
                .isNotEqualTo(PlainChange.of(PlainChange.Type.NEW, "1", Optional.empty(), Optional.empty(),
                        Optional.of("446"), Optional.of("Xã An")));
        assertThat(moved.toString()).contains("type=MOVED").contains("code=1").contains("newParent=446");
    }

    @Test
    void aSplitHasTwoPartsOrMoreAndEveryEventNamesItsUnits() {
        assertThatThrownBy(() -> new ChangeEvent.Split(D, "3", List.of("31"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a split of 3 needs two successors or more");
        assertThat(new ChangeEvent.Split(D, "3", List.of("31", "32")).codes()).containsExactlyInAnyOrder("3", "31", "32");
        assertThatThrownBy(() -> new ChangeEvent.Merge(D, "10", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a merge into 10 needs predecessors");
        assertThat(new ChangeEvent.Reclassify(D, "6", UnitKind.COMMUNE, UnitKind.WARD).codes()).containsExactly("6");
    }

    @Test
    void aHierarchyErrorNamesItsFirstProblemAndCountsTheOthers() {
        HierarchyException.Problem first = new HierarchyException.Problem(HierarchyException.Kind.UNKNOWN_PARENT,
                SourcePosition.of("units.csv", 4), "1", "parent", "no unit 99");
        HierarchyException.Problem second = new HierarchyException.Problem(HierarchyException.Kind.CYCLE,
                SourcePosition.of("units.csv", 9), null, null, "1 is its own ancestor");
        assertThat(first).hasToString("units.csv:4 [1] field 'parent': UNKNOWN_PARENT: no unit 99");
        assertThat(second).hasToString("units.csv:9: CYCLE: 1 is its own ancestor");
        HierarchyException one = new HierarchyException(first);
        assertThat(one.reason()).isEqualTo("UNKNOWN_PARENT: no unit 99");
        HierarchyException three = new HierarchyException(List.of(first, second, second));
        assertThat(three.reason()).isEqualTo("UNKNOWN_PARENT: no unit 99 (and 2 more problems)");
        assertThat(three.kind()).isEqualTo(HierarchyException.Kind.UNKNOWN_PARENT);
        assertThat(three.position()).isEqualTo(SourcePosition.of("units.csv", 4));
        assertThatThrownBy(() -> new HierarchyException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClassificationTableFillsOnlyWhatASnapshotOfItsSpanLacks() {
        Snapshot s = Snapshot.of(D, List.of(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, D),
                AdminUnit.of("1", "Xã An", UnitKind.COMMUNE, "42", D),
                AdminUnit.of("2", "Xã Bình", UnitKind.COMMUNE, "42", D)
                        .withClassification(TestSchemes.EXTREMELY_DIFFICULT, "false")));
        ClassificationTable table = ClassificationTable.of(TestSchemes.EXTREMELY_DIFFICULT, D, D.plusYears(1),
                Map.of("1", "true", "2", "true", "77", "true"), "QĐ 861/QĐ-TTg");
        assertThat(table.values()).containsEntry("1", "true").hasSize(3);
        assertThat(table.source()).isEqualTo("QĐ 861/QĐ-TTg");
        assertThat(table).hasToString("ClassificationTable[extremely-difficult, 3 units, snapshots 2025-07-01..2026-07-01,"
                + " QĐ 861/QĐ-TTg]");
        Snapshot filled = table.applyTo(s);
        assertThat(filled.classification("1", TestSchemes.EXTREMELY_DIFFICULT)).contains("true");
        assertThat(filled.classification("2", TestSchemes.EXTREMELY_DIFFICULT)).as("its own value stays").contains("false");
        Snapshot outside = Snapshot.of(D.minusDays(1), List.of(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE,
                null, D.minusDays(1))));
        assertThat(table.applyTo(outside)).isSameAs(outside);
        ClassificationTable none = ClassificationTable.of(TestSchemes.EXTREMELY_DIFFICULT, D, D, Map.of("77", "true"), "x");
        assertThat(none.applyTo(s)).isSameAs(s);
        assertThatThrownBy(() -> ClassificationTable.of(TestSchemes.EXTREMELY_DIFFICULT, D, D.minusDays(1), Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> ClassificationTable.of(TestSchemes.EXTREMELY_DIFFICULT, D, D, Map.of(), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names its source");
        assertThatThrownBy(() -> ClassificationTable.of(TestSchemes.EXTREMELY_DIFFICULT, D, D, Map.of("1", "maybe"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maybe' of unit 1");
    }
}
