package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Language;

import static io.github.ntmlib.criteria2021.SeedProvinceTest.DATE;
import static io.github.ntmlib.criteria2021.SeedProvinceTest.HA_TINH;
import static io.github.ntmlib.criteria2021.SeedProvinceTest.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the seed's two district reviews from recorded criterion outcomes (the sector
 * departments' ratings) and the official statuses of the communes and thị trấn below.
 */
class SeedDistrictTest {

    private static final LocalDate REVIEW = LocalDate.of(2025, 1, 15);
    // after the commune mergers of 1 Jan 2025, so that merged communes carry their status
    private static final LocalDate EARLIER = LocalDate.of(2025, 1, 10);
    private static final String THACH_HA = "445";
    private static final String CAN_LOC = "443";

    private static RecordedOutcome outcome(String unit, String standard, String code, Assessment a) {
        return RecordedOutcome.of(unit, standard, code, a, REVIEW, SEED);
    }

    /** Records district criteria 1-9 and the satisfaction precondition; nâng cao codes listed as not met. */
    private static void review(Dataset.Builder data, String district, List<String> advancedNotMet, String low,
            String high) {
        for (int i = 1; i <= 9; i++) {
            String code = String.valueOf(i);
            data.add(outcome(district, NationalCriteria2021.DISTRICT_NTM, code, Assessment.MET));
            data.add(advancedNotMet.contains(code)
                    ? outcome(district, NationalCriteria2021.DISTRICT_ADVANCED, code, Assessment.NOT_MET)
                            .withCompletion(new BigDecimal(low), new BigDecimal(high))
                    : outcome(district, NationalCriteria2021.DISTRICT_ADVANCED, code, Assessment.MET));
        }
        data.add(outcome(district, NationalCriteria2021.DISTRICT_NTM, "P4", Assessment.MET));
    }

    /**
     * Statuses of the units below: every xã NTM (169/169 in the province), the seed's count of
     * nâng cao xã per district (11 in Thạch Hà, 8 in Can Lộc; the first by code stand for them),
     * Thạch Hà's two thị trấn văn minh, Can Lộc's two (Nghèn, Đồng Lộc) not.
     */
    private static StatusRegister register() {
        List<StatusEvent> events = new ArrayList<>();
        for (String district : List.of(THACH_HA, CAN_LOC)) {
            List<AdminUnit> communes = HA_TINH.descendants(district, UnitKind.COMMUNE);
            communes.forEach(c -> events.add(StatusEvent.recognised(c.code(), NationalCriteria2021.COMMUNE_NTM, EARLIER,
                    "QĐ/UBND", "Chủ tịch UBND tỉnh")));
            communes.stream().limit(district.equals(THACH_HA) ? 11 : 8).forEach(c -> events.add(StatusEvent.recognised(
                    c.code(), NationalCriteria2021.COMMUNE_ADVANCED, EARLIER, "QĐ/UBND", "Chủ tịch UBND tỉnh")));
        }
        HA_TINH.descendants(THACH_HA, UnitKind.TOWNSHIP).forEach(t -> events.add(StatusEvent.recognised(t.code(),
                NationalCriteria2021.CIVILISED_URBAN, EARLIER, "QĐ/UBND", "UBND huyện")));
        return StatusRegister.of(events);
    }

    private static Evaluation evaluate() {
        Dataset.Builder data = Dataset.builder();
        review(data, THACH_HA, List.of("1", "2", "5", "7", "8"), "60", "85");
        review(data, CAN_LOC, List.of("2", "5", "6", "7", "8", "9"), "60", "70");
        return Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.OFFICIAL), HA_TINH, data.build(), register());
    }

    private static long numberedMet(StandardResult r) {
        return r.criteria().stream().filter(c -> c.code().matches("[1-9]") && c.verdict() == Verdict.MET).count();
    }

    @Test
    void thachHaMeetsTheNineDistrictCriteriaAndFourOfNineNangCao() {
        Evaluation e = evaluate();
        StandardResult ntm = e.result(THACH_HA, NationalCriteria2021.DISTRICT_NTM).orElseThrow();
        assertThat(numberedMet(ntm)).isEqualTo(9);
        assertThat(ntm.criteria().stream().filter(c -> c.code().matches("[1-9]")))
                .allSatisfy(c -> assertThat(c.origin()).isEqualTo(Origin.RECORDED));
        assertThat(ntm.verdict()).as(ntm.explanation(Language.ENGLISH)).isEqualTo(Verdict.MET);

        StandardResult advanced = e.result(THACH_HA, NationalCriteria2021.DISTRICT_ADVANCED).orElseThrow();
        assertThat(numberedMet(advanced)).isEqualTo(4);
        List<CriterionResult> notMet = advanced.criteria().stream()
                .filter(c -> c.code().matches("[1-9]") && c.verdict() == Verdict.NOT_MET).toList();
        assertThat(notMet).extracting(CriterionResult::code).containsExactly("1", "2", "5", "7", "8");
        assertThat(notMet).allSatisfy(c -> assertThat(c.explanation(Language.ENGLISH)).contains("60-85% of the requirement"));
        assertThat(advanced.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void canLocIsNotDistrictNtmBecauseTwoThiTranAreNotVanMinhAndMeetsThreeOfNineNangCao() {
        Evaluation e = evaluate();
        StandardResult ntm = e.result(CAN_LOC, NationalCriteria2021.DISTRICT_NTM).orElseThrow();
        assertThat(numberedMet(ntm)).isEqualTo(9);
        assertThat(ntm.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(ntm.criteria().stream().filter(c -> c.verdict() != Verdict.MET))
                .extracting(CriterionResult::code).containsExactly("P3");
        assertThat(ntm.criterion("P3").orElseThrow().explanation(Language.ENGLISH)).contains("0/2", "2 more needed");
        assertThat(ntm.criterion("P2").orElseThrow().explanation(Language.ENGLISH)).contains("8/15");

        StandardResult advanced = e.result(CAN_LOC, NationalCriteria2021.DISTRICT_ADVANCED).orElseThrow();
        assertThat(numberedMet(advanced)).isEqualTo(3);
        assertThat(advanced.criteria().stream().filter(c -> c.code().matches("[1-9]") && c.verdict() == Verdict.MET))
                .extracting(CriterionResult::code).containsExactly("1", "3", "4");
        assertThat(advanced.explanation(Language.ENGLISH)).contains("requires district (huyện) NTM, which is not met");
    }
}
