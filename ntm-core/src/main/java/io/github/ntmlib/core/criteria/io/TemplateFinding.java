package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a check of a filled template found at one place: a value still empty, or a value that is
 * not allowed. The place is the form's own: a JSON path ({@code rows[3].value}) or a sheet and
 * cell ({@code Giá trị!L5}).
 *
 * @param kind      empty or invalid
 * @param where     the JSON path or the sheet and cell
 * @param standard  the standard id of the row (empty for a field of the whole form)
 * @param indicator the indicator code of the row (empty for a field of the whole form)
 * @param found     the text found, at most a bounded excerpt (empty for an empty value)
 * @param allowed   the values allowed ({@link OverlayTemplate.Row#allowed()}; empty for a field of the whole form)
 * @param reason    what is wrong, in Vietnamese and English
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TemplateFinding(Kind kind, String where, String standard, String indicator, String found,
        String allowed, Labels reason) {

    /** What was found. */
    public enum Kind {
        /** A value still to fill. */
        EMPTY,
        /** A value that is not allowed (wrong type, out of range). */
        INVALID
    }

    /**
     * Validates the components.
     *
     * @param kind      the kind
     * @param where     the place
     * @param standard  the standard id
     * @param indicator the indicator code
     * @param found     the text found
     * @param allowed   the values allowed
     * @param reason    the reason
     */
    public TemplateFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * What is wrong, in English.
     *
     * @return the English reason
     */
    public String message() {
        return reason.english();
    }

    /**
     * What is wrong, in a language.
     *
     * @param language the language
     * @return the reason in that language
     * @since 0.1
     */
    public String message(Language language) {
        return reason.in(language);
    }

    /**
     * A finding of one row.
     *
     * @param kind    empty or invalid
     * @param where   the place
     * @param row     the row
     * @param found   the text found (cut to a bounded excerpt here)
     * @param reason  what is wrong, in each language
     * @return the finding
     */
    public static TemplateFinding of(Kind kind, String where, OverlayTemplate.Row row, String found, Labels reason) {
        return new TemplateFinding(kind, where, row.standard(), row.indicator(), Limits.cut(found), row.allowed(),
                reason);
    }

    @Override
    public String toString() {
        return where + ": " + (standard.isEmpty() ? "" : standard + " " + indicator + ": ") + message();
    }
}
