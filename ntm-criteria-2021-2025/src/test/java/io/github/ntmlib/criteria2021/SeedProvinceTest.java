package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Language;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.AggregateTrace;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.base.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the seed's assessment of Hà Tĩnh against the province "hoàn thành nhiệm vụ" set
 * (Decision 321 as amended) from the seed's own inputs: 5 of 8 requirements met.
 */
class SeedProvinceTest {

    static final LocalDate DATE = LocalDate.of(2025, 3, 1);
    static final DataSource SEED = DataSource.of("UBND tỉnh Hà Tĩnh", "báo cáo kết quả NTM 2024 (seed)");
    static final Snapshot HA_TINH = NationalCriteria2021.classify(GsoLists.haTinh().asOf(DATE));
    private static final LocalDate EARLIER = LocalDate.of(2024, 6, 1);

    /** The province values of the seed. */
    static Dataset provinceValues() {
        return Dataset.builder()
                .add(Observation.of("42", "T1.scheme", 2024, new Value.Flag(true), SEED))
                .add(Observation.of("42", "T2.tree-lined", 2024,
                        new Value.Ratio(new BigDecimal("907.58"), new BigDecimal("1246.15")), SEED))
                .add(Observation.of("42", "T3.green-land", 2024,
                        new Value.Quantity(new BigDecimal("5.27"), "m²/người"), SEED))
                .add(Observation.of("42", "T4.sipas", 2024,
                        new Value.Ratio(new BigDecimal("88.97"), BigDecimal.valueOf(100)), SEED))
                .build();
    }

    /**
     * The seed's statuses: 8/9 huyện NTM (all but Hương Khê, 444), thành phố Hà Tĩnh (436) the
     * one of 3 towns and cities completed, no huyện nâng cao, and 69 communes nâng cao. The seed
     * gives the count of nâng cao communes, not their names: the first 69 xã by code stand for
     * them (only the count enters the province requirement).
     */
    static StatusRegister register() {
        List<StatusEvent> events = new ArrayList<>();
        for (AdminUnit d : HA_TINH.units(UnitKind.RURAL_DISTRICT)) {
            if (!d.code().equals("444")) {
                events.add(StatusEvent.recognised(d.code(), NationalCriteria2021.DISTRICT_NTM, EARLIER, "QĐ/TTg", "Thủ tướng"));
            }
        }
        events.add(StatusEvent.recognised("436", NationalCriteria2021.TOWN_COMPLETED, EARLIER, "QĐ/TTg", "Thủ tướng"));
        HA_TINH.units(UnitKind.COMMUNE).stream().limit(69).forEach(c -> events.add(StatusEvent.recognised(c.code(),
                NationalCriteria2021.COMMUNE_ADVANCED, EARLIER, "QĐ/UBND", "Chủ tịch UBND tỉnh")));
        return StatusRegister.of(events);
    }

    private static StandardResult province(Snapshot snapshot) {
        return Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.OFFICIAL), snapshot, provinceValues(), register()).result("42", NationalCriteria2021.PROVINCE_COMPLETED).orElseThrow();
    }

    private static AggregateTrace trace(StandardResult r, String code) {
        return r.criterion(code).orElseThrow().aggregate().orElseThrow();
    }

    @Test
    void fiveOfEightRequirementsAreMetAndTheOtherThreeAreReportedWithTheirShares() {
        StandardResult r = province(HA_TINH);
        assertThat(r.count(Verdict.MET)).isEqualTo(5);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(List.of("1", "2", "3", "4", "5")).allSatisfy(c ->
                assertThat(r.criterion(c).orElseThrow().verdict()).as(c).isEqualTo(Verdict.MET));
        assertThat(r.criterion("2").orElseThrow().indicators().get(0).explanation(Language.ENGLISH)).contains("72.83%", "≥ 70");
        // the seed counts 69/169 xã (40.8%); the GSO list of 1 March 2025 holds 171 xã, and
        // 69/171 = 40.4% meets ≥ 40% as well
        assertThat(trace(r, "5").count()).isEqualTo(69);
        assertThat(trace(r, "5").total()).isEqualTo(171);

        AggregateTrace districts = trace(r, "6");
        assertThat(districts.count()).isEqualTo(8);
        assertThat(districts.total()).isEqualTo(9);
        assertThat(Figures.percent(districts.count(), districts.total(), 0)).isEqualByComparingTo("89");
        assertThat(r.criterion("6").orElseThrow().explanation(Language.ENGLISH)).contains("8/9", "1 more needed");

        AggregateTrace towns = trace(r, "7");
        assertThat(towns.count()).isEqualTo(1);
        assertThat(towns.total()).isEqualTo(3);
        assertThat(Figures.percent(towns.count(), towns.total(), 1)).isEqualByComparingTo("33.3");
        assertThat(r.criterion("7").orElseThrow().explanation(Language.ENGLISH)).contains("1/3", "2 more needed");

        AggregateTrace advanced = trace(r, "8");
        assertThat(advanced.count()).isZero();
        assertThat(Figures.percent(advanced.count(), advanced.total(), 0)).isEqualByComparingTo("0");
        assertThat(r.criterion("8").orElseThrow().explanation(Language.ENGLISH)).contains("0/9", "≥ 20%", "2 more needed");
        for (String code : List.of("6", "7", "8")) {
            CriterionResult c = r.criterion(code).orElseThrow();
            assertThat(c.verdict()).as(code).isEqualTo(Verdict.NOT_MET);
        }
    }

    @Test
    void theSipasRequirementIsVersionedEightyByDefaultNinetyUnderTheSecondaryReading() {
        assertThat(province(HA_TINH).criterion("4").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        ClassificationScheme reading = Fixtures.SET.schemes().stream()
                .filter(s -> s.id().equals(NationalCriteria2021.SIPAS_READING_SCHEME)).findFirst().orElseThrow();
        Snapshot ninety = HA_TINH.withClassifications(reading, Map.of("42", "SECONDARY_SOURCE_90"));
        StandardResult r = province(ninety);
        CriterionResult sipas = r.criterion("4").orElseThrow();
        assertThat(sipas.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(sipas.indicators().get(0).explanation(Language.ENGLISH)).contains("88.97%", "≥ 90");
        assertThat(r.count(Verdict.MET)).isEqualTo(4);
    }

    @Test
    void withoutTheProvinceValuesTheRequirementsAreNotAssessedNeverMet() {
        StandardResult r = Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.OFFICIAL), HA_TINH, Dataset.empty(), register()).result("42", NationalCriteria2021.PROVINCE_COMPLETED).orElseThrow();
        assertThat(List.of("1", "2", "3", "4")).allSatisfy(c ->
                assertThat(r.criterion(c).orElseThrow().verdict()).as(c).isEqualTo(Verdict.NOT_ASSESSED));
    }
}
