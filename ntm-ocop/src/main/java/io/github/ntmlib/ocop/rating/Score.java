package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An exact score, such as the average total of a council (tổng điểm trung bình) 139/2 = 69.5: a
 * base {@link Fraction} in lowest terms, never a floating-point value, so band edges are decided
 * exactly (89.99 is below 90, and −139/−2 is 69.5, below 70).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Score implements Comparable<Score> {

    /** Zero points. */
    public static final Score ZERO = of(0);

    private final Fraction value;

    private Score(Fraction value) {
        this.value = value.reduced();
    }

    /**
     * A score from an exact fraction.
     *
     * @param value the fraction
     * @return the score, in lowest terms
     */
    public static Score of(Fraction value) {
        return new Score(OcopDataException.requirePresent(value, null, "score"));
    }

    /**
     * A whole number of points.
     *
     * @param points the points
     * @return the score
     */
    public static Score of(long points) {
        return new Score(Fraction.of(points));
    }

    /**
     * A fraction of points; the sign of a negative denominator moves to the numerator.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     * @return the score
     * @throws OcopDataException if the denominator is zero
     */
    public static Score of(long numerator, long denominator) {
        if (denominator == 0) {
            throw OcopDataException.api(null, "denominator", Labels.of("mẫu số của điểm không được bằng 0",
                    "a score's denominator must not be zero"));
        }
        return new Score(Fraction.of(numerator, denominator));
    }

    /**
     * An exact decimal, e.g. {@code new BigDecimal("89.99")}.
     *
     * @param value the decimal
     * @return the score
     */
    public static Score of(BigDecimal value) {
        return new Score(Fraction.of(OcopDataException.requirePresent(value, null, "score")));
    }

    /**
     * The exact value.
     *
     * @return the fraction, in lowest terms with a positive denominator
     */
    public Fraction fraction() {
        return value;
    }

    /**
     * The sum of two scores.
     *
     * @param other the other score
     * @return this + other
     */
    public Score plus(Score other) {
        return new Score(value.plus(other.value));
    }

    /**
     * Whether the score is zero.
     *
     * @return true for 0 points
     */
    public boolean isZero() {
        return value.numerator().signum() == 0;
    }

    /**
     * Whether the score reaches a whole number of points.
     *
     * @param points the threshold
     * @return true if this score is at least {@code points}
     */
    public boolean isAtLeast(int points) {
        return value.compareTo(Fraction.of(points)) >= 0;
    }

    /**
     * The score rounded to a number of decimals, half-up (for display only).
     *
     * @param scale the decimals
     * @return the rounded decimal
     */
    public BigDecimal toBigDecimal(int scale) {
        return value.toDecimal(scale);
    }

    /**
     * The exact decimal value, when the score has a finite decimal form: 139/2 is 69.5, 209/3 has none.
     *
     * @return the exact decimal without trailing zeros (at least scale 0), or empty
     */
    public Optional<BigDecimal> exactDecimal() {
        return value.exactDecimal().map(d -> {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
        });
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score && value.equals(((Score) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The exact value: "69.5" when it has a finite decimal form, else "200/3".
     *
     * @return the text
     */
    @Override
    public String toString() {
        return exactDecimal().map(BigDecimal::toPlainString).orElse(value.toString());
    }
}
