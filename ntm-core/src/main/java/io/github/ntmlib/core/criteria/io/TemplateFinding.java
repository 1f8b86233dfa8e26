package io.github.ntmlib.core.criteria.io;

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
 * @param message   what is wrong, in English
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TemplateFinding(Kind kind, String where, String standard, String indicator, String message) {

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
     * @param message   the message
     */
    public TemplateFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + (standard.isEmpty() ? "" : standard + " " + indicator + ": ") + message;
    }
}
