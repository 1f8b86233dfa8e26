package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot's units as integer positions in hierarchy order (each unit before its children): the
 * parent of each, the ranges of the roots (a root's subtree is contiguous), and a bottom-up order
 * by level. Immutable once made.
 */
final class SnapshotIndex {

    final Snapshot snapshot;
    final AdminUnit[] units;
    final int[] parent;
    /** The parent codes, null for a root. */
    final @org.jspecify.annotations.Nullable String[] parentCode;
    /** Unit code to position; unmodifiable, shared by the evaluations of the snapshot. */
    final Map<String, Integer> position;
    /** The start of each root's range, and the size at the end. */
    final int[] rootStarts;
    /** Positions by level, lowest level first (each level in hierarchy order). */
    final int[] bottomUp;
    /** The position after the last unit of each unit's subtree (its descendants lie in between). */
    final int[] end;
    /** Whether a commune-level unit sits directly under each unit (a standard's subdivision). */
    final boolean[] hasCommunes;

    SnapshotIndex(Snapshot snapshot) {
        this.snapshot = snapshot;
        List<AdminUnit> order = Evaluation.hierarchyOrder(snapshot);
        int n = order.size();
        this.units = order.toArray(new AdminUnit[0]);
        this.parent = new int[n];
        this.parentCode = new String[n];
        Map<String, Integer> pos = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            pos.put(units[i].code(), i);
        }
        this.position = Collections.unmodifiableMap(pos);
        int roots = 0;
        for (int i = 0; i < n; i++) {
            Integer p = units[i].parent().map(pos::get).orElse(null);
            parent[i] = p == null ? -1 : p;
            parentCode[i] = units[i].parent().orElse(null);
            roots += p == null ? 1 : 0;
        }
        this.hasCommunes = new boolean[n];
        for (int i = 0; i < n; i++) {
            hasCommunes[i] = io.github.ntmlib.core.criteria.Standard.hasCommunes(units[i], snapshot);
        }
        this.rootStarts = new int[roots + 1];
        for (int i = 0, r = 0; i < n; i++) {
            if (parent[i] < 0) {
                rootStarts[r++] = i;
            }
        }
        rootStarts[roots] = n;
        this.end = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            end[i] = Math.max(end[i], i + 1);
            if (parent[i] >= 0) {
                end[parent[i]] = Math.max(end[parent[i]], end[i]);
            }
        }
        this.bottomUp = new int[n];
        int k = 0;
        for (int level = io.github.ntmlib.core.locality.Level.values().length - 1; level >= 0; level--) {
            for (int i = 0; i < n; i++) {
                if (units[i].level().ordinal() == level) {
                    bottomUp[k++] = i;
                }
            }
        }
    }

    int size() {
        return units.length;
    }

    /** Whether the unit at a position is, or lies within, the unit of a code. */
    boolean within(int unit, String code) {
        for (int u = unit; u >= 0; u = parent[u]) {
            if (units[u].code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
