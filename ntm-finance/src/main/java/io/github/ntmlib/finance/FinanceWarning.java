package io.github.ntmlib.finance;

import org.apiguardian.api.API;

/**
 * A finding that does not stop a computation but must be shown to the reader (cảnh báo), such as a
 * reported total that differs from the sum of its reported parts.
 *
 * <p>ntm never corrects reported figures silently: the reported value is kept, the recomputed one
 * is shown beside it, and the difference is raised as a warning.
 *
 * @param subject what the warning is about (a report line, a unit code, a capital line)
 * @param field   the figure concerned, such as {@code "total"}
 * @param message the finding, in a sentence that includes both values
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FinanceWarning(String subject, String field, String message) {

    /**
     * Validates the components.
     *
     * @param subject what the warning is about
     * @param field   the figure concerned
     * @param message the finding
     */
    public FinanceWarning {
        FinanceDataException.require(subject, "subject");
        FinanceDataException.require(field, "field");
        FinanceDataException.require(message, "message");
    }

    @Override
    public String toString() {
        return "[" + subject + "] " + field + ": " + message;
    }
}
