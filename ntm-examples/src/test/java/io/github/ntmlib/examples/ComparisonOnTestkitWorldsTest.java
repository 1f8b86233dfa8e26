package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.report.ChangeKind;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.Standing;
import io.github.ntmlib.core.report.UnitChange;
import io.github.ntmlib.core.report.io.ComparisonJson;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.testkit.Datasets;
import io.github.ntmlib.testkit.Gen;
import io.github.ntmlib.testkit.Hierarchies;
import io.github.ntmlib.testkit.Reach;
import io.github.ntmlib.testkit.Registers;
import io.github.ntmlib.testkit.quicktheories.QtGens;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Comparisons of the 2021-2025 criteria on the testkit's generated worlds (a province, its communes
 * merged and a xã reclassified as a phường on 1 July 2025; edge-biased data, some missing; status
 * registers), in both counting modes: an evaluation compared with itself shows no change, swapping the
 * two swaps gains and losses, counts are each evaluation's own, and the JSON reads back equal.
 */
class ComparisonOnTestkitWorldsTest {

    private static final CriteriaSet SET = NationalCriteria2021.criteriaSet();
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 7, 1);
    private static final LocalDate EARLIER = LocalDate.of(2024, 12, 31);
    private static final LocalDate LATER = LocalDate.of(2025, 12, 31);

    private record World(LocalityHistory history, Evaluation earlier, Evaluation later) {
    }

    private static Evaluation evaluate(Snapshot s, LocalDate asOf, Dataset data, StatusRegister register,
            CountingMode mode) {
        return Evaluator.of(SET).evaluate(EvaluationRequest.of(asOf, asOf.getYear(), mode), s, data, register);
    }

    private static Gen<World> worlds(Reach reach) {
        Gen<LocalityHistory> histories = Hierarchies.histories(FROM, TO, reach);
        return r -> {
            LocalityHistory h = histories.next(r);
            Snapshot a = h.asOf(EARLIER);
            Snapshot b = h.asOf(LATER);
            CountingMode mode = r.nextBoolean() ? CountingMode.COMPUTED : CountingMode.OFFICIAL;
            Evaluation earlier = evaluate(a, EARLIER, Datasets.edgeBiased(SET, a, 2024, EARLIER, reach).next(r),
                    Registers.statuses(a, SET.standards(), LocalDate.of(2021, 1, 1), EARLIER, reach).next(r), mode);
            Evaluation later = evaluate(b, LATER, Datasets.edgeBiased(SET, b, 2025, LATER, reach).next(r),
                    Registers.statuses(b, SET.standards(), TO, LATER, reach).next(r), mode);
            return new World(h, earlier, later);
        };
    }

    private static int held(Evaluation e, String standard) {
        return (int) e.units().stream().filter(u -> Standing.of(u.standard(standard), e.request().counting())
                == Standing.HELD).count();
    }

    @Test
    void selfComparisonSwapCountsAndJsonOnGeneratedWorlds() {
        Reach reach = new Reach();
        int[] changed = {0};
        qt().withExamples(60).forAll(QtGens.of(worlds(reach))).checkAssert(w -> {
            EvaluationComparison self = EvaluationComparison.of(w.later(), w.later());
            for (StandardComparison s : self.standards()) {
                assertThat(s.change()).isZero();
                assertThat(s.count(ChangeKind.GAINED) + s.count(ChangeKind.LOST) + s.count(ChangeKind.MIXED)).isZero();
                assertThat(s.changes()).allSatisfy(g -> assertThat(g.criteria()).isEmpty());
            }
            EvaluationComparison forward = EvaluationComparison.of(w.earlier(), w.later(), w.history());
            EvaluationComparison backward = EvaluationComparison.of(w.later(), w.earlier(), w.history());
            assertThat(backward).isEqualTo(forward.reversed());
            for (StandardComparison s : forward.standards()) {
                StandardComparison b = backward.standard(s.standard()).orElseThrow();
                assertThat(b.count(ChangeKind.GAINED)).isEqualTo(s.count(ChangeKind.LOST));
                assertThat(b.count(ChangeKind.NEWLY_APPLICABLE)).isEqualTo(s.count(ChangeKind.NO_LONGER_APPLICABLE));
                Set<UnitChange> mirrored = new HashSet<>(s.changes().stream().map(UnitChange::reversed).toList());
                assertThat(Set.copyOf(b.changes())).isEqualTo(mirrored);
                assertThat(s.before()).isEqualTo(held(w.earlier(), s.standard()));
                assertThat(s.after()).isEqualTo(held(w.later(), s.standard()));
                changed[0] += s.changes().stream().filter(g -> g.kind() != ChangeKind.KEPT
                        && g.kind() != ChangeKind.NOT_HELD).count();
            }
            StringWriter json = new StringWriter();
            ComparisonJson.write(forward, json);
            assertThat(ComparisonJson.read(new StringReader(json.toString()), "world.json"))
                    .isEqualTo(ComparisonSeries.ofSteps(List.of(forward)));
        });
        assertThat(reach.count(Hierarchies.MERGE)).as("worlds with a merger").isGreaterThanOrEqualTo(10);
        assertThat(reach.count(Hierarchies.RECLASSIFIED)).as("worlds with a xã become a phường").isGreaterThanOrEqualTo(5);
        assertThat(reach.count(Datasets.MISSING)).as("indicators without data").isGreaterThan(0);
        assertThat(changed[0]).as("groups that changed").isGreaterThan(50);
    }
}
