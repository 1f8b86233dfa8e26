package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Language;

import static io.github.ntmlib.criteria2021.Fixtures.allMet;
import static io.github.ntmlib.criteria2021.Fixtures.evaluate;
import static io.github.ntmlib.criteria2021.Fixtures.flag;
import static io.github.ntmlib.criteria2021.Fixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognition conditions (Decisions 18/2022 and 04/2022) and the province-defined village standard. */
class RecognitionTest {

    private static Snapshot urban() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        return Snapshot.of(d, List.of(AdminUnit.of("42", "Tỉnh Thử", UnitKind.PROVINCE, null, d),
                AdminUnit.of("436", "Thành phố Thử", UnitKind.PROVINCIAL_CITY, "42", d),
                AdminUnit.of("7", "Phường Bảy", UnitKind.WARD, "436", d),
                AdminUnit.of("400", "Huyện Thử", UnitKind.RURAL_DISTRICT, "42", d),
                AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "400", d),
                AdminUnit.of("100", "Thôn Một", UnitKind.VILLAGE, "1", d)));
    }

    private static StandardResult wardRecognition(long satisfied) {
        Dataset.Builder data = allMet(Dataset.builder(), "7", NationalCriteria2021.CIVILISED_URBAN)
                .add(flag("7", "VMR.registered", true)).add(flag("7", "VMR.registration-period", true))
                .add(ratio("7", "VMR.satisfaction", satisfied, 1000));
        return evaluate(Fixtures.SET, urban(), data.build())
                .result("7", NationalCriteria2021.CIVILISED_URBAN_RECOGNITION).orElseThrow();
    }

    @Test
    void aWardIsRecognisableWithNineCriteriaRegistrationAndNinetyPercentSatisfied() {
        assertThat(wardRecognition(900).verdict()).isEqualTo(Verdict.MET);
        StandardResult short1 = wardRecognition(899);
        assertThat(short1.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(short1.criterion("R3").orElseThrow().explanation(Language.ENGLISH)).contains("89.9%", "≥ 90");
    }

    @Test
    void aCommunesSatisfactionLevelWasNotFoundSoRecognitionIsNotAssessed() {
        Dataset data = allMet(Dataset.builder(), "1", NationalCriteria2021.COMMUNE_NTM)
                .add(ratio("1", "R.satisfaction", 99, 100)).add(flag("1", "R.no-construction-debt", true))
                .add(flag("1", "R.no-security-issue", true)).build();
        Evaluation e = evaluate(Fixtures.SET, urban(), data);
        StandardResult r = e.result("1", NationalCriteria2021.COMMUNE_RECOGNITION).orElseThrow();
        assertThat(r.criterion("R2").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.criterion("R3").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void aDistrictLevelUrbanUnitNeedsAllItsWardsCivilised() {
        Evaluation e = evaluate(Fixtures.SET, urban(), Dataset.empty());
        assertThat(e.result("436", NationalCriteria2021.CIVILISED_URBAN_DISTRICT).orElseThrow().criterion("R2")
                .orElseThrow().explanation(Language.ENGLISH)).contains("0/1", "1 more needed");
    }

    @Test
    void aModelVillageIsJudgedOnlyWithTheProvincesCriteria() {
        Evaluation e = evaluate(Fixtures.SET, urban(), Dataset.builder()
                .add(flag("100", "KDC.provincial-set", true)).build());
        StandardResult village = e.result("100", NationalCriteria2021.VILLAGE_MODEL).orElseThrow();
        assertThat(village.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(village.criteria().get(0).indicators().get(0).explanation(Language.ENGLISH)).contains("set by the province");

        String json = "{\"schema\": \"ntm.overlay/1\", \"id\": \"test-42-villages\", \"criteriaSet\":"
                + " \"vn-2021-2025\", \"jurisdiction\": \"42\", \"provenance\": {\"document\": \"made-up"
                + " provincial decision\"}, \"thresholds\": [{\"standard\": \"village-model\", \"indicator\":"
                + " \"KDC.provincial-set\", \"threshold\": {\"comparison\": \"MET\", \"provenance\":"
                + " {\"document\": \"made-up provincial decision\"}}}]}";
        CriteriaSet provincial = CriteriaJson.readOverlay(new StringReader(json), "villages.json").applyTo(Fixtures.SET);
        assertThat(evaluate(provincial, urban(), Dataset.builder().add(flag("100", "KDC.provincial-set", true)).build())
                .result("100", NationalCriteria2021.VILLAGE_MODEL).orElseThrow().verdict()).isEqualTo(Verdict.MET);
    }
}
