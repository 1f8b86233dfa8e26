package io.github.ntmlib.examples;

import io.github.ntmlib.base.Language;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's engine example, kept compiling and true. */
class ReadmeEngineExampleTest {

    @Test
    void theReadmeEngineExampleRuns() {
        List<StatusEvent> recognitions = new ArrayList<>();
        Snapshot haTinh0 = GsoLists.haTinh().asOf(LocalDate.of(2024, 12, 31));
        List<AdminUnit> communes = haTinh0.descendants("42", UnitKind.COMMUNE);
        for (int i = 0; i < 69; i++) {
            recognitions.add(StatusEvent.recognised(communes.get(i).code(), "commune-advanced",
                    LocalDate.of(2023, 12, 20), "QĐ " + i, "Chủ tịch UBND tỉnh"));
        }
        // --- README ---
        CriteriaRegistry registry = CriteriaRegistry.load();                // every plugin on the path
        CriteriaSet set = registry.pick(2024, LocalDate.of(2024, 12, 31)).set(); // vn-2021-2025, by data year
        Snapshot haTinh = registry.classify(GsoLists.haTinh().asOf(LocalDate.of(2024, 12, 31))); // + NTM regions
        Dataset data = Dataset.builder()
                .add(Observation.of("18409", "3.1", 2024, Value.Ratio.of(799, 1000),
                        DataSource.of("Sở NN&PTNT Hà Tĩnh", "Báo cáo 2024")))
                .build();
        StatusRegister register = StatusRegister.of(recognitions);        // decisions from your database
        Evaluation result = Evaluator.of(set).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.OFFICIAL), haTinh, data, register);
        CriterionResult irrigation = result.result("18409", NationalCriteria2021.COMMUNE_NTM).orElseThrow()
                .criterion("3").orElseThrow();
        Set<Reason> reasons = irrigation.reasons();                      // [THRESHOLD_NOT_ENCODED, NO_DATA]
        String why = irrigation.explanation(Language.ENGLISH);           // "3.1: 799/1,000 = 79.9%; threshold not encoded
                                                                         //  (regional: ntm-region-2021-2025 = BAC_TRUNG_BO ..."
        Tally advanced = Tallies.of(result).tally("42", NationalCriteria2021.COMMUNE_ADVANCED,
                Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
        String line = advanced.format(CountingMode.OFFICIAL, "NTM nâng cao", 1, Figures.VI);
        // --- end ---
        assertThat(why).contains("3.1: 799/1,000 = 79.9%; threshold not encoded").contains("BAC_TRUNG_BO");
        assertThat(reasons).containsExactlyInAnyOrder(Reason.THRESHOLD_NOT_ENCODED, Reason.NO_DATA);
        assertThat(line).startsWith("69/182 xã được công nhận đạt chuẩn NTM nâng cao (đạt 37,9%)");
    }
}
