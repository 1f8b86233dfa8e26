package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Data that an evaluation cannot accept: an unknown unit or indicator, a value of the wrong kind,
 * a ratio whose part exceeds its whole where the indicator forbids it, a date outside the
 * criteria set's period. It names the unit, the indicator and the source position; no partial
 * evaluation is returned.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EvaluationException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with its reason in Vietnamese and English.
     *
     * @param position  where the bad value was read
     * @param unit      the unit code, or {@code null}
     * @param indicator the indicator or criterion, or {@code null}
     * @param reason    what is wrong, in a sentence in each language
     * @since 0.1
     */
    public EvaluationException(SourcePosition position, @Nullable String unit, @Nullable String indicator,
            Labels reason) {
        super(position, unit, indicator, reason);
    }

    /**
     * Creates the error with a reason in one language only, shown as given in both languages: for
     * code outside ntm, which never uses it itself.
     *
     * @param position  where the bad value was read
     * @param unit      the unit code, or {@code null}
     * @param indicator the indicator or criterion, or {@code null}
     * @param message   what is wrong
     * @deprecated give the reason in both languages with {@link
     *     #EvaluationException(SourcePosition, String, String, Labels)}
     */
    @Deprecated(since = "0.1")
    public EvaluationException(SourcePosition position, @Nullable String unit, @Nullable String indicator,
            String message) {
        this(position, unit, indicator, Labels.of(String.valueOf(message), String.valueOf(message)));
    }
}
