package io.github.ntmlib.core.report;

import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Counts the units holding each standard under each parent, from an evaluation. */
public final class Tallies {

    private final Evaluation evaluation;
    private final Snapshot snapshot;
    private final Map<String, Map<String, StandardResult>> results = new HashMap<>();

    private Tallies(Evaluation evaluation, Snapshot snapshot) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        evaluation.units().forEach(u -> {
            Map<String, StandardResult> map = new HashMap<>();
            u.standards().forEach(s -> map.put(s.standard(), s));
            results.put(u.unit(), map);
        });
    }

    /**
     * Tallies of an evaluation over the snapshot it was made on.
     *
     * @param evaluation the evaluation
     * @param snapshot   the snapshot evaluated
     * @return the tallies
     */
    public static Tallies of(Evaluation evaluation, Snapshot snapshot) {
        return new Tallies(evaluation, snapshot);
    }

    /**
     * The tally of a standard among the units of some kinds under a parent.
     *
     * @param parent   the parent code
     * @param standard the standard id
     * @param scope    children or descendants
     * @param kinds    the kinds counted
     * @return the tally
     */
    public Tally tally(String parent, String standard, Tally.Scope scope, Set<UnitKind> kinds) {
        List<AdminUnit> units = scope == Tally.Scope.CHILDREN ? snapshot.children(parent) : snapshot.descendants(parent);
        int total = 0;
        int recognised = 0;
        int attained = 0;
        int unknown = 0;
        for (AdminUnit unit : units) {
            if (!kinds.contains(unit.kind())) {
                continue;
            }
            total++;
            Optional<StandardResult> r = Optional.ofNullable(results.getOrDefault(unit.code(), Map.of()).get(standard));
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
        Set<String> standards = new java.util.LinkedHashSet<>();
        evaluation.units().forEach(u -> u.standards().forEach(s -> standards.add(s.standard())));
        for (AdminUnit parent : snapshot.units()) {
            Set<UnitKind> present = EnumSet.noneOf(UnitKind.class);
            snapshot.descendants(parent.code()).forEach(u -> present.add(u.kind()));
            for (String standard : standards) {
                for (UnitKind kind : present) {
                    for (Tally.Scope scope : Tally.Scope.values()) {
                        Tally t = tally(parent.code(), standard, scope, Set.of(kind));
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
