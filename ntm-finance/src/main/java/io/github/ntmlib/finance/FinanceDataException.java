package io.github.ntmlib.finance;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bad finance input (dữ liệu tài chính không hợp lệ): a malformed amount, a negative amount where
 * none is allowed, a disbursement before its plan exists or after its deadline, an unknown capital
 * source, a pool smaller than its fixed grants, a malformed rule table.
 *
 * <p>Like every {@link InvalidDataException} it names the source and line, the unit or capital
 * line concerned and the field; no partial result is ever returned in its place. Its reason is in
 * Vietnamese and English.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class FinanceDataException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with its reason in Vietnamese and English.
     *
     * @param position where the bad input is; {@link SourcePosition#API} when it came through code
     * @param subject  the unit code or capital line concerned, or {@code null} if none
     * @param field    the field concerned, or {@code null} if none
     * @param reason   what is wrong, in a sentence in each language
     * @since 0.1
     */
    public FinanceDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            Labels reason) {
        super(position, subject, field, reason);
    }

    /**
     * Creates the error with its reason in Vietnamese and English, and a cause.
     *
     * @param position where the bad input is
     * @param subject  the unit code or capital line concerned, or {@code null} if none
     * @param field    the field concerned, or {@code null} if none
     * @param reason   what is wrong, in a sentence in each language
     * @param cause    the underlying error
     * @since 0.1
     */
    public FinanceDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            Labels reason, Throwable cause) {
        super(position, subject, field, reason, cause);
    }

    /**
     * Creates the error with a reason in one language only (for code outside ntm).
     *
     * @param position where the bad input is; {@link SourcePosition#API} when it came through code
     * @param subject  the unit code or capital line concerned, or {@code null} if none
     * @param field    the field concerned, or {@code null} if none
     * @param message  what is wrong, in a sentence
     */
    public FinanceDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            String message) {
        super(position, subject, field, Labels.of(String.valueOf(message), String.valueOf(message)));
    }

    /**
     * Creates the error with a reason in one language only and a cause (for code outside ntm).
     *
     * @param position where the bad input is
     * @param subject  the unit code or capital line concerned, or {@code null} if none
     * @param field    the field concerned, or {@code null} if none
     * @param message  what is wrong, in a sentence
     * @param cause    the underlying error
     */
    public FinanceDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            String message, Throwable cause) {
        super(position, subject, field, Labels.of(String.valueOf(message), String.valueOf(message)), cause);
    }

    /**
     * An error about a value given through the API.
     *
     * @param subject the unit code or capital line concerned, or {@code null}
     * @param field   the field concerned
     * @param reason  what is wrong, in each language
     * @return the error
     */
    public static FinanceDataException api(@Nullable String subject, String field, Labels reason) {
        return new FinanceDataException(SourcePosition.API, subject, field, reason);
    }

    /**
     * Checks that an argument given through the API is present.
     *
     * @param <T>   the value type
     * @param value the value
     * @param field the field name to report
     * @return the value
     * @throws FinanceDataException if the value is {@code null}
     */
    public static <T> T require(@Nullable T value, String field) {
        if (value == null) {
            throw api(null, field, Labels.of("thiếu giá trị bắt buộc", field + " is missing"));
        }
        return value;
    }
}
