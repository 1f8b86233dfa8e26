package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The positional view of {@link Verdicts} (what tallies read) says what the lookups by code say,
 * checked against the snapshot itself: every unit has one position and the position names it, a
 * parent's position is before its children's and −1 only for a root, a unit's subtree is exactly
 * the positions after it up to {@link Verdicts#subtreeEnd}, and the verdict and recognition at a
 * position and standard index are those looked up by unit code and standard id. It holds for the
 * verdicts mode and for the verdicts of a restored evaluation (which has no snapshot index and lays
 * units out itself). Positions and indices outside the table are refused, never read from a
 * neighbour.
 */
class VerdictsPositionalViewTest {

    private static void assertViewAgreesWithSnapshot(Verdicts v, Snapshot s, AtomicInteger[] reached) {
        assertThat(v.size()).isEqualTo(s.size());
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < v.size(); p++) {
            String code = v.unitAt(p);
            AdminUnit unit = s.require(code);
            assertThat(seen.add(code)).as("one position per unit: " + code).isTrue();
            assertThat(v.position(code)).isEqualTo(p);
            assertThat(v.kindAt(p)).isEqualTo(unit.kind());
            int parent = v.parentAt(p);
            if (unit.parent().isEmpty()) {
                assertThat(parent).as("a root").isEqualTo(-1);
                reached[0].incrementAndGet();
            } else {
                assertThat(parent).as("parent of " + code).isEqualTo(v.position(unit.parent().get())).isLessThan(p);
            }
            Set<String> descendants = new HashSet<>();
            s.descendants(code).forEach(d -> descendants.add(d.code()));
            Set<String> range = new HashSet<>();
            int end = v.subtreeEnd(p);
            assertThat(end).isGreaterThan(p).isLessThanOrEqualTo(v.size());
            for (int q = p + 1; q < end; q++) {
                range.add(v.unitAt(q));
            }
            assertThat(range).as("subtree of " + code).isEqualTo(descendants);
            reached[descendants.isEmpty() ? 1 : 2].incrementAndGet();
            for (Standard standard : v.criteriaSet().standards()) {
                int si = v.standardIndex(standard.id());
                assertThat(v.criteriaSet().standards().get(si)).isSameAs(standard);
                Verdict at = v.verdictAt(p, si);
                assertThat(java.util.Optional.ofNullable(at)).as(code + " " + standard.id())
                        .isEqualTo(v.verdict(code, standard.id()));
                assertThat(at == null).as("null exactly where the standard does not apply")
                        .isEqualTo(!standard.appliesTo(unit.kind()));
                assertThat(v.recognisedAt(p, si)).isEqualTo(v.isRecognised(code, standard.id()));
                if (at != null) {
                    reached[3 + at.ordinal()].incrementAndGet();
                }
                if (v.recognisedAt(p, si)) {
                    reached[6].incrementAndGet();
                }
            }
        }
    }

    private static void assertOutsideIsRefused(Verdicts v) {
        int n = v.size();
        int standards = v.criteriaSet().standards().size();
        for (int outside : new int[] {-1, n}) {
            assertThatThrownBy(() -> v.unitAt(outside)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> v.kindAt(outside)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> v.parentAt(outside)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> v.subtreeEnd(outside)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> v.verdictAt(outside, 0)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> v.recognisedAt(outside, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        for (int outside : new int[] {-1, standards}) {
            // position 0 with standard index -1 would be the cell of nothing; the last standard + 1 the next unit's first
            assertThatThrownBy(() -> v.verdictAt(0, outside)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> v.recognisedAt(0, outside)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        assertThatThrownBy(() -> v.standardIndex("no-such-standard")).isInstanceOf(UnknownStandardException.class)
                .hasMessageContaining("no-such-standard").hasMessageContaining(v.criteriaSet().id());
        assertThatThrownBy(() -> v.standard("no-such-standard")).isInstanceOf(UnknownStandardException.class);
        assertThatThrownBy(() -> v.position("no-such-unit")).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("no-such-unit");
        assertThatThrownBy(() -> v.verdict("no-such-unit", v.criteriaSet().standards().get(0).id()))
                .isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void thePositionalViewSaysWhatTheLookupsByCodeSayInBothLayouts() {
        AtomicInteger[] reached = new AtomicInteger[7];
        for (int i = 0; i < reached.length; i++) {
            reached[i] = new AtomicInteger();
        }
        qt().withExamples(40).forAll(CompiledEngineTest.countries()).checkAssert(c -> {
            Snapshot s = c.snapshot();
            Dataset data = c.data(0, "");
            StatusRegister register = c.register();
            Bound evaluator = c.evaluator();
            Verdicts fast = evaluator.verdicts(s, data, register);
            assertViewAgreesWithSnapshot(fast, s, reached);
            assertOutsideIsRefused(fast);
            Evaluation e = evaluator.evaluate(s, data, register);
            Map<String, List<StandardResult>> byUnit = new java.util.HashMap<>();
            e.units().forEach(u -> byUnit.put(u.unit(), new ArrayList<>(u.standards())));
            Evaluation restored = Evaluation.restore(e.criteriaSet(), s, e.request(), byUnit, e.ignored());
            assertThat(restored.index()).as("a restored evaluation has no snapshot index").isNull();
            Verdicts laidOut = Verdicts.of(restored);
            assertViewAgreesWithSnapshot(laidOut, s, reached);
            assertOutsideIsRefused(laidOut);
            assertThat(laidOut).isEqualTo(fast);
        });
        String[] names = {"roots", "units without children", "units with children", "met", "not met",
            "not assessed", "recognised"};
        for (int i = 0; i < reached.length; i++) {
            assertThat(reached[i].get()).as(names[i]).isGreaterThan(20);
        }
    }

    /** A commune's subtree is itself and the units below it, within its root's range; its cells are its own. */
    @Test
    void aCommunesRangeLiesWithinItsRootsRange() {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Verdicts v = Evaluator.of(c.set()).verdicts(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL),
                c.snapshot(), c.data(0, ""), c.register());
        int commune = v.position("101");
        assertThat(v.subtreeEnd(commune)).isEqualTo(commune + 1 + c.snapshot().descendants("101").size());
        int root = commune;
        while (v.parentAt(root) >= 0) {
            root = v.parentAt(root);
        }
        assertThat(root).as("the commune's root comes first").isLessThan(commune);
        assertThat(v.subtreeEnd(root)).as("its root's subtree holds the root and its descendants")
                .isEqualTo(root + 1 + c.snapshot().descendants(v.unitAt(root)).size());
        int si = v.standardIndex("commune-ntm");
        assertThat(v.verdictAt(commune, si)).isEqualTo(Verdict.MET);
        assertThat(v.recognisedAt(commune, si)).isTrue();
    }

    /**
     * The table under the view refuses arrays that do not describe one layout: a length that
     * disagrees with the number of units (or units × standards), and a unit placed before its
     * parent or as its own parent (a subtree would not be a range after it). Every verdict
     * survives its one-byte code.
     */
    @Test
    void theTableRefusesArraysThatAreNotOneHierarchyLayout() {
        io.github.ntmlib.core.criteria.CriteriaSet set = SmallSet.set();
        Snapshot s = SmallSet.snapshot();
        int k = set.standards().size();
        String[] codes = {"42", "445"};
        io.github.ntmlib.core.locality.UnitKind[] kinds = {io.github.ntmlib.core.locality.UnitKind.PROVINCE,
            io.github.ntmlib.core.locality.UnitKind.RURAL_DISTRICT};
        Map<String, Integer> position = Map.of("42", 0, "445", 1);
        Map<String, Integer> standards = Evaluation.standardIndex(set);
        VerdictTable ok = new VerdictTable(set, s, codes, kinds, new int[] {-1, 0}, position, standards,
                new byte[2 * k], new boolean[2 * k]);
        assertThat(ok.end).containsExactly(2, 2);
        assertThatThrownBy(() -> new VerdictTable(set, s, codes, new io.github.ntmlib.core.locality.UnitKind[1],
                new int[] {-1, 0}, position, standards, new byte[2 * k], new boolean[2 * k]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disagree in size");
        assertThatThrownBy(() -> new VerdictTable(set, s, codes, kinds, new int[] {-1}, position, standards,
                new byte[2 * k], new boolean[2 * k])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerdictTable(set, s, codes, kinds, new int[] {-1, 0}, position, standards,
                new byte[2 * k + 1], new boolean[2 * k])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerdictTable(set, s, codes, kinds, new int[] {-1, 0}, position, standards,
                new byte[2 * k], new boolean[2 * k - 1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerdictTable(set, s, codes, kinds, new int[] {1, -1}, position, standards,
                new byte[2 * k], new boolean[2 * k])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42 comes before its parent");
        assertThatThrownBy(() -> new VerdictTable(set, s, codes, kinds, new int[] {-1, 1}, position, standards,
                new byte[2 * k], new boolean[2 * k])).as("its own parent").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("445 comes before its parent");
        for (Verdict v : Verdict.values()) {
            assertThat(VerdictTable.decode(VerdictTable.encode(v))).isEqualTo(v);
        }
        assertThat(VerdictTable.encode(null)).isEqualTo(VerdictTable.NONE);
        assertThat(VerdictTable.decode(VerdictTable.NONE)).isNull();
    }
}
