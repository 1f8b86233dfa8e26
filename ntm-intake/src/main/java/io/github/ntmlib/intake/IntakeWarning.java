package io.github.ntmlib.intake;

import io.github.ntmlib.base.SourcePosition;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something read but worth telling: a formula cell read as its cached value, a time of day
 * dropped from a date. Warnings are listed to the user, never dropped.
 *
 * @param position where (workbook, sheet and cell)
 * @param message  what, in a sentence
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IntakeWarning(SourcePosition position, String message) {

    /**
     * Validates the components.
     *
     * @param position where
     * @param message  what
     */
    public IntakeWarning {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
