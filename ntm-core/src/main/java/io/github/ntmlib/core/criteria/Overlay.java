package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A provincial overlay (bộ tiêu chí của tỉnh): thresholds a province supplies ("set by the
 * province") or tightens for its territory, and criteria it adds, without code.
 *
 * <p>{@link #applyTo} checks the overlay against the national set: it may not name an unknown
 * standard or indicator, and may not loosen a national value (a lower "at least", a higher "at
 * most"). Its rules apply only within its province: units elsewhere keep the national values.
 *
 * @param id           the overlay's id, e.g. "ha-tinh-2024"
 * @param criteriaSet  the id of the set it applies to
 * @param jurisdiction the province code whose territory it covers
 * @param thresholds   the thresholds supplied or tightened
 * @param criteria     the criteria added
 * @param provenance   the provincial decision
 * @param position     where the overlay was read, for errors
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Overlay(String id, String criteriaSet, String jurisdiction, List<OverlayThreshold> thresholds,
        List<AddedCriterion> criteria, Provenance provenance, SourcePosition position) {

    /**
     * A threshold rule for an indicator of a standard.
     *
     * @param standard  the standard id
     * @param indicator the indicator code
     * @param rule      the rule (its territory is set to the overlay's jurisdiction)
     */
    public record OverlayThreshold(String standard, String indicator, ThresholdRule rule) {
        /**
         * Validates the components.
         *
         * @param standard  the standard id
         * @param indicator the indicator code
         * @param rule      the rule
         */
        public OverlayThreshold {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * A criterion the province adds to a standard.
     *
     * @param standard  the standard id
     * @param criterion the criterion
     */
    public record AddedCriterion(String standard, Criterion criterion) {
        /**
         * Validates the components.
         *
         * @param standard  the standard id
         * @param criterion the criterion
         */
        public AddedCriterion {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(criterion, "criterion");
        }
    }

    /**
     * Validates the components.
     *
     * @param id           the id
     * @param criteriaSet  the set id
     * @param jurisdiction the province code
     * @param thresholds   the thresholds
     * @param criteria     the added criteria
     * @param provenance   the provincial decision
     * @param position     where it was read
     */
    public Overlay {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        thresholds = List.copyOf(thresholds);
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(position, "position");
    }

    private InvalidDataException error(@Nullable String subject, String field, Labels message) {
        return new InvalidDataException(position, subject, field, Labels.of("bộ ngưỡng của tỉnh " + Limits.quote(id)
                + ": " + message.vietnamese(), "overlay " + id + ": " + message.english()));
    }

    /** A threshold as a Vietnamese message writes it. */
    private static String vietnamese(Threshold threshold) {
        if (!threshold.isKnown()) {
            return threshold.status() == ThresholdStatus.SET_BY_PROVINCE ? "do tỉnh quy định" : "chưa được mã hóa";
        }
        return threshold.toString();
    }

    /**
     * The set with this overlay applied.
     *
     * @param set the national (or earlier-overlaid) set
     * @return a new set
     * @throws InvalidDataException if the overlay names an unknown standard or indicator, loosens
     *                              a national value, or adds a criterion whose code exists
     */
    public CriteriaSet applyTo(CriteriaSet set) {
        if (!set.id().equals(criteriaSet)) {
            throw error(null, "criteriaSet", Labels.of("được viết cho bộ tiêu chí " + Limits.quote(criteriaSet)
                    + ", không phải " + set.labels().vietnamese() + " (" + Limits.quote(set.id()) + ")",
                    "written for criteria set " + criteriaSet + ", not " + set.id()));
        }
        Map<String, Map<String, List<ThresholdRule>>> extra = new LinkedHashMap<>();
        for (OverlayThreshold t : thresholds) {
            Standard standard = set.standard(t.standard())
                    .orElseThrow(() -> error(t.standard(), "standard", unknownStandard(t.standard())));
            IndicatorDefinition national = standard.criteria().stream().flatMap(c -> c.indicators().stream())
                    .filter(i -> i.code().equals(t.indicator())).findFirst()
                    .orElseThrow(() -> error(t.standard() + "/" + t.indicator(), "indicator", Labels.of(
                            "chỉ tiêu không rõ " + Limits.quote(t.indicator()) + " trong mức chuẩn "
                                    + standard.labels().vietnamese(), "unknown indicator "
                            + t.indicator() + " in standard " + t.standard())));
            checkNotLooser(t, national);
            extra.computeIfAbsent(t.standard(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(t.rule().fromOverlay(id, jurisdiction));
        }
        CriteriaSet.Builder builder = set.toBuilder();
        for (Standard standard : set.standards()) {
            Map<String, List<ThresholdRule>> rules = extra.getOrDefault(standard.id(), Map.of());
            List<Criterion> criteria = new ArrayList<>();
            for (Criterion c : standard.criteria()) {
                if (c.indicators().stream().anyMatch(i -> rules.containsKey(i.code()))) {
                    List<IndicatorDefinition> replaced = new ArrayList<>();
                    for (IndicatorDefinition i : c.indicators()) {
                        replaced.add(rules.containsKey(i.code()) ? i.withRules(rules.get(i.code())) : i);
                    }
                    criteria.add(replaced(standard, c, replaced));
                } else {
                    criteria.add(c);
                }
            }
            for (AddedCriterion added : this.criteria) {
                if (added.standard().equals(standard.id())) {
                    if (standard.criterion(added.criterion().code()).isPresent()) {
                        throw error(standard.id() + "/" + added.criterion().code(), "criteria", Labels.of(
                                "tiêu chí " + Limits.quote(added.criterion().code()) + " đã có trong mức chuẩn "
                                        + standard.labels().vietnamese(),
                                "criterion " + added.criterion().code() + " already exists in " + standard.id()));
                    }
                    criteria.add(added.criterion());
                }
            }
            builder.replaceStandard(Standard.of(standard.id(), standard.labels(), standard.appliesTo(),
                    standard.nestedIn(), criteria, standard.provenance()).withSubdivision(standard.subdivision()));
        }
        for (AddedCriterion added : this.criteria) {
            if (set.standard(added.standard()).isEmpty()) {
                throw error(added.standard(), "standard", unknownStandard(added.standard()));
            }
        }
        return builder.build();
    }

    /** The criterion with the overlay's indicators, refusing a criterion on which they would have no effect. */
    private Criterion replaced(Standard standard, Criterion c, List<IndicatorDefinition> replaced) {
        Criterion result;
        try {
            result = c.withIndicators(replaced);
        } catch (UnsupportedOperationException e) {
            throw error(standard.id() + "/" + c.code(), "thresholds", Labels.of("tiêu chí " + Limits.quote(c.code())
                    + " được lập trình sẵn và không nhận ngưỡng của tỉnh", "criterion " + c.code()
                    + " is written in code and does not take overlay thresholds: " + e.getMessage()));
        }
        if (!result.indicators().equals(replaced)) {
            throw error(standard.id() + "/" + c.code(), "thresholds", Labels.of("tiêu chí " + Limits.quote(c.code())
                    + " được lập trình sẵn và đã bỏ qua các ngưỡng của tỉnh (vẫn giữ các ngưỡng cũ)", "criterion "
                    + c.code() + " is written in code"
                    + " and ignored the overlay's thresholds (its withIndicators kept the old ones)"));
        }
        return result;
    }

    private void checkNotLooser(OverlayThreshold t, IndicatorDefinition national) {
        Threshold mine = t.rule().threshold();
        if (!mine.isKnown()) {
            throw error(t.standard() + "/" + t.indicator(), "threshold", Labels.of("bộ ngưỡng của tỉnh phải cho"
                    + " một giá trị, không phải " + vietnamese(mine), "an overlay must give a value, not "
                    + mine.status()));
        }
        // Compare with the national rules that would decide where the overlay's rule applies: those
        // whose conditions the overlay's conditions include, the most specific of them.
        List<ThresholdRule> candidates = new ArrayList<>();
        for (ThresholdRule rule : national.rules()) {
            boolean included = rule.when().entrySet().stream()
                    .allMatch(e -> e.getValue().equals(t.rule().when().get(e.getKey())));
            if (included && rule.coversYear(t.rule().fromYear().orElse(rule.fromYear().orElse(0)))) {
                candidates.add(rule);
            }
        }
        int top = candidates.stream().mapToInt(ThresholdRule::specificity).max().orElse(-1);
        for (ThresholdRule rule : candidates) {
            Threshold theirs = rule.threshold();
            if (rule.specificity() != top || !theirs.isKnown()) {
                continue;
            }
            if (theirs.comparison() != mine.comparison()) {
                throw error(t.standard() + "/" + t.indicator(), "comparison", Labels.of("quy định trung ương dùng phép"
                        + " so sánh " + theirs.comparison().symbol() + ", bộ ngưỡng của tỉnh dùng "
                        + mine.comparison().symbol(), "national rule uses "
                        + theirs.comparison() + ", overlay " + mine.comparison()));
            }
            if (mine.value().isPresent()
                    && !mine.comparison().atLeastAsStrict(mine.value().get(), theirs.value().get())) {
                throw error(t.standard() + "/" + t.indicator(), "threshold", Labels.of("nới lỏng giá trị trung ương "
                        + vietnamese(theirs) + " thành " + vietnamese(mine) + " [" + theirs.provenance() + "]",
                        "loosens the national value " + theirs + " to " + mine + " [" + theirs.provenance() + "]"));
            }
        }
    }

    private static Labels unknownStandard(String standard) {
        return Labels.of("mức chuẩn không rõ " + Limits.quote(standard), "unknown standard " + standard);
    }
}
