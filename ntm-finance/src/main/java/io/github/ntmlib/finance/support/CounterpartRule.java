package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import java.util.Objects;
import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The counterpart rule of one province group in one period (mức vốn đối ứng tối thiểu): local
 * capital must be at least {@code minimumMultiplier} × central support.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CounterpartRule {

    private final String group;
    private final String label;
    private final boolean selfFunded;
    private final @Nullable BigDecimal minimumMultiplier;

    private CounterpartRule(String group, String label, boolean selfFunded, Optional<BigDecimal> minimumMultiplier) {
        FinanceDataException.require(group, "group");
        FinanceDataException.require(label, "label");
        FinanceDataException.require(minimumMultiplier, "minimumMultiplier");
        if (minimumMultiplier.isPresent() && minimumMultiplier.get().signum() < 0) {
            throw FinanceDataException.api(group, "minimumMultiplier", Labels.of("không được âm",
                            "must not be negative"));
        }
        this.group = group;
        this.label = label;
        this.selfFunded = selfFunded;
        this.minimumMultiplier = minimumMultiplier.orElse(null);
    }

    /**
     * Creates the value, validating it.
     *
     * @param group the group key, such as {@code CENTRAL_SUPPORT_UNDER_50}
     * @param label the Vietnamese description
     * @param selfFunded whether provinces of the group fund the program entirely themselves (no central support is expected)
     * @param minimumMultiplier the minimum local / central multiplier; empty when none is set
     * @return the value
     */
    public static CounterpartRule of(String group, String label, boolean selfFunded,
            Optional<BigDecimal> minimumMultiplier) {
        return new CounterpartRule(group, label, selfFunded, minimumMultiplier);
    }

    /**
     * The group key, such as {@code CENTRAL_SUPPORT_UNDER_50}.
     *
     * @return the group key, such as {@code CENTRAL_SUPPORT_UNDER_50}
     */
    public String group() {
        return group;
    }

    /**
     * The Vietnamese description.
     *
     * @return the Vietnamese description
     */
    public String label() {
        return label;
    }

    /**
     * Whether provinces of the group fund the program entirely themselves (no central support is expected).
     *
     * @return whether provinces of the group fund the program entirely themselves (no central support is expected)
     */
    public boolean selfFunded() {
        return selfFunded;
    }

    /**
     * The minimum local / central multiplier; empty when none is set.
     *
     * @return the minimum local / central multiplier; empty when none is set
     */
    public Optional<BigDecimal> minimumMultiplier() {
        return Optional.ofNullable(minimumMultiplier);
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CounterpartRule)) {
            return false;
        }
        CounterpartRule o = (CounterpartRule) other;
        return Objects.equals(group, o.group)
                && Objects.equals(label, o.label)
                && Objects.equals(selfFunded, o.selfFunded)
                && Objects.equals(minimumMultiplier, o.minimumMultiplier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, label, selfFunded, minimumMultiplier);
    }

    @Override
    public String toString() {
        return "CounterpartRule[" + "group=" + group + ", " + "label=" + label + ", " + "selfFunded="
                + selfFunded + ", " + "minimumMultiplier=" + minimumMultiplier + "]";
    }
}
