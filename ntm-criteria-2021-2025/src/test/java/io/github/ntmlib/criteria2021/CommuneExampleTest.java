package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Language;

import static io.github.ntmlib.criteria2021.Fixtures.SET;
import static io.github.ntmlib.criteria2021.Fixtures.allMet;
import static io.github.ntmlib.criteria2021.Fixtures.communes;
import static io.github.ntmlib.criteria2021.Fixtures.evaluate;
import static io.github.ntmlib.criteria2021.Fixtures.flag;
import static io.github.ntmlib.criteria2021.Fixtures.income;
import static io.github.ntmlib.criteria2021.Fixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The commune examples of issue 4, from the verified thresholds. */
class CommuneExampleTest {

    private static CriterionResult criterion(Evaluation e, String unit, String standard, String code) {
        return e.result(unit, standard).orElseThrow().criterion(code).orElseThrow();
    }

    @Test
    void irrigationAt79Point9FailsTheGeneralEightyPercentAndEightyPasses() {
        Evaluation low = evaluate(SET, communes(), Dataset.builder().add(ratio("1", "3.1", 799, 1000))
                .add(flag("1", "3.2", true)).build());
        CriterionResult three = criterion(low, "1", NationalCriteria2021.COMMUNE_NTM, "3");
        assertThat(three.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(three.indicators().get(0).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(three.indicators().get(0).explanation(Language.ENGLISH)).contains("79.9%", "≥ 80", "318/QĐ-TTg");

        Evaluation exact = evaluate(SET, communes(), Dataset.builder().add(ratio("1", "3.1", 80, 100))
                .add(flag("1", "3.2", true)).build());
        assertThat(criterion(exact, "1", NationalCriteria2021.COMMUNE_NTM, "3").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aRegionalIrrigationValueIsNeverInvented() {
        Evaluation e = evaluate(SET, communes(), Dataset.builder().add(ratio("2", "3.1", 95, 100))
                .add(flag("2", "3.2", true)).build());
        CriterionResult three = criterion(e, "2", NationalCriteria2021.COMMUNE_NTM, "3");
        assertThat(three.indicators().get(0).verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(three.indicators().get(0).explanation(Language.ENGLISH)).contains("not encoded", "BAC_TRUNG_BO");
        assertThat(three.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void aNangCaoCommuneWithCentralisedWaterAt54Point9PercentFails() {
        Dataset.Builder data = allMet(Dataset.builder(), "1", NationalCriteria2021.COMMUNE_NTM);
        allMet(data, "1", NationalCriteria2021.COMMUNE_ADVANCED, "MT");
        data.add(ratio("1", "17.water-centralised", 549, 1000)).add(flag("1", "NC.environment-other", true));
        Evaluation e = evaluate(SET, communes(), data.build());
        StandardResult advanced = e.result("1", NationalCriteria2021.COMMUNE_ADVANCED).orElseThrow();
        assertThat(e.result("1", NationalCriteria2021.COMMUNE_NTM).orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(advanced.criterion("MT").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(advanced.criterion("MT").orElseThrow().indicators().get(0).explanation(Language.ENGLISH)).contains("54.9%", "≥ 55");
        assertThat(advanced.verdict()).isEqualTo(Verdict.NOT_MET);

        Dataset.Builder enough = allMet(Dataset.builder(), "1", NationalCriteria2021.COMMUNE_NTM);
        allMet(enough, "1", NationalCriteria2021.COMMUNE_ADVANCED, "MT");
        enough.add(ratio("1", "17.water-centralised", 55, 100)).add(flag("1", "NC.environment-other", true));
        CriterionResult mt = evaluate(SET, communes(), enough.build())
                .result("1", NationalCriteria2021.COMMUNE_ADVANCED).orElseThrow().criterion("MT").orElseThrow();
        assertThat(mt.indicators().get(0).verdict()).isEqualTo(Verdict.MET);
        // the other environment indicators were not found: the criterion stays not assessed, never met
        assertThat(mt.indicators().get(1).verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(mt.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    /** A made-up provincial overlay giving the nâng cao income level (70) for province 42. */
    static CriteriaSet withIncomeLevel() {
        String json = "{\"schema\": \"ntm.overlay/1\", \"id\": \"test-42\", \"criteriaSet\": \"vn-2021-2025\","
                + " \"jurisdiction\": \"42\", \"provenance\": {\"document\": \"made-up test overlay\"}, \"thresholds\": ["
                + level("commune-advanced") + ", " + level("commune-model") + "]}";
        Overlay overlay = CriteriaJson.readOverlay(new StringReader(json), "test-overlay.json");
        return overlay.applyTo(SET);
    }

    private static String level(String standard) {
        return "{\"standard\": \"" + standard + "\", \"indicator\": \"10.income\", \"threshold\": {\"comparison\":"
                + " \"AT_LEAST\", \"value\": \"70\", \"provenance\": {\"document\": \"made-up test overlay\"}}}";
    }

    private static Dataset model(String incomeAmount) {
        Dataset.Builder data = allMet(Dataset.builder(), "1", NationalCriteria2021.COMMUNE_NTM);
        allMet(data, "1", NationalCriteria2021.COMMUNE_ADVANCED, "TN");
        allMet(data, "1", NationalCriteria2021.COMMUNE_MODEL, "K2");
        return data.add(income("1", incomeAmount)).build();
    }

    @Test
    void kieuMauFailsWhenIncomeIs109Point9PercentOfTheNangCaoLevel() {
        CriteriaSet set = withIncomeLevel();
        Evaluation short1 = evaluate(set, communes(), model("76.93"));
        assertThat(short1.result("1", NationalCriteria2021.COMMUNE_ADVANCED).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        CriterionResult k2 = criterion(short1, "1", NationalCriteria2021.COMMUNE_MODEL, "K2");
        assertThat(k2.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(k2.explanation(Language.ENGLISH)).contains("109.9%", "≥ 110% (77)", "319/QĐ-TTg");
        assertThat(short1.result("1", NationalCriteria2021.COMMUNE_MODEL).orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);

        Evaluation enough = evaluate(set, communes(), model("77"));
        assertThat(enough.result("1", NationalCriteria2021.COMMUNE_MODEL).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void k2sTraceStatesItsRealThresholdAndTheGapToIt() {
        // level 70, so K2 needs 77: income 66 is 11 short of 77 (not 4 short of 70)
        CriterionResult k2 = criterion(evaluate(withIncomeLevel(), communes(), model("66")), "1",
                NationalCriteria2021.COMMUNE_MODEL, "K2");
        io.github.ntmlib.core.criteria.IndicatorTrace trace = k2.indicators().get(0);
        assertThat(trace.distance()).contains(new java.math.BigDecimal("11"));
        assertThat(trace.explanation(Language.ENGLISH)).contains("≥ 110% (77)", "short by 11")
                .doesNotContain("≥ 70");
        assertThat(trace.explanation(Language.VIETNAMESE)).contains("≥ 110% (77)", "còn thiếu 11");
        // a gap written 1E+1 by arithmetic is the distance 10, equal to one read back as "10"
        CriterionResult ten = criterion(evaluate(withIncomeLevel(), communes(), model("67")), "1",
                NationalCriteria2021.COMMUNE_MODEL, "K2");
        assertThat(ten.indicators().get(0).distance().orElseThrow()).hasToString("10");
    }

    @Test
    void withoutAProvincialIncomeLevelK2IsNotAssessedNeverMet() {
        Evaluation e = evaluate(SET, communes(), model("500"));
        CriterionResult k2 = criterion(e, "1", NationalCriteria2021.COMMUNE_MODEL, "K2");
        assertThat(k2.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(k2.explanation(Language.ENGLISH)).contains("not encoded");
        assertThat(e.result("1", NationalCriteria2021.COMMUNE_ADVANCED).orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void k2sVerdictAloneIsItsFullResultsVerdictAtTheEdges() {
        java.util.Set<Verdict> seen = java.util.EnumSet.noneOf(Verdict.class);
        for (CriteriaSet set : java.util.List.of(withIncomeLevel(), SET)) {
            for (String income : java.util.List.of("0", "76.9", "76.99", "76.9999999999999999999999", "77", "77.00",
                    "77.0000000000000000000001", "500")) {
                Dataset data = model(income);
                Evaluation e = evaluate(set, communes(), data);
                Verdict k2 = criterion(e, "1", NationalCriteria2021.COMMUNE_MODEL, "K2").verdict();
                seen.add(k2);
                io.github.ntmlib.core.engine.Verdicts v = io.github.ntmlib.core.engine.Evaluator.of(set).verdicts(io.github.ntmlib.core.engine.EvaluationRequest.of(Fixtures.DATE, Fixtures.YEAR, io.github.ntmlib.core.criteria.CountingMode.COMPUTED), communes(), data, io.github.ntmlib.core.data.StatusRegister.empty());
                assertThat(v.verdict("1", NationalCriteria2021.COMMUNE_MODEL)).as(income)
                        .isEqualTo(e.result("1", NationalCriteria2021.COMMUNE_MODEL).map(StandardResult::verdict));
                assertThat(v).isEqualTo(io.github.ntmlib.core.engine.Verdicts.of(e));
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Verdict.values());
    }
}
