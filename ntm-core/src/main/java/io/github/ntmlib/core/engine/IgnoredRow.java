package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A row of data a lenient evaluation did not use because it does not apply to the unit's kind
 * (commune NTM outcomes or indicator values given for a phường): listed, never dropped silently.
 *
 * @param unit     the unit code
 * @param field    the indicator code, or "standard/criterion" of a recorded outcome
 * @param position where the row was read
 * @param reason   why it does not apply, in Vietnamese and English
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IgnoredRow(String unit, String field, SourcePosition position, Labels reason) {

    /**
     * Validates the components.
     *
     * @param unit     the unit
     * @param field    the field
     * @param position the position
     * @param reason   the reason
     */
    public IgnoredRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the row does not apply, in English.
     *
     * @return the English reason
     */
    public String message() {
        return reason.english();
    }

    /**
     * Why the row does not apply, in a language.
     *
     * @param language the language
     * @return the reason in that language
     * @since 0.1
     */
    public String message(Language language) {
        return reason.in(language);
    }
}
