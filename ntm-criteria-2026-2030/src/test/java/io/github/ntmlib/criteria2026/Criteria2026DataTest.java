package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.engine.EvaluationException;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.criteria2026.internal.Criteria2026Plugin;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** What the 2026-2030 module encodes of Decision 51/2025, and what it declares without encoding. */
class Criteria2026DataTest {

    private static final CriteriaSet SET = NationalCriteria2026.criteriaSet();

    private static Standard standard(String id) {
        return SET.standard(id).orElseThrow();
    }

    @Test
    void theCommuneStandardHasTheTenCriteriaOfDecision51InOrder() {
        Standard commune = standard(NationalCriteria2026.COMMUNE_NTM);
        assertThat(commune.criteria()).extracting(Criterion::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(commune.criteria()).hasSize(NationalCriteria2026.CRITERIA);
        assertThat(commune.criterion("1").orElseThrow().labels().vietnamese()).isEqualTo("Quy hoạch");
        assertThat(commune.criterion("7").orElseThrow().labels().vietnamese())
                .isEqualTo("Khoa học, công nghệ và chuyển đổi số");
        assertThat(commune.criterion("10").orElseThrow().labels().vietnamese())
                .isEqualTo("Tiếp cận pháp luật, quốc phòng và an ninh");
        assertThat(commune.appliesTo()).containsExactly(UnitKind.COMMUNE);
        assertThat(commune.provenance().note()).contains("47 indicators");
    }

    @Test
    void noThresholdIsEncodedAndEveryOneSaysWhy() {
        SET.indicators().values().forEach(m -> m.values().forEach(i -> i.rules().forEach(r -> {
            assertThat(r.threshold().status()).isEqualTo(ThresholdStatus.NOT_ENCODED);
            assertThat(r.threshold().value()).isEmpty();
            assertThat(r.threshold().provenance().document()).startsWith("51/2025/QĐ-TTg");
        })));
    }

    @Test
    void theModernCommunePilotAndTheProvinceConditionsAreDeclaredStandards() {
        assertThat(standard(NationalCriteria2026.MODERN_COMMUNE_PILOT).nestedIn())
                .contains(NationalCriteria2026.COMMUNE_NTM);
        assertThat(standard(NationalCriteria2026.MODERN_COMMUNE_PILOT).provenance().part()).isEqualTo("Phụ lục II");
        assertThat(standard(NationalCriteria2026.PROVINCE_COMPLETED).provenance().part()).isEqualTo("Phụ lục III");
        assertThat(standard(NationalCriteria2026.PROVINCE_COMPLETED).appliesTo())
                .containsExactlyInAnyOrder(UnitKind.PROVINCE, UnitKind.CENTRAL_CITY);
        assertThat(SET.standards()).hasSize(3);
    }

    @Test
    void thePluginIsFoundAndPickedFor2026DataOnThisPath() {
        assertThat(new Criteria2026Plugin().criteriaSets()).containsExactly(SET);
        assertThat(new Criteria2026Plugin().schemes()).contains(NationalCriteria2026.COMMUNE_GROUP,
                NationalCriteria2026.COMMUNE_GROUP_BASIS);
        CriteriaRegistry registry = CriteriaRegistry.load();
        assertThat(registry.byId(NationalCriteria2026.SET_ID)).isSameAs(SET);
        assertThat(registry.forDataYear(2026)).isSameAs(SET);
        assertThat(registry.pick(2026, LocalDate.of(2026, 12, 31)).plugin()).isEqualTo("ntm-criteria-2026-2030");
        assertThatThrownBy(() -> registry.pick(2026, LocalDate.of(2026, 2, 14)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("vn-2026-2030")
                .hasMessageContaining("outside the accepted dates");
        assertThatThrownBy(() -> registry.pick(2025, LocalDate.of(2026, 3, 1)))
                .as("2025 data belong to the 2021-2025 plugin, not on this module's path")
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("outside the data years 2026-2030");
    }

    @Test
    void theEvaluatorRefusesDataOutsideThePeriod() {
        assertThatThrownBy(() -> io.github.ntmlib.core.engine.Evaluator.of(SET).prepare(
                io.github.ntmlib.core.engine.EvaluationRequest.of(LocalDate.of(2026, 3, 1), 2025,
                        io.github.ntmlib.core.criteria.CountingMode.COMPUTED),
                io.github.ntmlib.core.locality.Snapshot.of(LocalDate.of(2026, 3, 1), java.util.List.of()),
                io.github.ntmlib.core.data.Dataset.empty(), io.github.ntmlib.core.data.StatusRegister.empty()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("outside the period")
                .hasMessageContaining("outside the data years 2026-2030");
    }
}
