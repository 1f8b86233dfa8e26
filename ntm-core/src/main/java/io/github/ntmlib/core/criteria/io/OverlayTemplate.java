package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A fill-in form for what the law leaves open (mẫu bổ sung chỉ tiêu do tỉnh quy định): every
 * threshold rule of a criteria set that is {@linkplain ThresholdStatus#NOT_ENCODED not encoded} or
 * {@linkplain ThresholdStatus#SET_BY_PROVINCE set by the province}, one row each, with an empty
 * value for a province to fill. A filled template is an overlay ({@link #toOverlay}) applying within
 * the province: its rows with a value become the province's thresholds, its empty rows stay not
 * assessed.
 *
 * <p>A row's value is a decimal in the indicator's unit (a percentage 0-100 for a ratio, a whole
 * number for a count, a grade's place 1..n on its scale); for a flag indicator ("Đạt / không đạt")
 * the only value is {@code Đạt}, recorded as {@link BigDecimal#ONE}: the province requires the
 * indicator met. Its JSON form is {@link OverlayTemplateJson}; the XLSX workbook is in the
 * {@code ntm-intake} module.
 *
 * @param id           the overlay id the filled template will carry
 * @param criteriaSet  the set it was generated for
 * @param jurisdiction the province code
 * @param province     the province's name, as written on the form (may be empty)
 * @param decision     the province's decision giving the values (số, ngày quyết định), empty until filled
 * @param rows         the rules to fill, in the set's order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OverlayTemplate(String id, String criteriaSet, String jurisdiction, String province, String decision,
        List<Row> rows) {

    /** The text of a flag row's only value. */
    public static final String MET_TEXT = "Đạt";

    /**
     * One rule to fill.
     *
     * @param standard      the standard id
     * @param standardName  the standard's Vietnamese name
     * @param criterion     the criterion code
     * @param criterionName the criterion's Vietnamese name
     * @param indicator     the indicator code
     * @param indicatorName the indicator's Vietnamese name
     * @param kind          the indicator's kind of value
     * @param unit          the unit of measure ("%" for a ratio; may be empty)
     * @param comparison    how the value will be compared
     * @param when          the classification conditions of the rule (region, extremely difficult ...)
     * @param fromYear      the first year the rule applies to, or null
     * @param toYear        the last year the rule applies to, or null
     * @param kinds         the unit kinds it applies to; empty for all of the standard's
     * @param status        not encoded, or set by the province
     * @param source        the national text declaring the rule
     * @param scale         for a grade indicator its scale, else empty
     * @param value         the filled value, or null while empty
     */
    public record Row(String standard, String standardName, String criterion, String criterionName, String indicator,
            String indicatorName, ValueKind kind, String unit, Comparison comparison, Map<String, String> when,
            @Nullable Integer fromYear, @Nullable Integer toYear, Set<UnitKind> kinds, ThresholdStatus status,
            Provenance source, List<String> scale, @Nullable BigDecimal value) {

        /**
         * Validates the components.
         *
         * @param standard      the standard id
         * @param standardName  its name
         * @param criterion     the criterion code
         * @param criterionName its name
         * @param indicator     the indicator code
         * @param indicatorName its name
         * @param kind          its kind
         * @param unit          its unit
         * @param comparison    the comparison
         * @param when          the conditions
         * @param fromYear      the first year
         * @param toYear        the last year
         * @param kinds         the unit kinds
         * @param status        the status
         * @param source        the national source
         * @param scale         a grade's scale
         * @param value         the value
         * @throws IllegalArgumentException if the status is verified or the value is not allowed
         */
        public Row {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(standardName, "standardName");
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(criterionName, "criterionName");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(indicatorName, "indicatorName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(comparison, "comparison");
            when = Collections.unmodifiableMap(new TreeMap<>(when));
            kinds = Set.copyOf(kinds);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(source, "source");
            scale = List.copyOf(scale);
            if (status == ThresholdStatus.VERIFIED) {
                throw new IllegalArgumentException("indicator " + indicator + ": a verified rule is not filled in");
            }
            if (value != null) {
                Labels problem = reason(kind, comparison, scale, value);
                if (problem != null) {
                    throw new IllegalArgumentException("indicator " + indicator + ": " + problem.english());
                }
            }
        }

        /**
         * The filled value.
         *
         * @return the value, empty while the row is empty
         */
        public Optional<BigDecimal> filled() {
            return Optional.ofNullable(value);
        }

        /**
         * This row with a value.
         *
         * @param newValue the value, or null to empty it
         * @return a new row
         * @throws IllegalArgumentException if the value is not allowed ({@link #problem})
         */
        public Row withValue(@Nullable BigDecimal newValue) {
            return new Row(standard, standardName, criterion, criterionName, indicator, indicatorName, kind, unit,
                    comparison, when, fromYear, toYear, kinds, status, source, scale, newValue);
        }

        /**
         * What is wrong with a value for this row.
         *
         * @param candidate the value
         * @return the problem, or null when the value is allowed
         */
        public @Nullable String problem(BigDecimal candidate) {
            Labels reason = reason(kind, comparison, scale, candidate);
            return reason == null ? null : reason.english();
        }

        /**
         * What is wrong with a value for this row, in Vietnamese and English.
         *
         * @param candidate the value
         * @return the problem, or null when the value is allowed
         * @since 0.1
         */
        public @Nullable Labels reason(BigDecimal candidate) {
            return reason(kind, comparison, scale, candidate);
        }

        /**
         * The values allowed, as the forms print them.
         *
         * @return e.g. "0-100", "0, 1, 2, …", "≥ 0", "Đạt"
         */
        public String allowed() {
            if (comparison == Comparison.MET) {
                return MET_TEXT;
            }
            switch (kind) {
                case RATIO:
                    return "0-100";
                case COUNT:
                    return "0, 1, 2, …";
                case GRADE:
                    return "1-" + scale.size();
                default:
                    return "≥ 0";
            }
        }

        /**
         * The lowest value allowed.
         *
         * @return 0, or 1 for a grade or a flag
         */
        public BigDecimal minimum() {
            return comparison == Comparison.MET || kind == ValueKind.GRADE ? BigDecimal.ONE : BigDecimal.ZERO;
        }

        /**
         * The highest value allowed.
         *
         * @return 100 for a ratio, the scale's size for a grade, 1 for a flag, empty when unbounded
         */
        public Optional<BigDecimal> maximum() {
            if (comparison == Comparison.MET) {
                return Optional.of(BigDecimal.ONE);
            }
            if (kind == ValueKind.RATIO) {
                return Optional.of(BigDecimal.valueOf(100));
            }
            return kind == ValueKind.GRADE ? Optional.of(BigDecimal.valueOf(scale.size())) : Optional.empty();
        }

        /**
         * Whether the value must be a whole number.
         *
         * @return true for a count, a grade and a flag
         */
        public boolean whole() {
            return comparison == Comparison.MET || kind == ValueKind.COUNT || kind == ValueKind.GRADE;
        }

        /**
         * The conditions as one line: "scheme = value" joined by "; ", then the years and kinds.
         *
         * @return the conditions, or empty text when the rule always applies
         */
        public String conditions() {
            List<String> parts = new ArrayList<>();
            when.forEach((k, v) -> parts.add(k + " = " + v));
            if (fromYear != null || toYear != null) {
                parts.add((fromYear == null ? "" : String.valueOf(fromYear)) + "-"
                        + (toYear == null ? "" : String.valueOf(toYear)));
            }
            if (!kinds.isEmpty()) {
                parts.add(String.join(", ", kinds.stream().map(Enum::name).sorted().toList()));
            }
            return String.join("; ", parts);
        }

        private static @Nullable Labels reason(ValueKind kind, Comparison comparison, List<String> scale,
                BigDecimal v) {
            Labels bounds = Limits.numberLimit(v);
            if (bounds != null) {
                return bounds;
            }
            if (comparison == Comparison.MET) {
                return v.compareTo(BigDecimal.ONE) == 0 ? null : Labels.of("giá trị duy nhất của một quy định đạt/không"
                        + " đạt là " + MET_TEXT, "a flag rule's only value is " + MET_TEXT);
            }
            if (v.signum() < 0) {
                return Labels.of("không cho phép giá trị âm " + v.toPlainString(),
                        "a negative value " + v.toPlainString() + " is not allowed");
            }
            boolean whole = v.stripTrailingZeros().scale() <= 0;
            if (kind == ValueKind.RATIO && v.compareTo(BigDecimal.valueOf(100)) > 0) {
                return Labels.of("tỷ lệ phần trăm từ 0 đến 100, không phải " + v.toPlainString(),
                        "a percentage is 0 to 100, not " + v.toPlainString());
            }
            if (kind == ValueKind.COUNT && !whole) {
                return Labels.of("số đếm là số nguyên, không phải " + v.toPlainString(),
                        "a count is a whole number, not " + v.toPlainString());
            }
            if (kind == ValueKind.GRADE && (!whole || v.signum() == 0 || v.compareTo(BigDecimal.valueOf(scale.size())) > 0)) {
                return Labels.of("mức xếp loại là thứ tự từ 1 đến " + scale.size() + " trong thang "
                        + scale.stream().map(Limits::quote).collect(java.util.stream.Collectors.joining(", "))
                        + ", không phải " + v.toPlainString(), "a grade is its place 1 to " + scale.size() + " on "
                        + scale + ", not " + v.toPlainString());
            }
            return null;
        }
    }

    /**
     * Validates the components.
     *
     * @param id           the overlay id
     * @param criteriaSet  the set id
     * @param jurisdiction the province code
     * @param province     the province name
     * @param decision     the province's decision
     * @param rows         the rows
     */
    public OverlayTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(decision, "decision");
        rows = List.copyOf(rows);
        if (id.isBlank() || criteriaSet.isBlank() || jurisdiction.isBlank()) {
            throw new IllegalArgumentException("a template needs an id, a criteria set and a province code");
        }
    }

    /**
     * The empty template of a set for a province: a row for every rule that is not encoded or set
     * by the province (and not limited to another territory).
     *
     * @param set          the criteria set
     * @param jurisdiction the province code
     * @param province     the province's name (may be empty)
     * @return the template, all values empty
     */
    public static OverlayTemplate of(CriteriaSet set, String jurisdiction, String province) {
        List<Row> rows = new ArrayList<>();
        for (Standard standard : set.standards()) {
            for (Criterion criterion : standard.criteria()) {
                for (IndicatorDefinition indicator : criterion.indicators()) {
                    for (ThresholdRule rule : indicator.rules()) {
                        Threshold t = rule.threshold();
                        if (t.isKnown() || rule.within().filter(w -> !w.equals(jurisdiction)).isPresent()) {
                            continue;
                        }
                        rows.add(new Row(standard.id(), standard.labels().vietnamese(), criterion.code(),
                                criterion.labels().vietnamese(), indicator.code(), indicator.labels().vietnamese(), indicator.kind(),
                                indicator.unit(), t.comparison(), rule.when(), rule.fromYear().orElse(null),
                                rule.toYear().orElse(null), rule.kinds(), t.status(), t.provenance(),
                                indicator.grades(), null));
                    }
                }
            }
        }
        return new OverlayTemplate(jurisdiction + "-" + set.id(), set.id(), jurisdiction, province, "", rows);
    }

    /**
     * The rows still empty.
     *
     * @return the empty rows, in order
     */
    public List<Row> empty() {
        return rows.stream().filter(r -> r.value() == null).toList();
    }

    /**
     * This template with one row's value.
     *
     * @param index the row's index
     * @param value the value, or null to empty it
     * @return a new template
     * @throws IllegalArgumentException if the value is not allowed
     */
    public OverlayTemplate withValue(int index, @Nullable BigDecimal value) {
        List<Row> copy = new ArrayList<>(rows);
        copy.set(index, rows.get(index).withValue(value));
        return new OverlayTemplate(id, criteriaSet, jurisdiction, province, decision, copy);
    }

    /**
     * This template with the province's decision.
     *
     * @param newDecision the decision, e.g. "Quyết định 12/2022/QĐ-UBND ngày 01/6/2022"
     * @return a new template
     */
    public OverlayTemplate withDecision(String newDecision) {
        return new OverlayTemplate(id, criteriaSet, jurisdiction, province, newDecision, rows);
    }

    /**
     * The overlay of the filled rows: each a threshold of the province with the decision as its
     * source; empty rows add nothing (they stay not assessed).
     *
     * @param source the file the template was read from, for errors
     * @return the overlay, to apply with {@link Overlay#applyTo}
     * @throws InvalidDataException if the decision is empty (field {@code decision})
     */
    public Overlay toOverlay(String source) {
        if (decision.isBlank()) {
            throw new InvalidDataException(SourcePosition.of(source), null, "decision", DECISION_EMPTY);
        }
        List<Overlay.OverlayThreshold> thresholds = new ArrayList<>();
        for (Row r : rows) {
            if (r.value() == null) {
                continue;
            }
            BigDecimal v = r.comparison() == Comparison.MET ? null : r.value();
            Provenance p = new Provenance(decision, "", r.indicator(), "mẫu " + id + "; văn bản quốc gia: " + r.source());
            ThresholdRule rule = ThresholdRule.of(r.when(), Optional.ofNullable(r.fromYear()),
                    Optional.ofNullable(r.toYear()), r.kinds(), Optional.empty(),
                    Threshold.of(r.comparison(), v, ThresholdStatus.VERIFIED, p));
            thresholds.add(new Overlay.OverlayThreshold(r.standard(), r.indicator(), rule));
        }
        return new Overlay(id, criteriaSet, jurisdiction, thresholds, List.of(), Provenance.of(decision, ""),
                SourcePosition.of(source));
    }

    /** The reason for an empty decision, in a template and in its check. */
    static final Labels DECISION_EMPTY = Labels.of("quyết định của tỉnh quy định các giá trị đang để trống",
            "the province's decision giving the values is empty");
}
