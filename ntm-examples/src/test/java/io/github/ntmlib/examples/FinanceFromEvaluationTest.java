package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.allocation.CommuneCategory;
import io.github.ntmlib.finance.allocation.CommuneCoefficients;
import io.github.ntmlib.finance.allocation.CommuneStatus;
import io.github.ntmlib.finance.allocation.CommuneStatus.AllCriteriaRule;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finance reads the number of criteria from the set and the criteria met and the official status
 * from the evaluation; Decision 07/2022's bands, made for the 19 criteria of 2021-2025, refuse a
 * commune counted on the 10 criteria of 2026-2030 instead of misplacing it.
 */
class FinanceFromEvaluationTest {

    static CommuneStatus status(String commune, CriteriaSet set, String standard, StandardResult result) {
        return new CommuneStatus(commune, result.count(Verdict.MET),
                set.standard(standard).orElseThrow().criteria().size(), result.isRecognised(), false, false);
    }

    @Test
    void theCriteriaCountComesFromTheSetAndTheBandsRefuseAnotherPeriod() {
        CriteriaRegistry registry = CriteriaRegistry.load();
        StatusRegister recognised = StatusRegister.of(List.of(StatusEvent.recognised("18175",
                NationalCriteria2021.COMMUNE_NTM, LocalDate.of(2023, 6, 1), "MADE-UP QĐ", "Chủ tịch UBND tỉnh")));
        PeriodSwap.Judged y2024 = PeriodSwap.evaluate(registry, GsoLists.haTinh(), 2024, LocalDate.of(2025, 3, 1),
                Dataset.builder().build(), recognised);
        CommuneCoefficients d07 = CommuneCoefficients.decision07of2022();
        CommuneStatus ok = status("18175", y2024.choice().set(), NationalCriteria2021.COMMUNE_NTM,
                y2024.evaluation().result("18175", NationalCriteria2021.COMMUNE_NTM).orElseThrow());
        assertThat(ok.criteriaOfSet()).isEqualTo(19);
        assertThat(ok.recognisedNtm()).isTrue();
        assertThat(d07.category(ok, AllCriteriaRule.BY_OFFICIAL_STATUS)).isEqualTo(CommuneCategory.RECOGNISED_NTM);
        CommuneStatus other = status("18187", y2024.choice().set(), NationalCriteria2021.COMMUNE_NTM,
                y2024.evaluation().result("18187", NationalCriteria2021.COMMUNE_NTM).orElseThrow());
        assertThat(d07.category(other, AllCriteriaRule.BY_OFFICIAL_STATUS))
                .as("no criterion met yet (no data)").isEqualTo(CommuneCategory.UNDER_15_OR_SAFE_ZONE);

        PeriodSwap.Judged y2026 = PeriodSwap.evaluate(registry, GsoLists.haTinh(), 2026, LocalDate.of(2026, 12, 31),
                Dataset.builder().build(), StatusRegister.empty());
        CommuneStatus counted2026 = status("18133", y2026.choice().set(), NationalCriteria2026.COMMUNE_NTM,
                y2026.evaluation().result("18133", NationalCriteria2026.COMMUNE_NTM).orElseThrow());
        assertThat(counted2026.criteriaOfSet()).isEqualTo(10);
        assertThatThrownBy(() -> d07.category(counted2026, AllCriteriaRule.BY_OFFICIAL_STATUS))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("19 criteria")
                .hasMessageContaining("one with 10");
    }
}
