package io.github.ntmlib.criteria2026;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.ValueKind;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A transcription of appendix I of Decision 51/2025/QĐ-TTg: the 47 indicators of the commune
 * standard, each with a value per commune group. The appendix was not found in any reachable copy,
 * so ntm ships no such table; an integrator transcribes it in this format and loads it with {@link
 * NationalCriteria2026#withOfficialTable}.
 *
 * <p>The format ({@value #SCHEMA}):
 *
 * <pre>{@code
 * {"schema": "ntm.appendix-i-2026-2030/1",
 *  "source": {"document": "51/2025/QĐ-TTg ngày 29/12/2025", "part": "Phụ lục I", "note": "who transcribed it, from what copy"},
 *  "indicators": [
 *    {"criterion": "1", "code": "1.1", "labels": {"vi": "...", "en": "..."},
 *     "kind": "RATIO", "unit": "%", "comparison": "AT_LEAST",
 *     "values": {"1": "95", "2": "90", "3": "80"},
 *     "sourceLine": "Phụ lục I, STT 1, chỉ tiêu 1.1"}]}
 * }</pre>
 *
 * <p>{@code criterion} is 1 to 10; {@code kind} a {@code ValueKind} (FLAG, QUANTITY, RATIO, COUNT);
 * {@code comparison} AT_LEAST, AT_MOST or MET (values then "Đạt"); {@code values} gives every group
 * "1", "2" and "3", a plain decimal ({@code "95"}, {@code "0.5"}; no exponent) within the number
 * limits of {@code docs/formats.md}. The reader refuses a table that is incomplete with one typed
 * error listing everything missing: the count of each criterion when there are not 47 indicators,
 * the numbers missing from a criterion's "criterion.n" codes (2.3 between 2.2 and 2.4), a criterion
 * without indicators, each indicator without a value for a group (naming criterion, indicator and
 * groups); an indicator without a source line or a repeated code is refused naming the indicator; it reads JSON strictly
 * and within bounds as every ntm reader does (a repeated key or anything after the document is an
 * error naming the line).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AppendixOneTable {

    /** The format's schema id. */
    public static final String SCHEMA = "ntm.appendix-i-2026-2030/1";

    private static final List<String> GROUPS = List.of("1", "2", "3");

    private final Provenance source;
    private final Map<String, List<IndicatorDefinition>> byCriterion;

    private AppendixOneTable(Provenance source, Map<String, List<IndicatorDefinition>> byCriterion) {
        this.source = source;
        this.byCriterion = byCriterion;
    }

    /**
     * Reads and checks a table.
     *
     * @param reader the JSON text
     * @param file   its name, for errors
     * @return the table
     * @throws InvalidDataException naming the file, the indicator and the field when the table is
     *                              malformed or incomplete
     */
    public static AppendixOneTable read(Reader reader, String file) {
        JsonNode root = StrictJson.read(StrictJson.MAPPER, reader, file);
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw error(file, null, "schema", Labels.of("cần lược đồ " + Limits.quote(SCHEMA),
                    "expected " + Limits.quote(SCHEMA)));
        }
        JsonNode src = root.path("source");
        Provenance source = new Provenance(text(file, null, src, "document", "source.document"),
                src.path("part").asText(""), "", src.path("note").asText(""));
        Map<String, List<IndicatorDefinition>> byCriterion = new LinkedHashMap<>();
        for (int c = 1; c <= NationalCriteria2026.CRITERIA; c++) {
            byCriterion.put(String.valueOf(c), new ArrayList<>());
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        Map<String, List<String>> codesByCriterion = new LinkedHashMap<>();
        byCriterion.keySet().forEach(c -> codesByCriterion.put(c, new ArrayList<>()));
        List<Labels> missing = new ArrayList<>();
        int count = 0;
        for (JsonNode n : root.path("indicators")) {
            count++;
            String code = text(file, "indicators[" + (count - 1) + "]", n, "code", "code");
            if (!codes.add(code)) {
                throw error(file, code, "code", Labels.of("chỉ tiêu " + Limits.quote(code) + " được liệt kê hai lần",
                        "indicator " + Limits.cut(code) + " is listed twice"));
            }
            String criterion = text(file, code, n, "criterion", "criterion");
            if (!byCriterion.containsKey(criterion)) {
                throw error(file, code, "criterion", Labels.of("tiêu chí " + Limits.quote(criterion)
                        + " không nằm trong khoảng từ 1 đến 10", "criterion " + Limits.quote(criterion)
                        + " is not one of 1 to 10"));
            }
            codesByCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(code);
            List<String> groups = new ArrayList<>();
            for (String group : GROUPS) {
                JsonNode value = n.path("values").path(group);
                if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
                    groups.add(group);
                }
            }
            if (!groups.isEmpty()) {
                missing.add(Labels.of("tiêu chí " + criterion + ", chỉ tiêu " + Limits.quote(code)
                        + ": không có giá trị cho nhóm " + groups.stream().map(Limits::quote)
                                .collect(java.util.stream.Collectors.joining(", ")), "criterion " + criterion
                        + ", indicator " + Limits.cut(code) + ": no value for group " + String.join(", ", groups)));
                continue;
            }
            byCriterion.get(criterion).add(indicator(file, code, n, source));
        }
        codesByCriterion.forEach((criterion, list) -> {
            if (list.isEmpty()) {
                missing.add(Labels.of("tiêu chí " + criterion + ": không có chỉ tiêu nào",
                        "criterion " + criterion + ": no indicator"));
            } else {
                List<String> gaps = gaps(criterion, list);
                if (!gaps.isEmpty()) {
                    missing.add(Labels.of("tiêu chí " + criterion + ": " + list.size() + " chỉ tiêu, thiếu "
                            + String.join(", ", gaps) + " trong cách đánh số", "criterion " + criterion + ": "
                            + list.size() + " indicators, " + String.join(", ", gaps) + " missing from its numbering"));
                }
            }
        });
        if (count != NationalCriteria2026.INDICATORS) {
            List<String> perCriterion = new ArrayList<>();
            codesByCriterion.forEach((c, list) -> perCriterion.add(c + ": " + list.size()));
            missing.add(0, Labels.of("Phụ lục I có " + NationalCriteria2026.INDICATORS + " chỉ tiêu; bảng này có "
                    + count + " (theo tiêu chí " + String.join(", ", perCriterion) + ")", "appendix I has "
                    + NationalCriteria2026.INDICATORS + " indicators; this table has " + count
                    + " (by criterion " + String.join(", ", perCriterion) + ")"));
        }
        if (!missing.isEmpty()) {
            int shown = Math.min(missing.size(), 20);
            List<Labels> listed = missing.subList(0, shown);
            int more = missing.size() - shown;
            throw error(file, null, "indicators", Labels.of("bảng chưa đầy đủ: " + String.join("; ",
                    listed.stream().map(Labels::vietnamese).toList()) + (more > 0 ? "; và " + more + " mục khác" : ""),
                    "incomplete table: " + String.join("; ", listed.stream().map(Labels::english).toList())
                            + (more > 0 ? "; and " + more + " more" : "")));
        }
        Map<String, List<IndicatorDefinition>> copy = new LinkedHashMap<>();
        byCriterion.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new AppendixOneTable(source, java.util.Collections.unmodifiableMap(copy));
    }

    private static IndicatorDefinition indicator(String file, String code, JsonNode n, Provenance source) {
        JsonNode labels = n.path("labels");
        Labels names = new Labels(text(file, code, labels, "vi", "labels.vi"), text(file, code, labels, "en",
                "labels.en"));
        ValueKind kind = constant(file, code, n, "kind", ValueKind.class);
        Comparison comparison = constant(file, code, n, "comparison", Comparison.class);
        String line = text(file, code, n, "sourceLine", "sourceLine");
        Provenance provenance = new Provenance(source.document(), source.part(), code, line);
        List<ThresholdRule> rules = new ArrayList<>();
        for (String group : GROUPS) {
            JsonNode value = n.path("values").path(group);
            BigDecimal number = null;
            if (comparison != Comparison.MET) {
                number = Figures.parse(value.asText(), NumberStyle.PLAIN, SourcePosition.of(file), code,
                        "values." + group);
            } else if (!value.asText().trim().equals("Đạt")) {
                throw error(file, code, "values." + group, Labels.of("giá trị của một chỉ tiêu đạt/không đạt là"
                        + " \"Đạt\", không phải " + Limits.quote(value.asText()), "a MET indicator's value is \"Đạt\", not "
                        + Limits.quote(value.asText())));
            }
            BigDecimal v = number;
            rules.add(guard(file, code, () -> ThresholdRule.when(NationalCriteria2026.COMMUNE_GROUP.id(), group,
                    Threshold.of(comparison, v, ThresholdStatus.VERIFIED, provenance))));
        }
        return guard(file, code, () -> new IndicatorDefinition(code, names, kind, n.path("unit").asText(""), false,
                List.of(), rules));
    }

    /**
     * Numbers missing from a criterion's "criterion.n" codes, between 1 and the highest present
     * (codes numbered otherwise are not judged).
     */
    private static List<String> gaps(String criterion, List<String> codes) {
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        for (String code : codes) {
            if (code.startsWith(criterion + ".")) {
                String n = code.substring(criterion.length() + 1);
                if (n.matches("[1-9][0-9]{0,2}")) {
                    numbers.add(Integer.parseInt(n));
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        if (!numbers.isEmpty()) {
            for (int i = 1; i < numbers.last(); i++) {
                if (!numbers.contains(i)) {
                    gaps.add(criterion + "." + i);
                }
            }
        }
        return gaps;
    }

    private static <E extends Enum<E>> E constant(String file, String code, JsonNode n, String field, Class<E> type) {
        String text = text(file, code, n, field, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(file, code, field, Labels.of(Limits.quote(text) + " không phải là một trong các giá trị "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> Limits.quote(c.name()))
                            .collect(java.util.stream.Collectors.joining(", ")), Limits.quote(text) + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    private static String text(String file, @Nullable String code, JsonNode n, String field, String path) {
        String value = n.path(field).asText("");
        if (value.isBlank()) {
            throw error(file, code, path, Labels.of((code == null ? "" : "chỉ tiêu " + Limits.quote(code) + ": ")
                    + "thiếu " + Limits.quote(path), (code == null ? "" : "indicator " + Limits.cut(code) + ": ")
                    + path + " is missing"));
        }
        return value;
    }

    private static <T> T guard(String file, String code, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw error(file, code, "", Labels.of("quy định ngưỡng không hợp lệ: "
                    + Limits.quote(String.valueOf(e.getMessage())), Limits.cut(String.valueOf(e.getMessage()))));
        }
    }

    private static InvalidDataException error(String file, @Nullable String code, String field, Labels message) {
        return new InvalidDataException(SourcePosition.of(file), code, field, message);
    }

    /**
     * Writes the fill-in skeleton of a transcription: the schema, the source to complete, and for
     * each of the 10 criteria (named as in the set) one indicator to copy until the criterion has
     * all of its indicators, every field empty. Read back unfilled, it is refused naming what is
     * missing; the appendix's indicator texts and values are not in ntm (not found in any reachable
     * copy) and are never filled in here.
     *
     * @param set the 2026-2030 set (for the criteria's names)
     * @param out where to write (not closed)
     * @throws IllegalArgumentException if the set has no commune standard
     */
    public static void writeTemplate(CriteriaSet set, java.io.Writer out) {
        Standard commune = set.standard(NationalCriteria2026.COMMUNE_NTM).orElseThrow(() ->
                new IllegalArgumentException("set " + set.id() + " has no standard " + NationalCriteria2026.COMMUNE_NTM));
        com.fasterxml.jackson.databind.node.ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        com.fasterxml.jackson.databind.node.ObjectNode src = root.putObject("source");
        src.put("document", "51/2025/QĐ-TTg ngày 29/12/2025");
        src.put("part", "Phụ lục I");
        src.put("note", "");
        com.fasterxml.jackson.databind.node.ArrayNode indicators = root.putArray("indicators");
        for (Criterion c : commune.criteria()) {
            com.fasterxml.jackson.databind.node.ObjectNode n = indicators.addObject();
            n.put("criterion", c.code());
            n.put("criterionName", c.labels().vietnamese());
            n.put("code", c.code() + ".1");
            n.putObject("labels").put("vi", "").put("en", "");
            n.put("kind", "");
            n.put("unit", "");
            n.put("comparison", "");
            n.putObject("values").put("1", "").put("2", "").put("3", "");
            n.put("sourceLine", "");
        }
        try {
            StrictJson.MAPPER.writer(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The table's source.
     *
     * @return document, part and note of the transcription
     */
    public Provenance source() {
        return source;
    }

    /**
     * The indicators of each criterion.
     *
     * @return criterion number ("1" to "10") to its indicators, each with a rule per group
     */
    public Map<String, List<IndicatorDefinition>> indicators() {
        return byCriterion;
    }

    /**
     * The set with its commune criteria judging this table's indicators by commune group.
     *
     * @param set the 2026-2030 set (or an overlay of it)
     * @return the new set
     * @throws IllegalArgumentException if the set has no commune standard of 10 criteria
     */
    public CriteriaSet applyTo(CriteriaSet set) {
        Standard commune = set.standard(NationalCriteria2026.COMMUNE_NTM).orElseThrow(() ->
                new IllegalArgumentException("set " + set.id() + " has no standard " + NationalCriteria2026.COMMUNE_NTM));
        List<Criterion> criteria = new ArrayList<>();
        for (Criterion c : commune.criteria()) {
            List<IndicatorDefinition> list = byCriterion.get(c.code());
            if (list == null) {
                throw new IllegalArgumentException("criterion " + c.code() + " of " + set.id() + " is not in the table");
            }
            criteria.add(IndicatorCriterion.of(c.code(), c.labels(), list));
        }
        Standard replaced = Standard.of(commune.id(), commune.labels(), commune.appliesTo(), commune.nestedIn(),
                criteria, source).withSubdivision(commune.subdivision());
        return set.toBuilder().replaceStandard(replaced).build();
    }
}
