package io.github.ntmlib.server.store;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;

/**
 * A request names something the store does not hold: a run, a unit of a run, a hierarchy, a
 * dataset or an overlay. The HTTP layer answers 404.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NotFoundException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param subject what was asked for (a run number, a unit code, a name)
     * @param field   the request field that named it
     * @param reason  what is missing, in both languages
     */
    public NotFoundException(String subject, String field, Labels reason) {
        super(SourcePosition.API, subject, field, reason);
    }
}
