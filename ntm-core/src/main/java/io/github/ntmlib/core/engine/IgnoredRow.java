package io.github.ntmlib.core.engine;

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
 * @param message  why it does not apply
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IgnoredRow(String unit, String field, SourcePosition position, String message) {

    /**
     * Validates the components.
     *
     * @param unit     the unit
     * @param field    the field
     * @param position the position
     * @param message  the message
     */
    public IgnoredRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }
}
