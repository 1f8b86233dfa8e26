package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.locality.io.ChangesCsv;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real Hà Tĩnh and national lists, as the foundation issue pins them. */
class GsoListsTest {

    private static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 1);
    private static final LocalDate MAR_2025 = LocalDate.of(2025, 3, 1);
    private static final LocalDate JUL_2025 = LocalDate.of(2025, 7, 1);

    private final LocalityHistory haTinh = GsoLists.haTinh();

    @Test
    void haTinhOnFirstMarch2025Has12DistrictsAnd210Communes() {
        Snapshot s = haTinh.asOf(MAR_2025);
        assertThat(s.descendants("42", Level.DISTRICT)).hasSize(12);
        assertThat(s.descendants("42", Level.COMMUNE)).hasSize(210);
        Map<UnitKind, Integer> counts = s.countByKind("42");
        assertThat(counts.get(UnitKind.COMMUNE)).isEqualTo(171);
        assertThat(counts.get(UnitKind.WARD)).isEqualTo(25);
        assertThat(counts.get(UnitKind.TOWNSHIP)).isEqualTo(14);
    }

    @Test
    void haTinhOnFirstNovember2024Has13DistrictsAnd216Communes() {
        Snapshot s = haTinh.asOf(NOV_2024);
        assertThat(s.descendants("42", Level.DISTRICT)).hasSize(13);
        assertThat(s.descendants("42", Level.COMMUNE)).hasSize(216);
        assertThat(s.countByKind().get(UnitKind.COMMUNE)).isEqualTo(182);
    }

    @Test
    void haTinhOnFirstJuly2025Has69CommunesDirectlyUnderTheProvinceEachWithPredecessors() {
        Snapshot s = haTinh.asOf(JUL_2025);
        assertThat(s.children("42")).hasSize(69);
        assertThat(s.units(Level.DISTRICT)).isEmpty();
        assertThat(s.countByKind("42")).isEqualTo(Map.of(UnitKind.COMMUNE, 60, UnitKind.WARD, 9));
        Map<String, Set<String>> map = haTinh.events(JUL_2025).stream()
                .filter(e -> e instanceof ChangeEvent.Merge).map(e -> (ChangeEvent.Merge) e)
                .collect(Collectors.toMap(ChangeEvent.Merge::successor, m -> m.predecessors().stream()
                        .map(ChangeEvent.Predecessor::code).collect(Collectors.toSet())));
        assertThat(map).hasSize(69);
        for (AdminUnit commune : s.children("42")) {
            Set<String> communes = haTinh.predecessorsOn(commune.code(), JUL_2025, MAR_2025).stream()
                    .filter(u -> u.level() == Level.COMMUNE).map(AdminUnit::code).collect(Collectors.toSet());
            assertThat(communes).as("predecessors of %s", commune).isNotEmpty().isEqualTo(map.get(commune.code()));
        }
        Set<String> thanhSen = haTinh.predecessorsOn("18073", JUL_2025, MAR_2025).stream().map(AdminUnit::code)
                .collect(Collectors.toSet());
        assertThat(thanhSen).contains("18073", "18077", "18079", "18082", "436");
    }

    @Test
    void everyHaTinhUnitOfMarch2025HasASuccessorInJuly() {
        for (AdminUnit unit : haTinh.asOf(MAR_2025).units()) {
            assertThat(haTinh.successorsOn(unit.code(), MAR_2025, JUL_2025)).as("successors of %s", unit)
                    .isNotEmpty();
        }
    }

    @Test
    void locHaIsGoneAfterTheRearrangementAndItsCommunesAreUnderThachHa() {
        Snapshot before = haTinh.asOf(LocalDate.of(2024, 12, 31));
        Snapshot after = haTinh.asOf(GsoLists.HA_TINH_REARRANGEMENT_2025);
        assertThat(before.unit("448")).isPresent();
        assertThat(after.unit("448")).isEmpty();
        assertThat(after.find("Lộc Hà")).extracting(AdminUnit::name).containsExactly("Thị trấn Lộc Hà");
        List<String> fromLocHa = before.children("448").stream().map(AdminUnit::code).collect(Collectors.toList());
        for (String code : fromLocHa) {
            String parent = after.require(code).parent().orElseThrow();
            assertThat(parent).as(code).isIn("445", "436");
        }
        assertThat(after.require("18568").parent()).contains("445");
        assertThat(after.require("18598").parent()).contains("436");
        assertThat(haTinh.events(GsoLists.HA_TINH_REARRANGEMENT_2025))
                .contains(new ChangeEvent.Dissolve(GsoLists.HA_TINH_REARRANGEMENT_2025, "448", List.of("445", "436")));
        assertThat(haTinh.successorsOn("448", before.date(), after.date())).extracting(AdminUnit::code)
                .containsExactlyInAnyOrder("445", "436");
    }

    @Test
    void diffReproducesTheGsoChangeList() throws Exception {
        List<PlainChange> expected;
        try (var in = getClass().getResourceAsStream("/gso/changes-2025-01-01.csv")) {
            expected = ChangesCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), "changes-2025-01-01.csv");
        }
        assertThat(expected).hasSize(47);
        assertThat(haTinh.diff(NOV_2024, MAR_2025)).containsExactlyElementsOf(expected);
    }

    @Test
    void theRearrangementIsToldAsEvents() {
        List<ChangeEvent> events = haTinh.events(GsoLists.HA_TINH_REARRANGEMENT_2025);
        LocalDate d = GsoLists.HA_TINH_REARRANGEMENT_2025;
        assertThat(events).contains(
                new ChangeEvent.Reclassify(d, "18088", UnitKind.COMMUNE, UnitKind.WARD),
                new ChangeEvent.Reclassify(d, "18775", UnitKind.COMMUNE, UnitKind.TOWNSHIP),
                new ChangeEvent.Rename(d, "18094", "Phường Thạch Linh", "Phường Trần Phú"),
                new ChangeEvent.Move(d, "18571", "445", "436"),
                new ChangeEvent.Establish(d, "18448"));
        assertThat(haTinh.events(JUL_2025)).anyMatch(e -> e instanceof ChangeEvent.AbolishLevel
                && ((ChangeEvent.AbolishLevel) e).level() == Level.DISTRICT
                && ((ChangeEvent.AbolishLevel) e).units().size() == 12);
    }

    @Test
    void asOfIsTheSnapshotInForce() {
        assertThat(haTinh.asOf(LocalDate.of(2025, 6, 30)).date()).isEqualTo(GsoLists.HA_TINH_REARRANGEMENT_2025);
        assertThat(haTinh.asOf(LocalDate.of(2030, 1, 1)).date()).isEqualTo(JUL_2025);
        assertThatThrownBy(() -> haTinh.asOf(LocalDate.of(2024, 10, 31))).isInstanceOf(HierarchyException.class)
                .hasMessageContaining("starts on 2024-11-01");
    }

    @Test
    void unitVersionsKeepTheirIdentityAcrossTime() {
        List<AdminUnit> versions = haTinh.versions("18094");
        assertThat(versions).extracting(AdminUnit::name)
                .containsExactly("Phường Thạch Linh", "Phường Trần Phú");
        assertThat(versions.get(0).validity()).isEqualTo(Validity.between(NOV_2024, GsoLists.HA_TINH_REARRANGEMENT_2025));
        assertThat(haTinh.version("18094", LocalDate.of(2024, 12, 1)).orElseThrow().name()).isEqualTo("Phường Thạch Linh");
    }

    @Test
    void nameLookupIgnoresAccentsCaseAndTheKindWord() {
        Snapshot s = haTinh.asOf(MAR_2025);
        assertThat(s.find("thach ha").get(0).name()).isEqualTo("Huyện Thạch Hà");
        assertThat(s.find("Thạch Hà")).extracting(AdminUnit::name).containsExactly("Huyện Thạch Hà", "Thị trấn Thạch Hà");
        assertThat(s.find("HUYEN THACH HA")).extracting(AdminUnit::code).containsExactly("445");
        assertThat(s.find("TP Hà Tĩnh")).extracting(AdminUnit::code).containsExactly("436");
        assertThat(s.findUnique("huyện  can lộc").code()).isEqualTo("443");
        assertThatThrownBy(() -> s.findUnique("Thạch Hà")).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("names 2 units");
    }

    @Test
    void theListsCarryNoClassificationOfAnyCriteriaPeriod() {
        // regions and groups are tables the criteria plugins contribute, not part of the lists
        assertThat(haTinh.asOf(MAR_2025).require("42").classifications()).isEmpty();
        assertThat(GsoLists.vietnam().asOf(JUL_2025).require("42").classifications()).isEmpty();
    }

    @Test
    void theNationalListHas63Provinces696DistrictsAnd10047Communes() {
        LocalityHistory vn = GsoLists.vietnam();
        Snapshot before = vn.asOf(MAR_2025);
        assertThat(before.units(Level.PROVINCE)).hasSize(63);
        assertThat(before.units(Level.DISTRICT)).hasSize(696);
        assertThat(before.units(Level.COMMUNE)).hasSize(10_047);
        // 7,706 as published; Phường 5 and Phường 15 of Quận Phú Nhuận were typed "Xã" (SOURCES.md)
        assertThat(before.units(UnitKind.COMMUNE)).hasSize(7_704);
        Snapshot after = vn.asOf(JUL_2025);
        assertThat(after.units(Level.PROVINCE)).hasSize(34);
        assertThat(after.units(Level.COMMUNE)).hasSize(3_321);
        assertThat(after.units(UnitKind.SPECIAL_ZONE)).hasSize(13);
        assertThat(after.require("01").kind()).isEqualTo(UnitKind.CENTRAL_CITY);
        for (AdminUnit commune : before.units(Level.COMMUNE)) {
            assertThat(vn.successorsOn(commune.code(), MAR_2025, JUL_2025)).as("successor of %s", commune).isNotEmpty();
        }
    }
}
