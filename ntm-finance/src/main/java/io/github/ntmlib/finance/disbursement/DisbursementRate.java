package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A disbursement rate as of a date ("đã giải ngân X/Y, đạt Z% KH"), with its base stated.
 *
 * @param planYear  the plan year
 * @param base      what the plan figure includes
 * @param asOf      the date of the figures
 * @param disbursed the amount disbursed up to and including that date
 * @param plan      the plan amount on that date
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DisbursementRate(int planYear, RateBase base, LocalDate asOf, Vnd disbursed, Vnd plan) {

    /**
     * Validates the components.
     *
     * @param planYear  the plan year
     * @param base      the base
     * @param asOf      the date
     * @param disbursed the amount disbursed
     * @param plan      the plan amount
     */
    public DisbursementRate {
        FinanceDataException.require(base, "base");
        FinanceDataException.require(asOf, "asOf");
        FinanceDataException.require(disbursed, "disbursed");
        FinanceDataException.require(plan, "plan");
        if (disbursed.isNegative() || plan.isNegative()) {
            throw FinanceDataException.api(null, "amount", Labels.of("các số liệu của tỷ lệ không được âm",
                            "rate figures must not be negative"));
        }
    }

    /**
     * The exact rate, disbursed over plan.
     *
     * @return the rate, or empty when the plan is zero
     */
    public Optional<Rate> rate() {
        return plan.isZero() ? Optional.empty() : Optional.of(Rate.of(disbursed, plan));
    }
}
