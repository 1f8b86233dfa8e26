package io.github.ntmlib.ocop;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bad OCOP input (dữ liệu OCOP không hợp lệ): an unknown sheet or criterion, an option not on the
 * sheet, two answers for one criterion, a missing answer, a points value above a criterion's
 * maximum, a certificate that expires before it is issued, a malformed product code.
 *
 * <p>The message names the source (file and line, or {@code <api>}), the product, sheet or
 * certificate concerned ({@link #subject()}) and the criterion or field ({@link #field()}). Its
 * reason is in Vietnamese and English ({@link #message(Language)}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class OcopDataException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with its reason in Vietnamese and English.
     *
     * @param position where the bad input is; {@link SourcePosition#API} for values given in code
     * @param subject  the product, sheet or certificate concerned, or {@code null}
     * @param field    the criterion or field concerned, or {@code null}
     * @param reason   what is wrong, in a sentence in each language
     * @since 0.1
     */
    public OcopDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            Labels reason) {
        super(position, subject, field, reason);
    }

    /**
     * Creates the error with its reason in Vietnamese and English, and a cause.
     *
     * @param position where the bad input is
     * @param subject  the product, sheet or certificate concerned, or {@code null}
     * @param field    the criterion or field concerned, or {@code null}
     * @param reason   what is wrong, in a sentence in each language
     * @param cause    the underlying error
     * @since 0.1
     */
    public OcopDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            Labels reason, Throwable cause) {
        super(position, subject, field, reason, cause);
    }

    /**
     * Creates the error with a reason in one language only (for code outside ntm).
     *
     * @param position where the bad input is; {@link SourcePosition#API} for values given in code
     * @param subject  the product, sheet or certificate concerned, or {@code null}
     * @param field    the criterion or field concerned, or {@code null}
     * @param message  what is wrong, in a sentence
     */
    public OcopDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            String message) {
        super(position, subject, field, Labels.of(String.valueOf(message), String.valueOf(message)));
    }

    /**
     * Creates the error with a reason in one language only and a cause (for code outside ntm).
     *
     * @param position where the bad input is
     * @param subject  the product, sheet or certificate concerned, or {@code null}
     * @param field    the criterion or field concerned, or {@code null}
     * @param message  what is wrong, in a sentence
     * @param cause    the underlying error
     */
    public OcopDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            String message, Throwable cause) {
        super(position, subject, field, Labels.of(String.valueOf(message), String.valueOf(message)), cause);
    }

    /** The reason in both languages. */
    private Labels reasons() {
        return Labels.of(reason(Language.VIETNAMESE), reason(Language.ENGLISH));
    }

    /**
     * The same error placed at a source position (used when values read from a file fail validation).
     *
     * @param position the position in the file
     * @param subject  the subject, used when this error names none
     * @param field    the field, used when this error names none
     * @return the relocated error, with this one as its cause
     */
    public OcopDataException at(SourcePosition position, @Nullable String subject, @Nullable String field) {
        return new OcopDataException(position, subject().orElse(subject), field().orElse(field), reasons(), this);
    }

    /**
     * A value that must be given: returns it, or throws this error naming the missing field.
     *
     * @param <T>     the value's type
     * @param value   the value
     * @param subject the product, sheet or certificate concerned, or {@code null}
     * @param field   the field that must be given
     * @return the value
     * @throws OcopDataException if the value is {@code null}
     */
    public static <T> T requirePresent(@Nullable T value, @Nullable String subject, String field) {
        if (value == null) {
            throw api(subject, field, Labels.of("thiếu giá trị bắt buộc", field + " must be given"));
        }
        return value;
    }

    /**
     * An error about a value given through the API.
     *
     * @param subject the product, sheet or certificate concerned, or {@code null}
     * @param field   the criterion or field concerned, or {@code null}
     * @param reason  what is wrong, in each language
     * @return the error
     */
    public static OcopDataException api(@Nullable String subject, @Nullable String field, Labels reason) {
        return new OcopDataException(SourcePosition.API, subject, field, reason);
    }
}
