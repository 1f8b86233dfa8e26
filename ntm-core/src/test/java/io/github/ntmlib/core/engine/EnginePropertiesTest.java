package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.report.io.EvaluationJson;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property tests (QuickTheories) of the engine over generated hierarchies and data. */
class EnginePropertiesTest {

    private static final int EXAMPLES = 150;
    private static final DataSource SRC = DataSource.of("test", "generated");
    private static final UnitKind[] COMMUNE_KINDS = {UnitKind.COMMUNE, UnitKind.COMMUNE, UnitKind.COMMUNE,
        UnitKind.TOWNSHIP, UnitKind.WARD};
    private final Evaluator evaluator = Evaluator.of(SmallSet.set());

    /** A world: a hierarchy, its data and its register, from a seed. */
    private static final class World {
        final Snapshot snapshot;
        final List<Observation> observations = new ArrayList<>();
        final List<StatusEvent> events = new ArrayList<>();

        World(long seed) {
            Random r = new Random(seed);
            LocalDate d = LocalDate.of(2020, 1, 1);
            List<AdminUnit> units = new ArrayList<>();
            units.add(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, d)
                    .withClassification(TestSchemes.REGION, "BAC_TRUNG_BO"));
            int code = 100;
            int districts = 1 + r.nextInt(3);
            for (int i = 0; i < districts; i++) {
                String district = String.valueOf(code++);
                UnitKind districtKind = SmallSet.districtKind(i);
                units.add(AdminUnit.of(district, districtKind.namePrefixes().get(0) + " " + district, districtKind,
                        "42", d));
                int communes = 1 + r.nextInt(6);
                for (int c = 0; c < communes; c++) {
                    String commune = String.valueOf(code++);
                    UnitKind kind = SmallSet.lawful(COMMUNE_KINDS[r.nextInt(COMMUNE_KINDS.length)], districtKind);
                    AdminUnit unit = AdminUnit.of(commune, kind.namePrefixes().get(0) + " " + commune, kind, district, d);
                    if (r.nextInt(4) == 0) {
                        unit = unit.withClassification(TestSchemes.EXTREMELY_DIFFICULT, "true");
                    }
                    units.add(unit);
                    if (r.nextInt(5) > 0 && kind == UnitKind.COMMUNE) {
                        observations.add(Observation.of(commune, "3.1", 2024, Value.Ratio.of(r.nextInt(101), 100), SRC));
                    }
                    if (r.nextInt(5) > 0) {
                        observations.add(Observation.of(commune, "3.2", 2024, new Value.Flag(r.nextInt(4) > 0), SRC));
                    }
                    if (r.nextInt(5) > 0 && kind == UnitKind.COMMUNE) {
                        observations.add(Observation.of(commune, "10.1", 2024, new Value.Quantity(
                                BigDecimal.valueOf(50 + r.nextInt(20)), "triệu đồng/người/năm"), SRC));
                    }
                    if (r.nextInt(5) > 0 && kind == UnitKind.COMMUNE) {
                        observations.add(Observation.of(commune, "17.1", 2024, Value.Ratio.of(r.nextInt(101), 100), SRC));
                    }
                    if (r.nextBoolean() && kind == UnitKind.COMMUNE) {
                        events.add(StatusEvent.recognised(commune, "commune-ntm", d.plusDays(r.nextInt(1500)), "QĐ",
                                "UBND tỉnh"));
                    }
                }
            }
            snapshot = Snapshot.of(d, units);
        }

        Dataset data() {
            return Dataset.builder().addAll(observations).build();
        }

        StatusRegister register() {
            return StatusRegister.of(events);
        }
    }

    private Evaluation evaluate(World w, Dataset data, CountingMode mode) {
        return evaluator.evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, mode), w.snapshot, data, w.register());
    }

    @Test
    void raisingAValueCheckedByAtLeastNeverLowersAnAttainment() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 1000), integers().between(1, 30))
                .checkAssert((seed, pick, raise) -> {
                    World w = new World(seed);
                    List<Observation> raisable = new ArrayList<>();
                    for (Observation o : w.observations) {
                        if (!(o.value() instanceof Value.Flag)) {
                            raisable.add(o);
                        }
                    }
                    if (raisable.isEmpty()) {
                        return;
                    }
                    Observation chosen = raisable.get(pick % raisable.size());
                    List<Observation> raised = new ArrayList<>(w.observations);
                    raised.set(raised.indexOf(chosen), Observation.of(chosen.unit(), chosen.indicator(), chosen.year(),
                            raise(chosen.value(), raise), SRC));
                    for (CountingMode mode : CountingMode.values()) {
                        Evaluation before = evaluate(w, w.data(), mode);
                        Evaluation after = evaluate(w, Dataset.builder().addAll(raised).build(), mode);
                        for (UnitResult u : before.units()) {
                            for (StandardResult s : u.standards()) {
                                Verdict now = after.result(u.unit(), s.standard()).orElseThrow().verdict();
                                assertThat(rank(now)).as("%s %s", u.unit(), s.standard())
                                        .isGreaterThanOrEqualTo(rank(s.verdict()));
                            }
                        }
                    }
                });
    }

    private static Value raise(Value value, int by) {
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            BigDecimal part = r.numerator().add(BigDecimal.valueOf(by)).min(r.denominator());
            return new Value.Ratio(part, r.denominator());
        }
        Value.Quantity q = (Value.Quantity) value;
        return new Value.Quantity(q.amount().add(BigDecimal.valueOf(by)), q.unit());
    }

    private static int rank(Verdict v) {
        return v == Verdict.NOT_MET ? 0 : v == Verdict.NOT_ASSESSED ? 1 : 2;
    }

    @Test
    void attainedStandardsNest() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            World w = new World(seed);
            Evaluation e = evaluate(w, w.data(), CountingMode.COMPUTED);
            for (UnitResult u : e.units()) {
                if (u.standard("commune-model").map(StandardResult::isAttained).orElse(false)) {
                    assertThat(u.standard("commune-advanced").orElseThrow().isAttained()).isTrue();
                }
                if (u.standard("commune-advanced").map(StandardResult::isAttained).orElse(false)) {
                    assertThat(u.standard("commune-ntm").orElseThrow().isAttained()).isTrue();
                }
            }
        });
    }

    @Test
    void aParentsTallyIsTheSumOfItsChildrensTallies() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            World w = new World(seed);
            Evaluation e = evaluate(w, w.data(), CountingMode.COMPUTED);
            Tallies tallies = Tallies.of(e);
            Set<UnitKind> kinds = Set.of(UnitKind.COMMUNE);
            for (String standard : List.of("commune-ntm", "commune-advanced", "commune-model")) {
                Tally whole = tallies.tally("42", standard, Tally.Scope.DESCENDANTS, kinds);
                int total = 0;
                int recognised = 0;
                int attained = 0;
                for (AdminUnit child : w.snapshot.children("42")) {
                    Tally part = tallies.tally(child.code(), standard, Tally.Scope.DESCENDANTS, kinds);
                    total += part.total();
                    recognised += part.recognised();
                    attained += part.attained();
                }
                assertThat(whole.total()).isEqualTo(total);
                assertThat(whole.recognised()).isEqualTo(recognised);
                assertThat(whole.attained()).isEqualTo(attained);
            }
        });
    }

    @Test
    void shufflingInputRowsChangesNothing() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), longs().all()).checkAssert((seed, shuffle) -> {
            World w = new World(seed);
            List<Observation> rows = new ArrayList<>(w.observations);
            Collections.shuffle(rows, new Random(shuffle));
            List<StatusEvent> events = new ArrayList<>(w.events);
            Collections.shuffle(events, new Random(shuffle));
            for (CountingMode mode : CountingMode.values()) {
                Evaluation a = evaluate(w, w.data(), mode);
                Evaluation b = evaluator.evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, mode), w.snapshot, Dataset.builder().addAll(rows).build(), StatusRegister.of(events));
                assertThat(b).isEqualTo(a);
            }
        });
    }

    @Test
    void missingDataNeverProducesMet() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            World w = new World(seed);
            for (Evaluation e : List.of(evaluate(w, w.data(), CountingMode.COMPUTED),
                    evaluate(w, Dataset.empty(), CountingMode.COMPUTED))) {
                for (UnitResult u : e.units()) {
                    for (StandardResult s : u.standards()) {
                        for (CriterionResult c : s.criteria()) {
                            for (IndicatorTrace t : c.indicators()) {
                                if (t.observation().isEmpty()) {
                                    assertThat(t.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
                                }
                            }
                            if (!c.indicators().isEmpty() && c.indicators().stream().anyMatch(t -> t.observation().isEmpty())) {
                                assertThat(c.verdict()).isNotEqualTo(Verdict.MET);
                            }
                        }
                    }
                }
            }
            Evaluation empty = evaluate(w, Dataset.empty(), CountingMode.COMPUTED);
            for (UnitResult u : empty.units()) {
                u.standards().stream().filter(s -> !s.standard().equals("district-ntm"))
                        .forEach(s -> assertThat(s.verdict()).isNotEqualTo(Verdict.MET));
            }
        });
    }

    @Test
    void printedSharesAreWithinHalfAUnitOfTheLastDigit() {
        qt().withExamples(500).forAll(integers().between(0, 100_000), integers().between(1, 100_000),
                integers().between(0, 4)).checkAssert((part, whole, decimals) -> {
                    BigDecimal exact = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(whole), 30, java.math.RoundingMode.HALF_EVEN);
                    BigDecimal printed = Figures.percent(part, whole, decimals);
                    BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
                    assertThat(printed.subtract(exact).abs()).isLessThanOrEqualTo(half);
                    assertThat(printed.scale()).isEqualTo(decimals);
                    String text = Figures.formatPercent(part, whole, decimals, Figures.VI);
                    assertThat(new BigDecimal(text.replace("%", "").replace(".", "").replace(',', '.')))
                            .isEqualByComparingTo(printed);
                });
    }

    @Test
    void evaluationsRoundTripThroughJson() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            World w = new World(seed);
            Evaluation e = evaluate(w, w.data(), seed % 2 == 0 ? CountingMode.COMPUTED : CountingMode.OFFICIAL);
            StringWriter out = new StringWriter();
            EvaluationJson.write(e, out);
            assertThat(EvaluationJson.read(new StringReader(out.toString()), "e.json", e.criteriaSet(), e.snapshot())).isEqualTo(e);
        });
    }
}
