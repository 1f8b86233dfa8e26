package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact score: a fraction in lowest terms with a positive denominator, such as the average total
 * of a council (tổng điểm trung bình) 139/2 = 69.5. Never a floating-point value: band edges are
 * decided exactly (89.99 is below 90).
 *
 * @param numerator   the numerator
 * @param denominator the denominator, positive, coprime with the numerator
 */
public record Score(BigInteger numerator, BigInteger denominator) implements Comparable<Score> {

    /** Zero points. */
    public static final Score ZERO = of(0);

    /**
     * Validates and reduces to lowest terms.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     */
    public Score {
        OcopDataException.requirePresent(numerator, null, "numerator");
        OcopDataException.requirePresent(denominator, null, "denominator");
        if (denominator.signum() == 0) {
            throw OcopDataException.api(null, "denominator", "a score's denominator must not be zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /**
     * A whole number of points.
     *
     * @param points the points
     * @return the score
     */
    public static Score of(long points) {
        return new Score(BigInteger.valueOf(points), BigInteger.ONE);
    }

    /**
     * A fraction of points.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     * @return the score
     */
    public static Score of(long numerator, long denominator) {
        return new Score(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * An exact decimal, e.g. {@code new BigDecimal("89.99")}.
     *
     * @param value the decimal
     * @return the score
     */
    public static Score of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return new Score(v.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Score(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    /**
     * Whether the score reaches a whole number of points.
     *
     * @param points the threshold
     * @return true if this score is at least {@code points}
     */
    public boolean isAtLeast(int points) {
        return numerator.compareTo(denominator.multiply(BigInteger.valueOf(points))) >= 0;
    }

    /**
     * The score rounded to a number of decimals, half-up (for display only).
     *
     * @param scale the decimals
     * @return the rounded decimal
     */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Score other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * The exact decimal value, when the score has a finite decimal form (its denominator has no prime
     * factor other than 2 and 5): 139/2 is 69.5, 209/3 has none.
     *
     * @return the exact decimal, or empty
     */
    public Optional<BigDecimal> exactDecimal() {
        BigInteger d = denominator;
        for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (d.mod(p).signum() == 0) {
                d = d.divide(p);
            }
        }
        if (!d.equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros());
    }

    /**
     * The exact value: "69.5" when it has a finite decimal form, else "200/3".
     *
     * @return the text
     */
    @Override
    public String toString() {
        return exactDecimal().map(BigDecimal::toPlainString).orElse(numerator + "/" + denominator);
    }
}
