package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Criteria sets read from JSON, provincial overlays, and the registry. */
class CriteriaDefinitionTest {

    private static final DataSource SRC = DataSource.of("test", "t");

    /** A criterion implemented in code, named in the JSON file by "rule". */
    static final Criterion ALWAYS_MET = new Criterion() {
        @Override
        public String code() {
            return "R";
        }

        @Override
        public Labels labels() {
            return Labels.of("Quy tắc", "rule");
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of();
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            return CriterionResult.ofRule("R", labels(), Verdict.MET, List.of(), Labels.of("đạt theo quy tắc", "met by rule"));
        }
    };

    static CriteriaSet readSet() {
        return CriteriaJson.readSet(reader("/criteria/small-set.json"), "small-set.json", Map.of("always-met", ALWAYS_MET));
    }

    private static InputStreamReader reader(String resource) {
        return new InputStreamReader(CriteriaDefinitionTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
    }

    /** Two provinces: 42 (the overlay's) and 40, each with a district and a commune. */
    private static Snapshot twoProvinces() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        return Snapshot.of(d, List.of(
                AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, d)
                        .withClassification(TestSchemes.REGION, "BAC_TRUNG_BO"),
                AdminUnit.of("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42", d),
                AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "445", d),
                AdminUnit.of("40", "Tỉnh Nghệ An", UnitKind.PROVINCE, null, d)
                        .withClassification(TestSchemes.REGION, "BAC_TRUNG_BO"),
                AdminUnit.of("412", "Huyện Nghi Lộc", UnitKind.RURAL_DISTRICT, "40", d),
                AdminUnit.of("2", "Xã Hai", UnitKind.COMMUNE, "412", d)));
    }

    @Test
    void aSetReadFromJsonEvaluatesLikeOneBuiltInCode() {
        CriteriaSet set = readSet();
        assertThat(set.id()).isEqualTo("json-set");
        assertThat(set.standards()).extracting(s -> s.id()).containsExactly("commune-ntm", "district-ntm");
        Dataset data = Dataset.builder()
                .add(Observation.of("1", "3.1", 2024, Value.Ratio.of(80, 100), SRC))
                .add(Observation.of("1", "1.1", 2024, new Value.Flag(true), SRC)).build();
        Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.COMPUTED), twoProvinces(), data, StatusRegister.empty());
        StandardResult r = e.result("1", "commune-ntm").orElseThrow();
        assertThat(r.criterion("3").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(r.criterion("1").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.criterion("R").orElseThrow().explanation(Language.ENGLISH)).isEqualTo("met by rule");
        assertThat(e.result("445", "district-ntm").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void criteriaApplyOnlyToTheirKindsAndGradesCompareOnTheirScale() {
        CriteriaSet set = readSet();
        LocalDate d = LocalDate.of(2020, 1, 1);
        Snapshot s = Snapshot.of(d, List.of(
                AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, d),
                AdminUnit.of("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42", d),
                AdminUnit.of("437", "Thị xã Hồng Lĩnh", UnitKind.TOWN, "42", d)));
        Dataset data = Dataset.builder().add(Observation.of("445", "2.4.1", 2024, new Value.Grade("V"), SRC)).build();
        Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.COMPUTED), s, data, StatusRegister.empty());
        assertThat(e.result("437", "district-ntm").orElseThrow().criterion("2.4")).isEmpty();
        CriterionResult bus = e.result("445", "district-ntm").orElseThrow().criterion("2.4").orElseThrow();
        assertThat(bus.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(e.result("445", "district-ntm").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(e.result("437", "district-ntm").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        Dataset better = Dataset.builder().add(Observation.of("445", "2.4.1", 2024, new Value.Grade("III"), SRC)).build();
        assertThat(Evaluator.of(set).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.COMPUTED), s, better, StatusRegister.empty()).result("445", "district-ntm").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThatThrownBy(() -> Evaluator.of(set).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.COMPUTED), s, Dataset.builder().add(Observation.of("445", "2.4.1",
                2024, new Value.Grade("VII"), SRC)).build(), StatusRegister.empty())).isInstanceOf(EvaluationException.class).hasMessageContaining("not on the scale");
    }

    @Test
    void anOverlaySuppliesAndTightensThresholdsOnlyInItsProvince() {
        CriteriaSet set = readSet();
        Overlay overlay = CriteriaJson.readOverlay(reader("/criteria/overlay.json"), "overlay.json");
        CriteriaSet haTinh = overlay.applyTo(set);
        Dataset data = Dataset.builder()
                .add(Observation.of("1", "3.1", 2024, Value.Ratio.of(82, 100), SRC))
                .add(Observation.of("1", "1.1", 2024, new Value.Flag(true), SRC))
                .add(Observation.of("1", "HT1.1", 2024, new Value.Flag(true), SRC))
                .add(Observation.of("2", "3.1", 2024, Value.Ratio.of(82, 100), SRC))
                .add(Observation.of("2", "1.1", 2024, new Value.Flag(true), SRC))
                .add(Observation.of("2", "HT1.1", 2024, new Value.Flag(true), SRC)).build();
        Evaluation e = Evaluator.of(haTinh).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.COMPUTED), twoProvinces(), data, StatusRegister.empty());
        StandardResult inHaTinh = e.result("1", "commune-ntm").orElseThrow();
        assertThat(inHaTinh.criterion("3").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(inHaTinh.criterion("3").orElseThrow().explanation(Language.ENGLISH)).contains("≥ 85").contains("39/2022");
        assertThat(inHaTinh.criterion("1").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(inHaTinh.criterion("HT1").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        StandardResult inNgheAn = e.result("2", "commune-ntm").orElseThrow();
        assertThat(inNgheAn.criterion("3").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(inNgheAn.criterion("1").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    private static Overlay overlay(String thresholds) {
        String json = "{\"schema\":\"ntm.overlay/1\",\"id\":\"o\",\"criteriaSet\":\"json-set\",\"jurisdiction\":\"42\","
                + "\"provenance\":{\"document\":\"QĐ tỉnh\"},\"thresholds\":[" + thresholds + "]}";
        return CriteriaJson.readOverlay(new StringReader(json), "bad-overlay.json");
    }

    @Test
    void anOverlayThatLoosensOrNamesAnUnknownIndicatorIsRejected() {
        CriteriaSet set = readSet();
        assertThatThrownBy(() -> overlay("{\"standard\":\"commune-ntm\",\"indicator\":\"3.1\",\"threshold\":"
                + "{\"comparison\":\"AT_LEAST\",\"value\":\"75\",\"provenance\":{\"document\":\"QĐ tỉnh\"}}}").applyTo(set))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("bad-overlay.json")
                .hasMessageContaining("loosens the national value ≥ 80");
        assertThatThrownBy(() -> overlay("{\"standard\":\"commune-ntm\",\"indicator\":\"9.9\",\"threshold\":"
                + "{\"comparison\":\"MET\",\"provenance\":{\"document\":\"QĐ tỉnh\"}}}").applyTo(set))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("unknown indicator 9.9");
        // a value for the northern mountain region is judged against that region's national value (70), not 80
        CriteriaSet regional = overlay("{\"standard\":\"commune-ntm\",\"indicator\":\"3.1\",\"when\":"
                + "{\"ntm-region-2021-2025\":\"TRUNG_DU_MIEN_NUI_PHIA_BAC\"},\"threshold\":{\"comparison\":\"AT_LEAST\","
                + "\"value\":\"75\",\"provenance\":{\"document\":\"QĐ tỉnh\"}}}").applyTo(set);
        assertThat(regional.standard("commune-ntm").orElseThrow().criterion("3").orElseThrow().indicators().get(0)
                .rules()).hasSize(3);
        assertThatThrownBy(() -> overlay("{\"standard\":\"commune-ntm\",\"indicator\":\"3.1\",\"when\":"
                + "{\"ntm-region-2021-2025\":\"TRUNG_DU_MIEN_NUI_PHIA_BAC\"},\"threshold\":{\"comparison\":\"AT_LEAST\","
                + "\"value\":\"65\",\"provenance\":{\"document\":\"QĐ tỉnh\"}}}").applyTo(set))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("loosens the national value ≥ 70");
        assertThatThrownBy(() -> overlay("{\"standard\":\"commune-xyz\",\"indicator\":\"3.1\",\"threshold\":"
                + "{\"comparison\":\"MET\",\"provenance\":{\"document\":\"QĐ tỉnh\"}}}").applyTo(set))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("unknown standard");
    }

    @Test
    void malformedSetsNameTheFileAndTheField() {
        String broken = "{\"schema\":\"ntm.criteria-set/1\",\"id\":\"x\",\"labels\":{\"vi\":\"x\",\"en\":\"x\"},"
                + "\"validFrom\":\"2022-01-01\",\"validUntil\":\"2025-12-31\",\"provenance\":{\"document\":\"d\"},"
                + "\"standards\":[{\"id\":\"s\",\"labels\":{\"vi\":\"s\",\"en\":\"s\"},\"appliesTo\":[\"COMMUNE\"],"
                + "\"provenance\":{\"document\":\"d\"},\"criteria\":[{\"code\":\"1\",\"labels\":{\"vi\":\"c\",\"en\":\"c\"},"
                + "\"indicators\":[{\"code\":\"1.1\",\"labels\":{\"vi\":\"i\",\"en\":\"i\"},\"kind\":\"RATIO\",\"rules\":"
                + "[{\"threshold\":{\"comparison\":\"AT_LEAST\",\"value\":\"eighty\",\"provenance\":{\"document\":\"d\"}}}]}]}]}]}";
        assertThatThrownBy(() -> CriteriaJson.readSet(new StringReader(broken), "broken.json", Map.of()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("broken.json")
                .hasMessageContaining("standards[0].criteria[0].indicators[0].rules[0].threshold.value")
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> CriteriaJson.readSet(reader("/criteria/small-set.json"), "small-set.json", Map.of()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("no criterion implemented in code is named 'always-met'");
        assertThatThrownBy(() -> CriteriaJson.readSet(new StringReader("{\"schema\":\"other\"}"), "o.json", Map.of()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("expected 'ntm.criteria-set/1'");
    }

    @Test
    void theRegistryChoosesBySetIdOrDateAndRejectsDuplicateIds() {
        CriteriaSet json = readSet();
        CriteriaSet small = SmallSet.set();
        CriteriaRegistry registry = CriteriaRegistry.of(List.of(json));
        assertThat(registry.byId("json-set")).isSameAs(json);
        assertThat(registry.forDate(LocalDate.of(2024, 1, 1))).contains(json);
        assertThat(registry.forDate(LocalDate.of(2026, 3, 1))).isEmpty();
        assertThatThrownBy(() -> registry.byId("vn-2026-2030")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("available: [json-set]");
        assertThatThrownBy(() -> CriteriaRegistry.load(List.of(plugin("a", json), plugin("b", json))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("provided twice")
                .hasMessageContaining("a 1").hasMessageContaining("b 1");
        assertThatThrownBy(() -> CriteriaRegistry.load(List.of(plugin("a", json), plugin("b", small))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both claim jurisdiction VN")
                .hasMessageContaining("a 1").hasMessageContaining("b 1");
        assertThat(CriteriaRegistry.load().all()).as("ntm-core alone provides no set").isEmpty();
    }

    private static CriteriaPlugin plugin(String name, CriteriaSet set) {
        return new CriteriaPlugin() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public List<CriteriaSet> criteriaSets() {
                return List.of(set);
            }
        };
    }
}
