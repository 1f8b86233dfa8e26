package io.github.ntmlib.core.report;

import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Counts the units holding each standard under each parent, from an evaluation. */
public final class Tallies {

    private final Evaluation evaluation;

    private Tallies(Evaluation evaluation) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    }

    /**
     * Tallies of an evaluation, over the snapshot it was made on.
     *
     * @param evaluation the evaluation
     * @return the tallies
     */
    public static Tallies of(Evaluation evaluation) {
        return new Tallies(evaluation);
    }

    /**
     * The tally of a standard among the units of some kinds under a parent.
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
        evaluation.standard(standard);
        List<UnitResult> units = scope == Tally.Scope.CHILDREN ? evaluation.children(parent)
                : evaluation.descendants(parent);
        int total = 0;
        int recognised = 0;
        int attained = 0;
        int unknown = 0;
        for (UnitResult unit : units) {
            if (!kinds.contains(unit.kind())) {
                continue;
            }
            total++;
            Optional<StandardResult> r = unit.standard(standard);
            if (r.isPresent()) {
                recognised += r.get().isRecognised() ? 1 : 0;
                attained += r.get().verdict() == Verdict.MET ? 1 : 0;
                unknown += r.get().verdict() == Verdict.NOT_ASSESSED ? 1 : 0;
            }
        }
        return new Tally(parent, standard, kinds, scope, total, recognised, attained, unknown);
    }

    /**
     * Every tally of every parent, standard and kind, for children and for descendants; kinds
     * with no unit under a parent are left out.
     *
     * @return the tallies
     */
    public List<Tally> all() {
        List<Tally> list = new ArrayList<>();
        for (UnitResult parent : evaluation.units()) {
            Set<UnitKind> present = EnumSet.noneOf(UnitKind.class);
            evaluation.descendants(parent.unit()).forEach(u -> present.add(u.kind()));
            for (Standard standard : evaluation.criteriaSet().standards()) {
                for (UnitKind kind : present) {
                    if (!standard.appliesTo(kind)) {
                        continue;
                    }
                    for (Tally.Scope scope : Tally.Scope.values()) {
                        Tally t = tally(parent.unit(), standard.id(), scope, Set.of(kind));
                        if (t.total() > 0) {
                            list.add(t);
                        }
                    }
                }
            }
        }
        return list;
    }
}
