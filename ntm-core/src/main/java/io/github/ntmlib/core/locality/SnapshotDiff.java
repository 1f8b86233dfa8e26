package io.github.ntmlib.core.locality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Derives the plain changes between two snapshots. */
final class SnapshotDiff {

    private SnapshotDiff() {
    }

    /**
     * The plain changes from {@code a} to {@code b}: for each unit of {@code a} in its order, GONE,
     * or MOVED and then RENAMED_OR_RECLASSIFIED as they apply; then NEW for each unit of {@code b}
     * not in {@code a}, in {@code b}'s order.
     */
    static List<PlainChange> between(Snapshot a, Snapshot b) {
        List<PlainChange> changes = new ArrayList<>();
        for (AdminUnit old : a.units()) {
            Optional<AdminUnit> now = b.unit(old.code());
            if (now.isEmpty()) {
                changes.add(PlainChange.of(PlainChange.Type.GONE, old.code(), Optional.of(old.name()), old.parent(),
                        Optional.empty(), Optional.empty()));
                continue;
            }
            AdminUnit unit = now.get();
            if (!unit.parent().equals(old.parent())) {
                changes.add(PlainChange.of(PlainChange.Type.MOVED, old.code(), Optional.of(old.name()), old.parent(),
                        unit.parent(), Optional.empty()));
            }
            if (!unit.name().equals(old.name()) || unit.kind() != old.kind()) {
                changes.add(PlainChange.of(PlainChange.Type.RENAMED_OR_RECLASSIFIED, old.code(),
                        Optional.of(old.name()), old.parent(), unit.parent(), Optional.of(unit.name())));
            }
        }
        for (AdminUnit unit : b.units()) {
            if (!a.contains(unit.code())) {
                changes.add(PlainChange.of(PlainChange.Type.NEW, unit.code(), Optional.empty(), Optional.empty(),
                        unit.parent(), Optional.of(unit.name())));
            }
        }
        return List.copyOf(changes);
    }
}
