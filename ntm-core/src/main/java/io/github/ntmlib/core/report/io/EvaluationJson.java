package io.github.ntmlib.core.report.io;

import io.github.ntmlib.base.Language;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleChoice;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.IgnoredRow;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads evaluations as JSON documents of schema {@code ntm.evaluation/3}
 * (docs/formats.md, docs/schemas/evaluation-3.schema.json), in two forms.
 *
 * <p>The <b>full</b> form holds every fact of every result — unit (code, name, kind, parent),
 * standard, criterion and indicator trace: value, threshold, why that rule, distance, recorded
 * outcome, aggregate — from which every text is rendered on demand, and, after the units, what
 * the report layer derives from them: the tallies of every parent, the plan progress of the plans
 * given, and the units closest to each standard in each top-level unit. Reading a full document
 * against the criteria set and the snapshot it was made from gives an evaluation {@code equals} to
 * the one written (the derived sections are recomputed from the units, not read).
 *
 * <p>The <b>summary</b> form is for portals: per unit, for each standard that applies to it, one
 * text: the standard's verdict letter, a colon, and one letter per criterion in the order the
 * document's {@code standards} list gives ({@code M} met, {@code N} not met, {@code A} not
 * assessed, {@code -} no result): {@code "commune-ntm": "N:MMMMNMMMMMMMMMMMMMA"}; the date of each
 * recognition in force; and the same derived sections. It is a view: it is never read back as an
 * evaluation.
 *
 * <p>Both are written as a stream, one unit at a time, so that a national evaluation is written
 * and read in bounded memory (beyond the evaluation itself). To keep the full form small, a
 * document writes each threshold and rule choice in full the first time and by its index after
 * ({@code "threshold": 3}), leaves out names equal to the criteria set's and facts that are absent
 * (absent means none). Numbers are exact decimals written as {@link BigDecimal#toString()}, scale
 * kept.
 *
 * <p><b>Limits of the reader.</b> No limit on the whole document: its size is bounded by the
 * snapshot, since every unit appears once and must be a unit of the snapshot. Each unit's object is
 * at most {@value #UNIT_CHARACTERS} characters; strings, names, nesting and number text have the
 * limits of every reader (docs/formats.md); numbers have at most {@value #DIGITS} significant
 * digits and a leading digit within 10<sup>±{@value #EXPONENT}</sup>: ten times what the input
 * readers accept (40 digits, 10<sup>±50</sup>), so that every figure derived from inputs within
 * their bounds (a distance between two such values has up to about 140 digits) is written and read
 * back. The writer refuses, before writing a unit, a number of that unit beyond these bounds (a
 * value a program gave the API), naming the unit. Documents of schema {@code ntm.evaluation/2} are
 * read too.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EvaluationJson {

    /** The schema id of an evaluation document. */
    public static final String SCHEMA = "ntm.evaluation/3";

    /** The schema id of the previous version, still read. */
    public static final String PREVIOUS_SCHEMA = "ntm.evaluation/2";

    /** The most characters of one unit's object in a document the reader accepts. */
    public static final int UNIT_CHARACTERS = 8 * 1024 * 1024;

    /** How many closest units per standard and top-level unit the derived section lists. */
    public static final int CLOSEST = 10;

    /** The two forms of a document. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Form {
        /** Every fact of every result, read back as an equal evaluation. */
        FULL,
        /** Verdicts per unit, standard and criterion, tallies, progress and closest units; a view. */
        SUMMARY
    }

    /** The most significant digits of a number in a document: ten times what input readers accept. */
    public static final int DIGITS = 10 * Limits.DIGITS;

    /** The largest power of ten, in absolute value, of a number's leading digit in a document. */
    public static final int EXPONENT = 10 * Limits.EXPONENT;

    private static final ObjectMapper WRITER = mixins(JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)))
            .build();

    private static final ObjectMapper READER = mixins(StrictJson.streamingBuilder(DIGITS, EXPONENT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // parts are read from the middle of the stream; the reader checks the end itself
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS))
            .build();

    private static JsonMapper.Builder mixins(JsonMapper.Builder builder) {
        return builder.addModule(new Jdk8Module()).addModule(new JavaTimeModule())
                .addMixIn(Value.class, ValueMixin.class)
                .addMixIn(Observation.class, ObservationMixin.class)
                .addMixIn(RecordedOutcome.class, RecordedOutcomeMixin.class)
                .addMixIn(Threshold.class, ThresholdMixin.class)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

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
     * Writes the full form of an evaluation with its tallies and closest units.
     *
     * @param evaluation the evaluation
     * @param writer     where to write; flushed, not closed
     */
    public static void write(Evaluation evaluation, Writer writer) {
        write(evaluation, List.of(), Form.FULL, writer);
    }

    /**
     * Writes an evaluation in a form, with the progress of plans.
     *
     * @param evaluation the evaluation
     * @param plans      plans whose progress the document reports (each for a unit of the evaluation)
     * @param form       full or summary
     * @param writer     where to write; flushed, not closed
     * @throws IllegalArgumentException for a plan of a unit or standard the evaluation does not have
     */
    public static void write(Evaluation evaluation, List<Plan> plans, Form form, Writer writer) {
        Objects.requireNonNull(form, "form");
        List<Progress> progress = new ArrayList<>();
        for (Plan plan : plans) {
            progress.add(Progress.of(plan, evaluation));
        }
        try {
            JsonGenerator g = WRITER.createGenerator(writer);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("form", form.name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("criteriaSet", evaluation.criteriaSet().id());
            g.writeStringField("snapshotDate", evaluation.snapshot().date().toString());
            g.writeFieldName("request");
            WRITER.writeTree(g, WRITER.valueToTree(evaluation.request()));
            g.writeFieldName("ignored");
            ArrayNode ignoredRows = WRITER.createArrayNode();
            for (IgnoredRow row : evaluation.ignored()) {
                ObjectNode n = ignoredRows.addObject().put("unit", row.unit()).put("field", row.field());
                n.set("position", WRITER.valueToTree(row.position()));
                n.put("message", row.message()).put("message_vi", row.message(io.github.ntmlib.base.Language.VIETNAMESE));
            }
            WRITER.writeTree(g, ignoredRows);
            if (form == Form.SUMMARY) {
                g.writeArrayFieldStart("standards");
                for (Standard s : evaluation.criteriaSet().standards()) {
                    ObjectNode n = WRITER.createObjectNode().put("standard", s.id());
                    n.set("labels", WRITER.valueToTree(s.labels()));
                    ArrayNode codes = n.putArray("criteria");
                    s.criteria().forEach(c -> codes.add(c.code()));
                    WRITER.writeTree(g, n);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("units");
            Dictionary dictionary = new Dictionary();
            for (UnitResult u : evaluation.units()) {
                ObjectNode unit = form == Form.FULL ? unit(evaluation.criteriaSet(), u, dictionary)
                        : summaryUnit(evaluation.criteriaSet(), u);
                checkNumbers(u.unit(), unit);
                WRITER.writeTree(g, unit);
            }
            g.writeEndArray();
            derived(evaluation, progress, g);
            g.writeEndObject();
            g.close();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An evaluation as a document text.
     *
     * @param evaluation the evaluation
     * @param form       full or summary
     * @return the document
     */
    public static String toJson(Evaluation evaluation, Form form) {
        StringWriter out = new StringWriter();
        write(evaluation, List.of(), form, out);
        return out.toString();
    }

    /** Thresholds and rule choices written once each, then by their index. */
    private static final class Dictionary {
        private final Map<Threshold, Integer> thresholds = new HashMap<>();
        private final Map<RuleChoice, Integer> choices = new HashMap<>();
    }

    private static void putLabels(ObjectNode node, Labels labels, @Nullable Labels catalogued) {
        if (!labels.equals(catalogued)) {
            node.set("labels", WRITER.valueToTree(labels));
        }
    }

    private static ObjectNode head(UnitResult u) {
        ObjectNode unit = WRITER.createObjectNode().put("unit", u.unit()).put("name", u.name())
                .put("kind", u.kind().name());
        u.parent().ifPresent(p -> unit.put("parent", p));
        return unit;
    }

    private static ObjectNode unit(CriteriaSet set, UnitResult u, Dictionary dictionary) {
        ObjectNode unit = head(u);
        ArrayNode standards = unit.putArray("standards");
        for (StandardResult s : u.standards()) {
            ObjectNode standard = standards.addObject().put("standard", s.standard())
                    .put("verdict", s.verdict().name()).put("required", s.required().name());
            s.requires().ifPresent(r -> standard.put("requires", r));
            s.recognition().ifPresent(r -> standard.set("recognition", WRITER.valueToTree(r)));
            Optional<Standard> definition = set.standard(s.standard());
            ArrayNode criteria = standard.putArray("criteria");
            for (CriterionResult c : s.criteria()) {
                criteria.add(criterion(u.unit(), c, definition.flatMap(d -> d.criterion(c.code())).orElse(null),
                        dictionary));
            }
        }
        return unit;
    }

    private static ObjectNode summaryUnit(CriteriaSet set, UnitResult u) {
        ObjectNode unit = head(u);
        ObjectNode standards = unit.putObject("standards");
        ObjectNode recognised = unit.putObject("recognised");
        for (StandardResult s : u.standards()) {
            StringBuilder letters = new StringBuilder().append(letter(s.verdict())).append(':');
            for (Criterion c : set.standard(s.standard()).map(Standard::criteria).orElse(List.of())) {
                letters.append(s.criterion(c.code()).map(r -> letter(r.verdict())).orElse('-'));
            }
            standards.put(s.standard(), letters.toString());
            s.recognition().ifPresent(r -> recognised.put(s.standard(), r.date().toString()));
        }
        if (recognised.isEmpty()) {
            unit.remove("recognised");
        }
        return unit;
    }

    private static char letter(Verdict verdict) {
        switch (verdict) {
            case MET:
                return 'M';
            case NOT_MET:
                return 'N';
            default:
                return 'A';
        }
    }

    private static ObjectNode criterion(String unit, CriterionResult c, @Nullable Criterion definition,
            Dictionary dictionary) {
        ObjectNode node = WRITER.createObjectNode().put("code", c.code());
        putLabels(node, c.labels(), definition == null ? null : definition.labels());
        node.put("verdict", c.verdict().name()).put("origin", c.origin().name());
        c.note().ifPresent(n -> node.set("note", WRITER.valueToTree(n)));
        c.recorded().ifPresent(r -> node.set("recorded", WRITER.valueToTree(r)));
        c.aggregate().ifPresent(a -> {
            ObjectNode n = node.putObject("aggregate").put("standard", a.standard()).put("mode", a.mode().name());
            n.set("holding", WRITER.valueToTree(a.holding()));
            n.put("total", a.total()).put("comparison", a.comparison().name()).put("percent", a.percent())
                    .put("needed", a.needed());
            n.set("notAssessed", WRITER.valueToTree(a.notAssessed()));
            n.set("kinds", WRITER.valueToTree(a.kinds().stream().sorted().toList()));
            n.set("provenance", WRITER.valueToTree(a.provenance()));
        });
        Map<String, Labels> indicatorLabels = new HashMap<>();
        if (definition != null) {
            for (IndicatorDefinition d : definition.indicators()) {
                indicatorLabels.put(d.code(), d.labels());
            }
        }
        ArrayNode indicators = node.putArray("indicators");
        for (IndicatorTrace t : c.indicators()) {
            ObjectNode n = indicators.addObject().put("indicator", t.indicator());
            putLabels(n, t.labels(), indicatorLabels.get(t.indicator()));
            n.put("verdict", t.verdict().name());
            if (!t.reasons().isEmpty()) {
                n.set("reasons", WRITER.valueToTree(t.reasons().stream().sorted().toList()));
            }
            t.observation().ifPresent(o -> {
                ObjectNode on = WRITER.valueToTree(o);
                if (o.unit().equals(unit)) {
                    on.remove("unit");
                }
                if (o.indicator().equals(t.indicator())) {
                    on.remove("indicator");
                }
                n.set("observation", on);
            });
            t.threshold().ifPresent(th -> n.set("threshold", reference(dictionary.thresholds, th,
                    () -> WRITER.valueToTree(th))));
            t.choice().ifPresent(ch -> n.set("choice", reference(dictionary.choices, ch, () -> {
                ObjectNode cn = WRITER.createObjectNode().put("origin", ch.origin().name());
                putMap(cn, "conditions", ch.conditions());
                putMap(cn, "read", ch.read());
                putMap(cn, "overridden", ch.overridden());
                ch.setAside().ifPresent(s -> cn.set("setAside", WRITER.valueToTree(s)));
                return cn;
            })));
            t.distance().ifPresent(d -> n.put("distance", d));
            t.note().ifPresent(note -> n.set("note", WRITER.valueToTree(note)));
        }
        return node;
    }

    private static void putMap(ObjectNode node, String field, Map<String, String> map) {
        if (!map.isEmpty()) {
            node.set(field, WRITER.valueToTree(map));
        }
    }

    /** Refuses a unit holding a number the reader would refuse, before anything of it is written. */
    private static void checkNumbers(String unit, JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                checkNumbers(unit, child);
            }
        } else if (node.isBigDecimal() || node.isBigInteger()) {
            io.github.ntmlib.base.Labels problem = Limits.numberLimit(node.decimalValue(), DIGITS, EXPONENT);
            if (problem != null) {
                throw new IllegalArgumentException("unit " + unit + ": " + Limits.quote(node.decimalValue().toString())
                        + " cannot be written in an evaluation document: " + problem.english());
            }
        }
    }

    /** The index of a value written before, or its full form the first time (with its index {@code "#"}). */
    private static <T> JsonNode reference(Map<T, Integer> seen, T value, java.util.function.Supplier<ObjectNode> full) {
        Integer index = seen.get(value);
        if (index != null) {
            return WRITER.getNodeFactory().numberNode(index.intValue());
        }
        int next = seen.size();
        seen.put(value, next);
        ObjectNode node = WRITER.createObjectNode().put("#", next);
        node.setAll(full.get());
        return node;
    }

    /** The sections the report layer derives from the units: tallies, plan progress, closest units. */
    private static void derived(Evaluation evaluation, List<Progress> progress, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("tallies");
        for (Tally t : Tallies.of(evaluation).all()) {
            ObjectNode n = WRITER.createObjectNode().put("unit", t.parent()).put("standard", t.standard());
            n.set("kinds", WRITER.valueToTree(t.kinds().stream().sorted().toList()));
            n.put("scope", t.scope().name()).put("total", t.total()).put("recognised", t.recognised())
                    .put("attained", t.attained()).put("notAssessed", t.notAssessed());
            WRITER.writeTree(g, n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("progress");
        for (Progress p : progress) {
            Plan plan = p.plan();
            ObjectNode n = WRITER.createObjectNode().put("unit", plan.unit()).put("standard", plan.standard());
            n.set("kinds", WRITER.valueToTree(plan.kinds().stream().sorted().toList()));
            n.put("year", plan.year()).put("target", plan.target());
            n.set("achieved", WRITER.valueToTree(p.achieved()));
            n.put("percent", p.percent(1));
            WRITER.writeTree(g, n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("closest");
        for (Standard s : evaluation.criteriaSet().standards()) {
            Map<String, List<Gap>> byRoot = new LinkedHashMap<>();
            for (Gap gap : Gaps.ranking(evaluation, s.id())) {
                String root = root(evaluation.snapshot(), gap.unit());
                List<Gap> list = byRoot.computeIfAbsent(root, r -> new ArrayList<>());
                if (list.size() < CLOSEST) {
                    list.add(gap);
                }
            }
            for (Map.Entry<String, List<Gap>> e : byRoot.entrySet()) {
                ObjectNode n = WRITER.createObjectNode().put("unit", e.getKey()).put("standard", s.id());
                ArrayNode units = n.putArray("units");
                for (Gap gap : e.getValue()) {
                    ObjectNode gn = units.addObject().put("unit", gap.unit());
                    ArrayNode notMet = gn.putArray("notMet");
                    ArrayNode notAssessed = gn.putArray("notAssessed");
                    gap.missing().forEach(c -> (c.verdict() == Verdict.NOT_MET ? notMet : notAssessed).add(c.code()));
                }
                WRITER.writeTree(g, n);
            }
        }
        g.writeEndArray();
    }

    private static String root(Snapshot snapshot, String unit) {
        List<AdminUnit> ancestors = snapshot.ancestors(unit);
        return ancestors.isEmpty() ? unit : ancestors.get(ancestors.size() - 1).code();
    }

    /**
     * Reads the full form of an evaluation made from a criteria set and a snapshot, as a stream
     * (one unit at a time).
     *
     * @param reader   the JSON text
     * @param source   the file name, for errors
     * @param set      the criteria set the evaluation was made with
     * @param snapshot the snapshot evaluated
     * @return the evaluation, {@code equals} to the one written
     * @throws InvalidDataException naming the source, line and field for malformed JSON, another
     *                              schema, a summary, another set or snapshot, a unit not in the
     *                              snapshot or given twice, or invalid content
     */
    public static Evaluation read(Reader reader, String source, CriteriaSet set, Snapshot snapshot) {
        try (JsonParser p = READER.createParser(reader)) {
            return read(p, source, set, snapshot);
        } catch (IOException e) {
            if (e instanceof JsonProcessingException j) {
                throw new InvalidDataException(SourcePosition.of(source, line(j)), null, null, Labels.of(
                        "không phải là JSON hợp lệ: " + Limits.quote(String.valueOf(j.getOriginalMessage())),
                        "not valid JSON: " + Limits.bounded(String.valueOf(j.getOriginalMessage()))));
            }
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private static Evaluation read(JsonParser p, String source, CriteriaSet set, Snapshot snapshot)
            throws IOException {
        Reading r = new Reading(source, set, snapshot);
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw r.error(p, null, null, Labels.of("tài liệu kết quả đánh giá là một đối tượng JSON",
                    "an evaluation document is a JSON object"));
        }
        String schema = null;
        EvaluationRequest request = null;
        List<IgnoredRow> ignored = null;
        Map<String, List<StandardResult>> results = null;
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!seen.add(field)) {
                throw r.error(p, null, field, Labels.of("trường được cho hai lần", "the field is given twice"));
            }
            if (schema == null && !field.equals("schema")) {
                throw r.error(p, null, "schema", Labels.of("tài liệu kết quả đánh giá bắt đầu bằng lược đồ '"
                        + SCHEMA + "'", "an evaluation document begins with its schema, '" + SCHEMA + "'"));
            }
            switch (field) {
                case "schema":
                    schema = p.getValueAsString("");
                    if (!SCHEMA.equals(schema) && !PREVIOUS_SCHEMA.equals(schema)) {
                        throw r.error(p, null, "schema", Labels.of("cần '" + SCHEMA + "', gặp " + Limits.quote(schema),
                                "expected '" + SCHEMA + "', found " + Limits.quote(schema)));
                    }
                    break;
                case "form":
                    String form = p.getValueAsString("");
                    if (form.equals("summary")) {
                        throw r.error(p, null, "form", Labels.of("bản tóm tắt chỉ là một cách xem kết quả đánh giá và"
                                + " không được đọc lại thành kết quả; hãy đọc dạng đầy đủ", "a summary is a view of an"
                                + " evaluation and is not read back as one; read the full form"));
                    }
                    if (!form.equals("full")) {
                        throw r.error(p, null, "form", Labels.of("cần 'full', gặp " + Limits.quote(form),
                                "expected 'full', found " + Limits.quote(form)));
                    }
                    break;
                case "criteriaSet":
                    String setId = p.getValueAsString("");
                    if (!set.id().equals(setId)) {
                        throw r.error(p, null, field, Labels.of("tài liệu đánh giá theo bộ tiêu chí " + Limits.quote(setId)
                                + ", không phải " + set.labels().vietnamese() + " ('" + set.id() + "')",
                                "the document evaluates set " + Limits.quote(setId) + ", not '" + set.id() + "'"));
                    }
                    break;
                case "snapshotDate":
                    String date = p.getValueAsString("");
                    if (!snapshot.date().toString().equals(date)) {
                        throw r.error(p, null, field, Labels.of("tài liệu đánh giá danh mục đơn vị hành chính ngày "
                                + Limits.quote(date) + ", không phải danh mục ngày "
                                + Language.VIETNAMESE.format(snapshot.date()), "the document evaluates the snapshot of "
                                + Limits.quote(date) + ", not the snapshot of " + snapshot.date()));
                    }
                    break;
                case "request":
                    request = r.bind(p, field, tree -> READER.treeToValue(tree, EvaluationRequest.class));
                    break;
                case "ignored":
                    ignored = r.bind(p, field, tree -> {
                        List<IgnoredRow> list = new ArrayList<>();
                        for (JsonNode n : array(tree, "ignored")) {
                            fields(n, "unit", "field", "position", "message", "message_vi");
                            String message = text(n, "message");
                            // documents written before "message_vi" hold the English reason only: it is
                            // then shown as given in both languages
                            String vietnamese = n.has("message_vi") ? text(n, "message_vi") : message;
                            list.add(new IgnoredRow(text(n, "unit"), text(n, "field"),
                                    READER.treeToValue(Objects.requireNonNull(n.get("position"), "position"),
                                            SourcePosition.class), Labels.of(vietnamese, message)));
                        }
                        return list;
                    });
                    break;
                case "units":
                    results = r.units(p);
                    break;
                case "tallies":
                case "progress":
                case "closest":
                    // derived from the units by the report layer: recomputed, never read
                    if (!p.currentToken().isStructStart()) {
                        throw r.error(p, null, field, EXPECTED_ARRAY);
                    }
                    p.skipChildren();
                    break;
                default:
                    throw r.error(p, null, field, Labels.of("trường không rõ", "unknown field"));
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw r.error(p, null, null, Labels.of("có nội dung sau tài liệu kết quả đánh giá",
                    "content after the evaluation document"));
        }
        if (request == null || results == null) {
            throw r.error(p, null, request == null ? "request" : "units", Labels.of("thiếu", "missing"));
        }
        try {
            return Evaluation.restore(set, snapshot, request, results, ignored == null ? List.of() : ignored);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(SourcePosition.of(source), null, "units", reason(e));
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw refusal("trường " + Limits.quote(field) + " phải là một mảng", field + " must be an array");
        }
        return node;
    }

    /** A function from a tree that may fail as Jackson's binding does. */
    private interface Binding<T> {
        T apply(JsonNode tree) throws IOException;
    }

    /** What reading one document knows: its source, set and snapshot, and the dictionary so far. */
    private static final class Reading {
        private final String source;
        private final CriteriaSet set;
        private final Snapshot snapshot;
        private final List<Threshold> thresholds = new ArrayList<>();
        private final List<RuleChoice> choices = new ArrayList<>();
        private final Map<String, String> codes = new HashMap<>();
        private final Map<DataSource, DataSource> sources = new HashMap<>();

        Reading(String source, CriteriaSet set, Snapshot snapshot) {
            this.source = source;
            this.set = set;
            this.snapshot = snapshot;
        }

        InvalidDataException error(JsonParser p, @Nullable String unit, @Nullable String field, Labels reason) {
            int line = p.currentLocation() == null ? 0 : Math.max(0, p.currentLocation().getLineNr());
            return new InvalidDataException(SourcePosition.of(source, line), unit, field, reason);
        }

        <T> T bind(JsonParser p, String field, Binding<T> binding) throws IOException {
            int line = Math.max(0, p.currentLocation().getLineNr());
            JsonNode tree = StrictJson.readPart(READER, p, source);
            try {
                return binding.apply(tree);
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                Labels why = reason(e);
                throw new InvalidDataException(SourcePosition.of(source, line), null, field,
                        Labels.of("không hợp lệ: " + why.vietnamese(), "not valid: " + why.english()));
            }
        }

        Map<String, List<StandardResult>> units(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error(p, null, "units", EXPECTED_ARRAY);
            }
            Map<String, List<StandardResult>> results = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = Math.max(0, p.currentLocation().getLineNr());
                long start = p.currentLocation().getCharOffset();
                JsonNode tree = StrictJson.readPart(READER, p, source);
                long end = p.currentLocation().getCharOffset();
                String code = tree.path("unit").asText("");
                if (start >= 0 && end - start > UNIT_CHARACTERS) {
                    throw new InvalidDataException(SourcePosition.of(source, line), Limits.cut(code), "units",
                            Labels.of("đối tượng của một đơn vị có " + (end - start) + " ký tự (tối đa "
                                    + UNIT_CHARACTERS + ")", "a unit's object has " + (end - start)
                                    + " characters (at most " + UNIT_CHARACTERS + ")"));
                }
                if (!snapshot.contains(code)) {
                    throw new InvalidDataException(SourcePosition.of(source, line), Limits.cut(code), "unit",
                            Labels.of("không có đơn vị mang mã này trong danh mục đơn vị hành chính ngày "
                                    + Language.VIETNAMESE.format(snapshot.date()),
                                    "no unit with this code in the snapshot of " + snapshot.date()));
                }
                if (results.containsKey(code)) {
                    throw new InvalidDataException(SourcePosition.of(source, line), code, "unit",
                            Labels.of("đơn vị được cho hai lần", "the unit is given twice"));
                }
                try {
                    results.put(code, unit(tree, snapshot.require(code)));
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException
                        | ClassCastException e) {
                    Labels why = reason(e);
                    throw new InvalidDataException(SourcePosition.of(source, line), code, null, Labels.of(
                            "không phải là kết quả hợp lệ của một đơn vị: " + why.vietnamese(),
                            "not a valid unit result: " + why.english()));
                } catch (InvalidDataException e) {
                    throw new InvalidDataException(SourcePosition.of(source, line), code, e.field().orElse(null),
                            Labels.of(e.reason(Language.VIETNAMESE), e.reason()), e);
                }
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw error(p, null, "units", Labels.of("cần một mảng các đối tượng đơn vị",
                        "expected an array of unit objects"));
            }
            return results;
        }

        private List<StandardResult> unit(JsonNode u, AdminUnit unit) throws JsonProcessingException {
            fields(u, "unit", "name", "kind", "parent", "standards");
            if (u.has("name") && !u.get("name").asText().equals(unit.name())) {
                throw refusal("đơn vị mang tên " + Limits.quote(u.get("name").asText()) + " trong tài liệu và "
                        + Limits.quote(unit.name()) + " trong danh mục", "the unit is named "
                        + Limits.quote(u.get("name").asText()) + " in the document and '" + unit.name()
                        + "' in the snapshot");
            }
            if (u.has("kind") && !u.get("kind").asText().equals(unit.kind().name())) {
                throw refusal("đơn vị là " + Limits.quote(u.get("kind").asText()) + " trong tài liệu và là "
                        + unit.kind().vietnamese() + " trong danh mục", "the unit is a "
                        + Limits.quote(u.get("kind").asText()) + " in the document and a " + unit.kind().name()
                        + " in the snapshot");
            }
            List<StandardResult> list = new ArrayList<>();
            for (JsonNode s : array(u.path("standards"), "standards")) {
                fields(s, "standard", "verdict", "requires", "required", "recognition", "criteria");
                String id = text(s, "standard");
                Standard standard = set.standard(id).orElseThrow(() -> refusal("không có mức chuẩn "
                        + Limits.quote(id) + " trong bộ tiêu chí " + set.labels().vietnamese(),
                        "no standard " + Limits.quote(id) + " in set '" + set.id() + "'"));
                List<CriterionResult> criteria = new ArrayList<>();
                for (JsonNode c : array(s.path("criteria"), "criteria")) {
                    criteria.add(criterion(c, unit.code(), standard));
                }
                String requires = optionalText(s, "requires");
                StandardResult result = StandardResult.restore(id, criteria,
                        value(s.get("recognition"), StatusEvent.class), requires, requires == null ? null
                                : set.standard(requires).map(Standard::labels).orElse(null),
                        Verdict.valueOf(text(s, "required")));
                if (s.has("verdict") && !s.get("verdict").asText().equals(result.verdict().name())) {
                    throw refusal("mức chuẩn " + standard.labels().vietnamese() + ": kết luận "
                            + Limits.quote(s.get("verdict").asText()) + " không phải là kết luận các tiêu chí của nó"
                            + " cho ra (" + Limits.quote(result.verdict().name()) + ")", "standard " + id
                            + ": the verdict " + Limits.quote(s.get("verdict").asText())
                            + " is not the one its criteria give (" + result.verdict() + ")");
                }
                list.add(result);
            }
            return list;
        }

        private CriterionResult criterion(JsonNode c, String unit, Standard standard) throws JsonProcessingException {
            fields(c, "code", "labels", "verdict", "origin", "note", "recorded", "aggregate", "indicators");
            String code = text(c, "code");
            Optional<Criterion> definition = standard.criterion(code);
            Labels labels = labels(c, definition.map(Criterion::labels).orElse(null), "criterion " + code);
            AggregateTrace aggregate = null;
            JsonNode a = c.get("aggregate");
            if (a != null && !a.isNull()) {
                fields(a, "standard", "mode", "holding", "total", "comparison", "percent", "needed", "notAssessed",
                        "kinds", "provenance");
                Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
                a.path("kinds").forEach(k -> kinds.add(UnitKind.valueOf(k.asText())));
                aggregate = AggregateTrace.restore(text(a, "standard"), CountingMode.valueOf(text(a, "mode")),
                        strings(a.path("holding")), count(a, "total"), Comparison.valueOf(text(a, "comparison")),
                        number(a, "percent"), count(a, "needed"), strings(a.path("notAssessed")), kinds,
                        READER.treeToValue(a.get("provenance"), Provenance.class));
            }
            Map<String, Labels> indicatorLabels = new HashMap<>();
            definition.ifPresent(d -> d.indicators().forEach(i -> indicatorLabels.put(i.code(), i.labels())));
            List<IndicatorTrace> traces = new ArrayList<>();
            for (JsonNode t : array(c.path("indicators"), "indicators")) {
                fields(t, "indicator", "labels", "verdict", "reasons", "observation", "threshold", "choice",
                        "distance", "note");
                String indicator = text(t, "indicator");
                Set<Reason> reasons = EnumSet.noneOf(Reason.class);
                t.path("reasons").forEach(r -> reasons.add(Reason.valueOf(r.asText())));
                Observation observation = null;
                JsonNode o = t.get("observation");
                if (o != null && !o.isNull()) {
                    ObjectNode on = ((ObjectNode) o).deepCopy();
                    if (!on.has("unit")) {
                        on.put("unit", unit);
                    }
                    if (!on.has("indicator")) {
                        on.put("indicator", indicator);
                    }
                    observation = shared(READER.treeToValue(on, Observation.class));
                }
                Threshold threshold = referenced(t.get("threshold"), thresholds, "threshold",
                        n -> READER.treeToValue(n, Threshold.class));
                RuleChoice choice = referenced(t.get("choice"), choices, "choice", ch -> {
                    fields(ch, "origin", "conditions", "read", "overridden", "setAside");
                    return RuleChoice.of(RuleOrigin.valueOf(text(ch, "origin")), map(ch.path("conditions")),
                            map(ch.path("read")), map(ch.path("overridden")), value(ch.get("setAside"), Threshold.class));
                });
                JsonNode distance = t.get("distance");
                traces.add(IndicatorTrace.restore(indicator, labels(t, indicatorLabels.get(indicator),
                        "indicator " + indicator), observation, threshold, choice, Verdict.valueOf(text(t, "verdict")),
                        reasons, distance == null || distance.isNull() ? null : number(t, "distance"),
                        value(t.get("note"), Labels.class)));
            }
            return CriterionResult.restore(code, labels, Verdict.valueOf(text(c, "verdict")),
                    Origin.valueOf(text(c, "origin")), traces, aggregate, value(c.get("recorded"), RecordedOutcome.class),
                    value(c.get("note"), Labels.class));
        }

        /**
         * The observation with its indicator code and source shared with equal ones read before: a
         * national document repeats one source in every trace, which a restored evaluation need not
         * hold hundreds of thousands of times.
         */
        private Observation shared(Observation o) {
            String indicator = codes.computeIfAbsent(o.indicator(), c -> c);
            DataSource source = sources.computeIfAbsent(o.source(), s -> s);
            if (indicator == o.indicator() && source == o.source()) {
                return o;
            }
            return Observation.of(o.unit(), indicator, o.year(), o.value(), source, o.asOf());
        }

        private <T> @Nullable T referenced(@Nullable JsonNode node, List<T> known, String field, Binding<T> full)
                throws JsonProcessingException {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isIntegralNumber()) {
                if (!node.canConvertToInt() || node.intValue() < 0 || node.intValue() >= known.size()) {
                    throw refusal("trường " + Limits.quote(field) + " " + Limits.quote(node.toString())
                            + " không trỏ tới mục nào được viết trước đó (hiện có " + known.size() + ")",
                            field + " " + Limits.quote(node.toString()) + " refers to no " + field
                            + " written before (" + known.size() + " so far)");
                }
                return known.get(node.intValue());
            }
            if (!node.isObject()) {
                throw refusal("trường " + Limits.quote(field) + " phải là một đối tượng hoặc chỉ số của một đối"
                        + " tượng được viết trước đó", field + " must be an object or the index of one written before");
            }
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            JsonNode index = copy.remove("#");
            if (index != null && (!index.isIntegralNumber() || !index.canConvertToInt() || index.intValue() != known.size())) {
                throw refusal("chỉ số " + Limits.quote(index.toString()) + " của trường " + Limits.quote(field)
                        + " không phải là chỉ số kế tiếp (" + known.size() + ")", field + " index "
                        + Limits.quote(index.toString()) + " is not the next one (" + known.size() + ")");
            }
            T value;
            try {
                value = full.apply(copy);
            } catch (JsonProcessingException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (index != null) {
                known.add(value);
            }
            return value;
        }

        private static Labels labels(JsonNode node, @Nullable Labels catalogued, String what)
                throws JsonProcessingException {
            JsonNode labels = node.get("labels");
            if (labels == null || labels.isNull()) {
                if (catalogued == null) {
                    throw refusal(Limits.quote(what) + ": không có tên gọi, và bộ tiêu chí cũng không nêu",
                            what + ": no labels, and the criteria set names none");
                }
                return catalogued;
            }
            return READER.treeToValue(labels, Labels.class);
        }
    }

    private static void fields(JsonNode node, String... allowed) {
        if (!node.isObject()) {
            throw refusal("cần một đối tượng, gặp " + Limits.quote(node.toString()),
                    "expected an object, found " + Limits.quote(node.toString()));
        }
        Set<String> names = Set.of(allowed);
        node.fieldNames().forEachRemaining(f -> {
            if (!names.contains(f)) {
                throw refusal("trường không rõ " + Limits.quote(f), "unknown field " + Limits.quote(f));
            }
        });
    }

    private static Labels reason(Exception e) {
        if (e instanceof Refusal r) {
            return r.labels;
        }
        if (e instanceof JsonProcessingException j) {
            String original = String.valueOf(j.getOriginalMessage());
            return Labels.of("nội dung JSON không đọc được: " + Limits.quote(original), Limits.bounded(original));
        }
        return Labels.of("giá trị không hợp lệ: " + Limits.quote(Limits.reason(e)), Limits.reason(e));
    }

    private static final Labels EXPECTED_ARRAY = Labels.of("cần một mảng", "expected an array");

    private static Refusal refusal(String vietnamese, String english) {
        return new Refusal(Labels.of(vietnamese, english));
    }

    /** Content this reader refuses, with its reason in each language. */
    private static final class Refusal extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Labels labels;

        Refusal(Labels labels) {
            super(labels.english());
            this.labels = labels;
        }
    }

    private static String text(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual()) {
            throw refusal("trường " + Limits.quote(field) + (n == null ? " bị thiếu, cần là văn bản"
                    : " phải là văn bản, không phải " + Limits.quote(n.toString())), field + " must be text, not " + (n == null ? "missing"
                    : Limits.quote(n.toString())));
        }
        return n.asText();
    }

    private static @Nullable String optionalText(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n == null || n.isNull() ? null : text(parent, field);
    }

    private static <T> @Nullable T value(@Nullable JsonNode node, Class<T> type) throws JsonProcessingException {
        return node == null || node.isNull() ? null : READER.treeToValue(node, type);
    }

    /** A count as {@link #write} writes it: a whole number from 0, never text or a number cut to an int. */
    private static int count(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
            throw refusal("trường " + Limits.quote(field) + " phải là số nguyên từ 0, không phải "
                    + Limits.quote(n.toString()), field + " must be a whole number from 0, not "
                    + Limits.quote(n.toString()));
        }
        return n.intValue();
    }

    /** A number (bounded by the reader), never text read as 0. */
    private static BigDecimal number(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        if (!n.isNumber()) {
            throw refusal("trường " + Limits.quote(field) + " phải là số, không phải " + Limits.quote(n.toString()),
                    field + " must be a number, not " + Limits.quote(n.toString()));
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
}
