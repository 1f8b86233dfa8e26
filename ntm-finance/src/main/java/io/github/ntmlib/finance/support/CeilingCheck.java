package io.github.ntmlib.finance.support;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.Vnd;
import org.apiguardian.api.API;

/**
 * A pilot model's budget checked against the maximum central share of its type (mức hỗ trợ tối
 * đa của ngân sách Trung ương).
 *
 * @param modelName  the model checked
 * @param modelType  its type key
 * @param totalCost  the model's total cost
 * @param central    the central support planned
 * @param maxCentral the largest central support allowed: ⌊share × cost⌋ đồng
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CeilingCheck(String modelName, String modelType, Vnd totalCost, Vnd central, Vnd maxCentral) {

    /**
     * Validates the components.
     *
     * @param modelName  the model
     * @param modelType  its type
     * @param totalCost  the total cost
     * @param central    central support
     * @param maxCentral the ceiling
     */
    public CeilingCheck {
        FinanceDataException.require(modelName, "modelName");
        FinanceDataException.require(modelType, "modelType");
        FinanceDataException.require(totalCost, "totalCost");
        FinanceDataException.require(central, "central");
        FinanceDataException.require(maxCentral, "maxCentral");
    }

    /**
     * Whether central support stays within the ceiling.
     *
     * @return true if central ≤ ceiling
     */
    public boolean withinCeiling() {
        return central.compareTo(maxCentral) <= 0;
    }

    /**
     * Central support above the ceiling.
     *
     * @return the excess, or zero
     */
    public Vnd excess() {
        return central.minus(maxCentral).max(Vnd.ZERO);
    }

    /**
     * The central share actually planned.
     *
     * @return central / total cost, exact
     */
    public Rate centralShare() {
        return Rate.of(central, totalCost);
    }
}
