package io.github.ntmlib.plan.io;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.CostModel;
import io.github.ntmlib.plan.Exclusion;
import io.github.ntmlib.plan.IndicatorCost;
import io.github.ntmlib.plan.CriterionCost;
import java.io.InputStream;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A province's cost model as JSON, {@code ntm.plan-costs/1} (schema {@code
 * docs/schemas/plan-costs-1.schema.json}): a description and whether the figures are synthetic,
 * indicator costs (a rate per unit of improvement as a decimal string of đồng, its basis, a fixed
 * part in whole đồng), criterion costs (whole đồng) and exclusions; {@link CostModelXlsx} is the same
 * model as a workbook, under the same rules. Read strictly: an unknown field,
 * a repeated key, a negative or fractional amount of đồng is an error naming the file, the line and
 * the field.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CostModelJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.plan-costs/1";

    private CostModelJson() {
    }

    /**
     * Reads a cost model.
     *
     * @param in     the JSON; closed when done
     * @param source the file name, for errors
     * @return the model
     * @throws InvalidDataException if the document is malformed or breaks the format
     */
    public static CostModel read(InputStream in, String source) {
        JsonFields.Node root = JsonFields.read(in, source).only("schema", "description", "synthetic", "indicators",
                "criteria", "exclusions");
        String schema = root.get("schema").text();
        if (!SCHEMA.equals(schema)) {
            throw root.get("schema").error(Labels.of("định dạng phải là " + SCHEMA + ", không phải '"
                    + InvalidDataException.excerpt(schema) + "'", "the format must be " + SCHEMA + ", not '"
                    + InvalidDataException.excerpt(schema) + "'"));
        }
        CostModel.Builder b = CostModel.builder().description(root.optional("description").map(JsonFields.Node::text)
                .orElse(""), root.get("synthetic").bool());
        CostRules rules = new CostRules();
        for (JsonFields.Node n : root.optional("indicators").map(JsonFields.Node::elements).orElse(java.util.List.of())) {
            n.only("indicator", "rate", "basis", "fixed", "note");
            String indicator = n.get("indicator").text();
            refuse(n.get("indicator"), rules.indicator(indicator));
            b.indicator(new IndicatorCost(indicator, rate(n.get("rate"), indicator), n.get("basis")
                    .constant(IndicatorCost.Basis.class), money(n.optional("fixed").orElse(null)),
                    n.optional("note").map(JsonFields.Node::text).orElse("")));
        }
        for (JsonFields.Node n : root.optional("criteria").map(JsonFields.Node::elements).orElse(java.util.List.of())) {
            n.only("standard", "criterion", "cost", "note");
            String standard = n.get("standard").text();
            String criterion = n.get("criterion").text();
            Labels twice = rules.criterion(standard, criterion);
            if (twice != null) {
                throw n.error(twice);
            }
            b.criterion(new CriterionCost(standard, criterion, money(n.get("cost")), n.optional("note")
                    .map(JsonFields.Node::text).orElse("")));
        }
        for (JsonFields.Node n : root.optional("exclusions").map(JsonFields.Node::elements).orElse(java.util.List.of())) {
            n.only("unit", "kind", "note");
            String unit = n.get("unit").text();
            refuse(n.get("unit"), rules.unit(unit));
            b.exclude(new Exclusion(unit, n.get("kind").constant(Exclusion.Kind.class), n.optional("note")
                    .map(JsonFields.Node::text).orElse("")));
        }
        return b.build();
    }

    private static void refuse(JsonFields.Node node, @Nullable Labels reason) {
        if (reason != null) {
            throw node.error(reason);
        }
    }

    /** A rate: a plain decimal string of đồng, never negative. */
    private static BigDecimal rate(JsonFields.Node node, String indicator) {
        BigDecimal rate = io.github.ntmlib.base.Figures.parse(node.text(), io.github.ntmlib.base.NumberStyle.PLAIN,
                node.position(), indicator, node.path());
        refuse(node, CostRules.rate(rate));
        return rate;
    }

    private static Vnd money(JsonFields.@Nullable Node node) {
        if (node == null) {
            return Vnd.ZERO;
        }
        BigDecimal dong = BigDecimal.valueOf(node.whole());
        refuse(node, CostRules.amount(dong));
        return CostRules.dong(dong);
    }

    /**
     * Writes a cost model; {@link #read} gives back an equal model (a note or description of spaces
     * only is left out, and read back empty).
     *
     * @param model the model
     * @return the JSON text
     */
    public static String write(CostModel model) {
        // an empty description or note is left out: read() takes a present text field to be non-blank
        ExactJson.Obj d = ExactJson.document(SCHEMA);
        if (!model.description().isBlank()) {
            d.put("description", model.description());
        }
        d.put("synthetic", model.isSynthetic());
        ExactJson.Arr indicators = d.array("indicators");
        for (IndicatorCost c : model.indicators().values().stream().sorted(java.util.Comparator
                .comparing(IndicatorCost::indicator)).toList()) {
            ExactJson.Obj o = indicators.object().put("indicator", c.indicator()).decimal("rate", c.rate())
                    .put("basis", c.basis().name()).put("fixed", c.fixed().dong());
            if (!c.note().isBlank()) {
                o.put("note", c.note());
            }
        }
        ExactJson.Arr criteria = d.array("criteria");
        for (CriterionCost c : model.criterionCosts().stream().sorted(java.util.Comparator
                .comparing(CriterionCost::standard).thenComparing(CriterionCost::criterion)).toList()) {
            ExactJson.Obj o = criteria.object().put("standard", c.standard()).put("criterion", c.criterion())
                    .put("cost", c.cost().dong());
            if (!c.note().isBlank()) {
                o.put("note", c.note());
            }
        }
        ExactJson.Arr exclusions = d.array("exclusions");
        for (Exclusion e : new java.util.TreeMap<>(model.exclusions()).values()) {
            ExactJson.Obj o = exclusions.object().put("unit", e.unit()).put("kind", e.kind().name());
            if (!e.note().isBlank()) {
                o.put("note", e.note());
            }
        }
        return d.toJson();
    }
}
