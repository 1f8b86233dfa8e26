package io.github.ntmlib.finance.forecast;

import io.github.ntmlib.base.Labels;
import java.util.Objects;
import io.github.ntmlib.finance.FinanceDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a disbursement forecast (dự báo giải ngân): either projections, or the reason the
 * history was too short to project.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Forecast {

    private final LocalDate asOf;
    private final int observations;
    private final List<Projection> projections;
    private final @Nullable String notProjected;

    private Forecast(LocalDate asOf, int observations, List<Projection> projections, Optional<String> notProjected) {
        FinanceDataException.require(asOf, "asOf");
        projections = List.copyOf(FinanceDataException.require(projections, "projections"));
        FinanceDataException.require(notProjected, "notProjected");
        if (notProjected.isPresent() != projections.isEmpty()) {
            throw FinanceDataException.api(null, "projections", Labels.of("dự báo phải có kết quả hoặc nêu lý do không dự báo được",
                            "a forecast either projects or says why it cannot"));
        }
        this.asOf = asOf;
        this.observations = observations;
        this.projections = projections;
        this.notProjected = notProjected.orElse(null);
    }

    /**
     * Creates the value, validating it.
     *
     * @param asOf the last date of history used
     * @param observations the number of history points used
     * @param projections one projection per target date; empty when not projected
     * @param notProjected why nothing was projected, or empty when projected
     * @return the value
     */
    public static Forecast of(LocalDate asOf, int observations, List<Projection> projections,
            Optional<String> notProjected) {
        return new Forecast(asOf, observations, projections, notProjected);
    }

    /**
     * The last date of history used.
     *
     * @return the last date of history used
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The number of history points used.
     *
     * @return the number of history points used
     */
    public int observations() {
        return observations;
    }

    /**
     * One projection per target date; empty when not projected.
     *
     * @return one projection per target date; empty when not projected
     */
    public List<Projection> projections() {
        return projections;
    }

    /**
     * Why nothing was projected, or empty when projected.
     *
     * @return why nothing was projected, or empty when projected
     */
    public Optional<String> notProjected() {
        return Optional.ofNullable(notProjected);
    }

    /**
     * Whether the history sufficed to project.
     *
     * @return true if there are projections
     */
    public boolean isProjected() {
        return notProjected().isEmpty();
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Forecast)) {
            return false;
        }
        Forecast o = (Forecast) other;
        return Objects.equals(asOf, o.asOf)
                && Objects.equals(observations, o.observations)
                && Objects.equals(projections, o.projections)
                && Objects.equals(notProjected, o.notProjected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, observations, projections, notProjected);
    }

    @Override
    public String toString() {
        return "Forecast[" + "asOf=" + asOf + ", " + "observations=" + observations + ", " + "projections="
                + projections + ", " + "notProjected=" + notProjected + "]";
    }
}
