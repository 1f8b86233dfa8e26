package io.github.ntmlib.criteria2021;

import static io.github.ntmlib.criteria2021.Fixtures.SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.criteria2021.internal.Criteria2021Plugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The encoded data: structure, verified values, statuses, and typed errors for broken data. */
class CriteriaDataTest {

    private static Standard standard(String id) {
        return SET.standard(id).orElseThrow();
    }

    private static List<String> codes(String id) {
        return standard(id).criteria().stream().map(Criterion::code).toList();
    }

    private static List<ThresholdRule> rules(String standard, String indicator) {
        return SET.indicators().get(standard).get(indicator).rules();
    }

    private static Threshold always(String standard, String indicator) {
        return rules(standard, indicator).stream().filter(r -> r.when().isEmpty()).findFirst().orElseThrow().threshold();
    }

    @Test
    void theProviderGivesTheSetToTheRegistryOnThisPath() {
        Criteria2021Plugin plugin = new Criteria2021Plugin();
        assertThat(plugin.criteriaSets()).containsExactly(SET);
        assertThat(plugin.name()).isEqualTo("ntm-criteria-2021-2025");
        assertThat(plugin.rules()).containsOnlyKeys("income-110-percent-of-advanced");
        assertThat(plugin.schemes()).contains(NationalCriteria2021.NTM_REGION, NationalCriteria2021.EXTREMELY_DIFFICULT,
                NationalCriteria2021.SAFE_ZONE_IN_POOR_DISTRICT);
        assertThat(SET.schemes()).as("the API constants are the set's own schemes").contains(
                NationalCriteria2021.NTM_REGION, NationalCriteria2021.EXTREMELY_DIFFICULT,
                NationalCriteria2021.SAFE_ZONE_IN_POOR_DISTRICT);
        CriteriaRegistry registry = CriteriaRegistry.load();
        assertThat(registry.byId(NationalCriteria2021.SET_ID)).isSameAs(SET);
        assertThat(registry.pick(2024, java.time.LocalDate.of(2024, 12, 31)).set()).isSameAs(SET);
        assertThat(registry.pick(2024, java.time.LocalDate.of(2024, 12, 31)).plugin()).isEqualTo(plugin.name());
    }

    @Test
    void thePeriodJudges2021To2025DataAnd2025DataIn2026() {
        var period = SET.period();
        assertThat(period.covers(2024, java.time.LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(period.covers(2025, java.time.LocalDate.of(2026, 3, 1))).as("2025 results judged in 2026").isTrue();
        assertThat(period.explain(2025, java.time.LocalDate.of(2026, 3, 1))).contains("transitional rule");
        assertThat(period.covers(2026, java.time.LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(period.covers(2021, java.time.LocalDate.of(2021, 12, 31))).as("before the set took effect")
                .isFalse();
    }

    @Test
    void theRegionTablesClassifyTheShippedProvincesBeforeAndAfterTheMerger() {
        var vn = io.github.ntmlib.core.locality.gso.GsoLists.vietnam();
        var before = NationalCriteria2021.classify(vn.asOf(java.time.LocalDate.of(2025, 3, 1)));
        assertThat(before.classification("18409", NationalCriteria2021.NTM_REGION)).contains("BAC_TRUNG_BO");
        assertThat(before.classification("18409", NationalCriteria2021.EXTREMELY_DIFFICULT)).isEmpty();
        assertThat(before.classification("79", NationalCriteria2021.NTM_REGION)).contains("DONG_NAM_BO");
        var after = NationalCriteria2021.classify(vn.asOf(java.time.LocalDate.of(2025, 7, 1)));
        assertThat(after.classification("42", NationalCriteria2021.NTM_REGION)).as("Hà Tĩnh was not merged")
                .contains("BAC_TRUNG_BO");
        assertThat(after.classification("79", NationalCriteria2021.NTM_REGION))
                .as("Hồ Chí Minh City absorbed two provinces: no 2021-2025 region").isEmpty();
        assertThat(NationalCriteria2021.classificationTables().get(0).values()).hasSize(63)
                .containsEntry("42", "BAC_TRUNG_BO");
        assertThat(NationalCriteria2021.classificationTables().get(1).values()).hasSize(11);
    }

    @Test
    void communeNtmHasTheNineteenCriteriaOfDecision318() {
        assertThat(codes(NationalCriteria2021.COMMUNE_NTM)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8",
                "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19");
        Standard ntm = standard(NationalCriteria2021.COMMUNE_NTM);
        assertThat(ntm.criterion("10").orElseThrow().labels().vietnamese()).isEqualTo("Thu nhập");
        assertThat(ntm.criterion("19").orElseThrow().labels().english()).isEqualTo("Defence and security");
        assertThat(ntm.appliesTo()).containsExactly(UnitKind.COMMUNE);
        assertThat(codes(NationalCriteria2021.COMMUNE_NTM).stream().map(c -> ContentGroup.of(c).orElseThrow()))
                .containsExactly(ContentGroup.PLANNING, ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE,
                        ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE, ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE,
                        ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE, ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE,
                        ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE, ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE,
                        ContentGroup.SOCIO_ECONOMIC_INFRASTRUCTURE, ContentGroup.ECONOMY_AND_PRODUCTION,
                        ContentGroup.ECONOMY_AND_PRODUCTION, ContentGroup.ECONOMY_AND_PRODUCTION,
                        ContentGroup.ECONOMY_AND_PRODUCTION, ContentGroup.CULTURE_SOCIETY_ENVIRONMENT,
                        ContentGroup.CULTURE_SOCIETY_ENVIRONMENT, ContentGroup.CULTURE_SOCIETY_ENVIRONMENT,
                        ContentGroup.CULTURE_SOCIETY_ENVIRONMENT, ContentGroup.POLITICAL_SYSTEM,
                        ContentGroup.POLITICAL_SYSTEM);
        assertThat(ContentGroup.of("P1")).isEmpty();
        assertThat(always(NationalCriteria2021.COMMUNE_NTM, "3.1").value()).contains(new BigDecimal("80"));
        assertThat(rules(NationalCriteria2021.COMMUNE_NTM, "3.1")).hasSize(8);
        assertThat(always(NationalCriteria2021.COMMUNE_NTM, "10.income").status()).isEqualTo(ThresholdStatus.NOT_ENCODED);
        assertThat(rules(NationalCriteria2021.COMMUNE_NTM, "17.water-centralised"))
                .allSatisfy(r -> assertThat(r.threshold().status()).isEqualTo(ThresholdStatus.NOT_ENCODED));
    }

    @Test
    void theVerifiedNangCaoValuesAndTheProvinceDefinedPlanning() {
        String nc = NationalCriteria2021.COMMUNE_ADVANCED;
        assertThat(standard(nc).nestedIn()).contains(NationalCriteria2021.COMMUNE_NTM);
        Map<String, String> health = Map.of("NC.health-insurance", "95", "NC.health-managed", "90",
                "NC.telemedicine", "40", "NC.e-health-record", "70", "17.water-centralised", "55");
        health.forEach((code, value) -> assertThat(always(nc, code).value()).as(code).contains(new BigDecimal(value)));
        for (String code : List.of("NC1.1", "NC1.2", "NC1.3")) {
            assertThat(always(nc, code).status()).as(code).isEqualTo(ThresholdStatus.SET_BY_PROVINCE);
        }
        assertThat(codes(NationalCriteria2021.COMMUNE_MODEL)).containsExactly("K2", "K3", "K4");
        assertThat(standard(NationalCriteria2021.COMMUNE_MODEL).nestedIn()).contains(nc);
    }

    @Test
    void districtNtmHasNineCriteriaAndFourPreconditions() {
        Standard d = standard(NationalCriteria2021.DISTRICT_NTM);
        assertThat(codes(NationalCriteria2021.DISTRICT_NTM)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "P1", "P2", "P3", "P4");
        Map<String, String> percents = d.criteria().stream().filter(c -> c instanceof AggregateCriterion)
                .collect(Collectors.toMap(Criterion::code, c -> ((AggregateCriterion) c).standard() + " "
                        + ((AggregateCriterion) c).percent().toPlainString()));
        assertThat(percents).containsExactlyInAnyOrderEntriesOf(Map.of("P1", "commune-ntm 100",
                "P2", "commune-advanced 10", "P3", "civilised-urban 100"));
        assertThat(always(NationalCriteria2021.DISTRICT_NTM, "H.satisfaction").value()).contains(new BigDecimal("90"));
        assertThat(always(NationalCriteria2021.DISTRICT_NTM, "H.satisfaction-lowest-commune").value())
                .contains(new BigDecimal("80"));
        assertThat(always(NationalCriteria2021.DISTRICT_NTM, "H2.tree-lined").status())
                .isEqualTo(ThresholdStatus.NOT_ENCODED);
        assertThat(always(NationalCriteria2021.DISTRICT_NTM_NO_COMMUNES, "HS2.2").status())
                .isEqualTo(ThresholdStatus.SET_BY_PROVINCE);
    }

    @Test
    void theProvinceHasEightRequirementsWithBothSipasReadings() {
        assertThat(codes(NationalCriteria2021.PROVINCE_COMPLETED)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(rules(NationalCriteria2021.PROVINCE_COMPLETED, "T4.sipas"))
                .extracting(r -> r.threshold().value().orElseThrow().toPlainString() + " " + r.when())
                .containsExactly("80 {}", "90 {" + NationalCriteria2021.SIPAS_READING_SCHEME + "=SECONDARY_SOURCE_90}");
        assertThat(codes(NationalCriteria2021.CIVILISED_URBAN)).hasSize(9);
        assertThat(always(NationalCriteria2021.CIVILISED_URBAN_RECOGNITION, "VMR.satisfaction").value())
                .contains(new BigDecimal("90"));
        assertThat(always(NationalCriteria2021.VILLAGE_MODEL, "KDC.provincial-set").status())
                .isEqualTo(ThresholdStatus.SET_BY_PROVINCE);
    }

    @Test
    void everyThresholdNamesItsDocumentAndOnlyVerifiedOnesHaveValues() {
        for (Standard s : SET.standards()) {
            for (Criterion c : s.criteria()) {
                for (IndicatorDefinition i : c.indicators()) {
                    for (ThresholdRule r : i.rules()) {
                        Threshold t = r.threshold();
                        assertThat(t.provenance().document()).as(s.id() + "/" + i.code()).matches(".*(QĐ|Hà Tĩnh).*");
                        assertThat(t.value().isPresent()).as(s.id() + "/" + i.code())
                                .isEqualTo(t.isKnown() && t.comparison() != io.github.ntmlib.core.criteria.Comparison.MET);
                    }
                }
            }
        }
    }

    @Test
    void brokenDataFailsWithATypedErrorNamingTheFileAndField() throws IOException {
        String text;
        try (InputStream in = NationalCriteria2021.class.getResourceAsStream(NationalCriteria2021.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = text.replaceFirst("\"percent\": \"100\"", "\"percent\": \"all\"");
        assertThat(broken).isNotEqualTo(text);
        assertThatThrownBy(() -> NationalCriteria2021.read(new StringReader(broken), "broken.json"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("aggregate.percent");
        String unknownRule = text.replace("income-110-percent-of-advanced", "no-such-rule");
        assertThatThrownBy(() -> NationalCriteria2021.read(new StringReader(unknownRule), "rule.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("no-such-rule");
    }
}
