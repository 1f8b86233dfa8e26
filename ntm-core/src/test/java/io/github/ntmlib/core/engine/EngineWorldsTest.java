package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.report.io.EvaluationJson;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the engine over generated worlds (QuickTheories, shrinking generators): a
 * province, districts, communes of three kinds with villages, communes merged from two former
 * ones (their values summed), a provincial overlay, recorded outcomes and recognitions. Each test
 * counts what the generators reached and asserts the counts.
 */
class EngineWorldsTest {

    private static final DataSource SRC = new DataSource("gen", "", SourcePosition.of("gen.csv", 1));
    private static final UnitKind[] KINDS = {UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP};
    private static final int MISSING = 101;

    /** The small set plus a village standard (thôn kiểu mẫu). */
    private static final CriteriaSet SET = SmallSet.set().toBuilder().standard(Standard.of("village-model",
            Labels.of("Thôn kiểu mẫu", "model village"), Set.of(UnitKind.VILLAGE), Optional.empty(), List.of(
                    IndicatorCriterion.of("V", Labels.of("Thôn", "village"), List.of(new IndicatorDefinition("V.1",
                            Labels.of("Tỷ lệ hộ", "households"), ValueKind.RATIO, "%", false, List.of(),
                            List.of(ThresholdRule.always(Threshold.atLeast("50", SmallSet.TEST))))))),
            SmallSet.TEST)).build();

    /**
     * One commune: kind, extremely difficult, irrigation %, flag, income, water %, recorded
     * outcome, villages, village %, recognised, merged (from two former communes).
     */
    record CommuneSpec(int kind, boolean hard, int irrigation, int flag, int income, int water, int outcome,
            int villages, int villageValue, boolean recognised, boolean merged) {
    }

    /** A world: the districts' communes, the overlay (0 none, 1 tightens 3.1, 2 tightens 17.1), the mode. */
    record World(List<List<CommuneSpec>> districts, int overlay, boolean official) {

        CriteriaSet set() {
            if (overlay == 0) {
                return SET;
            }
            String indicator = overlay == 1 ? "3.1" : "17.1";
            String standard = overlay == 1 ? "commune-ntm" : "commune-advanced";
            return new Overlay("gen", "test-set", "42", List.of(new Overlay.OverlayThreshold(standard, indicator,
                    ThresholdRule.always(Threshold.atLeast(overlay == 1 ? "85" : "60", SmallSet.TEST)))), List.of(),
                    SmallSet.TEST, SourcePosition.of("overlay.json")).applyTo(SET);
        }

        Snapshot snapshot() {
            LocalDate d = LocalDate.of(2020, 1, 1);
            List<AdminUnit> units = new ArrayList<>();
            units.add(AdminUnit.of("42", "Tỉnh Bốn Hai", UnitKind.PROVINCE, null, d)
                    .withClassification(TestSchemes.REGION, "BAC_TRUNG_BO"));
            int code = 100;
            int districtIndex = 0;
            for (List<CommuneSpec> communes : districts) {
                String district = String.valueOf(code++);
                UnitKind districtKind = SmallSet.districtKind(districtIndex++);
                units.add(AdminUnit.of(district, districtKind.namePrefixes().get(0) + " " + district, districtKind,
                        "42", d));
                for (CommuneSpec c : communes) {
                    String commune = String.valueOf(code++);
                    UnitKind kind = SmallSet.lawful(KINDS[c.kind()], districtKind);
                    AdminUnit unit = AdminUnit.of(commune, kind.namePrefixes().get(0) + " " + commune, kind, district, d);
                    units.add(c.hard() ? unit.withClassification(TestSchemes.EXTREMELY_DIFFICULT, "true") : unit);
                    for (int v = 0; kind == UnitKind.COMMUNE && v < c.villages(); v++) {
                        units.add(AdminUnit.of(commune + "-" + v, "Thôn " + v, UnitKind.VILLAGE, commune, d));
                    }
                }
            }
            return Snapshot.of(d, units);
        }

        /** Observations and outcomes; {@code raise} adds points to every percentage (capped at 100). */
        Dataset data(int raise) {
            Dataset.Builder data = Dataset.builder();
            int code = 100;
            for (List<CommuneSpec> communes : districts) {
                code++;
                for (CommuneSpec c : communes) {
                    String commune = String.valueOf(code++);
                    if (c.flag() > 0) {
                        data.add(Observation.of(commune, "3.2", 2024, new Value.Flag(c.flag() == 2), SRC));
                    }
                    if (KINDS[c.kind()] != UnitKind.COMMUNE) {
                        continue;
                    }
                    ratio(data, commune, "3.1", c.irrigation(), raise, c.merged());
                    ratio(data, commune, "17.1", c.water(), raise, c.merged());
                    if (c.income() != MISSING) {
                        data.add(Observation.of(commune, "10.1", 2024, new Value.Quantity(BigDecimal.valueOf(
                                50 + c.income() / 5 + raise), "triệu đồng/người/năm"), SRC));
                    }
                    for (int v = 0; v < c.villages(); v++) {
                        ratio(data, commune + "-" + v, "V.1", c.villageValue(), raise, false);
                    }
                    if (c.outcome() > 0) {
                        data.add(RecordedOutcome.of(commune, "commune-ntm", "10", c.outcome() == 1 ? Assessment.MET
                                : Assessment.NOT_MET, LocalDate.of(2024, 6, 1), SRC));
                    }
                }
            }
            return data.build();
        }

        /** A merged commune's share is the sum of its two former communes' parts and wholes. */
        private static void ratio(Dataset.Builder data, String unit, String indicator, int percent, int raise,
                boolean merged) {
            if (percent == MISSING) {
                return;
            }
            long part = Math.min(100, percent + raise);
            Value value = merged ? new Value.Ratio(BigDecimal.valueOf(part + Math.min(100, percent / 2 + raise)),
                    BigDecimal.valueOf(200)) : Value.Ratio.of(part, 100);
            data.add(Observation.of(unit, indicator, 2024, value, SRC));
        }

        StatusRegister register() {
            List<StatusEvent> events = new ArrayList<>();
            int code = 100;
            for (List<CommuneSpec> communes : districts) {
                code++;
                for (CommuneSpec c : communes) {
                    String commune = String.valueOf(code++);
                    if (c.recognised() && KINDS[c.kind()] == UnitKind.COMMUNE) {
                        events.add(StatusEvent.recognised(commune, "commune-ntm", LocalDate.of(2023, 5, 1), "QĐ",
                                "UBND tỉnh"));
                    }
                }
            }
            return StatusRegister.of(events);
        }

        Evaluation evaluate(int raise) {
            return Evaluator.of(set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, official ? CountingMode.OFFICIAL : CountingMode.COMPUTED), snapshot(), data(raise), register());
        }
    }

    /** A percentage or missing, a third of the time at an edge: 0, just below and at a threshold, 100, missing. */
    private static Gen<Integer> percent() {
        int[] edges = {0, 49, 50, 54, 55, 79, 80, 100, MISSING};
        return integers().between(0, MISSING).mix(integers().between(0, edges.length - 1).map(i -> edges[i]), 35);
    }

    private static Gen<CommuneSpec> communes() {
        Gen<int[]> a = integers().between(0, 2).zip(integers().between(0, 3), percent(), integers().between(0, 2),
                (kind, hard, irrigation, flag) -> new int[] {kind, hard, irrigation, flag});
        Gen<int[]> b = percent().zip(percent(), integers().between(0, 2), integers().between(0, 2),
                (income, water, outcome, villages) -> new int[] {income, water, outcome, villages});
        Gen<int[]> c = percent().zip(integers().between(0, 1), integers().between(0, 4),
                (villageValue, recognised, merged) -> new int[] {villageValue, recognised, merged});
        return a.zip(b, c, (x, y, z) -> new CommuneSpec(x[0], x[1] == 3, x[2], x[3], y[0], y[1], y[2], y[3], z[0],
                z[1] == 1, z[2] == 4));
    }

    static Gen<World> worlds() {
        return lists().of(lists().of(communes()).ofSizeBetween(1, 5)).ofSizeBetween(1, 3)
                .zip(integers().between(0, 2), integers().between(0, 1), (d, overlay, mode) -> new World(d, overlay,
                        mode == 1));
    }

    private final AtomicInteger villages = new AtomicInteger();
    private final AtomicInteger overlays = new AtomicInteger();
    private final AtomicInteger outcomes = new AtomicInteger();
    private final AtomicInteger merged = new AtomicInteger();
    private final AtomicInteger notAssessed = new AtomicInteger();
    private final AtomicInteger atThreshold = new AtomicInteger();

    private void count(World w, Evaluation e) {
        villages.addAndGet(e.units(UnitKind.VILLAGE).size());
        overlays.addAndGet(w.overlay() > 0 ? 1 : 0);
        w.districts().forEach(d -> d.forEach(c -> {
            boolean commune = KINDS[c.kind()] == UnitKind.COMMUNE;
            outcomes.addAndGet(commune && c.outcome() > 0 ? 1 : 0);
            merged.addAndGet(commune && c.merged() ? 1 : 0);
            atThreshold.addAndGet(commune && !c.merged() && c.irrigation() == 80 ? 1 : 0);
        }));
        e.units().forEach(u -> u.standards().forEach(s -> notAssessed.addAndGet(
                s.verdict() == Verdict.NOT_ASSESSED ? 1 : 0)));
    }

    @Test
    void indexedLookupsAgreeWithABruteForceScan() {
        qt().withExamples(150).forAll(worlds()).checkAssert(w -> {
            Evaluation e = w.evaluate(0);
            count(w, e);
            Snapshot s = e.snapshot();
            assertThat(e.units()).hasSize(s.size());
            List<String> seen = new ArrayList<>();
            for (UnitResult u : e.units()) {
                u.parent().ifPresent(p -> assertThat(seen).contains(p));
                seen.add(u.unit());
            }
            for (AdminUnit unit : s.units()) {
                UnitResult scanned = e.units().stream().filter(u -> u.unit().equals(unit.code())).findFirst()
                        .orElseThrow();
                assertThat(e.unit(unit.code())).isSameAs(scanned);
                for (Standard standard : e.criteriaSet().standards()) {
                    Optional<StandardResult> byScan = scanned.standards().stream()
                            .filter(r -> r.standard().equals(standard.id())).findFirst();
                    assertThat(e.result(unit.code(), standard.id())).isEqualTo(byScan);
                    assertThat(byScan.isPresent()).isEqualTo(standard.appliesTo(unit.kind()));
                }
                assertThat(e.children(unit.code())).extracting(UnitResult::unit).containsExactlyElementsOf(
                        e.units().stream().filter(u -> u.parent().filter(unit.code()::equals).isPresent())
                                .map(UnitResult::unit).toList());
                assertThat(e.descendants(unit.code())).extracting(UnitResult::unit).containsExactlyInAnyOrderElementsOf(
                        s.descendants(unit.code()).stream().map(AdminUnit::code).toList());
            }
            for (UnitKind kind : UnitKind.values()) {
                assertThat(e.units(kind)).extracting(UnitResult::unit).containsExactlyElementsOf(e.units().stream()
                        .filter(u -> u.kind() == kind).map(UnitResult::unit).toList());
            }
        });
        assertReached();
    }

    @Test
    void evaluationsRoundTripThroughJsonIdentically() {
        qt().withExamples(80).forAll(worlds()).checkAssert(w -> {
            Evaluation e = w.evaluate(0);
            count(w, e);
            StringWriter out = new StringWriter();
            EvaluationJson.write(e, out);
            Evaluation back = EvaluationJson.read(new StringReader(out.toString()), "e.json", e.criteriaSet(),
                    e.snapshot());
            assertThat(back).isEqualTo(e);
            StringWriter again = new StringWriter();
            EvaluationJson.write(back, again);
            assertThat(again.toString()).isEqualTo(out.toString());
        });
        assertReached();
    }

    private static int rank(Verdict v) {
        return v == Verdict.NOT_MET ? 0 : v == Verdict.NOT_ASSESSED ? 1 : 2;
    }

    @Test
    void raisingAValueNeverLowersAVerdict() {
        qt().withExamples(100).forAll(worlds(), integers().between(1, 30)).checkAssert((w, raise) -> {
            Evaluation before = w.evaluate(0);
            Evaluation after = w.evaluate(raise);
            count(w, before);
            for (UnitResult u : before.units()) {
                for (StandardResult r : u.standards()) {
                    Verdict now = after.result(u.unit(), r.standard()).orElseThrow().verdict();
                    assertThat(rank(now)).as(u.unit() + " " + r.standard() + ": " + r.verdict() + " -> " + now)
                            .isGreaterThanOrEqualTo(rank(r.verdict()));
                }
            }
        });
        assertReached();
    }

    private void assertReached() {
        assertThat(villages.get()).as("villages").isGreaterThan(0);
        assertThat(overlays.get()).as("worlds with an overlay").isGreaterThan(0);
        assertThat(outcomes.get()).as("recorded outcomes").isGreaterThan(0);
        assertThat(merged.get()).as("merged communes").isGreaterThan(0);
        assertThat(notAssessed.get()).as("not-assessed results").isGreaterThan(0);
        assertThat(atThreshold.get()).as("irrigation exactly at 80%").isGreaterThan(0);
    }
}
