package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Units and snapshots as values: what a unit accepts (codes without spaces, non-blank names,
 * parents and classifications), how kinds are read from type words and names and stripped from
 * names, how a snapshot navigates its tree, finds units by name and inherits classifications,
 * and when two snapshots are equal.
 */
class UnitsAndSnapshotRulesTest {

    private static final LocalDate D = LocalDate.of(2025, 7, 1);

    private static AdminUnit unit(String code, String name, UnitKind kind, String parent) {
        return AdminUnit.of(code, name, kind, parent, D);
    }

    private static Snapshot haTinh() {
        return Snapshot.of(D, List.of(
                unit("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null).withClassification(TestSchemes.REGION, "BAC_TRUNG_BO"),
                unit("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42"),
                unit("1", "Xã Thạch Kênh", UnitKind.COMMUNE, "445")
                        .withClassification(TestSchemes.EXTREMELY_DIFFICULT, "true"),
                unit("2", "Xã Thạch Sơn", UnitKind.COMMUNE, "445"),
                unit("3", "Thị trấn Thạch Hà", UnitKind.TOWNSHIP, "445"),
                unit("436", "Thành phố Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42"),
                unit("6", "Phường Thạch Linh", UnitKind.WARD, "436")));
    }

    @Test
    void aUnitNeedsACodeWithoutSpacesANameAndNonBlankParentAndClassifications() {
        assertThatThrownBy(() -> unit(" ", "Xã A", UnitKind.COMMUNE, "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must not be blank");
        assertThatThrownBy(() -> unit("1 2", "Xã A", UnitKind.COMMUNE, "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit code contains white space: '1 2'");
        assertThatThrownBy(() -> unit("1", "", UnitKind.COMMUNE, "9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
        assertThatThrownBy(() -> AdminUnit.of("1", "Xã A", UnitKind.COMMUNE, Optional.of(" "), Validity.from(D), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parent must not be blank");
        assertThatThrownBy(() -> AdminUnit.of("1", "Xã A", UnitKind.COMMUNE, Optional.empty(), Validity.from(D),
                Map.of(" ", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("classification scheme must not be blank");
        assertThatThrownBy(() -> AdminUnit.of("1", "Xã A", UnitKind.COMMUNE, Optional.empty(), Validity.from(D),
                Map.of("region", ""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("classification value must not be blank");
    }

    @Test
    void aClassificationMustBeAValueOfItsScheme() {
        AdminUnit commune = unit("1", "Xã Thạch Kênh", UnitKind.COMMUNE, "445");
        assertThatThrownBy(() -> commune.withClassification(TestSchemes.EXTREMELY_DIFFICULT, "maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not allow 'maybe'");
        assertThat(commune.withClassification(TestSchemes.EXTREMELY_DIFFICULT, "true")
                .classification(TestSchemes.EXTREMELY_DIFFICULT)).contains("true");
    }

    @Test
    void aUnitPrintsAsNameAndCodeAndEqualsOnlyTheSameVersion() {
        AdminUnit commune = unit("1", "Xã Thạch Kênh", UnitKind.COMMUNE, "445");
        assertThat(commune).hasToString("Xã Thạch Kênh (1)");
        assertThat(commune.baseName()).isEqualTo("Thạch Kênh");
        assertThat(commune).isEqualTo(unit("1", "Xã Thạch Kênh", UnitKind.COMMUNE, "445"))
                .hasSameHashCodeAs(unit("1", "Xã Thạch Kênh", UnitKind.COMMUNE, "445"))
                .isNotEqualTo(unit("1", "Xã Thạch Kênh", UnitKind.COMMUNE, "446"))
                .isNotEqualTo(unit("1", "Xã Thạch Kênh", UnitKind.WARD, "445"))
                .isNotEqualTo(unit("1", "Xã Thạch Kênh Mới", UnitKind.COMMUNE, "445"))
                .isNotEqualTo(commune.withValidity(Validity.between(D, D.plusDays(1))))
                .isNotEqualTo(commune.withClassification(TestSchemes.EXTREMELY_DIFFICULT, "true"))
                .isNotEqualTo("Xã Thạch Kênh (1)");
        assertThat(commune.sameFormAs(commune.withValidity(Validity.between(D, D.plusDays(1))))).isTrue();
    }

    @Test
    void kindsAreReadFromTypeWordsAtTheirLevel() {
        assertThat(UnitKind.fromTypeWord(Level.COMMUNE, "Đặc khu")).contains(UnitKind.SPECIAL_ZONE);
        assertThat(UnitKind.fromTypeWord(Level.DISTRICT, "Đặc khu")).isEmpty();
        assertThat(UnitKind.fromTypeWord(Level.COMMUNE, "phường")).contains(UnitKind.WARD);
        assertThat(UnitKind.fromTypeWord(Level.PROVINCE, "Thành phố")).contains(UnitKind.CENTRAL_CITY);
        assertThat(UnitKind.fromTypeWord(Level.DISTRICT, "Thành phố")).contains(UnitKind.PROVINCIAL_CITY);
        assertThat(UnitKind.fromTypeWord(Level.COMMUNE, "Thành phố")).isEmpty();
        assertThat(UnitKind.fromTypeWord(Level.COMMUNE, "Huyện")).isEmpty();
        assertThat(UnitKind.WARD.isUrban()).isTrue();
        assertThat(UnitKind.COMMUNE.isUrban()).isFalse();
    }

    @Test
    void kindsAreReadFromNamesByTheLongestPrefix() {
        assertThat(UnitKind.fromName(Level.VILLAGE, "Tổ dân phố 3")).contains(UnitKind.RESIDENTIAL_GROUP);
        assertThat(UnitKind.fromName(Level.VILLAGE, "Thôn Đông")).contains(UnitKind.VILLAGE);
        assertThat(UnitKind.fromName(Level.COMMUNE, "Thị trấn Nghèn")).contains(UnitKind.TOWNSHIP);
        assertThat(UnitKind.fromName(Level.COMMUNE, "TT Nghèn")).contains(UnitKind.TOWNSHIP);
        assertThat(UnitKind.fromName(Level.DISTRICT, "Xã Nghèn")).isEmpty();
        assertThat(UnitKind.fromName(Level.COMMUNE, "Xãnghèn")).as("a prefix is a whole word").isEmpty();
    }

    @Test
    void aBaseNameDropsTheKindsPrefixWordByWord() {
        assertThat(UnitKind.RESIDENTIAL_GROUP.baseName("  Tổ dân phố  Số 3 ")).isEqualTo("Số 3");
        assertThat(UnitKind.TOWNSHIP.baseName("TT Nghèn")).isEqualTo("Nghèn");
        assertThat(UnitKind.TOWNSHIP.baseName("Thị trấn Nghèn")).isEqualTo("Nghèn");
        assertThat(UnitKind.COMMUNE.baseName(" Thạch Kênh ")).isEqualTo("Thạch Kênh");
        assertThat(UnitKind.COMMUNE.baseName("Xã")).as("a prefix alone is the name").isEqualTo("Xã");
    }

    @Test
    void aSnapshotNavigatesItsTree() {
        Snapshot s = haTinh();
        assertThat(s.parent("445")).map(AdminUnit::code).contains("42");
        assertThat(s.parent("42")).isEmpty();
        assertThat(s.descendants("42")).extracting(AdminUnit::code).containsExactly("445", "1", "2", "3", "436", "6");
        assertThat(s.descendants("42", Level.COMMUNE)).extracting(AdminUnit::code).containsExactly("1", "2", "3", "6");
        assertThat(s.descendants("42", UnitKind.COMMUNE)).extracting(AdminUnit::code).containsExactly("1", "2");
        assertThat(s.descendants("1")).isEmpty();
        assertThatThrownBy(() -> s.descendants("999")).isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void unitsAreFoundByNameHigherLevelsFirst() {
        Snapshot s = haTinh();
        assertThat(s.find("Thạch Hà")).extracting(AdminUnit::code).containsExactly("445", "3");
        assertThat(s.find("thach ha")).extracting(AdminUnit::code).containsExactly("445", "3");
        assertThat(s.findUnique("Xã Thạch Kênh").code()).isEqualTo("1");
        assertThatThrownBy(() -> s.findUnique("Thạch Hà")).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("names 2 units");
        assertThatThrownBy(() -> s.findUnique("Thạch Xuân")).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("no unit named 'Thạch Xuân'");
    }

    @Test
    void anInheritedClassificationComesFromTheNearestAncestorAnOwnOneFromTheUnitOnly() {
        Snapshot s = haTinh();
        assertThat(s.classification("1", TestSchemes.REGION)).contains("BAC_TRUNG_BO");
        assertThat(s.classification("1", TestSchemes.EXTREMELY_DIFFICULT)).contains("true");
        assertThat(s.classification("2", TestSchemes.EXTREMELY_DIFFICULT)).isEmpty();
        Snapshot marked = s.withClassifications(TestSchemes.EXTREMELY_DIFFICULT, Map.of("2", "true"));
        assertThat(marked.classification("2", TestSchemes.EXTREMELY_DIFFICULT)).contains("true");
        assertThat(marked.classification("1", TestSchemes.EXTREMELY_DIFFICULT)).contains("true");
        assertThat(marked.unit("3")).isEqualTo(s.unit("3"));
        assertThatThrownBy(() -> s.withClassifications(TestSchemes.EXTREMELY_DIFFICULT, Map.of("2", "maybe")))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("'maybe' is not a value");
        assertThatThrownBy(() -> s.withClassifications(TestSchemes.EXTREMELY_DIFFICULT, Map.of("99", "true")))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("no unit with code '99'");
    }

    @Test
    void snapshotsAreEqualForTheSameDateAndUnits() {
        Snapshot s = haTinh();
        assertThat(s).isEqualTo(haTinh()).hasSameHashCodeAs(haTinh()).hasToString("Snapshot[2025-07-01, 7 units]");
        assertThat(s).isNotEqualTo(s.withClassifications(TestSchemes.EXTREMELY_DIFFICULT, Map.of("2", "true")));
        assertThat(s).isNotEqualTo(Snapshot.of(D.plusDays(1), s.units()));
        assertThat(s).isNotEqualTo(s.units());
    }
}
