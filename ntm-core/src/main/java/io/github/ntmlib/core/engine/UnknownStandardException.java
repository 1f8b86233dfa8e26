package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import org.apiguardian.api.API;

/**
 * A standard id that the criteria set of an evaluation does not define: a misspelling is an
 * error, never an empty result or a count of 0.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UnknownStandardException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error, its reason in Vietnamese and English built from the two ids (each quoted).
     *
     * @param standard the id asked for
     * @param set      the criteria set's id
     */
    public UnknownStandardException(String standard, String set) {
        super(SourcePosition.API, standard, "standard", Labels.of(
                "bộ tiêu chí " + Limits.quote(set) + " không có mức chuẩn " + Limits.quote(standard),
                "criteria set " + set + " has no standard " + Limits.quote(standard)));
    }
}
