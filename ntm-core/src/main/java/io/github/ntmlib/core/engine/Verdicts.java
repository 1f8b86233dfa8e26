package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.internal.VerdictTable;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every unit's verdict on every standard that applies to it, and whether a recognition is in
 * force (official status), without the facts that decided them: what
 * {@link Evaluator#verdicts} computes when only verdicts and tallies are wanted, and what
 * {@link #of(Evaluation)} reduces a full evaluation to. The verdicts are those of
 * {@link Evaluator#evaluate} for the same request; the explanations are only in an
 * {@link Evaluation}. Lookups by unit code and standard id take constant time. Immutable.
 */
public final class Verdicts {

    private final VerdictTable table;
    private final EvaluationRequest request;
    private final List<IgnoredRow> ignored;

    static {
        io.github.ntmlib.core.internal.VerdictTables.register(v -> v.table);
    }

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

    private int cell(String unit, String standard) {
        int u = table.position(unit);
        Integer s = table.standardIndex.get(Objects.requireNonNull(standard, "standard"));
        if (s == null) {
            throw new UnknownStandardException(standard, table.set.id());
        }
        return u * table.standards + s;
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
