package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.core.engine.ComparisonWorlds.World;
import io.github.ntmlib.core.report.ChangeKind;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.Standing;
import io.github.ntmlib.core.report.UnitChange;
import io.github.ntmlib.core.report.io.ComparisonJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Comparisons over generated worlds (units kept, reclassified, merged from predecessors of mixed kinds
 * and standings, split in part; units without data): an evaluation compared with itself shows no
 * change, swapping the two swaps gains and losses, the counts add up to each evaluation's own, and
 * the JSON document reads back equal. The draws are counted, and each edge must be reached.
 */
class ComparisonPropertiesTest {

    private static int held(Evaluation e, String standard) {
        return (int) e.units().stream().filter(u -> Standing.of(u.standard(standard), e.request().counting())
                == Standing.HELD).count();
    }

    private static int applicable(Evaluation e, String standard) {
        return (int) e.units().stream().filter(u -> u.standard(standard).isPresent()).count();
    }

    @Test
    void anEvaluationComparedWithItselfShowsNoChange() {
        qt().withExamples(150).forAll(ComparisonWorlds.worlds()).checkAssert(w -> {
            for (Evaluation e : List.of(w.earlier(), w.later())) {
                EvaluationComparison c = EvaluationComparison.of(e, e);
                for (StandardComparison s : c.standards()) {
                    assertThat(s.change()).isZero();
                    assertThat(s.before()).isEqualTo(s.after()).isEqualTo(held(e, s.standard()));
                    assertThat(s.totalBefore()).isEqualTo(applicable(e, s.standard()));
                    assertThat(s.changes()).allSatisfy(g -> {
                        assertThat(g.kind()).isIn(ChangeKind.KEPT, ChangeKind.NOT_HELD, ChangeKind.NOT_ASSESSED);
                        assertThat(g.criteria()).isEmpty();
                        assertThat(g.before()).isEqualTo(g.after());
                    });
                    assertThat(s.count(ChangeKind.GAINED) + s.count(ChangeKind.LOST)).isZero();
                }
            }
        });
    }

    @Test
    void swappingTheEvaluationsSwapsGainsAndLossesAndTheCountsAddUp() {
        Map<ChangeKind, Integer> reached = new EnumMap<>(ChangeKind.class);
        int[] mixedMergers = {0};
        int[] splits = {0};
        int[] mixedKinds = {0};
        int[] criteriaChanged = {0};
        qt().withExamples(300).forAll(ComparisonWorlds.worlds()).checkAssert(w -> {
            EvaluationComparison forward = EvaluationComparison.of(w.earlier(), w.later(), w.history());
            EvaluationComparison backward = EvaluationComparison.of(w.later(), w.earlier(), w.history());
            assertThat(backward).isEqualTo(forward.reversed());
            assertThat(backward.reversed()).isEqualTo(forward);
            for (StandardComparison s : forward.standards()) {
                StandardComparison b = backward.standard(s.standard()).orElseThrow();
                assertThat(b.count(ChangeKind.GAINED)).isEqualTo(s.count(ChangeKind.LOST));
                assertThat(b.count(ChangeKind.LOST)).isEqualTo(s.count(ChangeKind.GAINED));
                assertThat(b.count(ChangeKind.NEWLY_APPLICABLE)).isEqualTo(s.count(ChangeKind.NO_LONGER_APPLICABLE));
                assertThat(b.count(ChangeKind.KEPT)).isEqualTo(s.count(ChangeKind.KEPT));
                assertThat(b.change()).isEqualTo(-s.change());
                assertThat(Set.copyOf(b.changes())).isEqualTo(new HashSet<>(s.changes().stream()
                        .map(UnitChange::reversed).toList()));
                // the counts are each evaluation's own
                assertThat(s.before()).isEqualTo(held(w.earlier(), s.standard()));
                assertThat(s.after()).isEqualTo(held(w.later(), s.standard()));
                assertThat(s.totalBefore()).isEqualTo(applicable(w.earlier(), s.standard()));
                assertThat(s.totalAfter()).isEqualTo(applicable(w.later(), s.standard()));
                // kept + gained = held after, kept + lost = held before, on the groups decided
                int keptAfter = sum(s, ChangeKind.KEPT, true);
                int gained = sum(s, ChangeKind.GAINED, true);
                int undecidedAfter = 0;
                int undecidedBefore = 0;
                for (ChangeKind k : ChangeKind.values()) {
                    if (!k.isDecided()) {
                        undecidedAfter += sum(s, k, true);
                        undecidedBefore += sum(s, k, false);
                    }
                }
                assertThat(keptAfter + gained + undecidedAfter).isEqualTo(s.after());
                assertThat(sum(s, ChangeKind.KEPT, false) + sum(s, ChangeKind.LOST, false) + undecidedBefore)
                        .isEqualTo(s.before());
                assertThat(sum(s, ChangeKind.LOST, true) + sum(s, ChangeKind.NOT_HELD, true)
                        + sum(s, ChangeKind.GAINED, false) + sum(s, ChangeKind.NOT_HELD, false)).isZero();
                for (UnitChange g : s.changes()) {
                    reached.merge(g.kind(), 1, Integer::sum);
                    if (g.kind() == ChangeKind.MIXED && g.before().size() > 1) {
                        mixedMergers[0]++;
                    }
                    if (g.hasPartialShare()) {
                        splits[0]++;
                    }
                    if (g.before().stream().map(UnitChange.Member::kind).distinct().count() > 1) {
                        mixedKinds[0]++;
                    }
                }
            }
            // the criteria that changed, for the same unit on both sides: the verdicts that differ
            for (StandardComparison s : forward.standards()) {
                for (UnitChange g : s.changes()) {
                    if (g.before().size() != 1 || g.after().size() != 1) {
                        continue;
                    }
                    var b = w.earlier().unit(g.before().get(0).code()).standard(s.standard());
                    var a = w.later().unit(g.after().get(0).code()).standard(s.standard());
                    List<String> expected = b.isEmpty() || a.isEmpty() ? List.of() : b.get().criteria().stream()
                            .filter(c -> a.get().criterion(c.code()).orElseThrow().verdict() != c.verdict())
                            .map(c -> c.code()).toList();
                    assertThat(g.criteria()).extracting(c -> c.criterion()).isEqualTo(expected);
                    criteriaChanged[0] += expected.size();
                }
                // groups follow the later evaluation's order, those with no unit after last
                List<Integer> order = s.changes().stream().map(g -> g.after().isEmpty() ? Integer.MAX_VALUE
                        : position(w.later(), g.after().get(0).code())).toList();
                assertThat(order).isSorted();
            }
            StringWriter json = new StringWriter();
            ComparisonJson.write(forward, json);
            assertThat(ComparisonJson.read(new StringReader(json.toString()), "generated.json"))
                    .isEqualTo(ComparisonSeries.ofSteps(List.of(forward)));
        });
        for (ChangeKind kind : List.of(ChangeKind.KEPT, ChangeKind.GAINED, ChangeKind.LOST, ChangeKind.NOT_HELD,
                ChangeKind.MIXED, ChangeKind.NOT_ASSESSED, ChangeKind.NEWLY_APPLICABLE, ChangeKind.NO_LONGER_APPLICABLE)) {
            assertThat(reached.getOrDefault(kind, 0)).as("groups reaching %s", kind).isGreaterThanOrEqualTo(20);
        }
        assertThat(mixedMergers[0]).as("mergers whose predecessors differed").isGreaterThanOrEqualTo(20);
        assertThat(splits[0]).as("groups with a split unit").isGreaterThanOrEqualTo(20);
        assertThat(mixedKinds[0]).as("mergers of predecessors of mixed kinds").isGreaterThanOrEqualTo(20);
        assertThat(criteriaChanged[0]).as("criteria changed").isGreaterThanOrEqualTo(100);
    }

    private static int position(Evaluation e, String code) {
        List<String> codes = e.units().stream().map(u -> u.unit()).toList();
        return codes.indexOf(code);
    }

    private static int sum(StandardComparison s, ChangeKind kind, boolean after) {
        return s.changes(kind).stream().mapToInt(g -> after ? g.heldAfter() : g.heldBefore()).sum();
    }
}
