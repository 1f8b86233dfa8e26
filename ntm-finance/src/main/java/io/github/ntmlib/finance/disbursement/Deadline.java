package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.finance.FinanceDataException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The last day a capital line may be disbursed (thời hạn giải ngân), with the legal basis it was
 * derived from.
 *
 * @param date  the last day on which disbursement is allowed
 * @param basis the rule that gave it, such as "Luật Đầu tư công số 58/2024/QH15, Điều 72: 31 Jan of
 *              N+1"
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Deadline(LocalDate date, String basis) {

    /**
     * Validates the components.
     *
     * @param date  the last day
     * @param basis the legal basis
     */
    public Deadline {
        FinanceDataException.require(date, "date");
        FinanceDataException.require(basis, "basis");
    }
}
