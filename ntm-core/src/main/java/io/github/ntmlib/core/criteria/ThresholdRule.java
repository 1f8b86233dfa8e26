package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.locality.UnitKind;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A threshold with the conditions that select it: classification values (the NTM region, the
 * commune group), a range of years, unit kinds, and a territory (a provincial overlay applies
 * within its province).
 *
 * <p>Selection (see {@link RuleOrigin}): the most specific national rule whose conditions hold is
 * chosen first, after the set's classification overrides; a territorial rule (an overlay's, or a
 * national rule limited to a territory) replaces it only where it is at least as strict — a
 * province may only tighten — and a looser one is set aside, visibly, in the trace.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ThresholdRule {

    private final Map<String, String> when;
    private final @Nullable Integer fromYear;
    private final @Nullable Integer toYear;
    private final Set<UnitKind> kinds;
    private final @Nullable String within;
    private final @Nullable String overlay;
    private final Threshold threshold;

    private ThresholdRule(Map<String, String> when, @Nullable Integer fromYear, @Nullable Integer toYear,
            Set<UnitKind> kinds, @Nullable String within, @Nullable String overlay, Threshold threshold) {
        this.when = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(when, "when")));
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.kinds = Set.copyOf(kinds);
        this.within = within;
        this.overlay = overlay;
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("year range " + fromYear + "-" + toYear + " is empty");
        }
    }

    /**
     * A rule with all its conditions.
     *
     * @param when      scheme id to required value; all must hold (after the set's overrides)
     * @param fromYear  the first year the rule applies to, if limited
     * @param toYear    the last year the rule applies to, if limited
     * @param kinds     the unit kinds it applies to; empty for all
     * @param within    the code of the unit (a province) within whose territory it applies, if limited
     * @param threshold the threshold
     * @return the rule
     * @throws IllegalArgumentException if the year range is empty
     */
    public static ThresholdRule of(Map<String, String> when, Optional<Integer> fromYear, Optional<Integer> toYear,
            Set<UnitKind> kinds, Optional<String> within, Threshold threshold) {
        return new ThresholdRule(when, fromYear.orElse(null), toYear.orElse(null), kinds, within.orElse(null), null,
                threshold);
    }

    /**
     * A rule that always applies.
     *
     * @param threshold the threshold
     * @return the rule
     */
    public static ThresholdRule always(Threshold threshold) {
        return new ThresholdRule(Map.of(), null, null, Set.of(), null, null, threshold);
    }

    /**
     * A rule for one classification value, e.g. one NTM region.
     *
     * @param scheme    the scheme id
     * @param value     the value
     * @param threshold the threshold
     * @return the rule
     */
    public static ThresholdRule when(String scheme, String value, Threshold threshold) {
        return new ThresholdRule(Map.of(scheme, value), null, null, Set.of(), null, null, threshold);
    }

    /**
     * Classification conditions: scheme id to required value.
     *
     * @return the conditions, sorted by scheme
     */
    public Map<String, String> when() {
        return when;
    }

    /**
     * The first year the rule applies to.
     *
     * @return the year, or empty if not limited
     */
    public Optional<Integer> fromYear() {
        return Optional.ofNullable(fromYear);
    }

    /**
     * The last year the rule applies to.
     *
     * @return the year, or empty if not limited
     */
    public Optional<Integer> toYear() {
        return Optional.ofNullable(toYear);
    }

    /**
     * The unit kinds it applies to.
     *
     * @return the kinds; empty for all
     */
    public Set<UnitKind> kinds() {
        return kinds;
    }

    /**
     * The territory it is limited to.
     *
     * @return the unit code, or empty
     */
    public Optional<String> within() {
        return Optional.ofNullable(within);
    }

    /**
     * The id of the provincial overlay that added this rule.
     *
     * @return the overlay id, or empty for a rule of the set itself
     */
    public Optional<String> overlay() {
        return Optional.ofNullable(overlay);
    }

    /**
     * The threshold.
     *
     * @return the threshold
     */
    public Threshold threshold() {
        return threshold;
    }

    /**
     * Where this rule comes from, as a trace names it.
     *
     * @return overlay or territory for a territorial rule, regional for a classification rule,
     *         national otherwise
     */
    public RuleOrigin origin() {
        if (within != null) {
            return overlay != null ? RuleOrigin.OVERLAY : RuleOrigin.TERRITORY;
        }
        return when.isEmpty() ? RuleOrigin.NATIONAL : RuleOrigin.REGIONAL;
    }

    /**
     * This rule limited to a year.
     *
     * @param year the year
     * @return a new rule
     */
    public ThresholdRule inYear(int year) {
        return new ThresholdRule(when, year, year, kinds, within, overlay, threshold);
    }

    /**
     * This rule limited to a territory.
     *
     * @param unitCode the province (or other unit) code
     * @return a new rule
     */
    public ThresholdRule within(String unitCode) {
        return new ThresholdRule(when, fromYear, toYear, kinds, Objects.requireNonNull(unitCode, "unitCode"), overlay,
                threshold);
    }

    /**
     * This rule as added by a provincial overlay over its territory.
     *
     * @param overlayId    the overlay's id
     * @param jurisdiction the province code
     * @return a new rule
     */
    public ThresholdRule fromOverlay(String overlayId, String jurisdiction) {
        return new ThresholdRule(when, fromYear, toYear, kinds, Objects.requireNonNull(jurisdiction, "jurisdiction"),
                Objects.requireNonNull(overlayId, "overlayId"), threshold);
    }

    /**
     * Whether the rule applies to a year.
     *
     * @param year the year
     * @return true if within the rule's years
     */
    public boolean coversYear(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    /**
     * How specific the rule is among rules of the same origin group: a territory counts most, then
     * each condition.
     *
     * @return the specificity, higher wins
     */
    public int specificity() {
        return (within != null ? 100 : 0) + when.size() * 2 + (fromYear != null || toYear != null ? 1 : 0)
                + (kinds.isEmpty() ? 0 : 1);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ThresholdRule)) {
            return false;
        }
        ThresholdRule r = (ThresholdRule) o;
        return when.equals(r.when) && Objects.equals(fromYear, r.fromYear) && Objects.equals(toYear, r.toYear)
                && kinds.equals(r.kinds) && Objects.equals(within, r.within) && Objects.equals(overlay, r.overlay)
                && threshold.equals(r.threshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(when, fromYear, toYear, kinds, within, overlay, threshold);
    }

    @Override
    public String toString() {
        return "ThresholdRule[" + (when.isEmpty() ? "" : when + " ") + (within == null ? "" : "within " + within + " ")
                + threshold + "]";
    }
}
