package io.github.ntmlib.core.criteria;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A rule of a criteria set that replaces a classification's value when any of its triggers hold:
 * the effective-region override of 2021-2025 ("extremely difficult communes and safe-zone
 * communes of poor districts use the thresholds of Trung du và miền núi phía Bắc").
 *
 * @param scheme     the scheme whose value is replaced
 * @param value      the value used instead
 * @param whenAny    triggers, scheme id to value; the override applies if any holds
 * @param provenance the legal source
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ClassificationOverride(String scheme, String value, Map<String, String> whenAny,
        Provenance provenance) {

    /**
     * Validates the components.
     *
     * @param scheme     the scheme
     * @param value      the replacement value
     * @param whenAny    the triggers
     * @param provenance the source
     */
    public ClassificationOverride {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        whenAny = java.util.Collections.unmodifiableMap(new TreeMap<>(whenAny));
        Objects.requireNonNull(provenance, "provenance");
        if (whenAny.isEmpty()) {
            throw new IllegalArgumentException("an override of " + scheme + " needs at least one trigger");
        }
    }

    /**
     * The value this override gives, if any of its triggers hold.
     *
     * @param classification the unit's own (inherited) classification lookup
     * @return the replacement value, or empty
     */
    public Optional<String> apply(Function<String, Optional<String>> classification) {
        for (Map.Entry<String, String> trigger : whenAny.entrySet()) {
            if (classification.apply(trigger.getKey()).filter(trigger.getValue()::equals).isPresent()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * A unit's effective classification in a scheme: the first override of the scheme that
     * applies to the unit's own classifications, else its own value. The one place this reading is
     * written for the engine's context; {@link IndicatorRule#select} applies the same order and
     * also records what it read.
     *
     * @param overrides the set's overrides, in order
     * @param scheme    the scheme
     * @param own       the unit's own (inherited) classification lookup
     * @return the effective value, or empty
     */
    public static java.util.Optional<String> effective(java.util.List<ClassificationOverride> overrides, String scheme,
            java.util.function.Function<String, java.util.Optional<String>> own) {
        for (ClassificationOverride override : overrides) {
            if (override.scheme().equals(scheme)) {
                java.util.Optional<String> value = override.apply(own);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return own.apply(scheme);
    }
}
