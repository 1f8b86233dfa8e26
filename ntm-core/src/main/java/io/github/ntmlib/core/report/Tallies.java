package io.github.ntmlib.core.report;

import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Verdicts;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Counts the units holding each standard under each parent, from an evaluation or from verdicts
 * alone (the same counts: an evaluation is counted through its {@link Verdicts}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Tallies {

    private static final UnitKind[] KINDS = UnitKind.values();
    private static final int TOTAL = 0;
    private static final int RECOGNISED = 1;
    private static final int ATTAINED = 2;
    private static final int UNKNOWN = 3;

    private final Verdicts table;
    private final int standards;

    private Tallies(Verdicts table) {
        this.table = table;
        this.standards = table.criteriaSet().standards().size();
    }

    /**
     * Tallies of an evaluation, over the snapshot it was made on.
     *
     * @param evaluation the evaluation
     * @return the tallies
     */
    public static Tallies of(Evaluation evaluation) {
        return of(Verdicts.of(Objects.requireNonNull(evaluation, "evaluation")));
    }

    /**
     * Tallies of verdicts (from {@code Evaluator.verdicts} or {@link Verdicts#of}), over the
     * snapshot they were made on.
     *
     * @param verdicts the verdicts
     * @return the tallies
     */
    public static Tallies of(Verdicts verdicts) {
        return new Tallies(Objects.requireNonNull(verdicts, "verdicts"));
    }

    /**
     * The tally of a standard among the units of some kinds under a parent that the standard
     * applies to (a unit of another kind, or a district divided otherwise than the standard
     * requires, is not counted).
     *
     * @param parent   the parent code
     * @param standard the standard id
     * @param scope    children or descendants
     * @param kinds    the kinds counted
     * @return the tally
     * @throws io.github.ntmlib.core.locality.UnknownUnitException      for an unknown parent
     * @throws io.github.ntmlib.core.engine.UnknownStandardException for an unknown standard
     */
    public Tally tally(String parent, String standard, Tally.Scope scope, Set<UnitKind> kinds) {
        int s = table.standardIndex(standard);
        int p = table.position(parent);
        int[] counts = new int[4];
        for (int i = p + 1; i < table.subtreeEnd(p); i++) {
            if ((scope == Tally.Scope.DESCENDANTS || table.parentAt(i) == p) && kinds.contains(table.kindAt(i))) {
                count(counts, 0, i, s);
            }
        }
        return new Tally(parent, standard, kinds, scope, counts[TOTAL], counts[RECOGNISED], counts[ATTAINED],
                counts[UNKNOWN]);
    }

    /**
     * Counts unit i's result of standard s into the four counts at an offset; a unit the standard
     * does not apply to (no result: another kind, or a district divided otherwise than the
     * standard requires) is not counted.
     */
    private void count(int[] counts, int at, int i, int s) {
        Verdict v = table.verdictAt(i, s);
        if (v == null) {
            return;
        }
        counts[at + TOTAL]++;
        counts[at + RECOGNISED] += table.recognisedAt(i, s) ? 1 : 0;
        counts[at + ATTAINED] += v == Verdict.MET ? 1 : 0;
        counts[at + UNKNOWN] += v == Verdict.NOT_ASSESSED ? 1 : 0;
    }

    /**
     * Every tally of every parent, standard and kind, for children and for descendants; kinds
     * with no unit under a parent are left out. Counted in one pass over the units: each unit adds
     * to its parent's children and to every ancestor's descendants.
     *
     * @return the tallies, by parent in hierarchy order, then standard in the set's order, kind,
     *         and children before descendants
     */
    public List<Tally> all() {
        int n = table.size();
        int[] slot = new int[n];
        int parents = 0;
        for (int i = 0; i < n; i++) {
            slot[i] = table.subtreeEnd(i) > i + 1 ? parents++ : -1;
        }
        int stride = KINDS.length * 2 * 4;
        int[] counts = new int[parents * standards * stride];
        for (int i = 0; i < n; i++) {
            int p = table.parentAt(i);
            if (p < 0) {
                continue;
            }
            int kind = table.kindAt(i).ordinal();
            for (int s = 0; s < standards; s++) {
                if (table.verdictAt(i, s) == null) {
                    continue;
                }
                count(counts, offset(slot[p], s, kind, Tally.Scope.CHILDREN), i, s);
                for (int a = p; a >= 0; a = table.parentAt(a)) {
                    count(counts, offset(slot[a], s, kind, Tally.Scope.DESCENDANTS), i, s);
                }
            }
        }
        List<Tally> list = new ArrayList<>();
        List<Standard> set = table.criteriaSet().standards();
        for (int p = 0; p < n; p++) {
            if (slot[p] < 0) {
                continue;
            }
            for (int s = 0; s < standards; s++) {
                Standard standard = set.get(s);
                for (UnitKind kind : KINDS) {
                    if (!standard.appliesTo(kind)) {
                        continue;
                    }
                    for (Tally.Scope scope : Tally.Scope.values()) {
                        int at = offset(slot[p], s, kind.ordinal(), scope);
                        if (counts[at + TOTAL] > 0) {
                            list.add(new Tally(table.unitAt(p), standard.id(), Set.of(kind), scope, counts[at + TOTAL],
                                    counts[at + RECOGNISED], counts[at + ATTAINED], counts[at + UNKNOWN]));
                        }
                    }
                }
            }
        }
        return list;
    }

    private int offset(int parentSlot, int standard, int kind, Tally.Scope scope) {
        return (((parentSlot * standards + standard) * KINDS.length + kind) * 2 + scope.ordinal()) * 4;
    }
}
