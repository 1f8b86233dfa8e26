package io.github.ntmlib.core.criteria;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Why a threshold rule was chosen for a unit: the classification values read (NTM region,
 * extremely difficult, safe zone ...), whether the set's classification override applied (the
 * effective region), the chosen rule's origin and conditions, and a territorial rule set aside
 * because it was looser than the national one.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleChoice {

    private final RuleOrigin origin;
    private final Map<String, String> conditions;
    private final Map<String, String> read;
    private final Map<String, String> overridden;
    private final @Nullable Threshold setAside;

    RuleChoice(RuleOrigin origin, Map<String, String> conditions, Map<String, String> read,
            Map<String, String> overridden, @Nullable Threshold setAside) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.conditions = Collections.unmodifiableMap(new TreeMap<>(conditions));
        this.read = Collections.unmodifiableMap(new TreeMap<>(read));
        this.overridden = Collections.unmodifiableMap(new TreeMap<>(overridden));
        this.setAside = setAside;
    }

    /**
     * Rebuilds a choice from its facts (for readers of stored evaluations).
     *
     * @param origin     the chosen rule's origin
     * @param conditions the chosen rule's classification conditions
     * @param read       classification values read, scheme id to the value used
     * @param overridden schemes whose own value the override replaced, scheme id to the own value
     *                   (empty text when the unit had none)
     * @param setAside   a looser territorial threshold set aside, or {@code null}
     * @return the choice
     */
    public static RuleChoice of(RuleOrigin origin, Map<String, String> conditions, Map<String, String> read,
            Map<String, String> overridden, @Nullable Threshold setAside) {
        return new RuleChoice(origin, conditions, read, overridden, setAside);
    }

    /**
     * The chosen rule's origin.
     *
     * @return national, regional, overlay or territory
     */
    public RuleOrigin origin() {
        return origin;
    }

    /**
     * The chosen rule's classification conditions.
     *
     * @return scheme id to required value; empty for a rule without conditions
     */
    public Map<String, String> conditions() {
        return conditions;
    }

    /**
     * The classification values read for the choice, after the override.
     *
     * @return scheme id to value; schemes the unit has no value of are absent
     */
    public Map<String, String> read() {
        return read;
    }

    /**
     * Schemes whose value the set's override replaced, with the unit's own value.
     *
     * @return scheme id to own value (empty text when none); empty when no override applied
     */
    public Map<String, String> overridden() {
        return overridden;
    }

    /**
     * Whether the set's classification override applied (the effective region).
     *
     * @return true if it did
     */
    public boolean overrideApplied() {
        return !overridden.isEmpty();
    }

    /**
     * A territorial threshold that was set aside because it was looser than the national rule
     * chosen (a province may only tighten).
     *
     * @return the threshold set aside, or empty
     */
    public Optional<Threshold> setAside() {
        return Optional.ofNullable(setAside);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RuleChoice)) {
            return false;
        }
        RuleChoice c = (RuleChoice) o;
        return origin == c.origin && conditions.equals(c.conditions) && read.equals(c.read)
                && overridden.equals(c.overridden) && Objects.equals(setAside, c.setAside);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, conditions, read, overridden, setAside);
    }

    @Override
    public String toString() {
        return "RuleChoice[" + origin + " " + conditions + " read " + read + (overrideApplied() ? " overridden "
                + overridden : "") + (setAside == null ? "" : " set aside " + setAside) + "]";
    }
}
