package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Language;

import io.github.ntmlib.base.InvalidDataException;

import static io.github.ntmlib.core.engine.SmallSet.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.Snapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineExampleTest {

    private static final DataSource SRC = DataSource.of("Sở NN&PTNT", "BC 1/2024");
    private final Snapshot snapshot = SmallSet.snapshot();
    private final Evaluator evaluator = Evaluator.of(SmallSet.set());

    static Observation ratio(String unit, String indicator, long part, long whole) {
        return Observation.of(unit, indicator, 2024, Value.Ratio.of(part, whole), SRC);
    }

    static Observation flag(String unit, String indicator, boolean met) {
        return Observation.of(unit, indicator, 2024, new Value.Flag(met), SRC);
    }

    static Observation income(String unit, String amount) {
        return Observation.of(unit, "10.1", 2024, new Value.Quantity(new BigDecimal(amount), "triệu đồng/người/năm"), SRC);
    }

    private static List<Observation> full(String unit) {
        return List.of(ratio(unit, "3.1", 80, 100), flag(unit, "3.2", true), income(unit, "61"),
                ratio(unit, "17.1", 60, 100));
    }

    private Evaluation evaluate(Dataset data, StatusRegister register, CountingMode mode) {
        return evaluator.evaluate(EvaluationRequest.of(DATE, 2024, mode), snapshot, data, register);
    }

    @Test
    void thresholdsAreComparedExactlyAndExplained() {
        Dataset data = Dataset.builder().add(ratio("1", "3.1", 799, 1000)).add(flag("1", "3.2", true))
                .add(income("1", "61")).add(ratio("2", "3.1", 80, 100)).add(flag("2", "3.2", true))
                .add(income("2", "60")).build();
        Evaluation e = evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED);
        CriterionResult c1 = e.result("1", "commune-ntm").orElseThrow().criterion("3").orElseThrow();
        assertThat(c1.verdict()).isEqualTo(Verdict.NOT_MET);
        IndicatorTrace t = c1.indicators().get(0);
        assertThat(t.explanation(Language.ENGLISH)).contains("799/1,000 = 79.9% does not meet ≥ 80%, short by 0.1 percentage points").contains("Test decision 1/QĐ");
        assertThat(t.distance()).contains(new BigDecimal("0.1"));
        assertThat(t.observation().orElseThrow().source()).isEqualTo(SRC);
        assertThat(e.result("2", "commune-ntm").orElseThrow().verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void theEffectiveRegionOverrideSelectsTheNorthernMountainThreshold() {
        Dataset data = Dataset.builder().add(ratio("3", "3.1", 75, 100)).add(flag("3", "3.2", true))
                .add(income("3", "61")).add(ratio("4", "3.1", 75, 100)).add(flag("4", "3.2", true))
                .add(income("4", "61")).build();
        Evaluation e = evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED);
        assertThat(e.result("3", "commune-ntm").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(e.result("4", "commune-ntm").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void yearSelectsTheThreshold() {
        Dataset data = Dataset.builder().add(Observation.of("1", "10.1", 2025,
                new Value.Quantity(new BigDecimal("62"), "triệu đồng/người/năm"), SRC)).build();
        Evaluation e = evaluator.evaluate(EvaluationRequest.of(LocalDate.of(2025, 6, 1), 2025, CountingMode.COMPUTED), snapshot, data, StatusRegister.empty());
        assertThat(e.result("1", "commune-ntm").orElseThrow().criterion("10").orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void missingDataAndUnsetThresholdsAreNotAssessed() {
        Dataset data = Dataset.builder().add(ratio("1", "3.1", 90, 100)).build();
        Evaluation e = evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED);
        StandardResult ntm = e.result("1", "commune-ntm").orElseThrow();
        assertThat(ntm.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(ntm.criterion("3").orElseThrow().explanation(Language.ENGLISH)).contains("3.2: no data");
        StandardResult model = e.result("1", "commune-model").orElseThrow();
        assertThat(model.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(model.criterion("1").orElseThrow().explanation(Language.ENGLISH)).contains("set by the province");
    }

    @Test
    void recordedOutcomesTakeThePlaceOfIndicatorsAndSaySo() {
        RecordedOutcome basically = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.BASICALLY_MET,
                LocalDate.of(2024, 11, 1), SRC).withCompletion(new BigDecimal("60"), new BigDecimal("85"));
        Dataset data = Dataset.builder().addAll(full("1")).add(basically).build();
        CriterionResult c = evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED)
                .result("1", "commune-ntm").orElseThrow().criterion("3").orElseThrow();
        assertThat(c.origin()).isEqualTo(Origin.RECORDED);
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(c.explanation(Language.ENGLISH)).contains("basically met (cơ bản đạt), 60-85% of the requirement");
        assertThat(c.recorded()).contains(basically);
    }

    @Test
    void standardsNestAndApplyOnlyToTheirKinds() {
        Dataset data = Dataset.builder().addAll(full("1")).add(ratio("2", "17.1", 90, 100)).build();
        Evaluation e = evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED);
        assertThat(e.result("1", "commune-advanced").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        StandardResult two = e.result("2", "commune-advanced").orElseThrow();
        assertThat(two.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(two.explanation(Language.ENGLISH)).contains("requires commune NTM");
        assertThat(e.result("6", "commune-ntm")).isEmpty();
        assertThat(e.result("5", "commune-ntm")).isEmpty();
        assertThat(e.result("1", "civilised-urban")).isEmpty();
        assertThat(e.result("6", "civilised-urban")).isPresent();
    }

    @Test
    void aggregatesCountOfficialStatusesOrComputedAttainmentExplicitly() {
        Dataset.Builder b = Dataset.builder();
        for (String c : List.of("1", "2", "3", "4")) {
            b.addAll(full(c));
        }
        b.add(flag("5", "3.2", true));
        Dataset data = b.build();
        List<StatusEvent> events = new ArrayList<>();
        for (String c : List.of("1", "2", "3")) {
            events.add(StatusEvent.recognised(c, "commune-ntm", LocalDate.of(2024, 3, 1), "1/QĐ-UBND", "UBND tỉnh"));
        }
        StatusRegister register = StatusRegister.of(events);
        Evaluation computed = evaluate(data, register, CountingMode.COMPUTED);
        Evaluation official = evaluate(data, register, CountingMode.OFFICIAL);
        assertThat(computed.result("445", "district-ntm").orElseThrow().criterion("P1").orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        CriterionResult p1 = official.result("445", "district-ntm").orElseThrow().criterion("P1").orElseThrow();
        assertThat(p1.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(p1.aggregate().orElseThrow().needed()).isEqualTo(1);
        assertThat(p1.explanation(Language.ENGLISH)).contains("all communes NTM: 3/4 xã recognised (75%), required ≥ 100%").contains("1 more needed");
        assertThat(official.result("1", "commune-ntm").orElseThrow().isRecognised()).isTrue();
        assertThat(official.result("4", "commune-ntm").orElseThrow().isRecognised()).isFalse();
    }

    @Test
    void badInputIsATypedErrorNamingUnitAndIndicator() {
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(ratio("999", "3.1", 1, 2)).build(),
                StatusRegister.empty(), CountingMode.COMPUTED)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("[999]").hasMessageContaining("unknown unit");
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(ratio("1", "9.9", 1, 2)).build(),
                StatusRegister.empty(), CountingMode.COMPUTED)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("unknown indicator");
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(flag("1", "3.1", true)).build(),
                StatusRegister.empty(), CountingMode.COMPUTED)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("wrong kind");
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(ratio("1", "3.1", 101, 100)).build(),
                StatusRegister.empty(), CountingMode.COMPUTED)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("exceeds the whole");
        assertThatThrownBy(() -> Value.Ratio.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluator.evaluate(EvaluationRequest.of(LocalDate.of(2026, 6, 1), 2026, CountingMode.COMPUTED), snapshot, Dataset.empty(), StatusRegister.empty())).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("outside the period");
        assertThatThrownBy(() -> Dataset.builder().add(ratio("1", "3.1", 80, 100)).add(ratio("1", "3.1", 81, 100)))
                .isInstanceOf(io.github.ntmlib.base.InvalidDataException.class).hasMessageContaining("two values");
    }

    @Test
    void resultsRoundTripThroughJson() {
        RecordedOutcome basically = RecordedOutcome.of("2", "commune-ntm", "10", Assessment.BASICALLY_MET,
                LocalDate.of(2024, 11, 1), SRC).withCompletion(new BigDecimal("60"), new BigDecimal("85"));
        Dataset data = Dataset.builder().addAll(full("1")).add(basically)
                .add(Observation.of("2", "3.1", 2024, Value.Ratio.of(1, 3), SRC)).build();
        StatusRegister register = StatusRegister.of(List.of(StatusEvent.recognised("1", "commune-ntm",
                LocalDate.of(2024, 3, 1), "1/QĐ-UBND", "UBND tỉnh")));
        Evaluation e = evaluate(data, register, CountingMode.OFFICIAL);
        java.io.StringWriter out = new java.io.StringWriter();
        io.github.ntmlib.core.report.io.EvaluationJson.write(e, out);
        assertThat(out.toString()).startsWith("{\"schema\":\"ntm.evaluation/3\",\"form\":\"full\"");
        Evaluation back = io.github.ntmlib.core.report.io.EvaluationJson.read(new java.io.StringReader(out.toString()),
                "e.json", e.criteriaSet(), e.snapshot());
        assertThat(back).isEqualTo(e);
    }

    @Test
    void oneEvaluatorServesConcurrentEvaluations() throws Exception {
        Dataset data = Dataset.builder().addAll(full("1")).addAll(full("2")).build();
        Evaluation expected = evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Evaluation>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> evaluate(data, StatusRegister.empty(), CountingMode.COMPUTED)));
            }
            for (java.util.concurrent.Future<Evaluation> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
