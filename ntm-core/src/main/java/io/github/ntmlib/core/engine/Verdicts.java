package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Every unit's verdict on every standard that applies to it, and whether a recognition is in
 * force (official status), without the facts that decided them: what
 * {@link Evaluator#verdicts} computes when only verdicts and tallies are wanted, and what
 * {@link #of(Evaluation)} reduces a full evaluation to. The verdicts are those of
 * {@link Evaluator#evaluate} for the same request; the explanations are only in an
 * {@link Evaluation}. Lookups by unit code and standard id take constant time. Immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Verdicts {

    private final VerdictTable table;
    private final EvaluationRequest request;
    private final List<IgnoredRow> ignored;

    private Verdicts(VerdictTable table, EvaluationRequest request, List<IgnoredRow> ignored) {
        this.table = table;
        this.request = request;
        this.ignored = List.copyOf(ignored);
    }

    /** Verdicts computed by the engine, by unit position (the index's order) and standard index. */
    static Verdicts indexed(CriteriaSet set, SnapshotIndex index, EvaluationRequest request, byte[] verdicts,
            boolean[] recognised, List<IgnoredRow> ignored) {
        String[] codes = new String[index.size()];
        UnitKind[] kinds = new UnitKind[index.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.units[i].code();
            kinds[i] = index.units[i].kind();
        }
        return new Verdicts(new VerdictTable(set, index.snapshot, codes, kinds, index.parent, index.position,
                Evaluation.standardIndex(set), verdicts, recognised), request, ignored);
    }

    /**
     * The verdicts and official statuses of an evaluation.
     *
     * @param evaluation the evaluation
     * @return its verdicts
     */
    public static Verdicts of(Evaluation evaluation) {
        CriteriaSet set = evaluation.criteriaSet();
        List<UnitResult> units = evaluation.units();
        int n = units.size();
        int standards = set.standards().size();
        SnapshotIndex index = evaluation.index();
        if (index != null) {
            byte[] verdicts = new byte[n * standards];
            boolean[] recognised = new boolean[n * standards];
            for (int i = 0; i < n; i++) {
                fill(units.get(i), i, standards, verdicts, recognised);
            }
            return indexed(set, index, evaluation.request(), verdicts, recognised, evaluation.ignored());
        }
        String[] codes = new String[n];
        UnitKind[] kinds = new UnitKind[n];
        int[] parent = new int[n];
        Map<String, Integer> position = new HashMap<>(n * 2);
        byte[] verdicts = new byte[n * standards];
        boolean[] recognised = new boolean[n * standards];
        for (int i = 0; i < n; i++) {
            UnitResult u = units.get(i);
            codes[i] = u.unit();
            kinds[i] = u.kind();
            position.put(u.unit(), i);
            parent[i] = u.parent().map(position::get).orElse(-1);
            fill(u, i, standards, verdicts, recognised);
        }
        return new Verdicts(new VerdictTable(set, evaluation.snapshot(), codes, kinds, parent,
                java.util.Collections.unmodifiableMap(position), Evaluation.standardIndex(set), verdicts, recognised),
                evaluation.request(), evaluation.ignored());
    }

    /** Writes a unit's verdicts and recognitions at its position. */
    private static void fill(UnitResult u, int i, int standards, byte[] verdicts, boolean[] recognised) {
        for (int s = 0; s < standards; s++) {
            StandardResult r = u.standard(s);
            if (r != null) {
                verdicts[i * standards + s] = VerdictTable.encode(r.verdict());
                recognised[i * standards + s] = r.isRecognised();
            }
        }
    }

    /**
     * The criteria set judged.
     *
     * @return the set
     */
    public CriteriaSet criteriaSet() {
        return table.set;
    }

    /**
     * The hierarchy judged.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return table.snapshot;
    }

    /**
     * What was asked: date, data year, counting mode, data policy.
     *
     * @return the request
     */
    public EvaluationRequest request() {
        return request;
    }

    /**
     * The data rows a lenient evaluation did not use because they do not apply to the unit's kind.
     *
     * @return the rows; always empty for a strict evaluation
     */
    public List<IgnoredRow> ignored() {
        return ignored;
    }

    /**
     * The computed attainment of a unit for a standard.
     *
     * @param unit     the unit code
     * @param standard the standard id
     * @return met, not met or not assessed; empty if the standard does not apply to the unit's kind
     * @throws UnknownUnitException     if the snapshot has no such unit
     * @throws UnknownStandardException if the set has no such standard
     */
    public Optional<Verdict> verdict(String unit, String standard) {
        return Optional.ofNullable(VerdictTable.decode(table.verdicts[cell(unit, standard)]));
    }

    /**
     * Whether a unit is recognised for a standard (a recognition in force on the evaluation date).
     *
     * @param unit     the unit code
     * @param standard the standard id
     * @return true if recognised; false also when the standard does not apply to the unit's kind
     * @throws UnknownUnitException     if the snapshot has no such unit
     * @throws UnknownStandardException if the set has no such standard
     */
    public boolean isRecognised(String unit, String standard) {
        return table.recognised[cell(unit, standard)];
    }

    /**
     * A standard of the judged set.
     *
     * @param id the standard id
     * @return the standard
     * @throws UnknownStandardException if the set has no such standard
     */
    public Standard standard(String id) {
        return table.set.standard(id).orElseThrow(() -> new UnknownStandardException(id, table.set.id()));
    }

    /**
     * The number of units judged: positions run from 0 to {@code size() - 1} in hierarchy order
     * (a parent before its children, a subtree contiguous).
     *
     * @return the number of units
     */
    public int size() {
        return table.codes.length;
    }

    /**
     * The position of a unit.
     *
     * @param unit the unit code
     * @return its position
     * @throws UnknownUnitException if the snapshot judged has no such unit
     */
    public int position(String unit) {
        return table.position(unit);
    }

    /**
     * The unit at a position.
     *
     * @param position the position
     * @return its code
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public String unitAt(int position) {
        return table.codes[Objects.checkIndex(position, table.codes.length)];
    }

    /**
     * The kind of the unit at a position.
     *
     * @param position the position
     * @return its kind
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public UnitKind kindAt(int position) {
        return table.kinds[Objects.checkIndex(position, table.codes.length)];
    }

    /**
     * The position of the parent of the unit at a position.
     *
     * @param position the position
     * @return the parent's position, or −1 for a root
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public int parentAt(int position) {
        return table.parent[Objects.checkIndex(position, table.codes.length)];
    }

    /**
     * The end of the subtree of the unit at a position: its descendants are the positions after it
     * and before this one.
     *
     * @param position the position
     * @return the first position after its subtree
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public int subtreeEnd(int position) {
        return table.end[Objects.checkIndex(position, table.codes.length)];
    }

    /**
     * The index of a standard in the set's order.
     *
     * @param standard the standard id
     * @return its index
     * @throws UnknownStandardException if the set has no such standard
     */
    public int standardIndex(String standard) {
        Integer s = table.standardIndex.get(Objects.requireNonNull(standard, "standard"));
        if (s == null) {
            throw new UnknownStandardException(standard, table.set.id());
        }
        return s;
    }

    /**
     * The computed attainment at a position for a standard index.
     *
     * @param position the unit's position
     * @param standard the standard's index
     * @return the verdict, or {@code null} when the standard does not apply to the unit's kind
     * @throws IndexOutOfBoundsException for a position or index out of range
     */
    public @org.jspecify.annotations.Nullable Verdict verdictAt(int position, int standard) {
        return VerdictTable.decode(table.verdicts[at(position, standard)]);
    }

    /**
     * Whether the unit at a position is recognised for a standard index.
     *
     * @param position the unit's position
     * @param standard the standard's index
     * @return true if a recognition is in force on the evaluation date
     * @throws IndexOutOfBoundsException for a position or index out of range
     */
    public boolean recognisedAt(int position, int standard) {
        return table.recognised[at(position, standard)];
    }

    private int at(int position, int standard) {
        Objects.checkIndex(position, table.codes.length);
        Objects.checkIndex(standard, table.standards);
        return position * table.standards + standard;
    }

    private int cell(String unit, String standard) {
        return table.position(unit) * table.standards + standardIndex(standard);
    }
    /**
     * Equal to verdicts of the same set (by id), snapshot and request with the same verdicts,
     * official statuses and ignored rows, unit by unit in the same order.
     *
     * @param o another object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Verdicts)) {
            return false;
        }
        Verdicts v = (Verdicts) o;
        return table.set.id().equals(v.table.set.id()) && table.snapshot.equals(v.table.snapshot)
                && request.equals(v.request) && Arrays.equals(table.codes, v.table.codes)
                && Arrays.equals(table.verdicts, v.table.verdicts) && Arrays.equals(table.recognised, v.table.recognised)
                && ignored.equals(v.ignored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table.set.id(), table.snapshot.date(), request, Arrays.hashCode(table.verdicts));
    }

    @Override
    public String toString() {
        return "Verdicts[" + table.set.id() + " of " + table.snapshot.date() + ", " + request + ", "
                + table.codes.length + " units]";
    }
}
