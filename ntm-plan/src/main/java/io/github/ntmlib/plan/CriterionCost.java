package io.github.ntmlib.plan;

import io.github.ntmlib.finance.money.Vnd;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The fixed cost of a criterion of a standard, where its improvement is not measurable (a
 * criterion assessed as a whole, or one of its indicators without a rate), as a province supplies
 * it.
 *
 * @param standard  the standard id
 * @param criterion the criterion code
 * @param cost      the cost, in whole đồng, never negative
 * @param note      where the figure comes from, may be empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CriterionCost(String standard, String criterion, Vnd cost, String note) {

    /**
     * Validates.
     *
     * @param standard  the standard id
     * @param criterion the criterion code
     * @param cost      the cost
     * @param note      the source note
     * @throws IllegalArgumentException if a code is blank or the cost negative
     */
    public CriterionCost {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(note, "note");
        if (standard.isBlank() || criterion.isBlank()) {
            throw new IllegalArgumentException("a criterion cost needs a standard id and a criterion code");
        }
        if (cost.isNegative()) {
            throw new IllegalArgumentException("a negative cost for criterion " + criterion + " of " + standard);
        }
    }
}
