package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Where a capital line stands on a date: what is still disbursable and what has lapsed (vốn còn
 * được giải ngân, vốn hủy dự toán / hoàn trả).
 *
 * @param line      the line
 * @param asOf      the date
 * @param plan      the plan amount on that date
 * @param disbursed disbursed up to and including that date
 * @param deadline  the line's deadline
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LinePosition(CapitalLine line, LocalDate asOf, Vnd plan, Vnd disbursed, Deadline deadline) {

    /**
     * Validates the components.
     *
     * @param line      the line
     * @param asOf      the date
     * @param plan      the plan amount
     * @param disbursed the amount disbursed
     * @param deadline  the deadline
     */
    public LinePosition {
        FinanceDataException.require(line, "line");
        FinanceDataException.require(asOf, "asOf");
        FinanceDataException.require(plan, "plan");
        FinanceDataException.require(disbursed, "disbursed");
        FinanceDataException.require(deadline, "deadline");
    }

    /**
     * The undisbursed remainder, never negative.
     *
     * @return plan minus disbursed, or zero
     */
    public Vnd undisbursed() {
        return plan.minus(disbursed).max(Vnd.ZERO);
    }

    /**
     * Whether the deadline has passed on the date.
     *
     * @return true after the deadline
     */
    public boolean isPastDeadline() {
        return asOf.isAfter(deadline.date());
    }

    /**
     * What may still be disbursed on the date.
     *
     * @return the remainder before the deadline, zero after it
     */
    public Vnd stillDisbursable() {
        return isPastDeadline() ? Vnd.ZERO : undisbursed();
    }

    /**
     * What has lapsed (returned or cancelled) because the deadline passed.
     *
     * @return the remainder after the deadline, zero before it
     */
    public Vnd lapsed() {
        return isPastDeadline() ? undisbursed() : Vnd.ZERO;
    }
}
