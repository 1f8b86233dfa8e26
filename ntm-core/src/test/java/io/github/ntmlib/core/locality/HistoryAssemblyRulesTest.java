package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.locality.ChangeEvent.Merge;
import io.github.ntmlib.core.locality.ChangeEvent.Predecessor;
import io.github.ntmlib.core.locality.ChangeEvent.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a history is assembled from dated snapshots and the merges and splits between them: every
 * other change is derived (a move, a rename, a change of kind, a dissolved unit and where its
 * children went, a new unit, an abolished level), each unit keeps one version while its form is
 * unchanged, and versions are linked to what they became. A map that names units outside its
 * snapshots or leaves part of a unit unaccounted for is refused, each problem named.
 */
class HistoryAssemblyRulesTest {

    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    private static AdminUnit unit(String code, String name, UnitKind kind, String parent) {
        return AdminUnit.of(code, name, kind, parent, Y2024);
    }

    private static final AdminUnit PROVINCE = unit("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null);

    private static Snapshot before() {
        return Snapshot.of(Y2024, List.of(PROVINCE,
                unit("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42"),
                unit("446", "Thị xã Cẩm Xuyên", UnitKind.TOWN, "42"),
                unit("447", "Huyện Lộc Hà", UnitKind.RURAL_DISTRICT, "42"),
                unit("1", "Xã An", UnitKind.COMMUNE, "445"),
                unit("2", "Xã Bình", UnitKind.COMMUNE, "445"),
                unit("3", "Xã Cường", UnitKind.COMMUNE, "445"),
                unit("4", "Xã Đông", UnitKind.COMMUNE, "445"),
                unit("5", "Xã Giang", UnitKind.COMMUNE, "446"),
                unit("6", "Xã Hà", UnitKind.COMMUNE, "446"),
                unit("9", "Xã Kỳ", UnitKind.COMMUNE, "447")));
    }

    /** 1 and 2 merge into 10; 3 splits into 31 and 32; 4 moves; 5 is renamed; 6 becomes a ward; 447 is dissolved. */
    private static Snapshot after() {
        return Snapshot.of(Y2025, List.of(PROVINCE,
                unit("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42"),
                unit("446", "Thị xã Cẩm Xuyên", UnitKind.TOWN, "42"),
                unit("10", "Xã An Bình", UnitKind.COMMUNE, "445"),
                unit("31", "Xã Cường Bắc", UnitKind.COMMUNE, "445"),
                unit("32", "Xã Cường Nam", UnitKind.COMMUNE, "445"),
                unit("4", "Xã Đông", UnitKind.COMMUNE, "446"),
                unit("5", "Xã Giang Mới", UnitKind.COMMUNE, "446"),
                unit("6", "Phường Hà", UnitKind.WARD, "446"),
                unit("8", "Xã Mới", UnitKind.COMMUNE, "446"),
                unit("9", "Xã Kỳ", UnitKind.COMMUNE, "446")));
    }

    /** The district level is abolished: every commune now sits under the province. */
    private static Snapshot twoLevels() {
        List<AdminUnit> units = new ArrayList<>();
        units.add(PROVINCE);
        for (AdminUnit u : after().units()) {
            if (u.level() == Level.COMMUNE) {
                units.add(unit(u.code(), u.name(), u.kind(), "42"));
            }
        }
        return Snapshot.of(JULY, units);
    }

    private static List<ChangeEvent> map() {
        return List.of(
                new Merge(Y2025, "10", List.of(new Predecessor("1", Share.FULL), new Predecessor("2", Share.FULL))),
                new Split(Y2025, "3", List.of("31", "32")));
    }

    private static LocalityHistory history() {
        return LocalityHistory.of(List.of(before(), after(), twoLevels()), map());
    }

    @Test
    void changesBetweenSnapshotsAreDerivedBesideTheMergesAndSplitsGiven() {
        LocalityHistory h = history();
        assertThat(h.events(Y2025)).containsExactlyInAnyOrder(map().get(0), map().get(1),
                new ChangeEvent.Dissolve(Y2025, "447", List.of("446")),
                new ChangeEvent.Move(Y2025, "4", "445", "446"),
                new ChangeEvent.Rename(Y2025, "5", "Xã Giang", "Xã Giang Mới"),
                new ChangeEvent.Rename(Y2025, "6", "Xã Hà", "Phường Hà"),
                new ChangeEvent.Reclassify(Y2025, "6", UnitKind.COMMUNE, UnitKind.WARD),
                new ChangeEvent.Move(Y2025, "9", "447", "446"),
                new ChangeEvent.Establish(Y2025, "8"));
        assertThat(h.events(JULY)).contains(new ChangeEvent.AbolishLevel(JULY, Level.DISTRICT, List.of("445", "446")))
                .contains(new ChangeEvent.Move(JULY, "10", "445", "42"));
        assertThat(h.events(Y2024)).isEmpty();
        assertThat(h.events()).hasSize(h.events(Y2025).size() + h.events(JULY).size());
    }

    @Test
    void aUnitKeepsOneVersionWhileItsFormIsUnchanged() {
        LocalityHistory h = history();
        assertThat(h.versions("42")).singleElement().satisfies(p -> {
            assertThat(p.validity().start()).isEqualTo(Y2024);
            assertThat(p.validity().end()).isEmpty();
        });
        assertThat(h.versions("4")).extracting(u -> u.validity().start()).containsExactly(Y2024, Y2025, JULY);
        assertThat(h.versions("4").get(0).validity().end()).contains(Y2025);
        assertThat(h.versions("1")).singleElement().satisfies(u -> assertThat(u.validity().end()).contains(Y2025));
        assertThat(h.asOf(Y2025).formedOn("10")).contains(Y2025);
        assertThat(h.asOf(Y2025).formedOn("31")).contains(Y2025);
        assertThat(h.asOf(Y2025).formedOn("8")).contains(Y2025);
        assertThat(h.asOf(Y2025).formedOn("4")).isEmpty();
        assertThat(h.asOf(JULY).formedOn("10")).contains(Y2025);
        assertThat(h.asOf(Y2024).formedOn("1")).isEmpty();
    }

    @Test
    void versionsAreLinkedToWhatTheyBecame() {
        LocalityHistory h = history();
        AdminUnit an = h.versions("1").get(0);
        assertThat(h.successors(an)).singleElement().satisfies(l -> {
            assertThat(l.to().code()).isEqualTo("10");
            assertThat(l.share()).isEqualTo(Share.FULL);
            assertThat(l.cause()).isEqualTo(LineageLink.Cause.MERGED);
            assertThat(l.date()).isEqualTo(Y2025);
        });
        assertThat(h.successors(h.versions("3").get(0))).extracting(l -> l.to().code(), LineageLink::share,
                LineageLink::cause).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("31", Share.PARTIAL, LineageLink.Cause.SPLIT),
                        org.assertj.core.groups.Tuple.tuple("32", Share.PARTIAL, LineageLink.Cause.SPLIT));
        assertThat(h.successors(h.versions("447").get(0))).extracting(l -> l.to().code(), LineageLink::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("446", LineageLink.Cause.DISSOLVED));
        assertThat(h.successors(h.versions("4").get(0))).extracting(l -> l.to(), LineageLink::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(h.versions("4").get(1), LineageLink.Cause.CONTINUED));
        assertThat(h.successors(h.versions("42").get(0))).isEmpty();
        assertThat(h.predecessors(h.versions("10").get(0))).extracting(l -> l.from().code())
                .containsExactlyInAnyOrder("1", "2");
        // the abolished districts pass their territory on to their communes' new versions
        AdminUnit thachHa = h.versions("445").get(h.versions("445").size() - 1);
        assertThat(h.successors(thachHa)).extracting(l -> l.to().code(), LineageLink::cause).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("10", LineageLink.Cause.LEVEL_ABOLISHED),
                org.assertj.core.groups.Tuple.tuple("31", LineageLink.Cause.LEVEL_ABOLISHED),
                org.assertj.core.groups.Tuple.tuple("32", LineageLink.Cause.LEVEL_ABOLISHED));
        assertThat(h.successorsOn("1", Y2024, JULY)).extracting(AdminUnit::code).containsExactly("10");
        assertThat(h.predecessorsOn("10", JULY, Y2024)).extracting(AdminUnit::code).containsExactlyInAnyOrder("445", "1", "2");
        assertThat(h.predecessorsOn("10", JULY, Y2024, Level.COMMUNE)).extracting(AdminUnit::code)
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void historiesAreEqualForTheSameSnapshotsAndEvents() {
        assertThat(history()).isEqualTo(history()).hasSameHashCodeAs(history())
                .hasToString("LocalityHistory[3 snapshots from 2024-01-01, " + history().events().size() + " events]")
                .isNotEqualTo(LocalityHistory.of(List.of(before(), after()), map()))
                .isNotEqualTo(LocalityHistory.of(before()))
                .isNotEqualTo("history");
    }

    private static void refused(List<ChangeEvent> map, String... messages) {
        assertThatThrownBy(() -> LocalityHistory.of(List.of(before(), after()), map))
                .isInstanceOf(HierarchyException.class)
                .satisfies(e -> {
                    for (String m : messages) {
                        assertThat(e.getMessage()).contains(m);
                    }
                });
    }

    @Test
    void aMapNamesOnlyUnitsOfItsSnapshots() {
        refused(List.of(new Merge(Y2025, "11", List.of(new Predecessor("1", Share.FULL),
                new Predecessor("2", Share.FULL))), map().get(1)), "new unit of a merge '11'");
        refused(List.of(new Merge(Y2025, "10", List.of(new Predecessor("1", Share.FULL),
                new Predecessor("2", Share.FULL), new Predecessor("99", Share.FULL))), map().get(1)),
                "old unit of a merge into 10 '99'");
        refused(List.of(map().get(0), new Split(Y2025, "98", List.of("31", "32"))), "unit split '98'");
        refused(List.of(map().get(0), new Split(Y2025, "3", List.of("31", "33"))), "part of the split of 3 '33'");
        refused(List.of(map().get(0), map().get(1), new ChangeEvent.Establish(Y2025, "77")),
                "names a unit in neither snapshot");
    }

    @Test
    void everyPartOfAMergedUnitIsAccountedFor() {
        refused(List.of(new Merge(Y2025, "10", List.of(new Predecessor("1", Share.FULL),
                new Predecessor("2", Share.PARTIAL))), map().get(1)), "old unit 2 has a single partial share");
        refused(List.of(map().get(0), new Merge(Y2025, "31", List.of(new Predecessor("1", Share.FULL))),
                map().get(1)), "old unit 1 goes wholly into one unit and also into others");
        refused(List.of(new Merge(Y2025, "10", List.of(new Predecessor("1", Share.FULL))), map().get(1)),
                "Xã Bình ends on 2025-01-01 but the merge map of that date does not say where it went");
    }

    @Test
    void eventsFallOnTheDateOfASnapshotAfterTheFirst() {
        assertThatThrownBy(() -> LocalityHistory.of(List.of(before(), after()),
                List.of(new ChangeEvent.Establish(Y2024, "8")))).isInstanceOf(HierarchyException.class)
                .hasMessageContaining("is not dated on the date of a snapshot after the first");
        assertThatThrownBy(() -> LocalityHistory.of(List.of(before(), after()),
                List.of(new ChangeEvent.Establish(JULY, "8")))).isInstanceOf(HierarchyException.class)
                .hasMessageContaining("is not dated on the date of a snapshot after the first");
        assertThatThrownBy(() -> LocalityHistory.of(List.of(after(), before()), List.of()))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("does not come after");
    }
}
