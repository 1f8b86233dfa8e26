package io.github.ntmlib.testkit;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Generators of hierarchies: a province with districts (or none, as after 1 July 2025), communes of
 * every kind and villages; and histories of such a hierarchy through a reorganisation that merges
 * communes and reclassifies a xã as a phường.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Hierarchies {

    /** Edge: a snapshot without a district level. */
    public static final String TWO_LEVEL = "two-level";
    /** Edge: a commune with villages. */
    public static final String VILLAGES = "villages";
    /** Edge: a reorganisation merged communes. */
    public static final String MERGE = "merge";
    /** Edge: a reorganisation reclassified a xã as a phường. */
    public static final String RECLASSIFIED = "reclassified";

    private static final UnitKind[] DISTRICTS = {UnitKind.RURAL_DISTRICT, UnitKind.TOWN, UnitKind.PROVINCIAL_CITY};
    private static final UnitKind[] COMMUNES = {UnitKind.COMMUNE, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP};

    private Hierarchies() {
    }

    /**
     * Snapshots on a date: one province "42", 0-3 districts, 1-4 communes under each parent, 0-2
     * villages under each commune.
     *
     * @param date  the snapshot date
     * @param reach where to count the edges reached
     * @return the generator
     */
    public static Gen<Snapshot> snapshots(LocalDate date, Reach reach) {
        return r -> {
            List<AdminUnit> units = new ArrayList<>();
            units.add(AdminUnit.of("42", "Tỉnh Thử", UnitKind.PROVINCE, null, date));
            int districts = r.nextInt(4);
            List<String> parents = new ArrayList<>();
            if (districts == 0) {
                reach.hit(TWO_LEVEL);
                parents.add("42");
            }
            java.util.Map<String, UnitKind> parentKinds = new java.util.HashMap<>();
            parentKinds.put("42", UnitKind.PROVINCE);
            for (int d = 0; d < districts; d++) {
                String code = String.valueOf(400 + d);
                UnitKind districtKind = DISTRICTS[r.nextInt(DISTRICTS.length)];
                units.add(AdminUnit.of(code, districtKind.namePrefixes().get(0) + " " + d, districtKind, "42", date));
                parents.add(code);
                parentKinds.put(code, districtKind);
            }
            int next = 10000;
            for (String parent : parents) {
                int communes = 1 + r.nextInt(4);
                for (int c = 0; c < communes; c++) {
                    String code = String.valueOf(next++);
                    UnitKind kind = COMMUNES[r.nextInt(COMMUNES.length)];
                    UnitKind parentKind = java.util.Objects.requireNonNull(parentKinds.get(parent));
                    while (!kind.mayBeChildOf(parentKind)) { // only what the law nests there
                        kind = COMMUNES[r.nextInt(COMMUNES.length)];
                    }
                    units.add(AdminUnit.of(code, kind.namePrefixes().get(0) + " " + code, kind, parent, date));
                    int villages = r.nextInt(3);
                    if (villages > 0) {
                        reach.hit(VILLAGES);
                    }
                    for (int v = 0; v < villages; v++) {
                        units.add(AdminUnit.of(code + "-" + v, "Thôn " + v, UnitKind.VILLAGE, code, date));
                    }
                }
            }
            return Snapshot.of(date, units);
        };
    }

    /**
     * Histories: a snapshot on {@code from} and one on {@code to} after a reorganisation that merges
     * the communes of one parent into its first (when it has two or more) and reclassifies a xã as a
     * phường (when there is one left).
     *
     * @param from  the first snapshot's date
     * @param to    the reorganisation's date
     * @param reach where to count the edges reached
     * @return the generator
     */
    public static Gen<LocalityHistory> histories(LocalDate from, LocalDate to, Reach reach) {
        Gen<Snapshot> first = snapshots(from, reach);
        return r -> {
            Snapshot before = first.next(r);
            List<ChangeEvent> events = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            String survivor = null;
            for (AdminUnit parent : before.units()) {
                List<AdminUnit> communes = before.children(parent.code()).stream()
                        .filter(u -> u.level() == Level.COMMUNE).toList();
                if (communes.size() >= 2 && r.nextBoolean()) {
                    survivor = communes.get(0).code();
                    List<ChangeEvent.Predecessor> predecessors = new ArrayList<>();
                    for (AdminUnit c : communes) {
                        predecessors.add(new ChangeEvent.Predecessor(c.code(), Share.FULL));
                        if (!c.code().equals(survivor)) {
                            gone.add(c.code());
                        }
                    }
                    events.add(new ChangeEvent.Merge(to, survivor, predecessors));
                    reach.hit(MERGE);
                    break;
                }
            }
            // a xã becomes a phường only where the law allows a phường (not under a huyện)
            String reclassified = before.units(UnitKind.COMMUNE).stream()
                    .filter(c -> c.parent().map(p -> UnitKind.WARD.mayBeChildOf(before.require(p).kind())).orElse(false))
                    .map(AdminUnit::code)
                    .filter(c -> !gone.contains(c)).filter(c -> r.nextInt(3) == 0).findFirst().orElse(null);
            if (reclassified != null) {
                events.add(new ChangeEvent.Reclassify(to, reclassified, UnitKind.COMMUNE, UnitKind.WARD));
                reach.hit(RECLASSIFIED);
            }
            List<AdminUnit> after = new ArrayList<>();
            for (AdminUnit u : before.units()) {
                if (gone.contains(u.code())) {
                    continue;
                }
                String parent = u.parent().orElse(null);
                if (parent != null && gone.contains(parent)) {
                    parent = survivor;
                }
                UnitKind kind = u.code().equals(reclassified) ? UnitKind.WARD : u.kind();
                String name = u.code().equals(reclassified) ? "Phường " + u.code() : u.name();
                after.add(AdminUnit.of(u.code(), name, kind, java.util.Optional.ofNullable(parent), Validity.from(to),
                        u.classifications()));
            }
            return LocalityHistory.of(List.of(before, Snapshot.of(to, after)), events);
        };
    }

    /**
     * Picks one element.
     *
     * @param r    the randomness
     * @param list a non-empty list
     * @param <T>  the type
     * @return an element
     */
    static <T> T pick(RandomGenerator r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
