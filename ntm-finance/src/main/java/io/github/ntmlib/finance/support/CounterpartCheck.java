package io.github.ntmlib.finance.support;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import org.apiguardian.api.API;

/**
 * The result of checking a unit's plan against its counterpart rule (kiểm tra vốn đối ứng).
 *
 * @param unitCode the unit checked
 * @param period   the rule period
 * @param rule     the rule applied
 * @param central  the central support planned
 * @param local    the local capital planned
 * @param required the minimum local capital: ⌈multiplier × central⌉ đồng, or zero when no minimum
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CounterpartCheck(String unitCode, String period, CounterpartRule rule, Vnd central, Vnd local,
        Vnd required) {

    /**
     * Validates the components.
     *
     * @param unitCode the unit
     * @param period   the period
     * @param rule     the rule
     * @param central  central support
     * @param local    local capital
     * @param required the minimum local capital
     */
    public CounterpartCheck {
        FinanceDataException.require(unitCode, "unitCode");
        FinanceDataException.require(period, "period");
        FinanceDataException.require(rule, "rule");
        FinanceDataException.require(central, "central");
        FinanceDataException.require(local, "local");
        FinanceDataException.require(required, "required");
    }

    /**
     * Whether the plan meets the rule: enough local capital, and no central support for a
     * self-funded group.
     *
     * @return true if it does
     */
    public boolean satisfied() {
        return local.compareTo(required) >= 0 && !(rule.selfFunded() && !central.isZero());
    }

    /**
     * The local capital missing to meet the minimum.
     *
     * @return required minus local, or zero
     */
    public Vnd shortfall() {
        return required.minus(local).max(Vnd.ZERO);
    }
}
