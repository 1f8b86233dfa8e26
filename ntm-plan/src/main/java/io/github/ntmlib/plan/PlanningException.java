package io.github.ntmlib.plan;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan request that cannot be answered on its evaluation, in both languages: goals whose
 * standards do not nest, a requirement that is not a count of the goal's standard, a scope without
 * units of the standard, costs beyond what the optimiser holds exactly.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanningException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /**
     * A planning error.
     *
     * @param subject the unit or standard concerned, or {@code null}
     * @param field   the part of the request, or {@code null}
     * @param reason  what is wrong, in both languages
     */
    public PlanningException(@Nullable String subject, @Nullable String field, Labels reason) {
        super(SourcePosition.API, subject, field, reason);
    }
}
