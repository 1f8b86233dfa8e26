package io.github.ntmlib.finance.forecast;

import io.github.ntmlib.finance.FinanceDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a disbursement forecast (dự báo giải ngân): either projections, or the reason the
 * history was too short to project.
 *
 * @param asOf           the last date of history used
 * @param observations   the number of history points used
 * @param projections    one projection per target date; empty when not projected
 * @param notProjected   why nothing was projected, or empty when projected
 */
public record Forecast(LocalDate asOf, int observations, List<Projection> projections, Optional<String> notProjected) {

    /**
     * Validates and copies the components.
     *
     * @param asOf         the last date of history
     * @param observations the number of points
     * @param projections  the projections
     * @param notProjected the reason, if not projected
     */
    public Forecast {
        FinanceDataException.require(asOf, "asOf");
        projections = List.copyOf(FinanceDataException.require(projections, "projections"));
        FinanceDataException.require(notProjected, "notProjected");
        if (notProjected.isPresent() != projections.isEmpty()) {
            throw FinanceDataException.api(null, "projections", "a forecast either projects or says why it cannot");
        }
    }

    /**
     * Whether the history sufficed to project.
     *
     * @return true if there are projections
     */
    public boolean isProjected() {
        return notProjected.isEmpty();
    }
}
