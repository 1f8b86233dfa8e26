package io.github.ntmlib.report;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be rendered or written: an I/O error, or the PDF printer failed (its message
 * then carries an excerpt of the browser's error output).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what failed
     */
    public ReportException(String message) {
        super(message);
    }

    /**
     * Creates the error with its cause.
     *
     * @param message what failed
     * @param cause   the cause
     */
    public ReportException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
