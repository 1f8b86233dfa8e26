package io.github.ntmlib.core.engine.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.core.criteria.AggregateTrace;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleChoice;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.IgnoredRow;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads evaluations as JSON: a stable, documented schema with a version field.
 *
 * <p>Schema {@code ntm.evaluation/2}: {@code {schema, criteriaSet, snapshotDate, request: {asOf,
 * dataYear, counting, lenient}, ignored: [{unit, field, position, message}], units: [{unit,
 * standards: [{standard, verdict, requires, required, recognition, criteria: [{code, labels,
 * verdict, origin, note, recorded, aggregate: {standard, mode, holding, total, comparison,
 * percent, needed, notAssessed, kinds, provenance}, indicators: [{indicator, labels, verdict,
 * reasons, observation, threshold, choice: {origin, conditions, read, overridden, setAside},
 * distance, note}]}]}]}]}}. The facts are stored, not texts: texts are rendered from them on
 * demand. Values carry {@code "type"}: FLAG, QUANTITY, RATIO, COUNT or GRADE; numbers are exact
 * decimals; absent facts are null. A document is read against the criteria set and snapshot it
 * was made from, and reading a written document gives an equal evaluation.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EvaluationJson {

    /** The schema id of an evaluation document. */
    public static final String SCHEMA = "ntm.evaluation/2";

    private static final ObjectMapper MAPPER = StrictJson.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new Jdk8Module()).addModule(new JavaTimeModule())
            .addMixIn(Value.class, ValueMixin.class)
            .addMixIn(Observation.class, ObservationMixin.class)
            .addMixIn(RecordedOutcome.class, RecordedOutcomeMixin.class)
            .addMixIn(Threshold.class, ThresholdMixin.class)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Value.Flag.class, name = "FLAG"),
        @JsonSubTypes.Type(value = Value.Quantity.class, name = "QUANTITY"),
        @JsonSubTypes.Type(value = Value.Ratio.class, name = "RATIO"),
        @JsonSubTypes.Type(value = Value.Count.class, name = "COUNT"),
        @JsonSubTypes.Type(value = Value.Grade.class, name = "GRADE")})
    private interface ValueMixin {
    }

    /** Observation: its accessors and its factory (core's value types carry no Jackson annotations). */
    private abstract static class ObservationMixin {
        @JsonCreator
        static Observation of(@JsonProperty("unit") String unit, @JsonProperty("indicator") String indicator,
                @JsonProperty("year") int year, @JsonProperty("value") Value value,
                @JsonProperty("source") DataSource source, @JsonProperty("asOf") Optional<LocalDate> asOf) {
            throw new AssertionError("mix-in");
        }

        @JsonProperty("unit") abstract String unit();
        @JsonProperty("indicator") abstract String indicator();
        @JsonProperty("year") abstract int year();
        @JsonProperty("value") abstract Value value();
        @JsonProperty("source") abstract DataSource source();
        @JsonProperty("asOf") abstract Optional<LocalDate> asOf();
    }

    /** RecordedOutcome: its accessors and its factory. */
    private abstract static class RecordedOutcomeMixin {
        @JsonCreator
        static RecordedOutcome of(@JsonProperty("unit") String unit, @JsonProperty("standard") String standard,
                @JsonProperty("criterion") String criterion, @JsonProperty("assessment") Assessment assessment,
                @JsonProperty("completionLow") Optional<BigDecimal> completionLow,
                @JsonProperty("completionHigh") Optional<BigDecimal> completionHigh,
                @JsonProperty("date") LocalDate date, @JsonProperty("source") DataSource source) {
            throw new AssertionError("mix-in");
        }

        @JsonProperty("unit") abstract String unit();
        @JsonProperty("standard") abstract String standard();
        @JsonProperty("criterion") abstract String criterion();
        @JsonProperty("assessment") abstract Assessment assessment();
        @JsonProperty("completionLow") abstract Optional<BigDecimal> completionLow();
        @JsonProperty("completionHigh") abstract Optional<BigDecimal> completionHigh();
        @JsonProperty("date") abstract LocalDate date();
        @JsonProperty("source") abstract DataSource source();
    }

    /** Threshold: its accessors and its factory. */
    private abstract static class ThresholdMixin {
        @JsonCreator
        static Threshold of(@JsonProperty("comparison") Comparison comparison,
                @JsonProperty("value") @Nullable BigDecimal value, @JsonProperty("status") ThresholdStatus status,
                @JsonProperty("provenance") Provenance provenance) {
            throw new AssertionError("mix-in");
        }

        @JsonProperty("comparison") abstract Comparison comparison();
        @JsonProperty("value") abstract Optional<BigDecimal> value();
        @JsonProperty("status") abstract ThresholdStatus status();
        @JsonProperty("provenance") abstract Provenance provenance();
        @JsonIgnore abstract boolean isKnown();
    }

    private EvaluationJson() {
    }

    /**
     * Writes an evaluation.
     *
     * @param evaluation the evaluation
     * @param writer     where to write; flushed, not closed
     */
    public static void write(Evaluation evaluation, Writer writer) {
        // streamed: one unit's tree at a time, so that a national evaluation is written in bounded
        // memory; the text is the one a whole tree would give (same mapper, same pretty printer)
        try {
            com.fasterxml.jackson.core.JsonGenerator g = MAPPER.writer().createGenerator(writer);
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("criteriaSet", evaluation.criteriaSet().id());
            g.writeStringField("snapshotDate", evaluation.snapshot().date().toString());
            g.writeFieldName("request");
            MAPPER.writeTree(g, MAPPER.valueToTree(evaluation.request()));
            g.writeFieldName("ignored");
            MAPPER.writeTree(g, MAPPER.valueToTree(evaluation.ignored()));
            g.writeArrayFieldStart("units");
            for (UnitResult u : evaluation.units()) {
                ObjectNode unit = MAPPER.createObjectNode().put("unit", u.unit());
                ArrayNode standards = unit.putArray("standards");
                for (StandardResult s : u.standards()) {
                    ObjectNode standard = standards.addObject().put("standard", s.standard())
                            .put("verdict", s.verdict().name()).put("requires", s.requires().orElse(null))
                            .put("required", s.required().name());
                    standard.set("recognition", tree(s.recognition().orElse(null)));
                    ArrayNode criteria = standard.putArray("criteria");
                    s.criteria().forEach(c -> criteria.add(criterion(c)));
                }
                MAPPER.writeTree(g, unit);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(@Nullable Object value) {
        return value == null ? MAPPER.nullNode() : MAPPER.valueToTree(value);
    }

    private static ObjectNode criterion(CriterionResult c) {
        ObjectNode node = MAPPER.createObjectNode().put("code", c.code());
        node.set("labels", tree(c.labels()));
        node.put("verdict", c.verdict().name()).put("origin", c.origin().name());
        node.set("note", tree(c.note().orElse(null)));
        node.set("recorded", tree(c.recorded().orElse(null)));
        node.set("aggregate", c.aggregate().<JsonNode>map(a -> {
            ObjectNode n = MAPPER.createObjectNode().put("standard", a.standard()).put("mode", a.mode().name());
            n.set("holding", tree(a.holding()));
            n.put("total", a.total()).put("comparison", a.comparison().name()).put("percent", a.percent())
                    .put("needed", a.needed());
            n.set("notAssessed", tree(a.notAssessed()));
            n.set("kinds", tree(a.kinds().stream().sorted().toList()));
            n.set("provenance", tree(a.provenance()));
            return n;
        }).orElse(MAPPER.nullNode()));
        ArrayNode indicators = node.putArray("indicators");
        for (IndicatorTrace t : c.indicators()) {
            ObjectNode n = indicators.addObject().put("indicator", t.indicator());
            n.set("labels", tree(t.labels()));
            n.put("verdict", t.verdict().name());
            n.set("reasons", tree(t.reasons().stream().sorted().toList()));
            n.set("observation", tree(t.observation().orElse(null)));
            n.set("threshold", tree(t.threshold().orElse(null)));
            n.set("choice", t.choice().<JsonNode>map(ch -> {
                ObjectNode cn = MAPPER.createObjectNode().put("origin", ch.origin().name());
                cn.set("conditions", tree(ch.conditions()));
                cn.set("read", tree(ch.read()));
                cn.set("overridden", tree(ch.overridden()));
                cn.set("setAside", tree(ch.setAside().orElse(null)));
                return cn;
            }).orElse(MAPPER.nullNode()));
            n.put("distance", t.distance().orElse(null));
            n.set("note", tree(t.note().orElse(null)));
        }
        return node;
    }

    /**
     * Reads an evaluation made from a criteria set and a snapshot.
     *
     * @param reader   the JSON text
     * @param source   the file name, for errors
     * @param set      the criteria set the evaluation was made with
     * @param snapshot the snapshot evaluated
     * @return the evaluation
     * @throws InvalidDataException for malformed JSON, another schema, another set or snapshot, or
     *                              invalid content
     */
    public static Evaluation read(Reader reader, String source, CriteriaSet set, Snapshot snapshot) {
        try {
            JsonNode root = StrictJson.read(MAPPER, reader, source);
            String schema = root.path("schema").asText("");
            if (!SCHEMA.equals(schema)) {
                throw new InvalidDataException(SourcePosition.of(source), null, "schema", "expected '" + SCHEMA
                        + "', found " + Limits.quote(schema));
            }
            String setId = root.path("criteriaSet").asText("");
            String date = root.path("snapshotDate").asText("");
            if (!set.id().equals(setId) || !snapshot.date().toString().equals(date)) {
                throw new InvalidDataException(SourcePosition.of(source), null, "criteriaSet",
                        "the document evaluates set " + Limits.quote(setId) + " on the snapshot of " + Limits.quote(date) + ", not set '"
                                + set.id() + "' on the snapshot of " + snapshot.date());
            }
            EvaluationRequest request = MAPPER.treeToValue(root.get("request"), EvaluationRequest.class);
            List<IgnoredRow> ignored = new ArrayList<>();
            for (JsonNode n : root.path("ignored")) {
                ignored.add(MAPPER.treeToValue(n, IgnoredRow.class));
            }
            Map<String, List<StandardResult>> results = new LinkedHashMap<>();
            for (JsonNode u : root.path("units")) {
                List<StandardResult> list = new ArrayList<>();
                for (JsonNode s : u.path("standards")) {
                    List<CriterionResult> criteria = new ArrayList<>();
                    for (JsonNode c : s.path("criteria")) {
                        criteria.add(criterion(c));
                    }
                    list.add(StandardResult.restore(s.get("standard").asText(), criteria,
                            value(s.get("recognition"), StatusEvent.class), text(s.get("requires")),
                            Verdict.valueOf(s.get("required").asText())));
                }
                results.put(u.get("unit").asText(), list);
            }
            return Evaluation.restore(set, snapshot, request, results, ignored);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(SourcePosition.of(source, e.getLocation() == null ? 0
                    : Math.max(0, e.getLocation().getLineNr())), null,
                    e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                            ? Limits.cut(m.getPathReference()) : null,
                    "not a valid evaluation: " + Limits.bounded(String.valueOf(e.getOriginalMessage())));
        } catch (InvalidDataException e) {
            // a restored value refused through the API: the bad input is in this file
            if (!e.position().equals(SourcePosition.API)) {
                throw e;
            }
            throw new InvalidDataException(SourcePosition.of(source), e.subject().orElse(null),
                    e.field().orElse(null), e.reason(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidDataException(SourcePosition.of(source), null, null, "not a valid evaluation: "
                    + Limits.reason(e));
        }
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static <T> @Nullable T value(@Nullable JsonNode node, Class<T> type) throws JsonProcessingException {
        return node == null || node.isNull() ? null : MAPPER.treeToValue(node, type);
    }

    /** A count as {@link #write} writes it: a whole number from 0, never text or a number cut to an int. */
    private static int count(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
            throw new IllegalArgumentException(field + " must be a whole number from 0, not " + Limits.quote(n.toString()));
        }
        return n.intValue();
    }

    /** A number (bounded by the reader), never text read as 0. */
    private static BigDecimal number(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        if (!n.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number, not " + Limits.quote(n.toString()));
        }
        return n.decimalValue();
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        node.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static CriterionResult criterion(JsonNode c) throws JsonProcessingException {
        AggregateTrace aggregate = null;
        JsonNode a = c.get("aggregate");
        if (a != null && !a.isNull()) {
            Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
            a.path("kinds").forEach(k -> kinds.add(UnitKind.valueOf(k.asText())));
            aggregate = AggregateTrace.restore(a.get("standard").asText(), CountingMode.valueOf(a.get("mode").asText()),
                    strings(a.path("holding")), count(a, "total"), Comparison.valueOf(a.get("comparison").asText()),
                    number(a, "percent"), count(a, "needed"), strings(a.path("notAssessed")), kinds,
                    MAPPER.treeToValue(a.get("provenance"), Provenance.class));
        }
        List<IndicatorTrace> traces = new ArrayList<>();
        for (JsonNode t : c.path("indicators")) {
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            t.path("reasons").forEach(r -> reasons.add(Reason.valueOf(r.asText())));
            RuleChoice choice = null;
            JsonNode ch = t.get("choice");
            if (ch != null && !ch.isNull()) {
                choice = RuleChoice.of(RuleOrigin.valueOf(ch.get("origin").asText()), map(ch.path("conditions")),
                        map(ch.path("read")), map(ch.path("overridden")), value(ch.get("setAside"), Threshold.class));
            }
            JsonNode distance = t.get("distance");
            traces.add(IndicatorTrace.restore(t.get("indicator").asText(), MAPPER.treeToValue(t.get("labels"),
                    Labels.class), value(t.get("observation"), Observation.class), value(t.get("threshold"),
                    Threshold.class), choice, Verdict.valueOf(t.get("verdict").asText()), reasons,
                    distance == null || distance.isNull() ? null : number(t, "distance"),
                    value(t.get("note"), Labels.class)));
        }
        return CriterionResult.restore(c.get("code").asText(), MAPPER.treeToValue(c.get("labels"), Labels.class),
                Verdict.valueOf(c.get("verdict").asText()), Origin.valueOf(c.get("origin").asText()), traces, aggregate,
                value(c.get("recorded"), RecordedOutcome.class), value(c.get("note"), Labels.class));
    }
}
