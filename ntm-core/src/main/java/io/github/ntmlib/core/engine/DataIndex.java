package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.internal.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's values of one data year, validated against a compiled plan and indexed by unit
 * position and indicator slot, with the rows a lenient request ignores. Immutable once made, so
 * that a plan keeps the last one and evaluations of the same (immutable) dataset, snapshot, data
 * year, date and data policy do not index it again. For the verdicts mode the values are also
 * encoded as primitive numbers ({@link #encoded()}, made on first use).
 */
final class DataIndex {

    /** No value. */
    static final byte MISSING = 0;
    /** A flag not met. */
    static final byte FALSE = 1;
    /** A flag met. */
    static final byte TRUE = 2;
    /** A count or quantity of at most 18 digits: unscaled value and scale. */
    static final byte SCALAR = 3;
    /** A ratio whose parts have at most 18 digits: unscaled values and scales. */
    static final byte RATIO = 4;
    /** Any other value (a grade, a number too long): compared exactly from the observation. */
    static final byte EXACT = 5;

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

    /** Whether this index is the one a request on a snapshot index and dataset would make. */
    boolean matches(SnapshotIndex i, Dataset d, EvaluationRequest request) {
        return index == i && data == d && year == request.dataYear() && asOf.equals(request.asOf())
                && lenient == request.lenient();
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
     * unit's row starts at {@link #rowStart}): a cell holding the tag (lowest byte), the part's scale (next byte)
     * and the whole's scale (third byte), and for numbers that fit the unscaled {@code long} parts
     * (a scalar in {@code part}; a ratio's whole in {@code whole}).
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
                        byte tag = encode(i, o.value()); // sets the scales first
                        cell[i] |= tag;
                    }
                }
            }
        }

        private byte encode(int i, Value v) {
            if (v instanceof Value.Flag) {
                return ((Value.Flag) v).met() ? TRUE : FALSE;
            }
            if (v instanceof Value.Count) {
                part[i] = ((Value.Count) v).count();
                return SCALAR;
            }
            if (v instanceof Value.Quantity) {
                return put(i, ((Value.Quantity) v).amount(), true) ? SCALAR : EXACT;
            }
            if (v instanceof Value.Ratio) {
                Value.Ratio r = (Value.Ratio) v;
                return put(i, r.numerator(), true) && put(i, r.denominator(), false) ? RATIO : EXACT;
            }
            return EXACT;
        }

        private boolean put(int i, BigDecimal x, boolean isPart) {
            long unscaled = Measure.unscaledOrMin(x);
            if (unscaled == Long.MIN_VALUE || x.scale() < Byte.MIN_VALUE || x.scale() > Byte.MAX_VALUE) {
                return false;
            }
            if (isPart) {
                part[i] = unscaled;
                cell[i] |= (x.scale() & 0xFF) << 8;
            } else {
                whole[i] = unscaled;
                cell[i] |= (x.scale() & 0xFF) << 16;
            }
            return true;
        }
    }
}
