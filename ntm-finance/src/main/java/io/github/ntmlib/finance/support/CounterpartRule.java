package io.github.ntmlib.finance.support;

import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The counterpart rule of one province group in one period (mức vốn đối ứng tối thiểu): local
 * capital must be at least {@code minimumMultiplier} × central support.
 *
 * @param group             the group key, such as {@code CENTRAL_SUPPORT_UNDER_50}
 * @param label             the Vietnamese description
 * @param selfFunded        whether provinces of the group fund the program entirely themselves
 *                          (no central support is expected)
 * @param minimumMultiplier the minimum local / central multiplier; empty when none is set
 */
public record CounterpartRule(String group, String label, boolean selfFunded, Optional<BigDecimal> minimumMultiplier) {

    /**
     * Validates the components.
     *
     * @param group             the group key
     * @param label             the description
     * @param selfFunded        whether self-funded
     * @param minimumMultiplier the minimum multiplier, or empty
     */
    public CounterpartRule {
        FinanceDataException.require(group, "group");
        FinanceDataException.require(label, "label");
        FinanceDataException.require(minimumMultiplier, "minimumMultiplier");
        if (minimumMultiplier.isPresent() && minimumMultiplier.get().signum() < 0) {
            throw FinanceDataException.api(group, "minimumMultiplier", "must not be negative");
        }
    }
}
