package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, "nothing silent": a status-register row is checked as a recorded outcome is (unknown
 * unit, unknown or misspelt standard, a standard that does not apply to the unit's kind, a date
 * before the unit took its territory): an error naming file, line, unit and field, or (lenient) a
 * listed ignored row, and in neither case a changed tally; an overlay over a province the
 * hierarchy does not hold is refused.
 */
class SilentInputRulesTest {

    private static final LocalDate RECOGNISED = LocalDate.of(2023, 6, 1);

    private static StatusEvent event(String unit, String standard, LocalDate date, int line) {
        return new StatusEvent(unit, standard, StatusStep.RECOGNISED, date, "12/QĐ-UBND", "UBND tỉnh",
                new DataSource("UBND tỉnh", "12/QĐ-UBND", SourcePosition.of("statuses.csv", line)));
    }

    private static Evaluation evaluate(StatusRegister register, boolean lenient) {
        EvaluationRequest request = new EvaluationRequest(SmallSet.DATE, 2024, CountingMode.OFFICIAL, lenient);
        return Evaluator.of(SmallSet.set()).evaluate(request, snapshot(), Dataset.empty(), register);
    }

    private static Snapshot snapshot() {
        return SmallSet.snapshot();
    }

    private static int recognisedCommunes(Evaluation e) {
        Tally t = Tallies.of(e).tally("42", "commune-ntm", Tally.Scope.DESCENDANTS, EnumSet.of(UnitKind.COMMUNE));
        return t.recognised();
    }

    /** Each defect: the bad event, the field named and a phrase of the reason. */
    private record Defect(StatusEvent event, String field, String reason) { }

    private static List<Defect> defects() {
        return List.of(
                new Defect(event("77", "commune-ntm", RECOGNISED, 7), "unit", "unknown unit"),
                new Defect(event("2", "comune-ntm", RECOGNISED, 7), "standard", "did you mean commune-ntm?"),
                new Defect(event("6", "commune-ntm", RECOGNISED, 7), "standard", "does not apply to a ward (phường)"));
    }

    @Test
    void aBadRegisterRowIsAnErrorNamingFileLineUnitAndFieldAndNeverATally() {
        StatusRegister good = StatusRegister.of(List.of(event("1", "commune-ntm", RECOGNISED, 2)));
        Evaluation base = evaluate(good, false);
        assertThat(recognisedCommunes(base)).isEqualTo(1);
        assertThat(base.ignored()).isEmpty();
        for (Defect d : defects()) {
            StatusRegister bad = StatusRegister.of(List.of(event("1", "commune-ntm", RECOGNISED, 2), d.event()));
            assertThatThrownBy(() -> evaluate(bad, false)).as(d.reason())
                    .isInstanceOfSatisfying(EvaluationException.class, e -> {
                        assertThat(e.position()).isEqualTo(SourcePosition.of("statuses.csv", 7));
                        assertThat(e.subject()).contains(d.event().unit());
                        assertThat(e.field()).contains(d.field());
                        assertThat(e.getMessage()).contains(d.reason()).contains("lenient");
                    });
            Evaluation lenient = evaluate(bad, true);
            assertThat(lenient.ignored()).as(d.reason()).singleElement().satisfies(row -> {
                assertThat(row.unit()).isEqualTo(d.event().unit());
                assertThat(row.field()).isEqualTo(d.field());
                assertThat(row.position()).isEqualTo(SourcePosition.of("statuses.csv", 7));
                assertThat(row.message()).contains(d.reason());
            });
            assertThat(recognisedCommunes(lenient)).as("the tally with " + d.reason()).isEqualTo(1);
            assertThat(lenient.units()).isEqualTo(evaluate(good, true).units());
        }
    }

    /**
     * Xã Hương Sơn (18133) of Hà Tĩnh was formed on 1 July 2025 by the merger: a status dated before that
     * belongs to its predecessors (a carry-over reads it), never to the new xã.
     */
    @Test
    void aRegisterRowDatedBeforeTheUnitWasFormedIsAnError() {
        Snapshot after = io.github.ntmlib.core.locality.gso.GsoLists.haTinh().asOf(LocalDate.of(2025, 7, 1));
        StatusRegister register = StatusRegister.of(List.of(event("18133", "commune-ntm", LocalDate.of(2025, 3, 1), 5)));
        EvaluationRequest request = EvaluationRequest.of(LocalDate.of(2025, 12, 31), 2025, CountingMode.OFFICIAL);
        assertThatThrownBy(() -> Evaluator.of(SmallSet.set()).evaluate(request, after, Dataset.empty(), register))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.position()).isEqualTo(SourcePosition.of("statuses.csv", 5));
                    assertThat(e.field()).contains("date");
                    assertThat(e.getMessage()).contains("before the unit took its present territory on 2025-07-01");
                });
        Evaluation lenient = Evaluator.of(SmallSet.set()).evaluate(request.asLenient(), after, Dataset.empty(), register);
        assertThat(lenient.ignored()).singleElement().extracting(IgnoredRow::field).isEqualTo("date");
        assertThat(lenient.unit("18133").standard("commune-ntm").orElseThrow().recognition()).isEmpty();
    }

    @Test
    void aRegisterRowDatedAfterTheEvaluationIsNotReadAndAGoodOneCountsOnce() {
        StatusRegister later = StatusRegister.of(List.of(event("77", "comune-ntm", SmallSet.DATE.plusYears(1), 9),
                event("1", "commune-ntm", RECOGNISED, 2)));
        Evaluation e = evaluate(later, false);
        assertThat(e.ignored()).isEmpty();
        assertThat(recognisedCommunes(e)).isEqualTo(1);
        assertThat(e.unit("1").standard("commune-ntm").orElseThrow().recognition()).isPresent();
    }

    @Test
    void aMisspeltStandardFarFromEveryIdListsTheSetsStandardsWithoutAGuess() {
        StatusRegister bad = StatusRegister.of(List.of(event("2", "xyz", RECOGNISED, 4)));
        assertThatThrownBy(() -> evaluate(bad, false)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("unknown standard 'xyz'").hasMessageNotContaining("did you mean")
                .hasMessageContaining("commune-ntm, commune-advanced");
    }

    /** The edit distance is symmetric, zero exactly for equal strings and capped at its limit. */
    @Test
    void editDistanceIsAMetricCappedAtItsLimit() {
        AtomicInteger equal = new AtomicInteger();
        AtomicInteger near = new AtomicInteger();
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 6),
                strings().basicLatinAlphabet().ofLengthBetween(0, 6)).checkAssert((a, b) -> {
                    int d = Evaluator.editDistance(a, b, 3);
                    assertThat(d).isEqualTo(Evaluator.editDistance(b, a, 3)).isBetween(0, 3);
                    assertThat(d == 0).isEqualTo(a.equals(b));
                    assertThat(Evaluator.editDistance(a, a + "x", 3)).isEqualTo(1);
                    if (a.equals(b)) {
                        equal.incrementAndGet();
                    } else if (d < 3) {
                        near.incrementAndGet();
                    }
                });
        assertThat(Evaluator.editDistance("comune-ntm", "commune-ntm", 3)).isEqualTo(1);
        assertThat(Evaluator.editDistance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(Evaluator.editDistance("abc", "abcdef", 3)).isEqualTo(3);
        assertThat(near.get()).as("pairs within two edits reached").isPositive();
    }

    @Test
    void anOverlayOverAProvinceTheHierarchyDoesNotHoldIsRefused() {
        CriteriaSet national = SmallSet.set();
        for (String jurisdiction : List.of("99", "445")) {
            CriteriaSet overlaid = new Overlay("o", national.id(), jurisdiction, List.of(new Overlay.OverlayThreshold(
                    "commune-ntm", "3.1", ThresholdRule.always(Threshold.atLeast("85", SmallSet.TEST)))), List.of(),
                    SmallSet.TEST, SourcePosition.of("overlay.json")).applyTo(national);
            EvaluationRequest request = EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL);
            assertThatThrownBy(() -> Evaluator.of(overlaid).evaluate(request, SmallSet.snapshot(), Dataset.empty(),
                    StatusRegister.empty())).isInstanceOfSatisfying(EvaluationException.class, e -> {
                        assertThat(e.field()).contains("jurisdiction");
                        assertThat(e.subject()).contains(jurisdiction);
                        assertThat(e.getMessage()).contains("overlay o covers province " + jurisdiction)
                                .contains(jurisdiction.equals("99") ? "not in the hierarchy" : "not a province");
                    });
        }
        CriteriaSet haTinh = new Overlay("o", national.id(), "42", List.of(new Overlay.OverlayThreshold(
                "commune-ntm", "3.1", ThresholdRule.always(Threshold.atLeast("85", SmallSet.TEST)))), List.of(),
                SmallSet.TEST, SourcePosition.of("overlay.json")).applyTo(national);
        assertThat(Evaluator.of(haTinh).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL),
                SmallSet.snapshot(), Dataset.empty(), StatusRegister.empty()).units()).hasSize(SmallSet.snapshot().size());
    }

    /**
     * A standard for districts without commune-level units applies to a huyện with none, never to
     * one with communes, and the district NTM standard the other way round: in full evaluations,
     * in the verdicts mode, in tallies, in a JSON round trip, and for recorded outcomes and register
     * rows (an error, or an ignored row when lenient).
     */
    @Test
    void aStandardForDistrictsWithoutCommunesAppliesExactlyToThem() throws Exception {
        CriteriaSet base = SmallSet.set();
        io.github.ntmlib.core.criteria.Standard district = base.standard("district-ntm").orElseThrow();
        io.github.ntmlib.core.criteria.Standard island = io.github.ntmlib.core.criteria.Standard.of("district-island",
                io.github.ntmlib.base.Labels.of("Huyện đảo", "island district"), java.util.Set.of(UnitKind.RURAL_DISTRICT),
                java.util.Optional.empty(), List.of(), SmallSet.TEST)
                .withSubdivision(io.github.ntmlib.core.criteria.Subdivision.WITHOUT_COMMUNES);
        CriteriaSet set = base.toBuilder()
                .replaceStandard(district.withSubdivision(io.github.ntmlib.core.criteria.Subdivision.WITH_COMMUNES))
                .standard(island).build();
        List<io.github.ntmlib.core.locality.AdminUnit> units = new java.util.ArrayList<>(SmallSet.snapshot().units());
        units.add(io.github.ntmlib.core.locality.AdminUnit.of("447", "Huyện Đảo", UnitKind.RURAL_DISTRICT, "42",
                LocalDate.of(2024, 1, 1)));
        Snapshot s = Snapshot.of(LocalDate.of(2024, 1, 1), units);
        EvaluationRequest request = EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED);
        Evaluation e = Evaluator.of(set).evaluate(request, s, Dataset.empty(), StatusRegister.empty());
        assertThat(e.unit("445").standard("district-ntm")).isPresent();
        assertThat(e.unit("445").standard("district-island")).isEmpty();
        assertThat(e.unit("447").standard("district-ntm")).isEmpty();
        assertThat(e.unit("447").standard("district-island")).isPresent();
        assertThat(Evaluator.of(set).verdicts(request, s, Dataset.empty(), StatusRegister.empty()))
                .isEqualTo(Verdicts.of(e));
        Tally islands = Tallies.of(e).tally("42", "district-island", Tally.Scope.CHILDREN,
                EnumSet.of(UnitKind.RURAL_DISTRICT));
        assertThat(islands.total()).isEqualTo(1);
        java.io.StringWriter json = new java.io.StringWriter();
        io.github.ntmlib.core.report.io.EvaluationJson.write(e, json);
        assertThat(io.github.ntmlib.core.report.io.EvaluationJson.read(new java.io.StringReader(json.toString()),
                "e.json", set, s)).isEqualTo(e);
        StatusRegister wrong = StatusRegister.of(List.of(event("445", "district-island", RECOGNISED, 3)));
        assertThatThrownBy(() -> Evaluator.of(set).evaluate(request, s, Dataset.empty(), wrong))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("applies only to a unit without commune-level units under it");
        assertThat(Evaluator.of(set).evaluate(request.asLenient(), s, Dataset.empty(), wrong).ignored()).hasSize(1);
        Dataset outcome = Dataset.builder().add(io.github.ntmlib.core.data.RecordedOutcome.of("447", "district-ntm",
                "P1", io.github.ntmlib.core.data.Assessment.MET, SmallSet.DATE, new DataSource("t", "",
                        SourcePosition.of("outcomes.csv", 4)))).build();
        assertThatThrownBy(() -> Evaluator.of(set).evaluate(request, s, outcome, StatusRegister.empty()))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("applies only to a unit with commune-level units under it");
        assertThat(io.github.ntmlib.core.criteria.Subdivision.ANY.admits(true)).isTrue();
        assertThat(io.github.ntmlib.core.criteria.Subdivision.ANY.admits(false)).isTrue();
        assertThat(io.github.ntmlib.core.criteria.Subdivision.WITH_COMMUNES.admits(false)).isFalse();
        assertThat(io.github.ntmlib.core.criteria.Subdivision.WITHOUT_COMMUNES.admits(true)).isFalse();
    }
}
