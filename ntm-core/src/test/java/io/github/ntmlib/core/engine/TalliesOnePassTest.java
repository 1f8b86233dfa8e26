package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Tallies counted in one pass ({@link Tallies#all}) and over a subtree ({@link Tallies#tally})
 * against the straightforward way they were counted before: for every parent, standard, kind and
 * scope, walk the evaluation's children or descendants. On the generated countries of
 * {@link CompiledEngineTest}, also restored evaluations (no index) and tallies of verdicts.
 */
class TalliesOnePassTest {

    /** The former {@code Tallies.tally}: the units under the parent, counted one by one. */
    static Tally reference(Evaluation evaluation, String parent, String standard, Tally.Scope scope,
            Set<UnitKind> kinds) {
        evaluation.standard(standard);
        List<UnitResult> units = scope == Tally.Scope.CHILDREN ? evaluation.children(parent)
                : evaluation.descendants(parent);
        int total = 0;
        int recognised = 0;
        int attained = 0;
        int unknown = 0;
        for (UnitResult unit : units) {
            Optional<StandardResult> r = unit.standard(standard);
            if (!kinds.contains(unit.kind()) || r.isEmpty()) {
                continue; // a unit the standard does not apply to is not counted
            }
            total++;
            if (r.isPresent()) {
                recognised += r.get().isRecognised() ? 1 : 0;
                attained += r.get().verdict() == Verdict.MET ? 1 : 0;
                unknown += r.get().verdict() == Verdict.NOT_ASSESSED ? 1 : 0;
            }
        }
        return new Tally(parent, standard, kinds, scope, total, recognised, attained, unknown);
    }

    /** The former {@code Tallies.all}. */
    static List<Tally> reference(Evaluation evaluation) {
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
                        Tally t = reference(evaluation, parent.unit(), standard.id(), scope, Set.of(kind));
                        if (t.total() > 0) {
                            list.add(t);
                        }
                    }
                }
            }
        }
        return list;
    }

    private final AtomicInteger tallies = new AtomicInteger();
    private final AtomicInteger recognised = new AtomicInteger();
    private final AtomicInteger notAssessed = new AtomicInteger();
    private final AtomicInteger childrenOnly = new AtomicInteger();

    @Test
    void onePassEqualsWalkingEachParentsUnits() {
        qt().withExamples(120).forAll(CompiledEngineTest.countries()).checkAssert(c -> {
            Evaluation e = c.evaluator().evaluate(c.snapshot(), c.data(0, ""), c.register());
            Evaluation restored = Evaluation.restore(e.criteriaSet(), e.snapshot(), e.request(), byUnit(e),
                    e.ignored());
            List<Tally> expected = reference(e);
            assertThat(Tallies.of(e).all()).isEqualTo(expected);
            assertThat(Tallies.of(restored).all()).isEqualTo(expected);
            assertThat(Tallies.of(c.evaluator().verdicts(c.snapshot(), c.data(0, ""), c.register())).all())
                    .isEqualTo(expected);
            Tallies t = Tallies.of(e);
            List<Set<UnitKind>> kindSets = List.of(Set.of(UnitKind.COMMUNE), Set.of(UnitKind.COMMUNE,
                    UnitKind.WARD, UnitKind.TOWNSHIP), Set.of(UnitKind.WARD), Set.of(UnitKind.VILLAGE));
            for (UnitResult parent : e.units()) {
                for (Standard standard : e.criteriaSet().standards()) {
                    for (Set<UnitKind> kinds : kindSets) {
                        for (Tally.Scope scope : Tally.Scope.values()) {
                            assertThat(t.tally(parent.unit(), standard.id(), scope, kinds))
                                    .isEqualTo(reference(e, parent.unit(), standard.id(), scope, kinds));
                        }
                    }
                }
            }
            tallies.addAndGet(expected.size());
            for (Tally x : expected) {
                recognised.addAndGet(x.recognised());
                notAssessed.addAndGet(x.notAssessed());
                childrenOnly.addAndGet(x.scope() == Tally.Scope.DESCENDANTS
                        && !expected.contains(new Tally(x.parent(), x.standard(), x.kinds(), Tally.Scope.CHILDREN,
                                x.total(), x.recognised(), x.attained(), x.notAssessed())) ? 1 : 0);
            }
        });
        assertThat(tallies.get()).as("tallies").isGreaterThan(100);
        assertThat(recognised.get()).as("recognised units counted").isGreaterThan(0);
        assertThat(notAssessed.get()).as("not-assessed units counted").isGreaterThan(0);
        assertThat(childrenOnly.get()).as("descendant tallies that differ from the children's").isGreaterThan(0);
    }

    @Test
    void talliesRefuseUnknownParentsAndStandards() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Tallies t = Tallies.of(c.evaluator().evaluate(c.snapshot(), c.data(0, ""), c.register()));
        assertThatThrownBy(() -> t.tally("999", "commune-ntm", Tally.Scope.CHILDREN, Set.of(UnitKind.COMMUNE)))
                .isInstanceOf(UnknownUnitException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> t.tally("42", "nope", Tally.Scope.CHILDREN, Set.of(UnitKind.COMMUNE)))
                .isInstanceOf(UnknownStandardException.class).hasMessageContaining("nope");
    }

    private static java.util.Map<String, List<StandardResult>> byUnit(Evaluation e) {
        java.util.Map<String, List<StandardResult>> map = new java.util.HashMap<>();
        e.units().forEach(u -> map.put(u.unit(), u.standards()));
        return map;
    }
}
