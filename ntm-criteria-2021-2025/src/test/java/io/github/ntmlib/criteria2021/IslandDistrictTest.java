package io.github.ntmlib.criteria2021;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Subdivision;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the standard for districts without commune-level units (Decision 211/QĐ-TTg of 2024)
 * was judged for every huyện, also one with xã under it. On the national list of 1 March 2025 it
 * now applies exactly to the huyện with no commune-level unit (the island districts), and the
 * district NTM standard exactly to the others.
 */
class IslandDistrictTest {

    @Test
    void theNoCommunesStandardAppliesExactlyToTheIslandDistricts() {
        CriteriaSet set = NationalCriteria2021.criteriaSet();
        Standard none = set.standard("district-ntm-no-communes").orElseThrow();
        Standard ntm = set.standard(NationalCriteria2021.DISTRICT_NTM).orElseThrow();
        assertThat(none.subdivision()).isEqualTo(Subdivision.WITHOUT_COMMUNES);
        assertThat(ntm.subdivision()).isEqualTo(Subdivision.WITH_COMMUNES);
        Snapshot nation = GsoLists.vietnam().asOf(GsoLists.NATIONAL_FIRST_LIST);
        List<AdminUnit> islands = nation.units(UnitKind.RURAL_DISTRICT).stream()
                .filter(d -> !Standard.hasCommunes(d, nation)).toList();
        assertThat(islands).extracting(AdminUnit::name).contains("Huyện Côn Đảo", "Huyện Bạch Long Vĩ",
                "Huyện Cồn Cỏ", "Huyện Hoàng Sa");
        Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(LocalDate.of(2025, 6, 30), 2025,
                CountingMode.COMPUTED), nation, Dataset.empty(), StatusRegister.empty());
        int districts = 0;
        for (AdminUnit d : nation.units(UnitKind.RURAL_DISTRICT)) {
            boolean island = islands.contains(d);
            assertThat(e.unit(d.code()).standard(none.id()).isPresent()).as(d.name()).isEqualTo(island);
            assertThat(e.unit(d.code()).standard(ntm.id()).isPresent()).as(d.name()).isEqualTo(!island);
            districts++;
        }
        assertThat(districts).isGreaterThan(400);
    }
}
