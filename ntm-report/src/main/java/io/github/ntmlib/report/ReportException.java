package io.github.ntmlib.report;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be rendered or written: an I/O error, or the PDF printer failed (its message
 * then carries an excerpt of the browser's error output).
 *
 * <p>Its reason is in Vietnamese and English ({@link #message(Language)}); {@link #getMessage()}
 * is the English form, for logs. The constructors taking a plain {@code String} are for code
 * outside ntm that has one language only; the text is then shown as given in both.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String vietnamese;
    private final String english;

    /**
     * Creates the error with its reason in Vietnamese and English.
     *
     * @param reason what failed, in each language
     * @since 0.1
     */
    public ReportException(Labels reason) {
        this(reason, null);
    }

    /**
     * Creates the error with its reason in Vietnamese and English, and its cause.
     *
     * @param reason what failed, in each language
     * @param cause  the cause, or {@code null}
     * @since 0.1
     */
    public ReportException(Labels reason, @Nullable Throwable cause) {
        super(reason.english(), cause);
        this.vietnamese = reason.vietnamese();
        this.english = reason.english();
    }

    /**
     * Creates the error with a reason in one language only (for code outside ntm).
     *
     * @param message what failed
     */
    public ReportException(String message) {
        this(Labels.of(String.valueOf(message), String.valueOf(message)), null);
    }

    /**
     * Creates the error with a reason in one language only and its cause (for code outside ntm).
     *
     * @param message what failed
     * @param cause   the cause
     */
    public ReportException(String message, @Nullable Throwable cause) {
        this(Labels.of(String.valueOf(message), String.valueOf(message)), cause);
    }

    /**
     * What failed, in a language.
     *
     * @param language the language
     * @return the message
     * @since 0.1
     */
    public String message(Language language) {
        return language == Language.VIETNAMESE ? vietnamese : english;
    }
}
