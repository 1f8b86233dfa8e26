package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.data.ValueKind;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An indicator of a criterion (chỉ tiêu): its code, names, kind of value and unit, and the
 * threshold rules that judge it.
 *
 * @param code           the code as the legal text numbers it, e.g. "3.1"
 * @param labels         the names
 * @param kind           the kind of value it takes
 * @param unit           the unit of a quantity ("triệu đồng/người/năm", "m²/người"), "%" for a ratio;
 *                       empty otherwise
 * @param mayExceedWhole whether a ratio's part may exceed its whole (false for shares of a population)
 * @param grades         the ordered scale of a grade indicator, lowest first; empty otherwise
 * @param rules          the threshold rules; at least one
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IndicatorDefinition(String code, Labels labels, ValueKind kind, String unit, boolean mayExceedWhole,
        List<String> grades, List<ThresholdRule> rules) {

    /**
     * Validates the components.
     *
     * @param code           the code
     * @param labels         the names
     * @param kind           the kind of value
     * @param unit           the unit
     * @param mayExceedWhole whether a ratio may exceed 1
     * @param grades         the grade scale
     * @param rules          the threshold rules
     */
    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        grades = List.copyOf(grades);
        rules = List.copyOf(rules);
        if (code.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a code");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("indicator " + code + " needs at least one threshold rule");
        }
        if (kind == ValueKind.GRADE && grades.isEmpty()) {
            throw new IllegalArgumentException("grade indicator " + code + " needs its scale");
        }
        for (ThresholdRule rule : rules) {
            boolean flag = kind == ValueKind.FLAG;
            if (flag != (rule.threshold().comparison() == Comparison.MET)) {
                throw new IllegalArgumentException("indicator " + code + " of kind " + kind + " cannot use a "
                        + rule.threshold().comparison() + " threshold");
            }
        }
    }

    /**
     * This indicator with more rules (an overlay's), tried before the existing ones at equal
     * specificity.
     *
     * @param extra the rules to add
     * @return a new definition
     */
    public IndicatorDefinition withRules(List<ThresholdRule> extra) {
        List<ThresholdRule> all = new java.util.ArrayList<>(extra);
        all.addAll(rules);
        return new IndicatorDefinition(code, labels, kind, unit, mayExceedWhole, grades, all);
    }


}
