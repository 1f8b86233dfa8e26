package io.github.ntmlib.finance.internal;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Gives an error raised through the API (position {@link SourcePosition#API}) the position of the
 * data it was computed from: a file row, a plan decision, a disbursement entry. An amount that
 * overflows while lines are summed is thus reported at the line that made it overflow. Errors of
 * base's shared readers and number parsing become {@link FinanceDataException}s, so that every
 * bad input to ntm-finance is one type.
 */
public final class Positioned {

    private Positioned() {
    }

    /**
     * Runs a computation, re-positioning its API errors.
     *
     * @param <T>      the result type
     * @param position where the data came from
     * @param subject  the unit or line concerned, used when the error names none; or {@code null}
     * @param build    the computation
     * @return its result
     * @throws FinanceDataException at {@code position} if the computation raised a bad-input
     *                              error at the API; at the error's own position otherwise
     */
    public static <T> T at(SourcePosition position, @Nullable String subject, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidDataException e) {
            boolean atApi = e.position().equals(SourcePosition.API) && !position.equals(SourcePosition.API);
            if (e instanceof FinanceDataException && !atApi) {
                throw e;
            }
            throw new FinanceDataException(atApi ? position : e.position(), e.subject().orElse(subject),
                    e.field().orElse(null), Labels.of(e.reason(Language.VIETNAMESE), e.reason(Language.ENGLISH)), e);
        }
    }

    /**
     * Runs a computation, turning base's bad-input errors into {@link FinanceDataException}s with
     * the same position, subject, field and message.
     *
     * @param <T>   the result type
     * @param build the computation
     * @return its result
     */
    public static <T> T finance(Supplier<T> build) {
        return at(SourcePosition.API, null, build);
    }

}
