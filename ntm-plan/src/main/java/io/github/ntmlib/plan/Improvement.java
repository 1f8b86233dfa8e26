package io.github.ntmlib.plan;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One thing a unit must change for a standard: an indicator raised (or lowered) to its threshold, a
 * yes/no indicator made met, or a criterion assessed as a whole brought to "đạt". Carries the
 * current value, the threshold in force for the unit (with its legal source), the value the plan
 * sets, the change (in the indicator's own measure and, for a ratio, in percentage points) and its
 * cost.
 *
 * @param standard        the standard whose criterion this closes
 * @param standardLabels  the standard's names
 * @param criterion       the criterion code
 * @param criterionLabels the criterion's names
 * @param indicator       the indicator code, or {@code null} for a criterion assessed as a whole
 * @param indicatorLabels the indicator's names, or {@code null}
 * @param kind            what changes
 * @param current         the value today, or {@code null} for a criterion assessed as a whole
 * @param threshold       the threshold in force, or {@code null} for a criterion assessed as a whole
 * @param planned         the value the plan sets, or {@code null} for a criterion assessed as a whole
 * @param change          the change in the indicator's own measure (households, km, units), or
 *                        {@code null} when not measurable
 * @param measure         the unit of {@code change} as the indicator declares it, may be empty
 * @param points          for a ratio, the change in percentage points, or {@code null}
 * @param completion      for a criterion assessed as a whole, the lower bound of its recorded
 *                        completion in percent, or {@code null}
 * @param cost            the cost
 * @param provenance      the legal source of the threshold or criterion
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Improvement(String standard, Labels standardLabels, String criterion, Labels criterionLabels,
        @Nullable String indicator, @Nullable Labels indicatorLabels, Kind kind, @Nullable Value current,
        @Nullable Threshold threshold, @Nullable Value planned, @Nullable BigDecimal change, String measure,
        @Nullable Fraction points, @Nullable BigDecimal completion, Cost cost, Provenance provenance) {

    /**
     * Validates.
     *
     * @param standard        the standard
     * @param standardLabels  its names
     * @param criterion       the criterion
     * @param criterionLabels its names
     * @param indicator       the indicator
     * @param indicatorLabels its names
     * @param kind            the kind
     * @param current         the current value
     * @param threshold       the threshold
     * @param planned         the planned value
     * @param change          the change
     * @param measure         its unit
     * @param points          percentage points
     * @param completion      recorded completion
     * @param cost            the cost
     * @param provenance      the source
     */
    public Improvement {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(standardLabels, "standardLabels");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(criterionLabels, "criterionLabels");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(provenance, "provenance");
        if ((indicator == null) != (kind == Kind.ASSESS_MET) || (indicator == null) != (indicatorLabels == null)) {
            throw new IllegalArgumentException("an indicator is named exactly when the kind is not ASSESS_MET");
        }
        if (kind != Kind.ASSESS_MET && (current == null || threshold == null || planned == null)) {
            throw new IllegalArgumentException("an indicator's improvement needs its value, threshold and plan");
        }
        if (change != null && change.signum() < 0) {
            throw new IllegalArgumentException("a change is a magnitude: " + change);
        }
    }

    /**
     * The indicator, when the improvement is an indicator's.
     *
     * @return the code, or empty
     */
    public Optional<String> indicatorCode() {
        return Optional.ofNullable(indicator);
    }

    /**
     * The improvement as a sentence: criterion, indicator, value today, threshold, value to reach,
     * change, cost and legal source ("tiêu chí 5 (Trường học), chỉ tiêu …: hiện 40/100 = 40%, ngưỡng ≥ 70%,
     * cần đạt 70/100 = 70% (thêm 30, 30 điểm phần trăm); chi phí …; căn cứ: …").
     *
     * @param language the language
     * @return the text
     */
    public String explanation(io.github.ntmlib.base.Language language) {
        return PlanText.improvement(this, language);
    }

    /**
     * What changes.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind implements Labelled {
        /** A value raised to at least its threshold. */
        RAISE,
        /** A value lowered to at most its threshold. */
        LOWER,
        /** A yes/no indicator made met. */
        MAKE_MET,
        /** A criterion assessed as a whole brought to "đạt". */
        ASSESS_MET;
    }
}
