package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.UnknownStandardException;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Swapping criteria sets: the same data evaluated with the national set and with a made-up one. */
class CriteriaSwapTest {

    private static final LocalDate DATE = LocalDate.of(2024, 12, 31);

    @Test
    void theSameDataIsJudgedByEitherSetThroughTheSameSpi() {
        // the plugins found by ServiceLoader, plus the test plugin, through the same interface
        List<io.github.ntmlib.core.criteria.spi.CriteriaPlugin> plugins = new java.util.ArrayList<>(
                CriteriaRegistry.load().plugins());
        plugins.add(new MadeUpCriteriaProvider());
        CriteriaRegistry registry = CriteriaRegistry.load(plugins);
        assertThat(registry.all()).extracting(s -> s.id()).contains("vn-2021-2025", MadeUpCriteriaProvider.ID);

        LocalDate d = LocalDate.of(2020, 1, 1);
        Snapshot snapshot = Snapshot.of(d, List.of(AdminUnit.of("42", "Tỉnh Thử", UnitKind.PROVINCE, null, d),
                AdminUnit.of("400", "Huyện Thử", UnitKind.RURAL_DISTRICT, "42", d),
                AdminUnit.of("1", "Xã Thử", UnitKind.COMMUNE, "400", d)));
        DataSource source = DataSource.of("test", "swap");
        Dataset data = Dataset.builder().add(Observation.of("1", "3.1", 2024, Value.Ratio.of(75, 100), source))
                .add(Observation.of("1", "3.2", 2024, new Value.Flag(true), source)).build();

        Evaluation national = Evaluator.of(registry.byId("vn-2021-2025")).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.COMPUTED), snapshot, data, StatusRegister.empty());
        Evaluation madeUp = Evaluator.of(registry.byId(MadeUpCriteriaProvider.ID)).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.COMPUTED), snapshot, data, StatusRegister.empty());

        assertThat(national.result("1", "commune-ntm").orElseThrow().criterion("3").orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(madeUp.result("1", "test-commune").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThatThrownBy(() -> madeUp.result("1", "commune-ntm")).isInstanceOf(UnknownStandardException.class);
    }
}
