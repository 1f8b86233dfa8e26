package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * The peer (benchmark 9): the same commune thresholds as one DMN decision table evaluated by
 * Drools DMN. One input per check ({@code v0}, {@code v1}, ...: a ratio as its exact percentage,
 * a quantity, a count, a grade's rank, a flag as a boolean) and {@code profile}: the set of
 * thresholds the commune's (effective) region selects, one rule per profile (hit policy FIRST,
 * "MET" when every entry holds, else the last rule's "NOT_MET").
 */
public final class Peer {

    private static final String NS = "https://ntmlib.github.io/benchmarks/commune-ntm";

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final FlatChecks checks;
    private final Object[][] inputs;
    private final String[] profile;
    private final String[] names;

    private Peer(FlatChecks f) {
        this.checks = f;
        int n = f.size();
        int m = f.width();
        Map<String, Integer> profiles = new LinkedHashMap<>();
        List<String[]> entries = new ArrayList<>();
        this.profile = new String[n];
        this.names = new String[m];
        for (int j = 0; j < m; j++) {
            names[j] = "v" + j;
        }
        this.inputs = new Object[n][m];
        for (int i = 0; i < n; i++) {
            String[] row = new String[m];
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                inputs[i][j] = input(f.values[k], f.num[k], f.den[k]);
                row[j] = f.comparison[j] == Comparison.MET ? "true"
                        : (f.comparison[j] == Comparison.AT_LEAST ? ">= " : "<= ") + f.thresholds[k].toPlainString();
            }
            String key = Arrays.toString(row);
            Integer p = profiles.get(key);
            if (p == null) {
                p = profiles.size();
                profiles.put(key, p);
                entries.add(row);
            }
            profile[i] = "p" + p;
        }
        String xml = dmn(m, entries, f);
        Resource r = ResourceFactory.newByteArrayResource(xml.getBytes(StandardCharsets.UTF_8));
        r.setSourcePath("commune-ntm.dmn");
        this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(r))
                .getOrElseThrow(e -> new IllegalStateException("DMN model did not load", e));
        this.model = runtime.getModel(NS, "commune-ntm");
        if (model == null || model.hasErrors()) {
            throw new IllegalStateException("DMN model has errors: " + (model == null ? "missing" : model.getMessages()));
        }
    }

    /**
     * The peer for some checks; the decision table is built from them.
     *
     * @param f the checks
     * @return the peer
     */
    public static Peer of(FlatChecks f) {
        return new Peer(f);
    }

    private static Object input(Value v, long num, long den) {
        if (v instanceof Value.Flag) {
            return ((Value.Flag) v).met();
        }
        if (v instanceof Value.Ratio) {
            return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MathContext.DECIMAL128);
        }
        if (v instanceof Value.Quantity) {
            return ((Value.Quantity) v).amount();
        }
        return BigDecimal.valueOf(num);
    }

    private static String dmn(int m, List<String[]> rules, FlatChecks f) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
                + " id=\"commune_ntm\" name=\"commune-ntm\" namespace=\"").append(NS).append("\">\n");
        s.append("<inputData id=\"i_profile\" name=\"profile\"><variable name=\"profile\" typeRef=\"string\"/></inputData>\n");
        for (int j = 0; j < m; j++) {
            s.append("<inputData id=\"i_v").append(j).append("\" name=\"v").append(j).append("\"><variable name=\"v")
                    .append(j).append("\" typeRef=\"").append(type(f, j)).append("\"/></inputData>\n");
        }
        s.append("<decision id=\"d_verdict\" name=\"verdict\"><variable name=\"verdict\" typeRef=\"string\"/>\n");
        s.append("<informationRequirement id=\"r_profile\"><requiredInput href=\"#i_profile\"/></informationRequirement>\n");
        for (int j = 0; j < m; j++) {
            s.append("<informationRequirement id=\"r_v").append(j).append("\"><requiredInput href=\"#i_v").append(j)
                    .append("\"/></informationRequirement>\n");
        }
        s.append("<decisionTable id=\"t_verdict\" hitPolicy=\"FIRST\">\n");
        s.append("<input id=\"c_profile\" label=\"profile\"><inputExpression id=\"e_profile\" typeRef=\"string\"><text>profile</text></inputExpression></input>\n");
        for (int j = 0; j < m; j++) {
            s.append("<input id=\"c_v").append(j).append("\" label=\"").append(f.columns.get(j))
                    .append("\"><inputExpression id=\"e_v").append(j).append("\" typeRef=\"").append(type(f, j))
                    .append("\"><text>v").append(j).append("</text></inputExpression></input>\n");
        }
        s.append("<output id=\"o_verdict\" name=\"verdict\" typeRef=\"string\"/>\n");
        for (int p = 0; p < rules.size(); p++) {
            s.append("<rule id=\"rule").append(p).append("\"><inputEntry id=\"rule").append(p)
                    .append("_p\"><text>\"p").append(p).append("\"</text></inputEntry>");
            for (int j = 0; j < m; j++) {
                s.append("<inputEntry id=\"rule").append(p).append("_").append(j).append("\"><text>")
                        .append(rules.get(p)[j].replace(">", "&gt;").replace("<", "&lt;")).append("</text></inputEntry>");
            }
            s.append("<outputEntry id=\"rule").append(p).append("_o\"><text>\"MET\"</text></outputEntry></rule>\n");
        }
        s.append("<rule id=\"otherwise\"><inputEntry id=\"otherwise_p\"><text>-</text></inputEntry>");
        for (int j = 0; j < m; j++) {
            s.append("<inputEntry id=\"otherwise_").append(j).append("\"><text>-</text></inputEntry>");
        }
        s.append("<outputEntry id=\"otherwise_o\"><text>\"NOT_MET\"</text></outputEntry></rule>\n");
        s.append("</decisionTable></decision>\n</definitions>\n");
        return s.toString();
    }

    private static String type(FlatChecks f, int j) {
        return f.comparison[j] == Comparison.MET ? "boolean" : "number";
    }

    /**
     * Evaluates the decision for every commune.
     *
     * @param out the verdict of each commune (true for met)
     * @return the number of communes that meet every check
     */
    public int run(boolean[] out) {
        int met = 0;
        int m = checks.width();
        for (int i = 0; i < inputs.length; i++) {
            DMNContext ctx = runtime.newContext();
            ctx.set("profile", profile[i]);
            for (int j = 0; j < m; j++) {
                ctx.set(names[j], inputs[i][j]);
            }
            DMNResult result = runtime.evaluateByName(model, ctx, "verdict");
            if (result.hasErrors()) {
                throw new IllegalStateException("DMN evaluation failed for " + checks.communes[i] + ": "
                        + result.getMessages());
            }
            boolean ok = "MET".equals(result.getDecisionResultByName("verdict").getResult());
            out[i] = ok;
            met += ok ? 1 : 0;
        }
        return met;
    }

    /** @return the number of rules (threshold profiles) in the decision table, plus the default */
    public int rules() {
        return model.getDecisions().size();
    }
}
