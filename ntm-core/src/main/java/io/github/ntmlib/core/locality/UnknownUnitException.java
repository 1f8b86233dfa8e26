package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
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
     * Creates the error with its reason in Vietnamese and English.
     *
     * @param code   the code or name asked for
     * @param reason what was looked up where, in a sentence in each language
     * @since 0.1
     */
    public UnknownUnitException(String code, Labels reason) {
        super(SourcePosition.API, code, null, reason);
    }

    /**
     * Creates the error with a reason in one language only, shown as given in both languages: for
     * code outside ntm, which never uses it itself.
     *
     * @param code    the code or name asked for
     * @param message what was looked up where
     * @deprecated give the reason in both languages with {@link #UnknownUnitException(String, Labels)}
     */
    @Deprecated(since = "0.1")
    public UnknownUnitException(String code, String message) {
        this(code, Labels.of(String.valueOf(message), String.valueOf(message)));
    }
}
