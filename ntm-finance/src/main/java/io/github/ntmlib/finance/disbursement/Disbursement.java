package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A dated disbursement (giải ngân) against a capital line.
 *
 * @param date      the value date
 * @param line      the capital line disbursed from
 * @param amount    the amount, more than zero
 * @param reference the payment or treasury reference, never blank
 * @param position  where the entry was read, for errors
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Disbursement(LocalDate date, CapitalLine line, Vnd amount, String reference,
        SourcePosition position) {

    /**
     * Validates the components.
     *
     * @param date      the value date
     * @param line      the capital line
     * @param amount    the positive amount
     * @param reference the reference
     * @param position  where it was read
     */
    public Disbursement {
        position = position == null ? SourcePosition.API : position;
        String subject = line == null ? null : line.toString();
        if (date == null || line == null || amount == null) {
            throw new FinanceDataException(position, subject, date == null ? "date" : line == null ? "line" : "amount", Labels.of("khoản giải ngân cần ngày, dòng vốn và số tiền",
                            "a disbursement needs date, line and amount"));
        }
        if (amount.dong() <= 0) {
            throw new FinanceDataException(position, subject, "amount", Labels.of("số tiền giải ngân phải dương: " + amount,
                            "a disbursement amount must be positive: " + amount));
        }
        if (reference == null || reference.isBlank()) {
            throw new FinanceDataException(position, subject, "reference", Labels.of("khoản giải ngân cần số chứng từ",
                            "a disbursement needs its reference"));
        }
    }

    /**
     * A disbursement given through the API.
     *
     * @param date      the value date
     * @param line      the capital line
     * @param amount    the positive amount
     * @param reference the reference
     * @return the entry
     */
    public static Disbursement of(LocalDate date, CapitalLine line, Vnd amount, String reference) {
        return new Disbursement(date, line, amount, reference, SourcePosition.API);
    }
}
