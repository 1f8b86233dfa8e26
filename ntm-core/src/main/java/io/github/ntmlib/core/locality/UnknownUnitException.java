package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;

/**
 * A unit code, or a name, that names no unit of the snapshot or history asked.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UnknownUnitException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code    the code or name asked for
     * @param message what was looked up where
     */
    public UnknownUnitException(String code, String message) {
        super(SourcePosition.API, code, null, message);
    }
}
