package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Period;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Subdivision;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Reads criteria sets and provincial overlays from versioned JSON files.
 *
 * <p>A set: {@code {"schema": "ntm.criteria-set/1", "id", "labels": {"vi", "en"}, "validFrom",
 * "validUntil", "period" (optional: {"firstDataYear", "lastDataYear", "acceptedFrom", "acceptedUntil",
 * "transitions": [{"dataYear", "from", "until", "note", "provenance"}]}), "jurisdiction",
 * "provenance": {"document", "part", "reference", "note"}, "schemes",
 * "overrides", "standards": [{"id", "labels", "appliesTo": [UnitKind...], "subdivision" (optional:
 * ANY, WITH_COMMUNES or WITHOUT_COMMUNES), "nestedIn",
 * "provenance", "criteria": [...]}]}}. A criterion has {@code "indicators"} (each with {@code
 * "code", "labels", "kind", "unit", "mayExceedWhole", "grades", "rules": [{"when", "fromYear",
 * "toYear", "kinds", "threshold": {"comparison", "value", "status", "provenance"}}]} and, optionally,
 * {@code "appliesTo": [UnitKind...]} limiting it to some kinds of its standard), or {@code
 * "aggregate": {"kinds", "standard", "comparison", "percent", "provenance"}}, or {@code "rule":
 * name} naming a criterion implemented in code and passed to the reader. An overlay: {@code
 * {"schema": "ntm.overlay/1", "id", "criteriaSet", "jurisdiction", "provenance", "thresholds":
 * [{"standard", "indicator", "when", "fromYear", "toYear", "kinds", "threshold"}], "criteria":
 * [{"standard", ...criterion}]}}. Every error names the file and the field's path.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CriteriaJson {

    /** The schema id of a criteria-set file. */
    public static final String SET_SCHEMA = "ntm.criteria-set/1";
    /** The schema id of an overlay file. */
    public static final String OVERLAY_SCHEMA = "ntm.overlay/1";

    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private final JsonFields f;
    private final Map<String, Criterion> rules;

    private CriteriaJson(String source, Map<String, Criterion> rules) {
        this.f = new JsonFields(source);
        this.rules = rules;
    }

    /**
     * Reads a criteria set.
     *
     * @param reader the JSON text
     * @param source the file or resource name, for errors
     * @param rules  criteria implemented in code, by the names the file's {@code "rule"} fields use
     * @return the set
     * @throws InvalidDataException for malformed JSON or a field that is missing or invalid
     */
    public static CriteriaSet readSet(Reader reader, String source, Map<String, Criterion> rules) {
        CriteriaJson json = new CriteriaJson(source, rules);
        return json.set(json.parse(reader, SET_SCHEMA));
    }

    /**
     * Reads a provincial overlay (to apply with {@link Overlay#applyTo}).
     *
     * @param reader the JSON text
     * @param source the file or resource name, for errors
     * @return the overlay
     * @throws InvalidDataException for malformed JSON or a field that is missing or invalid
     */
    public static Overlay readOverlay(Reader reader, String source) {
        CriteriaJson json = new CriteriaJson(source, Map.of());
        return json.overlay(json.parse(reader, OVERLAY_SCHEMA), source);
    }

    /** An overlay from a document already parsed and whose schema was checked (for {@link OverlayTemplateJson}). */
    static Overlay overlayFrom(JsonNode root, String source) {
        return new CriteriaJson(source, Map.of()).overlay(root, source);
    }

    private JsonNode parse(Reader reader, String schema) {
        JsonNode root = StrictJson.read(MAPPER, reader, f.error("", Labels.of("", "")).position().source());
        String found = root.path("schema").asText("");
        if (!found.equals(schema)) {
            throw f.error("schema", Labels.of("cần lược đồ " + Limits.quote(schema) + ", gặp " + Limits.quote(found),
                    "expected " + Limits.quote(schema) + ", found " + Limits.quote(found)));
        }
        return root;
    }

    private CriteriaSet set(JsonNode root) {
        CriteriaSet.Builder b = CriteriaSet.builder(f.text(root, "id", "")).labels(labels(root, ""))
                .validity(f.date(root, "validFrom", ""), f.date(root, "validUntil", ""))
                .jurisdiction(f.textOr(root, "jurisdiction", "VN")).provenance(provenance(root, ""));
        if (root.has("period")) {
            b.period(period(f.node(root, "period", ""), "period."));
        }
        int i = 0;
        for (JsonNode s : f.array(root, "schemes", "", false)) {
            String at = "schemes[" + i++ + "].";
            Set<String> values = new LinkedHashSet<>();
            f.array(s, "values", at, false).forEach(v -> values.add(v.asText()));
            b.scheme(guard(at, () -> new ClassificationScheme(f.text(s, "id", at), s.path("inherited").asBoolean(false),
                    values, f.textOr(s, "description", ""))));
        }
        i = 0;
        for (JsonNode o : f.array(root, "overrides", "", false)) {
            String at = "overrides[" + i++ + "].";
            b.override(guard(at, () -> new ClassificationOverride(f.text(o, "scheme", at), f.text(o, "value", at),
                    stringMap(f.node(o, "whenAny", at)), provenance(o, at))));
        }
        i = 0;
        for (JsonNode s : f.array(root, "standards", "", true)) {
            b.standard(standard(s, "standards[" + i++ + "]."));
        }
        return guard("", b::build);
    }

    private Period period(JsonNode p, String at) {
        List<Period.Transition> transitions = new ArrayList<>();
        int i = 0;
        for (JsonNode t : f.array(p, "transitions", at, false)) {
            String tat = at + "transitions[" + i++ + "].";
            transitions.add(guard(tat, () -> new Period.Transition(year(t, "dataYear", tat), f.date(t, "from", tat),
                    f.date(t, "until", tat), f.text(t, "note", tat), provenance(t, tat))));
        }
        return guard(at, () -> new Period(year(p, "firstDataYear", at), year(p, "lastDataYear", at),
                f.date(p, "acceptedFrom", at), f.date(p, "acceptedUntil", at), transitions));
    }

    private int year(JsonNode n, String field, String at) {
        return f.optionalInt(n, field, at).orElseThrow(() -> f.error(at + field, Labels.of("thiếu", "missing")));
    }

    private Standard standard(JsonNode s, String at) {
        Set<UnitKind> kinds = kinds(s, "appliesTo", at);
        List<Criterion> criteria = new ArrayList<>();
        int i = 0;
        for (JsonNode c : f.array(s, "criteria", at, true)) {
            criteria.add(criterion(c, at + "criteria[" + i++ + "]."));
        }
        Subdivision subdivision = s.has("subdivision") ? f.enumValue(s, "subdivision", Subdivision.class, at)
                : Subdivision.ANY;
        return guard(at, () -> Standard.of(f.text(s, "id", at), labels(s, at), kinds, f.optionalText(s, "nestedIn"),
                criteria, provenance(s, at)).withSubdivision(subdivision));
    }

    private Criterion criterion(JsonNode c, String at) {
        String code = f.text(c, "code", at);
        if (c.has("rule")) {
            String name = f.text(c, "rule", at);
            Criterion rule = rules.get(name);
            if (rule == null) {
                throw f.error(at + "rule", Labels.of("không có tiêu chí lập trình sẵn nào tên " + Limits.quote(name)
                        + " (đã biết: " + rules.keySet().stream().map(Limits::quote)
                                .collect(java.util.stream.Collectors.joining(", ")) + ")",
                        "no criterion implemented in code is named " + Limits.quote(name) + " (known: "
                        + rules.keySet() + ")"));
            }
            if (!rule.code().equals(code)) {
                throw f.error(at + "code", Labels.of("quy định " + Limits.quote(name) + " có mã "
                        + Limits.quote(rule.code()) + ", không phải " + Limits.quote(code), "rule " + Limits.quote(name)
                        + " has code " + rule.code() + ", not " + code));
            }
            return rule;
        }
        if (c.has("aggregate")) {
            JsonNode a = c.get("aggregate");
            String aat = at + "aggregate.";
            return guard(aat, () -> AggregateCriterion.of(code, labels(c, at), kinds(a, "kinds", aat),
                    f.text(a, "standard", aat), f.enumValue(a, "comparison", Comparison.class, aat),
                    f.decimal(a, "percent", aat), provenance(a, aat)));
        }
        List<IndicatorDefinition> indicators = new ArrayList<>();
        int i = 0;
        for (JsonNode n : f.array(c, "indicators", at, true)) {
            indicators.add(indicator(n, at + "indicators[" + i++ + "]."));
        }
        Set<UnitKind> kinds = kinds(c, "appliesTo", at);
        return guard(at, () -> IndicatorCriterion.of(code, labels(c, at), indicators, kinds));
    }

    private IndicatorDefinition indicator(JsonNode n, String at) {
        List<ThresholdRule> list = new ArrayList<>();
        int i = 0;
        for (JsonNode r : f.array(n, "rules", at, true)) {
            list.add(rule(r, at + "rules[" + i++ + "]."));
        }
        List<String> grades = new ArrayList<>();
        f.array(n, "grades", at, false).forEach(g -> grades.add(g.asText()));
        return guard(at, () -> new IndicatorDefinition(f.text(n, "code", at), labels(n, at),
                f.enumValue(n, "kind", ValueKind.class, at), f.textOr(n, "unit", ""),
                n.path("mayExceedWhole").asBoolean(false), grades, list));
    }

    private ThresholdRule rule(JsonNode r, String at) {
        JsonNode t = f.node(r, "threshold", at);
        String tat = at + "threshold.";
        ThresholdStatus status = t.has("status") ? f.enumValue(t, "status", ThresholdStatus.class, tat)
                : ThresholdStatus.VERIFIED;
        java.math.BigDecimal value = t.hasNonNull("value") ? f.decimal(t, "value", tat) : null;
        Threshold threshold = guard(tat, () -> Threshold.of(f.enumValue(t, "comparison", Comparison.class, tat), value,
                status, provenance(t, tat)));
        return guard(at, () -> ThresholdRule.of(r.has("when") ? stringMap(r.get("when")) : Map.of(),
                f.optionalInt(r, "fromYear", at), f.optionalInt(r, "toYear", at), kinds(r, "kinds", at),
                f.optionalText(r, "within"), threshold));
    }

    private Overlay overlay(JsonNode root, String source) {
        List<Overlay.OverlayThreshold> thresholds = new ArrayList<>();
        int i = 0;
        for (JsonNode t : f.array(root, "thresholds", "", false)) {
            String at = "thresholds[" + i++ + "].";
            thresholds.add(new Overlay.OverlayThreshold(f.text(t, "standard", at), f.text(t, "indicator", at),
                    rule(t, at)));
        }
        List<Overlay.AddedCriterion> added = new ArrayList<>();
        i = 0;
        for (JsonNode c : f.array(root, "criteria", "", false)) {
            String at = "criteria[" + i++ + "].";
            added.add(new Overlay.AddedCriterion(f.text(c, "standard", at), criterion(c, at)));
        }
        return new Overlay(f.text(root, "id", ""), f.text(root, "criteriaSet", ""), f.text(root, "jurisdiction", ""),
                thresholds, added, provenance(root, ""), SourcePosition.of(source));
    }

    private Labels labels(JsonNode n, String at) {
        JsonNode l = f.node(n, "labels", at);
        return new Labels(f.text(l, "vi", at + "labels."), f.text(l, "en", at + "labels."));
    }

    private Provenance provenance(JsonNode n, String at) {
        JsonNode p = f.node(n, "provenance", at);
        String pat = at + "provenance.";
        return new Provenance(f.text(p, "document", pat), f.textOr(p, "part", ""), f.textOr(p, "reference", ""),
                f.textOr(p, "note", ""));
    }

    private Set<UnitKind> kinds(JsonNode n, String field, String at) {
        Set<UnitKind> kinds = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode k : f.array(n, field, at, false)) {
            String text = k.asText();
            try {
                kinds.add(UnitKind.valueOf(text));
            } catch (IllegalArgumentException e) {
                throw f.error(at + field + "[" + i + "]", OverlayTemplateJson.notAUnitKind(text));
            }
            i++;
        }
        return kinds;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private <T> T guard(String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw f.error(at.isEmpty() ? "" : at.substring(0, at.length() - 1), Limits.reasonOf(e));
        }
    }
}
