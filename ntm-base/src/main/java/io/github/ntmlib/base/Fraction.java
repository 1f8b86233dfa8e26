package io.github.ntmlib.base;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact fraction of two integers, kept as given (69/169 stays 69/169, not reduced), compared
 * and tested against percentages in integers: 69/169 ≥ 40% is decided as 69 × 100 ≥ 40 × 169.
 * The one exact-ratio type of ntm: a share of units, a disbursement rate, an OCOP score and an
 * indicator ratio all reduce to it. The denominator is positive; the sign sits on the numerator.
 * Equality is by value (1/2 equals 2/4); {@link #toString()} shows the parts as given.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Fraction implements Comparable<Fraction> {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * A fraction of two integers.
     *
     * @param numerator   the part
     * @param denominator the whole, not zero (a negative whole moves its sign to the part)
     * @return the fraction
     * @throws ArithmeticException if the whole is zero
     */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction of a whole of 0 has no value: " + numerator + "/0");
        }
        return denominator.signum() < 0 ? new Fraction(numerator.negate(), denominator.negate())
                : new Fraction(numerator, denominator);
    }

    /**
     * A fraction of two whole numbers.
     *
     * @param numerator   the part
     * @param denominator the whole, not zero
     * @return the fraction
     */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * A fraction of two decimals, exactly: 79.9/100 becomes 799/1000.
     *
     * @param numerator   the part
     * @param denominator the whole, not zero
     * @return the fraction
     */
    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        int scale = Math.max(Math.max(numerator.scale(), denominator.scale()), 0);
        return of(numerator.setScale(scale).unscaledValue(), denominator.setScale(scale).unscaledValue());
    }

    /**
     * A whole number as a fraction over 1.
     *
     * @param value the number
     * @return value/1
     */
    public static Fraction of(long value) {
        return of(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * A decimal as a fraction, exactly: 69.5 becomes 695/10.
     *
     * @param value the decimal
     * @return the fraction
     */
    public static Fraction of(BigDecimal value) {
        return of(value, BigDecimal.ONE);
    }

    /**
     * The part.
     *
     * @return the numerator (carrying the sign)
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * The whole.
     *
     * @return the denominator, above 0
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * The sum of two fractions (not reduced).
     *
     * @param other the other fraction
     * @return this + other
     */
    public Fraction plus(Fraction other) {
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * This fraction in lowest terms.
     *
     * @return the reduced fraction (2/4 becomes 1/2)
     */
    public Fraction reduced() {
        BigInteger gcd = numerator.gcd(denominator);
        return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? this
                : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }

    /**
     * Whether this fraction, as a percentage, is at least a percentage, decided in integers.
     *
     * @param percent the percentage, e.g. 40 or 79.5
     * @return numerator × 100 ≥ percent × denominator
     */
    public boolean isAtLeastPercent(BigDecimal percent) {
        return comparePercent(percent) >= 0;
    }

    /**
     * Compares this fraction, as a percentage, with a percentage, exactly.
     *
     * @param percent the percentage
     * @return negative, zero or positive as this is below, at or above it
     */
    public int comparePercent(BigDecimal percent) {
        return compareTo(of(percent, BigDecimal.valueOf(100)));
    }

    /**
     * The fraction as a decimal rounded half-up.
     *
     * @param decimals the digits after the decimal separator
     * @return the value, e.g. 0.41 for 69/169 at 2 digits
     */
    public BigDecimal toDecimal(int decimals) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    }

    /**
     * The fraction as a percentage rounded half-up at the printed digits.
     *
     * @param decimals the digits after the decimal separator
     * @return e.g. 40.8 for 69/169 at 1 digit
     */
    public BigDecimal percent(int decimals) {
        return new BigDecimal(numerator.multiply(HUNDRED)).divide(new BigDecimal(denominator), decimals,
                RoundingMode.HALF_UP);
    }

    /**
     * The exact decimal value, if it has one (1/4 = 0.25; 1/3 has none).
     *
     * @return the decimal, or empty when the expansion does not end
     */
    public java.util.Optional<BigDecimal> exactDecimal() {
        try {
            return java.util.Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator)));
        } catch (ArithmeticException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction && compareTo((Fraction) o) == 0;
    }

    @Override
    public int hashCode() {
        Fraction r = reduced();
        return 31 * r.numerator.hashCode() + r.denominator.hashCode();
    }

    /**
     * The parts as given.
     *
     * @return e.g. "69/169"
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
