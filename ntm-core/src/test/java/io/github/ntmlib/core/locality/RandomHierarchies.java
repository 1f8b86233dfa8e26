package io.github.ntmlib.core.locality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds random but valid hierarchies and histories from a seed, for property tests. */
final class RandomHierarchies {

    private static final String[] SYLLABLES = {"Thạch", "Hà", "Lộc", "Cẩm", "Kỳ", "Đức", "Hương", "Sơn", "Nghi",
        "Xuân", "Can", "Vũ", "Quang", "Hồng", "Lĩnh", "Thọ", "Ân", "Phú", "Yên", "Đồng", "Mỹ", "Tân", "Bình", "An"};
    private static final UnitKind[] DISTRICT_KINDS = {UnitKind.RURAL_DISTRICT, UnitKind.TOWN, UnitKind.PROVINCIAL_CITY};
    private static final UnitKind[] COMMUNE_KINDS = {UnitKind.COMMUNE, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP};
    private static final UnitKind[] VILLAGE_KINDS = {UnitKind.VILLAGE, UnitKind.RESIDENTIAL_GROUP};

    private RandomHierarchies() {
    }

    static String name(Random random, UnitKind kind) {
        int words = 1 + random.nextInt(2);
        StringBuilder name = new StringBuilder(kind.namePrefixes().get(0));
        for (int i = 0; i < words; i++) {
            name.append(' ').append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString();
    }

    /** A snapshot with 1-2 provinces, three or two levels, and villages under some communes. */
    static Snapshot snapshot(long seed, LocalDate date) {
        Random random = new Random(seed);
        List<AdminUnit> units = new ArrayList<>();
        int code = 100;
        int provinces = 1 + random.nextInt(2);
        boolean twoLevel = random.nextInt(4) == 0;
        for (int p = 0; p < provinces; p++) {
            String province = String.valueOf(10 + p);
            units.add(AdminUnit.of(province, name(random, UnitKind.PROVINCE), UnitKind.PROVINCE, null, date));
            List<String> communeParents = new ArrayList<>();
            java.util.Map<String, UnitKind> parentKinds = new java.util.HashMap<>();
            parentKinds.put(province, UnitKind.PROVINCE);
            if (twoLevel) {
                communeParents.add(province);
            } else {
                int districts = 1 + random.nextInt(4);
                for (int d = 0; d < districts; d++) {
                    String district = String.valueOf(code++);
                    UnitKind kind = DISTRICT_KINDS[random.nextInt(DISTRICT_KINDS.length)];
                    units.add(AdminUnit.of(district, name(random, kind), kind, province, date));
                    communeParents.add(district);
                    parentKinds.put(district, kind);
                }
            }
            for (String parent : communeParents) {
                int communes = 1 + random.nextInt(5);
                for (int c = 0; c < communes; c++) {
                    String commune = String.valueOf(code++);
                    UnitKind kind = COMMUNE_KINDS[random.nextInt(COMMUNE_KINDS.length)];
                    while (!kind.mayBeChildOf(parentKinds.get(parent))) { // only what the law nests there
                        kind = COMMUNE_KINDS[random.nextInt(COMMUNE_KINDS.length)];
                    }
                    units.add(AdminUnit.of(commune, name(random, kind), kind, parent, date));
                    int villages = random.nextInt(3);
                    for (int v = 0; v < villages; v++) {
                        UnitKind vk = VILLAGE_KINDS[random.nextInt(VILLAGE_KINDS.length)];
                        units.add(AdminUnit.of(commune + "-" + v, name(random, vk), vk, commune, date));
                    }
                }
            }
        }
        return Snapshot.of(date, units);
    }

    /** A history: a first snapshot and 1-3 reorganisations, each merging communes of one parent. */
    static LocalityHistory history(long seed) {
        Random random = new Random(seed);
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000));
        Snapshot current = snapshot(random.nextLong(), date);
        List<Snapshot> snapshots = new ArrayList<>(List.of(current));
        List<ChangeEvent> events = new ArrayList<>();
        int steps = 1 + random.nextInt(3);
        for (int s = 0; s < steps; s++) {
            date = date.plusDays(1 + random.nextInt(400));
            Step step = reorganise(current, date, random);
            current = step.snapshot;
            snapshots.add(current);
            events.addAll(step.events);
        }
        return LocalityHistory.of(snapshots, events);
    }

    private static final class Step {
        final Snapshot snapshot;
        final List<ChangeEvent> events;

        Step(Snapshot snapshot, List<ChangeEvent> events) {
            this.snapshot = snapshot;
            this.events = events;
        }
    }

    /** Merges the communes of one parent into its first commune (which may be renamed); renames another unit. */
    private static Step reorganise(Snapshot current, LocalDate date, Random random) {
        List<AdminUnit> parents = new ArrayList<>();
        for (AdminUnit unit : current.units()) {
            if (current.children(unit.code()).stream().filter(u -> u.level() == Level.COMMUNE).count() >= 2) {
                parents.add(unit);
            }
        }
        List<ChangeEvent> events = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        String survivor = null;
        if (!parents.isEmpty()) {
            AdminUnit parent = parents.get(random.nextInt(parents.size()));
            List<AdminUnit> communes = current.children(parent.code()).stream()
                    .filter(u -> u.level() == Level.COMMUNE).collect(java.util.stream.Collectors.toList());
            int merged = 2 + random.nextInt(communes.size() - 1);
            List<ChangeEvent.Predecessor> predecessors = new ArrayList<>();
            for (int i = 0; i < merged; i++) {
                predecessors.add(new ChangeEvent.Predecessor(communes.get(i).code(), Share.FULL));
                if (i > 0) {
                    gone.add(communes.get(i).code());
                }
            }
            survivor = communes.get(0).code();
            events.add(new ChangeEvent.Merge(date, survivor, predecessors));
        }
        List<AdminUnit> next = new ArrayList<>();
        String renamed = current.units().get(random.nextInt(current.size())).code();
        for (AdminUnit unit : current.units()) {
            if (gone.contains(unit.code()) || (unit.parent().isPresent() && gone.contains(unit.parent().get()))) {
                if (unit.level() == Level.VILLAGE) {
                    next.add(AdminUnit.of(unit.code(), unit.name(), unit.kind(), survivor, date));
                }
                continue;
            }
            String name = unit.code().equals(renamed) || unit.code().equals(survivor)
                    ? name(random, unit.kind()) : unit.name();
            next.add(AdminUnit.of(unit.code(), name, unit.kind(), unit.parent(), Validity.from(date),
                    unit.classifications()));
        }
        return new Step(Snapshot.of(date, next), events);
    }
}
