package io.github.ntmlib.finance;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import org.apiguardian.api.API;

/**
 * A finding that does not stop a computation but must be shown to the reader (cảnh báo), such as a
 * reported total that differs from the sum of its reported parts.
 *
 * <p>ntm never corrects reported figures silently: the reported value is kept, the recomputed one
 * is shown beside it, and the difference is raised as a warning. The finding is in Vietnamese and
 * English ({@link #message(Language)}).
 *
 * @param subject what the warning is about (a report line, a unit code, a capital line)
 * @param field   the figure concerned, such as {@code "total"}
 * @param text    the finding, in a sentence in each language that includes both values
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FinanceWarning(String subject, String field, Labels text) {

    /**
     * Validates the components.
     *
     * @param subject what the warning is about
     * @param field   the figure concerned
     * @param text    the finding, in each language
     */
    public FinanceWarning {
        FinanceDataException.require(subject, "subject");
        FinanceDataException.require(field, "field");
        FinanceDataException.require(text, "text");
    }

    /**
     * The finding in English.
     *
     * @return the finding
     */
    public String message() {
        return text.english();
    }

    /**
     * The finding in a language.
     *
     * @param language the language
     * @return the finding
     */
    public String message(Language language) {
        return text.in(language);
    }

    @Override
    public String toString() {
        return "[" + subject + "] " + field + ": " + message();
    }
}
