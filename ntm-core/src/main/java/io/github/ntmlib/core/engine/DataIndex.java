package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.ValueCell;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's values of one data year, validated against a compiled plan and indexed by unit
 * position and indicator slot, with the rows a lenient request ignores. Immutable once made; a
 * {@link PreparedEvaluation} holds it, so that questions on the same inputs do not index them
 * again. For the verdicts mode the values are also
 * encoded as primitive numbers ({@link #encoded()}, made on first use).
 */
final class DataIndex {

    final SnapshotIndex index;
    final Dataset data;
    final int year;
    final LocalDate asOf;
    final boolean lenient;
    final int slots;
    /** The observations by unit position × slots + slot. */
    final @Nullable Observation[] values;
    final List<IgnoredRow> ignored;
    /** The codes of the units with a recorded outcome. */
    final java.util.Set<String> withOutcomes;
    private volatile @Nullable Encoded encoded;
    private final CompiledPlan plan;

    DataIndex(CompiledPlan plan, SnapshotIndex index, Dataset data, EvaluationRequest request, int slots,
            @Nullable Observation[] values, List<IgnoredRow> ignored) {
        this.plan = plan;
        this.index = index;
        this.data = data;
        this.year = request.dataYear();
        this.asOf = request.asOf();
        this.lenient = request.lenient();
        this.slots = slots;
        this.values = values;
        this.ignored = List.copyOf(ignored);
        java.util.Set<String> units = new java.util.HashSet<>();
        data.outcomes().forEach(o -> units.add(o.unit()));
        this.withOutcomes = java.util.Collections.unmodifiableSet(units);
    }

    /** The values as primitive numbers, made on first use (a racing duplicate is equal). */
    Encoded encoded() {
        Encoded e = encoded;
        if (e == null) {
            e = new Encoded(values, index, plan);
            encoded = e;
        }
        return e;
    }

    /**
     * The values by unit in dense rows of the slots its kind reads ({@link CompiledPlan#dense}; a
     * unit's row starts at {@link #rowStart}), encoded as {@link ValueCell}s.
     */
    static final class Encoded {
        final int[] rowStart;
        final int[] cell;
        final long[] part;
        final long[] whole;

        Encoded(@Nullable Observation[] values, SnapshotIndex index, CompiledPlan plan) {
            int units = index.size();
            int slots = plan.slotCount();
            rowStart = new int[units + 1];
            for (int u = 0; u < units; u++) {
                rowStart[u + 1] = rowStart[u] + plan.width[index.units[u].kind().ordinal()];
            }
            int n = rowStart[units];
            cell = new int[n];
            part = new long[n];
            whole = new long[n];
            for (int u = 0; u < units; u++) {
                int[] dense = plan.dense[index.units[u].kind().ordinal()];
                for (int slot = 0; slot < slots; slot++) {
                    Observation o = values[u * slots + slot];
                    if (o != null) {
                        int i = rowStart[u] + dense[slot];
                        cell[i] = ValueCell.encode(o.value(), part, whole, i);
                    }
                }
            }
        }
    }
}
