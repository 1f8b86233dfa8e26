package io.github.ntmlib.server.store;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A row of an imported file that contradicts what the store already holds (another value for the
 * same unit, indicator and year, say), naming the file and line of the row; the whole import is
 * rolled back.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConflictException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param position the file and line of the conflicting row
     * @param subject  the unit concerned
     * @param field    the field whose value differs
     * @param reason   what conflicts, in both languages
     */
    public ConflictException(SourcePosition position, @Nullable String subject, @Nullable String field, Labels reason) {
        super(position, subject, field, reason);
    }
}
