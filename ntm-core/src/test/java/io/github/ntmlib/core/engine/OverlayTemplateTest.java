package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import io.github.ntmlib.core.criteria.io.TemplateFinding;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fill-in template of what a set leaves open: one row per rule not encoded or set by the
 * province; written and read back unfilled it is all empty, filled it round-trips exactly; a value
 * of the wrong type or out of its unit's range is a typed error naming its JSON path; filled and
 * applied, every formerly not-encoded verdict is computed; a template refuses another set.
 */
class OverlayTemplateTest {

    private static final String REGION = SmallSet.REGION;

    /** A set with a rule not encoded or set by the province of each kind of value. */
    static CriteriaSet openSet() {
        IndicatorDefinition irrigation = new IndicatorDefinition("3.1", Labels.of("Tưới tiêu", "irrigation"),
                ValueKind.RATIO, "%", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.atLeast("80", SmallSet.TEST)),
                        ThresholdRule.when(REGION, "BAC_TRUNG_BO", Threshold.notEncoded(Comparison.AT_LEAST,
                                SmallSet.TEST))));
        IndicatorDefinition schools = new IndicatorDefinition("5.1", Labels.of("Số trường đạt chuẩn", "schools"),
                ValueKind.COUNT, "trường", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.notEncoded(Comparison.AT_LEAST, SmallSet.TEST))));
        IndicatorDefinition income = new IndicatorDefinition("10.1", Labels.of("Thu nhập", "income"),
                ValueKind.QUANTITY, "triệu đồng/người/năm", false, List.of(), List.of(
                        ThresholdRule.of(java.util.Map.of(), Optional.of(2024), Optional.of(2024), Set.of(),
                                Optional.empty(), Threshold.notEncoded(Comparison.AT_LEAST, SmallSet.TEST))));
        IndicatorDefinition planning = new IndicatorDefinition("1.1", Labels.of("Quy hoạch", "planning"),
                ValueKind.FLAG, "", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.setByProvince(Comparison.MET, SmallSet.TEST))));
        IndicatorDefinition poverty = new IndicatorDefinition("11.1", Labels.of("Tỷ lệ nghèo", "poverty"),
                ValueKind.RATIO, "%", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.notEncoded(Comparison.AT_MOST, SmallSet.TEST))));
        Standard ntm = Standard.of("commune-ntm", Labels.of("Xã NTM", "commune NTM"), Set.of(UnitKind.COMMUNE),
                Optional.empty(), List.of(
                        IndicatorCriterion.of("1", Labels.of("Quy hoạch", "planning"), List.of(planning)),
                        IndicatorCriterion.of("3", Labels.of("Thủy lợi", "irrigation"), List.of(irrigation)),
                        IndicatorCriterion.of("5", Labels.of("Trường học", "schools"), List.of(schools)),
                        IndicatorCriterion.of("10", Labels.of("Thu nhập", "income"), List.of(income)),
                        IndicatorCriterion.of("11", Labels.of("Nghèo", "poverty"), List.of(poverty))),
                SmallSet.TEST);
        return CriteriaSet.builder("open-set").labels(Labels.of("Bộ mở", "open set"))
                .validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).provenance(SmallSet.TEST)
                .scheme(io.github.ntmlib.core.locality.TestSchemes.REGION).standard(ntm).build();
    }

    private static String json(OverlayTemplate t) {
        StringWriter out = new StringWriter();
        OverlayTemplateJson.write(t, out);
        return out.toString();
    }

    @Test
    void theTemplateListsEveryRuleNotEncodedOrSetByTheProvinceAndNothingElse() {
        OverlayTemplate t = OverlayTemplate.of(openSet(), "42", "Tỉnh Hà Tĩnh");
        assertThat(t.rows()).extracting(OverlayTemplate.Row::indicator).containsExactly("1.1", "3.1", "5.1", "10.1",
                "11.1");
        OverlayTemplate.Row irrigation = t.rows().get(1);
        assertThat(irrigation.when()).containsEntry(REGION, "BAC_TRUNG_BO");
        assertThat(irrigation.indicatorName()).isEqualTo("Tưới tiêu");
        assertThat(irrigation.criterionName()).isEqualTo("Thủy lợi");
        assertThat(irrigation.unit()).isEqualTo("%");
        assertThat(irrigation.status()).isEqualTo(ThresholdStatus.NOT_ENCODED);
        assertThat(t.rows().get(0).status()).isEqualTo(ThresholdStatus.SET_BY_PROVINCE);
        assertThat(t.rows().get(3).fromYear()).isEqualTo(2024);
        assertThat(t.empty()).hasSize(5);
    }

    /** Each row filled or not, at the edges of its range or inside; counted so that each case is reached. */
    @Test
    void aTemplateWrittenAndReadBackIsTheSameFilledOrNot() {
        OverlayTemplate blank = OverlayTemplate.of(openSet(), "42", "Tỉnh Hà Tĩnh");
        AtomicInteger allEmpty = new AtomicInteger();
        AtomicInteger edges = new AtomicInteger();
        qt().withExamples(300).forAll(lists().of(integers().between(-1, 3)).ofSize(blank.rows().size()))
                .checkAssert(choices -> {
                    OverlayTemplate t = blank.withDecision(choices.get(0) < 0 ? "" : "QĐ 1/2024/QĐ-UBND");
                    for (int i = 0; i < choices.size(); i++) {
                        t = t.withValue(i, value(t.rows().get(i), choices.get(i)));
                    }
                    OverlayTemplate back = OverlayTemplateJson.read(new StringReader(json(t)), "t.json");
                    assertThat(back).isEqualTo(t);
                    if (choices.stream().allMatch(c -> c < 0)) {
                        allEmpty.incrementAndGet();
                        assertThat(back.empty()).isEqualTo(back.rows());
                    }
                    if (choices.contains(3)) {
                        edges.incrementAndGet();
                    }
                });
        assertThat(allEmpty.get()).as("all-empty templates reached").isPositive();
        assertThat(edges.get()).as("upper edges reached").isPositive();
        OverlayTemplate unfilled = OverlayTemplateJson.read(new StringReader(json(blank)), "t.json");
        assertThat(unfilled).isEqualTo(blank);
        assertThat(unfilled.rows()).allSatisfy(r -> assertThat(r.filled()).isEmpty());
    }

    /** -1 empty, 0 the minimum, 1 and 2 inside, 3 the maximum (or a large value when unbounded). */
    private static BigDecimal value(OverlayTemplate.Row row, int choice) {
        if (choice < 0) {
            return null;
        }
        BigDecimal max = row.maximum().orElse(new BigDecimal("123456.5"));
        if (row.whole()) {
            max = max.setScale(0, java.math.RoundingMode.DOWN);
        }
        switch (choice) {
            case 0:
                return row.minimum();
            case 3:
                return max;
            default:
                BigDecimal mid = row.whole() ? row.minimum() : new BigDecimal(choice == 1 ? "0.5" : "99.25");
                return mid.compareTo(max) > 0 ? max : mid;
        }
    }

    @Test
    void aValueOfTheWrongTypeOrOutOfRangeIsATypedErrorNamingItsPath() {
        OverlayTemplate blank = OverlayTemplate.of(openSet(), "42", "Tỉnh Hà Tĩnh").withDecision("QĐ 1");
        String text = json(blank);
        // rows: 0 planning (MET), 1 irrigation (%), 2 schools (count), 3 income, 4 poverty (%)
        String bad = replaceValue(replaceValue(replaceValue(replaceValue(text, 1, "100.5"), 2, "2.5"), 0, "\"Có\""),
                3, "\"61,5\"");
        TemplateCheck check = OverlayTemplateJson.check(new StringReader(bad), "bad.json");
        assertThat(check.invalid()).extracting(TemplateFinding::where)
                .containsExactly("rows[0].value", "rows[1].value", "rows[2].value", "rows[3].value");
        assertThat(check.invalid().get(1).message()).contains("0 to 100", "100.5");
        assertThat(check.invalid().get(2).message()).contains("whole number");
        assertThat(check.invalid().get(3).message()).contains("JSON number");
        assertThat(check.empty()).extracting(TemplateFinding::where).containsExactly("rows[4].value");
        assertThatThrownBy(() -> OverlayTemplateJson.read(new StringReader(bad), "bad.json"))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).field()).contains("rows[0].value"))
                .hasMessageContaining("bad.json");
        assertThatThrownBy(() -> OverlayTemplateJson.readOverlay(new StringReader(replaceValue(text, 4, "-1")),
                "neg.json")).isInstanceOf(InvalidDataException.class).hasMessageContaining("rows[4].value")
                .hasMessageContaining("negative");
    }

    @Test
    void anEmptyDecisionIsFoundAndRefusedOnLoading() {
        OverlayTemplate blank = OverlayTemplate.of(openSet(), "42", "Tỉnh Hà Tĩnh");
        TemplateCheck check = OverlayTemplateJson.check(new StringReader(json(blank)), "t.json");
        assertThat(check.empty()).extracting(TemplateFinding::where).startsWith("decision");
        assertThatThrownBy(() -> OverlayTemplateJson.readOverlay(new StringReader(json(blank)), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("decision");
    }

    private static String replaceValue(String json, int row, String value) {
        int at = -1;
        for (int i = 0; i <= row; i++) {
            at = json.indexOf("\"value\" : ", at + 1);
        }
        int end = json.indexOf('\n', at);
        return json.substring(0, at) + "\"value\" : " + value + json.substring(end);
    }

    @Test
    void filledAndAppliedEveryFormerlyNotEncodedVerdictIsComputed() {
        CriteriaSet national = openSet();
        Dataset data = Dataset.builder()
                .add(Observation.of("1", "1.1", 2024, new Value.Flag(true), DataSource.of("Sở", "BC")))
                .add(Observation.of("1", "3.1", 2024, Value.Ratio.of(82, 100), DataSource.of("Sở", "BC")))
                .add(Observation.of("1", "5.1", 2024, new Value.Count(2), DataSource.of("Sở", "BC")))
                .add(Observation.of("1", "10.1", 2024, new Value.Quantity(new BigDecimal("61.5"), "triệu đồng/người/năm"),
                        DataSource.of("Sở", "BC")))
                .add(Observation.of("1", "11.1", 2024, Value.Ratio.of(3, 100), DataSource.of("Sở", "BC")))
                .build();
        List<IndicatorTrace> before = traces(national, data);
        assertThat(before).allSatisfy(t -> {
            assertThat(t.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
            assertThat(t.reasons()).containsAnyOf(Reason.THRESHOLD_NOT_ENCODED, Reason.SET_BY_PROVINCE_NOT_SUPPLIED);
        });
        OverlayTemplate filled = OverlayTemplate.of(national, "42", "Tỉnh Hà Tĩnh").withDecision("QĐ 12/2022/QĐ-UBND")
                .withValue(0, BigDecimal.ONE).withValue(1, new BigDecimal("85")).withValue(2, BigDecimal.ONE)
                .withValue(3, new BigDecimal("61.5")).withValue(4, new BigDecimal("2.5"));
        CriteriaSet overlaid = OverlayTemplateJson.readOverlay(new StringReader(json(filled)), "filled.json")
                .applyTo(national);
        List<IndicatorTrace> after = traces(overlaid, data);
        assertThat(after).extracting(IndicatorTrace::indicator).containsExactly("1.1", "3.1", "5.1", "10.1", "11.1");
        assertThat(after).extracting(IndicatorTrace::verdict).containsExactly(Verdict.MET, Verdict.NOT_MET,
                Verdict.MET, Verdict.MET, Verdict.NOT_MET);
        assertThat(after.get(1).explanation(Language.ENGLISH)).contains("82", "85");
        assertThat(after.get(1).threshold().orElseThrow().provenance().document()).isEqualTo("QĐ 12/2022/QĐ-UBND");
    }

    private static List<IndicatorTrace> traces(CriteriaSet set, Dataset data) {
        StandardResult unit = Evaluator.of(set).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED),
                SmallSet.snapshot(), data, StatusRegister.empty()).result("1", "commune-ntm").orElseThrow();
        List<IndicatorTrace> list = new ArrayList<>();
        unit.criteria().forEach(c -> list.addAll(c.indicators()));
        return list;
    }

    @Test
    void aTemplateForOneSetIsRefusedForAnother() {
        OverlayTemplate filled = OverlayTemplate.of(openSet(), "42", "").withDecision("QĐ 1").withValue(1,
                BigDecimal.TEN);
        assertThatThrownBy(() -> filled.toOverlay("t.json").applyTo(SmallSet.set()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("open-set")
                .hasMessageContaining("test-set");
    }
}
