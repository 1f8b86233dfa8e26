package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.Labels;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of an {@link OverlayTemplate} ({@value #SCHEMA}):
 *
 * <pre>{@code
 * {"schema": "ntm.overlay-template/1", "id": "99-vn-2021-2025", "criteriaSet": "vn-2021-2025",
 *  "jurisdiction": "99", "province": "Tỉnh Thử Nghiệm", "decision": "",
 *  "rows": [{"standard": "commune-ntm", "standardName": "...", "criterion": "3", "criterionName": "...",
 *            "indicator": "3.1", "indicatorName": "...", "kind": "RATIO", "unit": "%",
 *            "comparison": "AT_LEAST", "when": {"ntm-region-2021-2025": "BAC_TRUNG_BO"},
 *            "fromYear": null, "toYear": null, "kinds": [], "status": "NOT_ENCODED",
 *            "source": {"document": "318/QĐ-TTg ngày 08/3/2022", "part": "Phụ lục I", "reference": "3.1", "note": ""},
 *            "scale": [], "allowed": "0-100", "value": null}]}
 * }</pre>
 *
 * <p>A province fills {@code decision} and each {@code value}: a JSON number in the row's unit (a
 * percentage 0-100 for {@code RATIO}, a whole number for {@code COUNT}), or the text {@code "Đạt"}
 * for a {@code MET} row; {@code null} leaves it empty. {@link #check} lists every empty and every
 * invalid value by its JSON path ({@code rows[3].value}); {@link #read} refuses the first invalid
 * one; {@link #readOverlay} reads either a filled template or a plain {@code ntm.overlay/1} file.
 * Reading is strict and bounded as for every ntm JSON file.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OverlayTemplateJson {

    /** The schema id of a template file. */
    public static final String SCHEMA = "ntm.overlay-template/1";

    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private OverlayTemplateJson() {
    }

    /**
     * Writes a template.
     *
     * @param template the template
     * @param out      where to write (not closed)
     */
    public static void write(OverlayTemplate template, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", template.id());
        root.put("criteriaSet", template.criteriaSet());
        root.put("jurisdiction", template.jurisdiction());
        root.put("province", template.province());
        root.put("decision", template.decision());
        ArrayNode rows = root.putArray("rows");
        for (OverlayTemplate.Row r : template.rows()) {
            ObjectNode n = rows.addObject();
            n.put("standard", r.standard());
            n.put("standardName", r.standardName());
            n.put("criterion", r.criterion());
            n.put("criterionName", r.criterionName());
            n.put("indicator", r.indicator());
            n.put("indicatorName", r.indicatorName());
            n.put("kind", r.kind().name());
            n.put("unit", r.unit());
            n.put("comparison", r.comparison().name());
            ObjectNode when = n.putObject("when");
            r.when().forEach(when::put);
            n.put("fromYear", r.fromYear());
            n.put("toYear", r.toYear());
            ArrayNode kinds = n.putArray("kinds");
            r.kinds().stream().map(Enum::name).sorted().forEach(kinds::add);
            n.put("status", r.status().name());
            ObjectNode src = n.putObject("source");
            src.put("document", r.source().document());
            src.put("part", r.source().part());
            src.put("reference", r.source().reference());
            src.put("note", r.source().note());
            ArrayNode scale = n.putArray("scale");
            r.scale().forEach(scale::add);
            n.put("allowed", r.allowed());
            BigDecimal v = r.value();
            if (v == null) {
                n.putNull("value");
            } else if (r.comparison() == Comparison.MET) {
                n.put("value", OverlayTemplate.MET_TEXT);
            } else {
                n.put("value", v);
            }
        }
        try {
            MAPPER.writer(SerializationFeature.INDENT_OUTPUT).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, root);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a template, refusing an invalid value.
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the template (empty values stay empty)
     * @throws InvalidDataException naming the file and the JSON path of a malformed field or of the
     *                              first value not allowed
     */
    public static OverlayTemplate read(Reader reader, String source) {
        return check(reader, source).orThrow(source);
    }

    /**
     * Reads a template and lists what is still empty and what is invalid, by JSON path.
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the template read (invalid values left empty) with the findings
     * @throws InvalidDataException naming the file and path when the form itself is malformed (a
     *                              descriptive field missing or changed out of its type)
     */
    public static TemplateCheck check(Reader reader, String source) {
        JsonNode root = StrictJson.read(MAPPER, reader, source);
        return template(root, new JsonFields(source));
    }

    /**
     * Reads an overlay: a filled template ({@value #SCHEMA}) or an overlay file ({@value
     * CriteriaJson#OVERLAY_SCHEMA}).
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the overlay; a template's empty rows add nothing
     * @throws InvalidDataException naming the file and path of what is malformed or invalid, or a
     *                              template without its province's decision
     */
    public static Overlay readOverlay(Reader reader, String source) {
        JsonNode root = StrictJson.read(MAPPER, reader, source);
        String schema = root.path("schema").asText("");
        if (schema.equals(CriteriaJson.OVERLAY_SCHEMA)) {
            return CriteriaJson.overlayFrom(root, source);
        }
        JsonFields f = new JsonFields(source);
        if (!schema.equals(SCHEMA)) {
            throw f.error("schema", Labels.of("cần '" + SCHEMA + "' hoặc '" + CriteriaJson.OVERLAY_SCHEMA + "', gặp "
                    + Limits.quote(schema), "expected '" + SCHEMA + "' or '" + CriteriaJson.OVERLAY_SCHEMA + "', found "
                    + Limits.quote(schema)));
        }
        return template(root, f).orThrow(source).toOverlay(source);
    }

    private static TemplateCheck template(JsonNode root, JsonFields f) {
        String schema = root.path("schema").asText("");
        if (!schema.equals(SCHEMA)) {
            throw f.error("schema", Labels.of("cần '" + SCHEMA + "', gặp " + Limits.quote(schema),
                    "expected '" + SCHEMA + "', found " + Limits.quote(schema)));
        }
        TemplateCheck.Builder check = TemplateCheck.builder().decision(f.textOr(root, "decision", ""), "decision");
        List<OverlayTemplate.Row> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode n : f.array(root, "rows", "", true)) {
            String at = "rows[" + i++ + "].";
            OverlayTemplate.Row row = row(n, at, f);
            rows.add(row);
            JsonNode v = n.get("value");
            String where = at + "value";
            if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
                check.empty(row, where);
            } else if (v.isNumber()) {
                check.number(row, where, v.decimalValue());
            } else {
                check.text(row, where, v.asText(), Labels.of("một số JSON", "a JSON number"));
            }
        }
        OverlayTemplate form = guard(f, "", () -> new OverlayTemplate(f.text(root, "id", ""),
                f.text(root, "criteriaSet", ""), f.text(root, "jurisdiction", ""), f.textOr(root, "province", ""),
                "", rows));
        return check.build(form);
    }

    private static OverlayTemplate.Row row(JsonNode n, String at, JsonFields f) {
        Map<String, String> when = new TreeMap<>();
        JsonNode w = n.get("when");
        if (w != null && !w.isNull()) {
            if (!w.isObject()) {
                throw f.error(at + "when", Labels.of("cần một đối tượng ánh xạ cách phân loại sang giá trị",
                        "an object of scheme to value is required"));
            }
            w.fields().forEachRemaining(e -> when.put(e.getKey(), e.getValue().asText()));
        }
        Set<UnitKind> kinds = new LinkedHashSet<>();
        int k = 0;
        for (JsonNode kind : f.array(n, "kinds", at, false)) {
            try {
                kinds.add(UnitKind.valueOf(kind.asText()));
            } catch (IllegalArgumentException e) {
                throw f.error(at + "kinds[" + k + "]", notAUnitKind(kind.asText()));
            }
            k++;
        }
        List<String> scale = new ArrayList<>();
        f.array(n, "scale", at, false).forEach(s -> scale.add(s.asText()));
        JsonNode src = f.node(n, "source", at);
        String sat = at + "source.";
        Provenance source = guard(f, at + "source", () -> new Provenance(f.text(src, "document", sat),
                f.textOr(src, "part", ""), f.textOr(src, "reference", ""), f.textOr(src, "note", "")));
        @Nullable Integer from = f.optionalInt(n, "fromYear", at).orElse(null);
        @Nullable Integer to = f.optionalInt(n, "toYear", at).orElse(null);
        return guard(f, at.substring(0, at.length() - 1), () -> new OverlayTemplate.Row(f.text(n, "standard", at),
                f.textOr(n, "standardName", ""), f.text(n, "criterion", at), f.textOr(n, "criterionName", ""),
                f.text(n, "indicator", at), f.textOr(n, "indicatorName", ""),
                f.enumValue(n, "kind", ValueKind.class, at), f.textOr(n, "unit", ""),
                f.enumValue(n, "comparison", Comparison.class, at), when, from, to, kinds,
                f.enumValue(n, "status", ThresholdStatus.class, at), source, scale, null));
    }

    private static <T> T guard(JsonFields f, String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw f.error(at, Limits.reasonOf(e));
        }
    }

    /** The reason for a word that names no unit kind. */
    static Labels notAUnitKind(String text) {
        return Labels.of(Limits.quote(text) + " không phải là một loại đơn vị hành chính (cho phép: "
                + java.util.Arrays.stream(UnitKind.values()).map(k -> Limits.quote(k.name()))
                        .collect(java.util.stream.Collectors.joining(", ")) + ")",
                Limits.quote(text) + " is not a unit kind");
    }
}
