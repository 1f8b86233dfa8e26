package io.github.ntmlib.core.report.io;

import io.github.ntmlib.base.internal.Limits;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.ChangeKind;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.CriterionChange;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.Standing;
import io.github.ntmlib.core.report.TargetStatus;
import io.github.ntmlib.core.report.UnitChange;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads comparisons of evaluations as JSON, schema {@code ntm.comparison/1}
 * (docs/formats.md, docs/schemas/comparison-1.schema.json): {@code {schema, steps: [{counting,
 * earlier, later, standards: [{standard, labels, before, after, totalBefore, totalAfter, change,
 * shareBefore, shareAfter, counts, changes: [{kind, before, after, links, criteria}]}], onlyEarlier,
 * onlyLater, targets}]}}. One comparison is a series of one step. Figures derived from the groups
 * (counts, shares, each group's kind, a target's reached and margin) are written for readers and
 * checked on reading: a document whose figures disagree with its groups is refused. Shares are exact
 * fractions ({@code {numerator, denominator}} as strings, reduced). Reading a written document gives
 * an equal series.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComparisonJson {

    /** The schema id of a comparison document. */
    public static final String SCHEMA = "ntm.comparison/1";

    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    /**
     * Writes one comparison as a series of one step.
     *
     * @param comparison the comparison
     * @param writer     where to write; flushed, not closed
     */
    public static void write(EvaluationComparison comparison, Writer writer) {
        write(ComparisonSeries.ofSteps(List.of(comparison)), writer);
    }

    /**
     * Writes a series.
     *
     * @param series the series
     * @param writer where to write; flushed, not closed
     */
    public static void write(ComparisonSeries series, Writer writer) {
        try {
            WRITER.writeValue(new NonClosing(writer), tree(series));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as a tree (for callers embedding it in a larger document).
     *
     * @param series the series
     * @return the document
     */
    public static ObjectNode tree(ComparisonSeries series) {
        ObjectNode root = WRITER.createObjectNode().put("schema", SCHEMA);
        ArrayNode steps = root.putArray("steps");
        for (EvaluationComparison c : series.steps()) {
            ObjectNode step = steps.addObject().put("counting", c.counting().name());
            side(step.putObject("earlier"), c.earlier());
            side(step.putObject("later"), c.later());
            ArrayNode standards = step.putArray("standards");
            for (StandardComparison s : c.standards()) {
                standard(standards.addObject(), s);
            }
            names(step.putArray("onlyEarlier"), c.onlyEarlier());
            names(step.putArray("onlyLater"), c.onlyLater());
            ArrayNode targets = step.putArray("targets");
            for (TargetStatus t : c.targets()) {
                ObjectNode n = targets.addObject().put("standard", t.standard()).put("measure", t.measure().name());
                fraction(n.putObject("target"), t.target());
                n.put("total", t.total()).put("required", t.required()).put("actual", t.actual())
                        .put("reached", t.reached()).put("margin", t.margin());
            }
        }
        return root;
    }

    private static void side(ObjectNode n, EvaluationComparison.Side side) {
        n.put("asOf", side.asOf().toString()).put("snapshot", side.snapshot().toString())
                .put("criteriaSet", side.criteriaSet()).put("dataYear", side.dataYear());
    }

    private static void labels(ObjectNode n, Labels labels) {
        n.put("vi", labels.vietnamese()).put("en", labels.english());
    }

    private static void names(ArrayNode array, Map<String, Labels> names) {
        names.forEach((id, labels) -> {
            ObjectNode n = array.addObject().put("standard", id);
            labels(n.putObject("labels"), labels);
        });
    }

    private static void fraction(ObjectNode n, Fraction f) {
        Fraction r = f.reduced();
        n.put("numerator", r.numerator().toString()).put("denominator", r.denominator().toString());
    }

    private static void standard(ObjectNode n, StandardComparison s) {
        n.put("standard", s.standard());
        labels(n.putObject("labels"), s.labels());
        n.put("before", s.before()).put("after", s.after()).put("totalBefore", s.totalBefore())
                .put("totalAfter", s.totalAfter()).put("change", s.change());
        share(n, "shareBefore", s.shareBefore());
        share(n, "shareAfter", s.shareAfter());
        ObjectNode counts = n.putObject("counts");
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind.name(), s.count(kind));
        }
        ArrayNode changes = n.putArray("changes");
        for (UnitChange c : s.changes()) {
            ObjectNode g = changes.addObject().put("kind", c.kind().name());
            members(g.putArray("before"), c.before());
            members(g.putArray("after"), c.after());
            ArrayNode links = g.putArray("links");
            c.links().forEach(l -> links.addObject().put("from", l.from()).put("to", l.to()).put("share",
                    l.share().word()));
            ArrayNode criteria = g.putArray("criteria");
            for (CriterionChange cc : c.criteria()) {
                criteria.addObject().put("unitBefore", cc.unitBefore()).put("unitAfter", cc.unitAfter())
                        .put("criterion", cc.criterion()).put("before", cc.verdictBefore().map(Enum::name).orElse(null))
                        .put("after", cc.verdictAfter().map(Enum::name).orElse(null));
            }
        }
    }

    private static void share(ObjectNode n, String field, Optional<Fraction> share) {
        if (share.isPresent()) {
            fraction(n.putObject(field), share.get());
        } else {
            n.putNull(field);
        }
    }

    private static void members(ArrayNode array, List<UnitChange.Member> members) {
        members.forEach(m -> array.addObject().put("code", m.code()).put("name", m.name()).put("kind", m.kind().name())
                .put("standing", m.standing().name()));
    }

    /**
     * Reads a document.
     *
     * @param reader the text; not closed
     * @param source the file name, for errors
     * @return the series (a single comparison is a series of one step)
     * @throws InvalidDataException naming the source, line and field of anything malformed, missing,
     *                              unknown or inconsistent
     */
    public static ComparisonSeries read(Reader reader, String source) {
        return new Read(source).series(StrictJson.read(StrictJson.MAPPER, reader, source));
    }

    /** One reading: the source, for errors. */
    private static final class Read {
        private final String source;

        Read(String source) {
            this.source = source;
        }

        private InvalidDataException error(JsonNode node, @Nullable String field, Labels message) {
            return new InvalidDataException(SourcePosition.of(source, StrictJson.line(node)), null, field, message);
        }

        private JsonNode object(JsonNode node, String what, Set<String> fields) {
            if (!node.isObject()) {
                throw error(node, what, Labels.of("cần một đối tượng", "an object is expected"));
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!fields.contains(name)) {
                    throw error(node, name, Labels.of("trường không rõ trong " + Limits.quote(what),
                            "unknown field in " + what));
                }
            }
            for (String name : fields) {
                if (!node.has(name)) {
                    throw error(node, name, Labels.of("thiếu trường trong " + Limits.quote(what),
                            "missing field in " + what));
                }
            }
            return node;
        }

        private JsonNode field(JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null) {
                throw error(node, name, Labels.of("thiếu trường", "missing field"));
            }
            return value;
        }

        private String text(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.isTextual()) {
                throw error(value, name, Labels.of("cần một chuỗi văn bản", "a string is expected"));
            }
            return value.asText();
        }

        private int integer(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.isInt()) {
                throw error(value, name, Labels.of("cần một số nguyên", "a whole number is expected"));
            }
            return value.intValue();
        }

        private boolean bool(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.isBoolean()) {
                throw error(value, name, Labels.of("cần 'true' hoặc 'false'", "true or false is expected"));
            }
            return value.booleanValue();
        }

        private ArrayNode array(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.isArray()) {
                throw error(value, name, Labels.of("cần một mảng", "an array is expected"));
            }
            return (ArrayNode) value;
        }

        private <E extends Enum<E>> E constant(JsonNode node, String name, Class<E> type) {
            String value = text(node, name);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error(field(node, name), name, Labels.of("giá trị không rõ " + Limits.quote(value) + " (cho phép: "
                        + java.util.Arrays.stream(type.getEnumConstants()).map(c -> Limits.quote(c.name()))
                                .collect(java.util.stream.Collectors.joining(", ")) + ")",
                        "unknown " + type.getSimpleName() + " '" + value + "'"));
            }
        }

        private LocalDate date(JsonNode node, String name) {
            String value = text(node, name);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(field(node, name), name, Labels.of("không phải là ngày viết dạng năm-tháng-ngày như"
                        + " '2024-12-31': " + Limits.quote(value), "not a date (yyyy-MM-dd): '" + value + "'"));
            }
        }

        private Fraction fraction(JsonNode node, String what) {
            object(node, what, Set.of("numerator", "denominator"));
            try {
                BigInteger numerator = new BigInteger(text(node, "numerator"));
                BigInteger denominator = new BigInteger(text(node, "denominator"));
                if (denominator.signum() <= 0 || numerator.bitLength() > 64 || denominator.bitLength() > 64) {
                    throw error(node, what, Labels.of("mẫu số của một phân số lớn hơn 0 và cả hai phần vừa 64 bit",
                            "a fraction's denominator is above 0 and both parts fit 64 bits"));
                }
                return Fraction.of(numerator, denominator);
            } catch (NumberFormatException e) {
                throw error(node, what, Labels.of("tử số và mẫu số là số nguyên viết dưới dạng chuỗi văn bản",
                        "numerator and denominator are whole numbers written as strings"));
            }
        }

        private <T> T checked(JsonNode node, String what, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw error(node, what, Labels.of("nội dung không nhất quán: " + Limits.quote(String.valueOf(e.getMessage())),
                        String.valueOf(e.getMessage())));
            }
        }

        ComparisonSeries series(JsonNode root) {
            object(root, "document", Set.of("schema", "steps"));
            if (!SCHEMA.equals(text(root, "schema"))) {
                throw error(root, "schema", Labels.of("không phải là tài liệu '" + SCHEMA + "': "
                        + Limits.quote(text(root, "schema")), "not a " + SCHEMA + " document: '"
                        + text(root, "schema") + "'"));
            }
            List<EvaluationComparison> steps = new ArrayList<>();
            for (JsonNode step : array(root, "steps")) {
                steps.add(step(step));
            }
            return checked(root, "steps", () -> ComparisonSeries.ofSteps(steps));
        }

        private EvaluationComparison step(JsonNode n) {
            object(n, "step", Set.of("counting", "earlier", "later", "standards", "onlyEarlier", "onlyLater", "targets"));
            List<StandardComparison> standards = new ArrayList<>();
            for (JsonNode s : array(n, "standards")) {
                standards.add(standard(s));
            }
            List<TargetStatus> targets = new ArrayList<>();
            for (JsonNode t : array(n, "targets")) {
                targets.add(target(t));
            }
            EvaluationComparison c = checked(n, "step", () -> EvaluationComparison.restore(side(field(n, "earlier")),
                    side(field(n, "later")), constant(n, "counting", CountingMode.class), standards,
                    names(array(n, "onlyEarlier")), names(array(n, "onlyLater")), targets));
            return c;
        }

        private EvaluationComparison.Side side(JsonNode n) {
            object(n, "side", Set.of("asOf", "snapshot", "criteriaSet", "dataYear"));
            return new EvaluationComparison.Side(date(n, "asOf"), date(n, "snapshot"), text(n, "criteriaSet"),
                    integer(n, "dataYear"));
        }

        private Labels labels(JsonNode n) {
            object(n, "labels", Set.of("vi", "en"));
            if (text(n, "vi").isBlank() || text(n, "en").isBlank()) {
                throw error(n, "labels", Labels.of("cần một tên gọi bằng mỗi ngôn ngữ",
                        "a name in each language is expected"));
            }
            return checked(n, "labels", () -> Labels.of(text(n, "vi"), text(n, "en")));
        }

        private Map<String, Labels> names(ArrayNode array) {
            Map<String, Labels> names = new LinkedHashMap<>();
            for (JsonNode n : array) {
                object(n, "standard name", Set.of("standard", "labels"));
                if (names.put(text(n, "standard"), labels(field(n, "labels"))) != null) {
                    throw error(n, "standard", Labels.of("được liệt kê hai lần", "listed twice"));
                }
            }
            return names;
        }

        private StandardComparison standard(JsonNode n) {
            object(n, "standard", Set.of("standard", "labels", "before", "after", "totalBefore", "totalAfter", "change",
                    "shareBefore", "shareAfter", "counts", "changes"));
            String id = text(n, "standard");
            List<UnitChange> changes = new ArrayList<>();
            for (JsonNode c : array(n, "changes")) {
                changes.add(change(c, id));
            }
            StandardComparison s = checked(n, "standard", () -> new StandardComparison(id, labels(field(n, "labels")),
                    changes));
            agree(n, "before", integer(n, "before"), s.before());
            agree(n, "after", integer(n, "after"), s.after());
            agree(n, "totalBefore", integer(n, "totalBefore"), s.totalBefore());
            agree(n, "totalAfter", integer(n, "totalAfter"), s.totalAfter());
            agree(n, "change", integer(n, "change"), s.change());
            agree(n, "shareBefore", share(n, "shareBefore"), s.shareBefore());
            agree(n, "shareAfter", share(n, "shareAfter"), s.shareAfter());
            JsonNode counts = object(field(n, "counts"), "counts", ComparisonJson.constants(ChangeKind.values()));
            for (ChangeKind kind : ChangeKind.values()) {
                agree(counts, kind.name(), integer(counts, kind.name()), s.count(kind));
            }
            return s;
        }

        private Optional<Fraction> share(JsonNode n, String name) {
            JsonNode value = field(n, name);
            return value.isNull() ? Optional.empty() : Optional.of(fraction(value, name));
        }

        private void agree(JsonNode n, String field, Object written, Object derived) {
            if (!written.equals(derived)) {
                throw error(n, field, Labels.of("là " + Limits.quote(String.valueOf(written)) + ", nhưng các nhóm cho ra "
                        + Limits.quote(String.valueOf(derived)), "is " + written + ", but the groups give " + derived));
            }
        }

        private UnitChange change(JsonNode n, String standard) {
            object(n, "change", Set.of("kind", "before", "after", "links", "criteria"));
            List<UnitChange.Member> before = members(array(n, "before"));
            List<UnitChange.Member> after = members(array(n, "after"));
            List<UnitChange.Link> links = new ArrayList<>();
            for (JsonNode l : array(n, "links")) {
                object(l, "link", Set.of("from", "to", "share"));
                Share share = Share.fromWord(text(l, "share")).orElseThrow(() -> error(l, "share",
                        Labels.of("cần 'full' hoặc 'partial'", "full or partial is expected")));
                links.add(new UnitChange.Link(text(l, "from"), text(l, "to"), share));
            }
            List<CriterionChange> criteria = new ArrayList<>();
            for (JsonNode c : array(n, "criteria")) {
                object(c, "criterion change", Set.of("unitBefore", "unitAfter", "criterion", "before", "after"));
                criteria.add(checked(c, "criterion", () -> new CriterionChange(text(c, "unitBefore"),
                        text(c, "unitAfter"), text(c, "criterion"), verdict(c, "before"), verdict(c, "after"))));
            }
            UnitChange change = checked(n, "change", () -> new UnitChange(standard, before, after, links, criteria));
            agree(n, "kind", constant(n, "kind", ChangeKind.class), change.kind());
            return change;
        }

        private @Nullable Verdict verdict(JsonNode n, String name) {
            return field(n, name).isNull() ? null : constant(n, name, Verdict.class);
        }

        private List<UnitChange.Member> members(ArrayNode array) {
            List<UnitChange.Member> members = new ArrayList<>();
            for (JsonNode m : array) {
                object(m, "unit", Set.of("code", "name", "kind", "standing"));
                members.add(new UnitChange.Member(text(m, "code"), text(m, "name"), constant(m, "kind", UnitKind.class),
                        constant(m, "standing", Standing.class)));
            }
            return members;
        }

        private TargetStatus target(JsonNode n) {
            object(n, "target", Set.of("standard", "measure", "target", "total", "required", "actual", "reached",
                    "margin"));
            TargetStatus t = checked(n, "target", () -> new TargetStatus(text(n, "standard"),
                    constant(n, "measure", TargetStatus.Measure.class), fraction(field(n, "target"), "target"),
                    integer(n, "total"), integer(n, "required"), integer(n, "actual")));
            agree(n, "reached", bool(n, "reached"), t.reached());
            agree(n, "margin", integer(n, "margin"), t.margin());
            return t;
        }
    }

    private static Set<String> constants(Enum<?>[] values) {
        Set<String> names = new java.util.HashSet<>();
        for (Enum<?> e : values) {
            names.add(e.name());
        }
        return names;
    }

    /** A writer Jackson may close without closing the caller's. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * The document as text.
     *
     * @param series the series
     * @return the JSON text
     */
    public static String toString(ComparisonSeries series) {
        try {
            return WRITER.writeValueAsString(tree(series));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
