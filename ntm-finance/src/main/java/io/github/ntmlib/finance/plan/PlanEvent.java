package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A dated decision that changes a capital plan (quyết định giao, điều chỉnh, điều chuyển, kéo dài
 * kế hoạch vốn). Plans are never edited: every change is an event with its decision number.
 *
 * @param kind     what the decision does
 * @param date     the date of the decision
 * @param decision the decision number, such as "211/QĐ-UBND"
 * @param line     the capital line concerned
 * @param amount   the amount: positive for an allocation, signed for an adjustment, positive for
 *                 both halves of a reallocation, zero for an extension
 * @param position where the event was read, for errors
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PlanEvent(Kind kind, LocalDate date, String decision, CapitalLine line, Vnd amount,
        SourcePosition position) {

    /** What a plan event does. */
    public enum Kind implements Labelled {
        /** Allocation of capital (giao kế hoạch vốn); adds a positive amount. */
        ALLOCATION,
        /** Adjustment (điều chỉnh kế hoạch); adds a signed amount. */
        ADJUSTMENT,
        /** The line capital is moved out of in a reallocation (điều chuyển đi). */
        REALLOCATION_OUT,
        /** The line capital is moved into in a reallocation (điều chuyển đến). */
        REALLOCATION_IN,
        /** Extension of the disbursement deadline to 31 Dec of the next year (kéo dài thời gian). */
        EXTENSION
    }

    /**
     * Validates the components.
     *
     * @param kind     what the decision does
     * @param date     the date of the decision
     * @param decision the decision number
     * @param line     the capital line
     * @param amount   the amount
     * @param position where the event was read
     */
    public PlanEvent {
        position = position == null ? SourcePosition.API : position;
        String subject = line == null ? null : line.toString();
        if (kind == null || date == null || line == null || amount == null) {
            throw new FinanceDataException(position, subject, kind == null ? "kind" : date == null ? "date"
                    : line == null ? "line" : "amount", Labels.of("sự kiện kế hoạch cần loại, ngày, dòng vốn và số tiền",
                            "a plan event needs kind, date, line and amount"));
        }
        if (decision == null || decision.isBlank()) {
            throw new FinanceDataException(position, subject, "decision", Labels.of("sự kiện kế hoạch cần số quyết định",
                            "a plan event needs its decision number"));
        }
        boolean ok = switch (kind) {
            case ALLOCATION, REALLOCATION_OUT, REALLOCATION_IN -> amount.dong() > 0;
            case ADJUSTMENT -> !amount.isZero();
            case EXTENSION -> amount.isZero();
        };
        if (!ok) {
            throw new FinanceDataException(position, subject, "amount", Labels.of(kind.vietnamese() + " không cho phép số tiền " + amount + (kind == Kind.EXTENSION ? " (gia hạn không chuyển tiền)" : ""),
                            kind + " does not allow the amount " + amount
                    + (kind == Kind.EXTENSION ? " (an extension moves no money)" : "")));
        }
    }

    /**
     * An allocation given through the API.
     *
     * @param date     the decision date
     * @param decision the decision number
     * @param line     the line
     * @param amount   the positive amount
     * @return the event
     */
    public static PlanEvent allocation(LocalDate date, String decision, CapitalLine line, Vnd amount) {
        return new PlanEvent(Kind.ALLOCATION, date, decision, line, amount, SourcePosition.API);
    }

    /**
     * An adjustment given through the API.
     *
     * @param date     the decision date
     * @param decision the decision number
     * @param line     the line
     * @param change   the signed change
     * @return the event
     */
    public static PlanEvent adjustment(LocalDate date, String decision, CapitalLine line, Vnd change) {
        return new PlanEvent(Kind.ADJUSTMENT, date, decision, line, change, SourcePosition.API);
    }

    /**
     * An extension of a line's deadline to 31 Dec of the year after its vintage.
     *
     * @param date     the decision date
     * @param decision the decision number
     * @param line     the line
     * @return the event
     */
    public static PlanEvent extension(LocalDate date, String decision, CapitalLine line) {
        return new PlanEvent(Kind.EXTENSION, date, decision, line, Vnd.ZERO, SourcePosition.API);
    }

    /**
     * A reallocation: the two events that move an amount from one line to another by one decision.
     *
     * @param date     the decision date
     * @param decision the decision number
     * @param from     the line capital leaves
     * @param to       the line capital joins
     * @param amount   the positive amount moved
     * @return the two events, out then in
     */
    public static List<PlanEvent> reallocation(LocalDate date, String decision, CapitalLine from, CapitalLine to,
            Vnd amount) {
        if (from != null && from.equals(to)) {
            throw FinanceDataException.api(from.toString(), "to", Labels.of("điều chuyển vốn cần hai dòng vốn khác nhau",
                            "a reallocation needs two different lines"));
        }
        return List.of(new PlanEvent(Kind.REALLOCATION_OUT, date, decision, from, amount, SourcePosition.API),
                new PlanEvent(Kind.REALLOCATION_IN, date, decision, to, amount, SourcePosition.API));
    }

    /**
     * The signed change this event makes to its line's amount.
     *
     * @return the change
     */
    public Vnd change() {
        return kind == Kind.REALLOCATION_OUT ? Vnd.ZERO.minus(amount) : amount;
    }
}
