package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The swap: one code path, the plugin chosen by data year and date, both periods in one report. */
class PeriodSwapTest {

    @Test
    void theSameCodeJudges2024With2021To2025And2026With2026To2030() {
        CriteriaRegistry registry = CriteriaRegistry.load();
        PeriodSwap.Judged y2024 = PeriodSwap.evaluate(registry, GsoLists.haTinh(), 2024, LocalDate.of(2025, 3, 1),
                Dataset.builder().build(), StatusRegister.empty());
        PeriodSwap.Judged y2025 = PeriodSwap.evaluate(registry, GsoLists.haTinh(), 2025, LocalDate.of(2026, 3, 1),
                Dataset.builder().build(), StatusRegister.empty());
        PeriodSwap.Judged y2026 = PeriodSwap.evaluate(registry, GsoLists.haTinh(), 2026, LocalDate.of(2026, 12, 31),
                Dataset.builder().build(), StatusRegister.empty());
        assertThat(y2024.choice().set().id()).isEqualTo("vn-2021-2025");
        assertThat(y2024.choice().plugin()).isEqualTo("ntm-criteria-2021-2025");
        assertThat(y2025.choice().set().id()).as("2025 results judged in 2026").isEqualTo("vn-2021-2025");
        assertThat(y2025.choice().reason()).contains("transitional rule");
        assertThat(y2026.choice().set().id()).isEqualTo("vn-2026-2030");
        assertThat(y2026.choice().plugin()).isEqualTo("ntm-criteria-2026-2030");
        // the 2021-2025 evaluation sees the old units (districts) with their NTM region, the 2026 one the new units
        assertThat(y2024.evaluation().result("18175", "commune-ntm")).isPresent();
        assertThat(y2024.evaluation().snapshot().classification("18175",
                io.github.ntmlib.criteria2021.NationalCriteria2021.NTM_REGION)).contains("BAC_TRUNG_BO");
        assertThat(y2026.evaluation().result("18133", "commune-ntm").orElseThrow().criteria()).hasSize(10);
        assertThat(y2026.evaluation().snapshot().contains("18175")).isFalse();
    }

    @Test
    void theReportPutsTheCarriedOverStatusBesideTheNewAssessment() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String line = PeriodSwap.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(line).startsWith("18133 | 2021-2025 commune-ntm: 4/4 predecessors")
                .contains("carried over", "Phố Châu", "| 2026-2030 commune-ntm: ")
                .contains(Verdict.NOT_MET.label(io.github.ntmlib.base.Language.ENGLISH))
                .contains("6 met, 1 not met, 3 not assessed of 10");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("2024 data: criteria set vn-2021-2025",
                "2026 data: criteria set vn-2026-2030");
    }
}
