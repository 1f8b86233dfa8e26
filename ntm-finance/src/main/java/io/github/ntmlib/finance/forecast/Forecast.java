package io.github.ntmlib.finance.forecast;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
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
    private final @Nullable Labels whyNot;

    private Forecast(LocalDate asOf, int observations, List<Projection> projections, Optional<Labels> notProjected) {
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
        this.whyNot = notProjected.orElse(null);
        this.notProjected = notProjected.map(Labels::english).orElse(null);
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
        return new Forecast(asOf, observations, projections, FinanceDataException.require(notProjected,
                "notProjected").map(s -> Labels.of(s, s)));
    }

    /**
     * A forecast that projects nothing, with the reason in Vietnamese and English.
     *
     * @param asOf         the last date of history used
     * @param observations the number of history points used
     * @param reason       why nothing was projected, in each language
     * @return the value
     * @since 0.1
     */
    public static Forecast notProjected(LocalDate asOf, int observations, Labels reason) {
        return new Forecast(asOf, observations, List.of(), Optional.of(FinanceDataException.require(reason,
                "reason")));
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
     * Why nothing was projected, in a language, or empty when projected.
     *
     * @param language the language
     * @return why nothing was projected, or empty when projected
     * @since 0.1
     */
    public Optional<String> notProjected(Language language) {
        return Optional.ofNullable(whyNot).map(w -> w.in(language));
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
                && Objects.equals(whyNot, o.whyNot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, observations, projections, whyNot);
    }

    @Override
    public String toString() {
        return "Forecast[" + "asOf=" + asOf + ", " + "observations=" + observations + ", " + "projections="
                + projections + ", " + "notProjected=" + notProjected + "]";
    }
}
