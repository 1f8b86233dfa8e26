package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.MergeMapCsv;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad hierarchies, histories and merge maps give typed errors naming file, line, code and field. */
class ValidationTest {

    private static final LocalDate D0 = LocalDate.of(2025, 3, 1);
    private static final LocalDate D1 = LocalDate.of(2025, 7, 1);
    private static final String HEADER = "code,parent_code,level,type,name\n";

    private static HierarchyException readFails(String csv) {
        HierarchyException e = catchThrowableOfType(HierarchyException.class,
                () -> UnitsCsv.read(new StringReader(HEADER + csv), "units.csv", D0));
        assertThat(e).as("expected a HierarchyException").isNotNull();
        assertThat(e).isInstanceOf(InvalidDataException.class);
        return e;
    }

    @Test
    void duplicateCodeNamesBothLines() {
        HierarchyException e = readFails("42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "436,42,DISTRICT,Thành phố,Thành phố Hà Tĩnh\n"
                + "436,42,DISTRICT,Huyện,Huyện Khác\n");
        assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_CODE);
        assertThat(e.position()).isEqualTo(SourcePosition.of("units.csv", 4));
        assertThat(e.subject()).contains("436");
        assertThat(e.getMessage()).contains("units.csv:4").contains("units.csv:3");
    }

    @Test
    void unknownParent() {
        HierarchyException e = readFails("42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n18073,999,COMMUNE,Phường,Phường Nam Hà\n");
        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_PARENT);
        assertThat(e.position().line()).isEqualTo(3);
        assertThat(e.field()).contains("parent_code");
        assertThat(e.getMessage()).contains("'999'");
    }

    @Test
    void aNonProvinceWithoutParent() {
        HierarchyException e = readFails("436,,DISTRICT,Huyện,Huyện Lẻ\n");
        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_PARENT);
    }

    @Test
    void kindAtTheWrongLevel() {
        HierarchyException e = readFails("42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n436,42,COMMUNE,Huyện,Huyện Thạch Hà\n");
        assertThat(e.kind()).isEqualTo(Kind.WRONG_LEVEL);
        assertThat(e.position().line()).isEqualTo(3);
        assertThat(e.field()).contains("type");
    }

    @Test
    void communeUnderACommuneIsTheWrongLevel() {
        HierarchyException e = readFails("42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "18073,42,COMMUNE,Phường,Phường Nam Hà\n18077,18073,COMMUNE,Phường,Phường Bắc Hà\n");
        assertThat(e.kind()).isEqualTo(Kind.WRONG_LEVEL);
        assertThat(e.subject()).contains("18077");
    }

    @Test
    void cyclesAreFound() {
        HierarchyException e = readFails("42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "1,2,COMMUNE,Xã,Xã Một\n2,1,COMMUNE,Xã,Xã Hai\n3,3,COMMUNE,Xã,Xã Ba\n");
        assertThat(e.problems()).extracting(HierarchyException.Problem::kind).contains(Kind.CYCLE);
        assertThat(e.problems()).filteredOn(p -> p.kind() == Kind.CYCLE).extracting(HierarchyException.Problem::code)
                .containsExactlyInAnyOrder("1", "3");
    }

    @Test
    void malformedRowsAreAllReported() {
        HierarchyException e = readFails("42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "436,42,COUNTY,Huyện,Huyện A\n,42,DISTRICT,Huyện,Huyện B\n437,42,DISTRICT,Làng,Huyện C\n");
        assertThat(e.problems()).hasSize(3).allMatch(p -> p.kind() == Kind.MALFORMED);
        assertThat(e.problems()).extracting(p -> p.position().line()).containsExactly(3, 4, 5);
        assertThat(e.problems()).extracting(HierarchyException.Problem::field).containsExactly("level", "code", "type");
    }

    @Test
    void missingAndUnknownColumns() {
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader("code,level,type,name\n"), "u.csv", D0))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("missing column 'parent_code'");
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader("code,parent_code,level,type,name,colour\n"), "u.csv", D0))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader(""), "u.csv", D0))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("header row is required");
    }

    @Test
    void overlappingValidityOfOneCode() {
        String csv = "code,parent_code,level,type,name,valid_from,valid_until\n"
                + "42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh,2024-01-01,\n"
                + "18073,42,COMMUNE,Phường,Phường Nam Hà,2024-01-01,2025-07-01\n"
                + "18073,42,COMMUNE,Phường,Phường Thành Sen,2025-06-01,\n";
        HierarchyException e = catchThrowableOfType(HierarchyException.class,
                () -> UnitsCsv.readVersions(new StringReader(csv), "versions.csv", List.of()));
        assertThat(e.kind()).isEqualTo(Kind.OVERLAPPING_VALIDITY);
        assertThat(e.position()).isEqualTo(SourcePosition.of("versions.csv", 4));
        assertThat(e.getMessage()).contains("versions.csv:3");
    }

    @Test
    void unitNotValidOnTheSnapshotDate() {
        AdminUnit later = AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, D1);
        assertThatThrownBy(() -> Snapshot.of(D0, List.of(later))).isInstanceOf(HierarchyException.class)
                .extracting(t -> ((HierarchyException) t).kind()).isEqualTo(Kind.NOT_VALID_ON_DATE);
    }

    private static Snapshot before() {
        return Snapshot.of(D0, List.of(
                AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, D0),
                AdminUnit.of("436", "Thành phố Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42", D0),
                AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "436", D0),
                AdminUnit.of("2", "Xã Hai", UnitKind.COMMUNE, "436", D0),
                AdminUnit.of("3", "Xã Ba", UnitKind.COMMUNE, "436", D0)));
    }

    private static Snapshot after(String... codes) {
        Snapshot.Builder b = Snapshot.builder(D1).add(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, D1));
        for (String code : codes) {
            b.add(AdminUnit.of(code, "Xã Mới " + code, UnitKind.COMMUNE, "42", D1));
        }
        return b.build();
    }

    private static List<ChangeEvent> map(String csv) {
        return MergeMapCsv.read(new StringReader("new_code,new_name,old_code,old_name,share\n" + csv), "map.csv", D1);
    }

    @Test
    void mergeMapNamingAnUnknownUnit() {
        List<ChangeEvent> events = map("1,Xã Mới 1,1,Xã Một,full\n1,Xã Mới 1,2,Xã Hai,full\n1,Xã Mới 1,3,Xã Ba,full\n"
                + "1,Xã Mới 1,77,Xã Lạ,full\n");
        HierarchyException e = catchThrowableOfType(HierarchyException.class,
                () -> LocalityHistory.of(List.of(before(), after("1")), events));
        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_UNIT_IN_MAP);
        assertThat(e.subject()).contains("77");
    }

    @Test
    void aUnitThatEndsWithoutBeingInTheMapIsUnaccounted() {
        List<ChangeEvent> events = map("1,Xã Mới 1,1,Xã Một,full\n1,Xã Mới 1,2,Xã Hai,full\n");
        HierarchyException e = catchThrowableOfType(HierarchyException.class,
                () -> LocalityHistory.of(List.of(before(), after("1")), events));
        assertThat(e.kind()).isEqualTo(Kind.UNACCOUNTED_SHARE);
        assertThat(e.subject()).contains("3");
    }

    @Test
    void aSinglePartialShareLeavesTheRestUnaccounted() {
        List<ChangeEvent> events = map("1,Xã Mới 1,1,Xã Một,full\n1,Xã Mới 1,2,Xã Hai,full\n1,Xã Mới 1,3,Xã Ba,partial\n");
        HierarchyException e = catchThrowableOfType(HierarchyException.class,
                () -> LocalityHistory.of(List.of(before(), after("1")), events));
        assertThat(e.kind()).isEqualTo(Kind.UNACCOUNTED_SHARE);
        assertThat(e.getMessage()).contains("single partial share");
    }

    @Test
    void aFullShareCannotAlsoGoElsewhere() {
        List<ChangeEvent> events = map("1,Xã Mới 1,1,Xã Một,full\n1,Xã Mới 1,2,Xã Hai,full\n"
                + "3,Xã Mới 3,3,Xã Ba,full\n3,Xã Mới 3,2,Xã Hai,partial\n");
        HierarchyException e = catchThrowableOfType(HierarchyException.class,
                () -> LocalityHistory.of(List.of(before(), after("1", "3")), events));
        assertThat(e.kind()).isEqualTo(Kind.UNACCOUNTED_SHARE);
        assertThat(e.subject()).contains("2");
    }

    @Test
    void aPartialSplitBetweenTwoUnitsIsAccepted() {
        List<ChangeEvent> events = map("1,Xã Mới 1,1,Xã Một,full\n1,Xã Mới 1,2,Xã Hai,partial\n"
                + "3,Xã Mới 3,3,Xã Ba,full\n3,Xã Mới 3,2,Xã Hai,partial\n");
        LocalityHistory h = LocalityHistory.of(List.of(before(), after("1", "3")), events);
        assertThat(h.successorsOn("2", D0, D1)).extracting(AdminUnit::code).containsExactlyInAnyOrder("1", "3");
        assertThat(h.successors(h.version("2", D0).orElseThrow())).allMatch(l -> l.share() == Share.PARTIAL);
    }

    @Test
    void badMergeMapRows() {
        assertThatThrownBy(() -> map("1,Xã Mới 1,1,Xã Một,most\n")).isInstanceOf(HierarchyException.class)
                .hasMessageContaining("map.csv:2").hasMessageContaining("'full' or 'partial'");
        assertThatThrownBy(() -> map("1,Xã Mới 1,1,Xã Một,full\n1,Xã Mới 1,1,Xã Một,full\n"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("listed twice");
    }

    @Test
    void snapshotsOutOfOrderAndEventsOffTheSnapshotDates() {
        assertThatThrownBy(() -> LocalityHistory.of(List.of(after("1"), before()), List.of()))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("BAD_SEQUENCE");
        ChangeEvent stray = new ChangeEvent.Establish(LocalDate.of(2025, 5, 5), "1");
        assertThatThrownBy(() -> LocalityHistory.of(List.of(before(), after("1", "2", "3")), List.of(stray)))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("not dated on the date of a snapshot");
    }

    @Test
    void badJsonNamesTheField() {
        String json = "{\"schema\":\"ntm.locality.snapshot/1\",\"date\":\"2025-03-01\",\"units\":"
                + "[{\"code\":\"42\",\"name\":\"Tỉnh Hà Tĩnh\",\"kind\":\"COUNTY\",\"validFrom\":\"2025-03-01\"}]}";
        assertThatThrownBy(() -> LocalityJson.readSnapshot(new StringReader(json), "s.json"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("units[0].kind");
        assertThatThrownBy(() -> LocalityJson.readSnapshot(new StringReader("{\"schema\":\"x\"}"), "s.json"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("expected schema");
        assertThatThrownBy(() -> LocalityJson.readSnapshot(new StringReader("{\"schema\":"), "s.json"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void unknownCodesAreTypedErrors() {
        Snapshot s = before();
        assertThatThrownBy(() -> s.children("999")).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("'999'");
        assertThatThrownBy(() -> s.withClassifications(TestSchemes.REGION,
                java.util.Map.of("42", "ATLANTIS"))).isInstanceOf(HierarchyException.class)
                .hasMessageContaining("ATLANTIS");
    }

    /**
     * Issue 20: a phường under a huyện, or a thị trấn under a thị xã, passed {@code units check}.
     * The law (Luật Tổ chức chính quyền địa phương, Điều 2) divides a huyện into xã and thị trấn, a
     * quận into phường, a thị xã or thành phố into phường and xã, and (from 1 July 2025) a province
     * into xã, phường and đặc khu.
     */
    @Test
    void aPhuongOrThiTranUnderAParentKindTheLawDoesNotAllowIsRefused() {
        String province = "42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n";
        String[][] bad = {
            {"445,42,DISTRICT,Huyện,Huyện Thạch Hà\n6,445,COMMUNE,Phường,Phường Sáu\n", "ward (phường)"},
            {"449,42,DISTRICT,Thị xã,Thị xã Kỳ Anh\n7,449,COMMUNE,Thị trấn,Thị trấn Bảy\n", "township (thị trấn)"},
            {"7,42,COMMUNE,Thị trấn,Thị trấn Bảy\n", "township (thị trấn)"},
        };
        for (String[] c : bad) {
            HierarchyException e = readFails(province + c[0]);
            assertThat(e.kind()).as(c[0]).isEqualTo(Kind.WRONG_LEVEL);
            assertThat(e.field()).contains("parent_code");
            assertThat(e.getMessage()).contains("a " + c[1].replace(" (", " (")).contains("allows it only under");
        }
        assertThat(UnitsCsv.read(new StringReader(HEADER + province + "449,42,DISTRICT,Thị xã,Thị xã Kỳ Anh\n"
                + "6,449,COMMUNE,Phường,Phường Sáu\n8,449,COMMUNE,Xã,Xã Tám\n445,42,DISTRICT,Huyện,Huyện Thạch Hà\n"
                + "7,445,COMMUNE,Thị trấn,Thị trấn Bảy\n9,42,COMMUNE,Phường,Phường Chín\n"), "units.csv", D0).size())
                .isEqualTo(7);
    }

    /** The kinds' nesting, pair by pair, against the law's table written out independently. */
    @Test
    void everyKindPairNestsExactlyAsTheLawSays() {
        java.util.Map<UnitKind, java.util.Set<UnitKind>> law = new java.util.EnumMap<>(UnitKind.class);
        java.util.Set<UnitKind> provinces = java.util.EnumSet.of(UnitKind.PROVINCE, UnitKind.CENTRAL_CITY);
        law.put(UnitKind.RURAL_DISTRICT, provinces);
        law.put(UnitKind.TOWN, provinces);
        law.put(UnitKind.PROVINCIAL_CITY, provinces);
        law.put(UnitKind.URBAN_DISTRICT, java.util.EnumSet.of(UnitKind.CENTRAL_CITY));
        law.put(UnitKind.COMMUNE, java.util.EnumSet.of(UnitKind.PROVINCE, UnitKind.CENTRAL_CITY,
                UnitKind.RURAL_DISTRICT, UnitKind.TOWN, UnitKind.PROVINCIAL_CITY));
        law.put(UnitKind.WARD, java.util.EnumSet.of(UnitKind.PROVINCE, UnitKind.CENTRAL_CITY, UnitKind.TOWN,
                UnitKind.PROVINCIAL_CITY, UnitKind.URBAN_DISTRICT));
        law.put(UnitKind.TOWNSHIP, java.util.EnumSet.of(UnitKind.RURAL_DISTRICT));
        law.put(UnitKind.SPECIAL_ZONE, provinces);
        java.util.Set<UnitKind> communes = java.util.EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP,
                UnitKind.SPECIAL_ZONE);
        law.put(UnitKind.VILLAGE, communes);
        law.put(UnitKind.RESIDENTIAL_GROUP, communes);
        law.put(UnitKind.PROVINCE, java.util.EnumSet.noneOf(UnitKind.class));
        law.put(UnitKind.CENTRAL_CITY, java.util.EnumSet.noneOf(UnitKind.class));
        for (UnitKind child : UnitKind.values()) {
            for (UnitKind parent : UnitKind.values()) {
                assertThat(child.mayBeChildOf(parent)).as(child + " under " + parent)
                        .isEqualTo(law.get(child).contains(parent));
            }
        }
    }

    /** Every shipped list, on every date of its history, nests as the law says. */
    @Test
    void everyShippedSnapshotNestsAsTheLawSays() {
        int checked = 0;
        for (LocalityHistory h : List.of(io.github.ntmlib.core.locality.gso.GsoLists.haTinh(),
                io.github.ntmlib.core.locality.gso.GsoLists.vietnam())) {
            for (Snapshot s : h.snapshots()) {
                for (AdminUnit u : s.units()) {
                    if (u.parent().isPresent()) {
                        assertThat(u.kind().mayBeChildOf(s.require(u.parent().get()).kind())).as(u + " on " + s.date())
                                .isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }
}
