package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What improving one indicator costs a unit: a rate per unit of improvement (per household, per km
 * of road, per percentage point) and a fixed part paid once when the indicator must improve at all.
 * An improvement costs {@code fixed + rate × change}, rounded up to whole đồng (a plan never
 * under-costs). An indicator judged met or not (a flag) costs its fixed part.
 *
 * @param indicator the indicator code of the criteria set
 * @param rate      đồng per unit of improvement, never negative; kept without trailing zeros (a rate
 *                  of 1.50 is 1.5, so that a model read from JSON equals one read from a workbook)
 * @param basis     what a unit of improvement is
 * @param fixed     paid once per unit that must improve the indicator
 * @param note      where the figure comes from (a province's unit costs, a synthetic example)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IndicatorCost(String indicator, BigDecimal rate, Basis basis, Vnd fixed, String note) {

    /**
     * Validates.
     *
     * @param indicator the indicator code
     * @param rate      the rate
     * @param basis     the basis
     * @param fixed     the fixed part
     * @param note      the source note
     */
    public IndicatorCost {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(note, "note");
        if (indicator.isBlank()) {
            throw new IllegalArgumentException("an indicator cost needs an indicator code");
        }
        if (rate.signum() < 0 || fixed.isNegative()) {
            throw new IllegalArgumentException("a negative cost for indicator " + indicator);
        }
        rate = plain(rate);
    }

    /** A rate without trailing zeros and never in exponent form when whole: 1.50 is 1.5, 1E+3 is 1000. */
    private static BigDecimal plain(BigDecimal rate) {
        if (rate.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A rate per unit of the indicator's own measure, with no fixed part.
     *
     * @param indicator the indicator code
     * @param rate      đồng per unit of improvement
     * @return the cost
     */
    public static IndicatorCost perMeasure(String indicator, BigDecimal rate) {
        return new IndicatorCost(indicator, rate, Basis.MEASURE, Vnd.ZERO, "");
    }

    /**
     * What a unit of improvement is.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Basis implements Labelled {
        /**
         * One unit of the value's own measure: the numerator of a ratio (households, km), one of a
         * count, one of a quantity's unit.
         */
        MEASURE,
        /** One percentage point of a ratio. */
        PERCENTAGE_POINT;
    }
}
