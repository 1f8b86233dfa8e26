package io.github.ntmlib.ocop;

import io.github.ntmlib.core.InvalidDataException;
import io.github.ntmlib.core.SourcePosition;

/**
 * Bad OCOP input (dữ liệu OCOP không hợp lệ): an unknown sheet or criterion, an option not on the
 * sheet, two answers for one criterion, a missing answer, a points value above a criterion's
 * maximum, a certificate that expires before it is issued, a malformed product code.
 *
 * <p>The message names the source (file and line, or {@code <api>}), the product, sheet or
 * certificate concerned ({@link #subject()}) and the criterion or field ({@link #field()}).
 */
public class OcopDataException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param position where the bad input is; {@link SourcePosition#API} for values given in code
     * @param subject  the product, sheet or certificate concerned, or {@code null}
     * @param field    the criterion or field concerned, or {@code null}
     * @param message  what is wrong, in a sentence
     */
    public OcopDataException(SourcePosition position, String subject, String field, String message) {
        super(position, subject, field, message);
    }

    /**
     * Creates the error with a cause.
     *
     * @param position where the bad input is
     * @param subject  the product, sheet or certificate concerned, or {@code null}
     * @param field    the criterion or field concerned, or {@code null}
     * @param message  what is wrong, in a sentence
     * @param cause    the underlying error
     */
    public OcopDataException(SourcePosition position, String subject, String field, String message,
            Throwable cause) {
        super(position, subject, field, message, cause);
    }

    /**
     * An error about a value given through the API.
     *
     * @param subject the product, sheet or certificate concerned, or {@code null}
     * @param field   the criterion or field concerned, or {@code null}
     * @param message what is wrong
     * @return the error
     */
    public static OcopDataException api(String subject, String field, String message) {
        return new OcopDataException(SourcePosition.API, subject, field, message);
    }
}
