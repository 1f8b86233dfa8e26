package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.io.EvaluationJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The evaluation document ({@code ntm.evaluation/3}): whatever the API accepts is written and read
 * back equal, numbers at the bounds included; what it refuses it refuses at the API, with a typed
 * error; a summary carries the verdicts a portal shows and is never read back; a document's
 * references, units and fields are checked as it streams.
 */
class EvaluationDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final DataSource SRC = DataSource.of("test", "bounds");

    private static Evaluation evaluate(Dataset data, StatusRegister register) {
        return Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL),
                SmallSet.snapshot(), data, register);
    }

    private static String write(Evaluation e, EvaluationJson.Form form, List<Plan> plans) {
        StringWriter out = new StringWriter();
        EvaluationJson.write(e, plans, form, out);
        return out.toString();
    }

    private static Evaluation read(String json) {
        return EvaluationJson.read(new StringReader(json), "e.json", SmallSet.set(), SmallSet.snapshot());
    }

    /** A number of {@code digits} significant digits whose leading digit is at 10^exponent. */
    static BigDecimal number(Random random, int digits, int exponent) {
        StringBuilder text = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            text.append(random.nextInt(10));
        }
        return new BigDecimal(new BigInteger(text.toString()), digits - 1 - exponent);
    }

    @Test
    void valuesAtTheNumericBoundsRoundTripEqual() {
        AtomicInteger maxDigits = new AtomicInteger();
        AtomicInteger topExponent = new AtomicInteger();
        AtomicInteger bottomExponent = new AtomicInteger();
        AtomicInteger notMet = new AtomicInteger();
        AtomicInteger longDistances = new AtomicInteger();
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 40), integers().between(-50, 50),
                integers().between(1, 40)).checkAssert((seed, d1, e1, d2) -> {
                    Random random = new Random(seed);
                    int e2 = random.nextInt(101) - 50;
                    // edges: all digits, the largest and smallest exponents
                    int digits = random.nextInt(4) == 0 ? 40 : d1;
                    int exponent = random.nextInt(5) == 0 ? (random.nextBoolean() ? 50 : -50) : e1;
                    BigDecimal income = number(random, digits, exponent);
                    BigDecimal part = number(random, d2, Math.min(e2, exponent));
                    BigDecimal whole = number(random, digits, exponent);
                    if (part.compareTo(whole) > 0) {
                        BigDecimal t = part;
                        part = whole;
                        whole = t;
                    }
                    Dataset data = Dataset.builder()
                            .add(Observation.of("1", "10.1", 2024, new Value.Quantity(income, "triệu đồng/người/năm"), SRC))
                            .add(Observation.of("1", "3.1", 2024, new Value.Ratio(part, whole), SRC))
                            .add(Observation.of("2", "17.1", 2024, new Value.Ratio(part, whole), SRC))
                            .add(Observation.of("2", "3.2", 2024, new Value.Flag(random.nextBoolean()), SRC)).build();
                    Evaluation e = evaluate(data, StatusRegister.empty());
                    String json = write(e, EvaluationJson.Form.FULL, List.of());
                    assertThat(read(json)).isEqualTo(e);
                    maxDigits.addAndGet(digits == 40 ? 1 : 0);
                    topExponent.addAndGet(exponent == 50 ? 1 : 0);
                    bottomExponent.addAndGet(exponent == -50 ? 1 : 0);
                    e.unit("1").standards().forEach(s -> s.criteria().forEach(c -> c.indicators().forEach(t -> {
                        if (t.distance().isPresent()) {
                            notMet.incrementAndGet();
                            if (t.distance().get().precision() > 40) {
                                longDistances.incrementAndGet();
                            }
                        }
                    })));
                });
        // the generator reached the edges it is for
        assertThat(maxDigits.get()).isGreaterThan(10);
        assertThat(topExponent.get()).isGreaterThan(5);
        assertThat(bottomExponent.get()).isGreaterThan(5);
        assertThat(notMet.get()).isGreaterThan(20);
        assertThat(longDistances.get()).isGreaterThan(5);
    }

    @Test
    void numbersBeyondTheInputBoundsRoundTripAndBeyondTheDocumentsAreRefusedBeforeWriting() {
        // the API takes what no input reader takes (kernel tests use byte-wide scales): up to ten
        // times the input bounds the document holds them
        for (String amount : List.of("1E+200", "1E-124", "7E-127", "1" + "0".repeat(120) + ".5", "5E+128")) {
            Dataset data = Dataset.builder().add(Observation.of("1", "10.1", 2024,
                    new Value.Quantity(new BigDecimal(amount), "triệu đồng/người/năm"), SRC)).build();
            Evaluation e = evaluate(data, StatusRegister.empty());
            assertThat(read(write(e, EvaluationJson.Form.FULL, List.of()))).as(amount).isEqualTo(e);
        }
        Dataset huge = Dataset.builder().add(Observation.of("2", "10.1", 2024,
                new Value.Quantity(new BigDecimal("1E+600"), "triệu đồng/người/năm"), SRC)).build();
        Evaluation e = evaluate(huge, StatusRegister.empty());
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> EvaluationJson.write(e, List.of(), EvaluationJson.Form.FULL, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 2")
                .hasMessageContaining("1E+600");
        assertThat(out.toString()).doesNotContain("\"unit\":\"2\"");
        // and a document holding one is refused by the reader, naming the file
        String json = write(evaluate(Dataset.builder().add(Observation.of("2", "10.1", 2024,
                new Value.Quantity(new BigDecimal("1E+300"), "triệu đồng/người/năm"), SRC)).build(),
                StatusRegister.empty()), EvaluationJson.Form.FULL, List.of());
        assertThat(json).contains("1E+300");
        assertThatThrownBy(() -> read(json.replace("1E+300", "1E+600"))).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("e.json");
    }

    private static Evaluation mixed() {
        Dataset data = Dataset.builder().add(EngineExampleTest.ratio("1", "3.1", 85, 100))
                .add(EngineExampleTest.flag("1", "3.2", true))
                .add(Observation.of("1", "10.1", 2024, new Value.Quantity(new BigDecimal("50"), "triệu đồng/người/năm"), SRC))
                .add(EngineExampleTest.ratio("2", "3.1", 85, 100)).add(EngineExampleTest.flag("2", "3.2", true))
                .add(Observation.of("2", "10.1", 2024, new Value.Quantity(new BigDecimal("61.50"), "triệu đồng/người/năm"), SRC))
                .add(EngineExampleTest.ratio("2", "17.1", 60, 100)).build();
        StatusRegister register = StatusRegister.of(List.of(StatusEvent.recognised("2", "commune-ntm",
                LocalDate.of(2024, 3, 1), "1/QĐ-UBND", "UBND tỉnh")));
        return evaluate(data, register);
    }

    @Test
    void aSummaryGivesEachUnitsVerdictAndCriterionLetters() throws Exception {
        Evaluation e = mixed();
        JsonNode summary = JSON.readTree(write(e, EvaluationJson.Form.SUMMARY, List.of()));
        assertThat(summary.get("form").asText()).isEqualTo("summary");
        Map<String, JsonNode> units = new HashMap<>();
        summary.get("units").forEach(u -> units.put(u.get("unit").asText(), u));
        assertThat(units.keySet()).hasSize(e.units().size());
        // unit 1: irrigation met (3.1 and 3.2), income 50 < 60 not met
        assertThat(units.get("1").get("standards").get("commune-ntm").asText()).isEqualTo("N:MN");
        // unit 2: all met, recognised; advanced: 17.1 60% ≥ 55% met
        assertThat(units.get("2").get("standards").get("commune-ntm").asText()).isEqualTo("M:MM");
        assertThat(units.get("2").get("standards").get("commune-advanced").asText()).isEqualTo("M:M");
        assertThat(units.get("2").get("recognised").get("commune-ntm").asText()).isEqualTo("2024-03-01");
        assertThat(units.get("1").has("recognised")).isFalse();
        // unit 4 has no data: not assessed, letter A for each criterion
        assertThat(units.get("4").get("standards").get("commune-ntm").asText()).isEqualTo("A:AA");
        // a ward: no commune standard applies
        assertThat(units.get("6").get("standards").has("commune-ntm")).isFalse();
        assertThat(units.get("445").get("name").asText()).isEqualTo("Huyện Thạch Hà");
        assertThat(units.get("1").get("parent").asText()).isEqualTo("445");
        List<String> standardIds = new java.util.ArrayList<>();
        summary.get("standards").forEach(s -> standardIds.add(s.get("standard").asText()));
        assertThat(standardIds).containsExactly("commune-ntm", "commune-advanced", "commune-model", "civilised-urban",
                "district-ntm");
        assertThat(summary.get("tallies").size()).isEqualTo(Tallies.of(e).all().size());
        assertThatThrownBy(() -> read(summary.toString())).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("summary").hasMessageContaining("e.json");
    }

    @Test
    void aNestedStandardIsNamedNotGivenByItsId() {
        Evaluation e = mixed();
        StandardResult advanced = e.result("1", "commune-advanced").orElseThrow();
        assertThat(advanced.explanation(io.github.ntmlib.base.Language.VIETNAMESE))
                .contains("cần đạt Xã NTM, hiện chưa đạt").doesNotContain("commune-ntm");
        assertThat(advanced.explanation(io.github.ntmlib.base.Language.ENGLISH))
                .contains("requires commune NTM, which is not met");
        // read back, the name comes from the set
        assertThat(read(write(e, EvaluationJson.Form.FULL, List.of())).result("1", "commune-advanced").orElseThrow()
                .explanation(io.github.ntmlib.base.Language.VIETNAMESE)).contains("cần đạt Xã NTM, hiện chưa đạt");
        // restored without the name, the id is all there is
        assertThat(StandardResult.restore("commune-advanced", advanced.criteria(), null, "commune-ntm",
                Verdict.NOT_MET).explanation(io.github.ntmlib.base.Language.VIETNAMESE)).contains("cần đạt commune-ntm");
        assertThat(e.result("1", "commune-ntm").orElseThrow().explanation(io.github.ntmlib.base.Language.VIETNAMESE))
                .doesNotContain("cần đạt");
    }

    @Test
    void derivedSectionsFollowTheUnits() throws Exception {
        Evaluation e = mixed();
        Plan plan = new Plan("42", "commune-ntm", EnumSet.of(UnitKind.COMMUNE), 2024, 4);
        JsonNode doc = JSON.readTree(write(e, EvaluationJson.Form.FULL, List.of(plan)));
        JsonNode progress = doc.get("progress").get(0);
        assertThat(progress.get("target").asInt()).isEqualTo(4);
        assertThat(progress.get("achieved").size()).isEqualTo(1);
        assertThat(progress.get("percent").decimalValue()).isEqualByComparingTo("25.0");
        // closest to commune-ntm in province 42: units without it, the fewest missing first
        JsonNode closest = null;
        for (JsonNode c : doc.get("closest")) {
            if (c.get("standard").asText().equals("commune-ntm")) {
                closest = c;
            }
        }
        assertThat(closest).isNotNull();
        assertThat(closest.get("unit").asText()).isEqualTo("42");
        assertThat(closest.get("units").get(0).get("unit").asText()).isEqualTo("1");
        assertThat(closest.get("units").get(0).get("notMet").get(0).asText()).isEqualTo("10");
        assertThat(closest.get("units").get(0).get("notAssessed").size()).isZero();
        // the derived sections are not read: the same evaluation with or without them
        ObjectNode stripped = (ObjectNode) doc.deepCopy();
        ((ArrayNode) stripped.get("tallies")).removeAll();
        ((ArrayNode) stripped.get("closest")).removeAll();
        assertThat(read(stripped.toString())).isEqualTo(e).isEqualTo(read(doc.toString()));
    }

    @Test
    void referencesUnitsAndFieldsAreCheckedAsTheDocumentStreams() throws Exception {
        Evaluation e = mixed();
        String json = write(e, EvaluationJson.Form.FULL, List.of());
        ObjectNode doc = (ObjectNode) JSON.readTree(json);
        assertThat(json).contains("\"threshold\":0").contains("\"#\":0");

        ObjectNode twice = doc.deepCopy();
        ((ArrayNode) twice.get("units")).add(twice.get("units").get(2).deepCopy());
        assertThatThrownBy(() -> read(twice.toString())).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("given twice");

        ObjectNode unknown = doc.deepCopy();
        ((ObjectNode) unknown.get("units").get(2)).put("unit", "999");
        assertThatThrownBy(() -> read(unknown.toString())).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("999").hasMessageContaining("snapshot");

        String badRef = json.replaceFirst("\"threshold\":0", "\"threshold\":9999");
        assertThat(badRef).isNotEqualTo(json);
        assertThatThrownBy(() -> read(badRef)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("refers to no threshold");

        String renamed = json.replace("\"name\":\"Xã Hai\"", "\"name\":\"Xã Khác\"");
        assertThatThrownBy(() -> read(renamed)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("Xã Khác");

        String field = json.replaceFirst("\"verdict\":", "\"verdikt\":");
        assertThatThrownBy(() -> read(field)).isInstanceOf(InvalidDataException.class).hasMessageContaining("verdikt");

        ObjectNode late = JSON.createObjectNode().put("form", "full");
        late.setAll(doc);
        assertThatThrownBy(() -> read(late.toString())).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("begins with its schema");

        String wrongVerdict = json.replaceFirst("\"verdict\":\"NOT_MET\",\"required\"", "\"verdict\":\"MET\",\"required\"");
        assertThat(wrongVerdict).isNotEqualTo(json);
        assertThatThrownBy(() -> read(wrongVerdict)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("not the one its criteria give");

        assertThatThrownBy(() -> read(json + "{}")).isInstanceOf(InvalidDataException.class);
    }

    /**
     * A document of the previous schema, {@code ntm.evaluation/2} (indented, every name written,
     * absent facts as null, no references), is read to the same evaluation.
     */
    @Test
    void aPreviousSchemaDocumentIsReadToo() throws Exception {
        Evaluation e = mixed();
        ObjectNode doc = (ObjectNode) JSON.readTree(write(e, EvaluationJson.Form.FULL, List.of()));
        CriteriaSet set = SmallSet.set();
        ObjectNode old = JSON.createObjectNode().put("schema", EvaluationJson.PREVIOUS_SCHEMA);
        old.set("criteriaSet", doc.get("criteriaSet"));
        old.set("snapshotDate", doc.get("snapshotDate"));
        old.set("request", doc.get("request"));
        old.set("ignored", doc.get("ignored"));
        ArrayNode units = old.putArray("units");
        List<JsonNode> thresholds = new java.util.ArrayList<>();
        List<JsonNode> choices = new java.util.ArrayList<>();
        for (JsonNode u : doc.get("units")) {
            ObjectNode unit = units.addObject().put("unit", u.get("unit").asText());
            ArrayNode standards = unit.putArray("standards");
            for (JsonNode s : u.get("standards")) {
                ObjectNode standard = standards.addObject();
                standard.set("standard", s.get("standard"));
                standard.set("verdict", s.get("verdict"));
                standard.set("requires", s.has("requires") ? s.get("requires") : JSON.nullNode());
                standard.set("required", s.get("required"));
                standard.set("recognition", s.has("recognition") ? s.get("recognition") : JSON.nullNode());
                ArrayNode criteria = standard.putArray("criteria");
                for (JsonNode c : s.get("criteria")) {
                    Criterion definition = set.standard(s.get("standard").asText()).orElseThrow()
                            .criterion(c.get("code").asText()).orElseThrow();
                    ObjectNode criterion = criteria.addObject();
                    criterion.set("code", c.get("code"));
                    criterion.set("labels", JSON.valueToTree(definition.labels()));
                    for (String f : List.of("verdict", "origin")) {
                        criterion.set(f, c.get(f));
                    }
                    for (String f : List.of("note", "recorded", "aggregate")) {
                        criterion.set(f, c.has(f) ? c.get(f) : JSON.nullNode());
                    }
                    ArrayNode indicators = criterion.putArray("indicators");
                    for (JsonNode t : c.get("indicators")) {
                        IndicatorDefinition indicator = definition.indicators().stream()
                                .filter(i -> i.code().equals(t.get("indicator").asText())).findFirst().orElseThrow();
                        ObjectNode trace = indicators.addObject();
                        trace.set("indicator", t.get("indicator"));
                        trace.set("labels", JSON.valueToTree(indicator.labels()));
                        trace.set("verdict", t.get("verdict"));
                        trace.set("reasons", t.has("reasons") ? t.get("reasons") : JSON.createArrayNode());
                        if (t.has("observation")) {
                            ObjectNode o = ((ObjectNode) t.get("observation")).deepCopy();
                            o.put("unit", u.get("unit").asText()).put("indicator", t.get("indicator").asText());
                            trace.set("observation", o);
                        } else {
                            trace.putNull("observation");
                        }
                        trace.set("threshold", inline(t.get("threshold"), thresholds));
                        trace.set("choice", inline(t.get("choice"), choices));
                        trace.set("distance", t.has("distance") ? t.get("distance") : JSON.nullNode());
                        trace.set("note", t.has("note") ? t.get("note") : JSON.nullNode());
                    }
                }
            }
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(old);
        assertThat(read(text)).isEqualTo(e);
    }

    /** A reference replaced by the object it names, without its index. */
    private static JsonNode inline(JsonNode node, List<JsonNode> seen) {
        if (node == null) {
            return JSON.nullNode();
        }
        if (node.isInt()) {
            return seen.get(node.intValue());
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("#");
        seen.add(copy);
        return copy;
    }

    @Test
    void theK2StyleDistanceOfTenRoundTripsAsTen() {
        // a distance computed as 1E+1 is the distance 10: written "10", read back equal
        io.github.ntmlib.core.criteria.IndicatorTrace trace = io.github.ntmlib.core.criteria.IndicatorTrace.restore(
                "10.1", SmallSet.income().labels(), null, null, null, Verdict.NOT_ASSESSED,
                Set.of(io.github.ntmlib.core.criteria.Reason.NO_DATA), new BigDecimal("1E+1"), null);
        assertThat(trace.distance()).contains(new BigDecimal("10"));
        assertThat(trace.distance().orElseThrow().scale()).isZero();
        assertThat(io.github.ntmlib.core.criteria.IndicatorTrace.restore("10.1", SmallSet.income().labels(), null, null,
                null, Verdict.NOT_ASSESSED, Set.of(io.github.ntmlib.core.criteria.Reason.NO_DATA),
                new BigDecimal("10.000"), null)).isEqualTo(trace);
        // a long distance is kept exact
        BigDecimal long40 = new BigDecimal("1234567890123456789012345678901234567890.5");
        assertThat(io.github.ntmlib.core.criteria.IndicatorTrace.restore("10.1", SmallSet.income().labels(), null, null,
                null, Verdict.NOT_ASSESSED, Set.of(io.github.ntmlib.core.criteria.Reason.NO_DATA), long40, null)
                .distance()).contains(long40);
    }
}
