package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * Exact measures of values against bounds: a ratio compares as a percentage, in integers. Ratios
 * compare in {@code long} arithmetic when every product fits, and fall back to exact big-number
 * arithmetic when one does not; both give the same sign. Used by the kernel ({@link IndicatorRule}) and
 * the traces' distances only.
 */
final class Measure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** What the {@code long} comparisons return when a product does not fit. */
    static final int OVERFLOW = Integer.MIN_VALUE;

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Measure() {
    }

    /**
     * The sign of value − bound, exactly (a ratio as part × 100 against bound × whole).
     *
     * @param value     the value
     * @param indicator its indicator (for a grade's scale)
     * @param bound     the bound
     * @return negative, zero or positive
     */
    static int compare(Value value, IndicatorDefinition indicator, BigDecimal bound) {
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            Integer fast = compareRatio(r.numerator(), r.denominator(), bound);
            return fast != null ? fast : compareRatioExact(r.numerator(), r.denominator(), bound);
        }
        return scalar(value, indicator).compareTo(bound);
    }

    /**
     * The exact comparison of a ratio against a percentage, in big-number arithmetic (the reference
     * the {@code long} path must agree with).
     *
     * @param numerator   the part
     * @param denominator the whole
     * @param bound       the percentage
     * @return the sign of numerator × 100 − bound × denominator
     */
    static int compareRatioExact(BigDecimal numerator, BigDecimal denominator, BigDecimal bound) {
        return numerator.multiply(HUNDRED).compareTo(bound.multiply(denominator));
    }

    /**
     * The comparison of a ratio against a percentage in {@code long} arithmetic, or null when a
     * number does not fit.
     *
     * @param numerator   the part
     * @param denominator the whole
     * @param bound       the percentage
     * @return the sign of numerator × 100 − bound × denominator, or null
     */
    static @Nullable Integer compareRatio(BigDecimal numerator, BigDecimal denominator, BigDecimal bound) {
        long n = io.github.ntmlib.core.data.ValueCell.unscaledOrMin(numerator);
        long d = io.github.ntmlib.core.data.ValueCell.unscaledOrMin(denominator);
        long b = io.github.ntmlib.core.data.ValueCell.unscaledOrMin(bound);
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return null;
        }
        int cmp = compareRatio(n, numerator.scale(), d, denominator.scale(), b, bound.scale());
        return cmp == OVERFLOW ? null : cmp;
    }

    /**
     * The comparison of a ratio against a percentage in {@code long} arithmetic, each number given
     * as its unscaled value and scale (value = unscaled × 10^-scale).
     *
     * @param n  the part's unscaled value
     * @param sn the part's scale
     * @param d  the whole's unscaled value
     * @param sd the whole's scale
     * @param b  the percentage's unscaled value
     * @param sb the percentage's scale
     * @return the sign of part × 100 − percentage × whole, or {@link #OVERFLOW}
     */
    static int compareRatio(long n, int sn, long d, int sd, long b, int sb) {
        // n·10^-sn · 100  vs  b·10^-sb · d·10^-sd: bring both sides to the scale sn + sb + sd.
        int left = sb + sd;
        int right = sn;
        int min = Math.min(left, right);
        left -= min;
        right -= min;
        if (left >= POWERS.length || right >= POWERS.length || left < 0 || right < 0) {
            return OVERFLOW;
        }
        try {
            long lhs = Math.multiplyExact(Math.multiplyExact(n, 100L), POWERS[left]);
            long rhs = Math.multiplyExact(Math.multiplyExact(b, d), POWERS[right]);
            return Long.compare(lhs, rhs);
        } catch (ArithmeticException overflow) {
            return OVERFLOW;
        }
    }

    /**
     * The comparison of two decimals in {@code long} arithmetic, each given as its unscaled value
     * and scale.
     *
     * @param a  the first unscaled value
     * @param sa its scale
     * @param b  the second unscaled value
     * @param sb its scale
     * @return the sign of a − b, or {@link #OVERFLOW}
     */
    static int compareScaled(long a, int sa, long b, int sb) {
        if (sa == sb) {
            return Long.compare(a, b);
        }
        int shift = Math.abs(sa - sb);
        if (shift >= POWERS.length) {
            return OVERFLOW;
        }
        long high = sa < sb ? Math.multiplyHigh(a, POWERS[shift]) : Math.multiplyHigh(b, POWERS[shift]);
        long low = sa < sb ? a * POWERS[shift] : b * POWERS[shift];
        if (high != (low >> 63)) {
            return OVERFLOW;
        }
        return sa < sb ? Long.compare(low, b) : Long.compare(a, low);
    }

    /**
     * |bound − value| with the fewest digits that keep it exact, or 34 significant digits.
     *
     * @param value     the value
     * @param indicator its indicator
     * @param bound     the bound
     * @return the distance
     */
    static BigDecimal distance(Value value, IndicatorDefinition indicator, BigDecimal bound) {
        BigDecimal gap;
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            BigDecimal num = bound.multiply(r.denominator()).subtract(r.numerator().multiply(HUNDRED)).abs();
            gap = terminates(num, r.denominator()) ? num.divide(r.denominator())
                    : num.divide(r.denominator(), MathContext.DECIMAL128);
        } else {
            gap = bound.subtract(scalar(value, indicator)).abs();
        }
        return canonical(gap);
    }

    /**
     * A distance in its one written form, whoever computed it (the kernel or a criterion written in
     * code): no trailing zeros, never a negative scale — so that 10, 10.0 and 1E+1 are one
     * distance, and a distance is written and read back equal.
     *
     * @param distance the distance
     * @return its canonical form
     */
    static BigDecimal canonical(BigDecimal distance) {
        BigDecimal d = distance.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * Whether num / den has a finite decimal expansion: the denominator of the reduced fraction
     * (of the unscaled values, times a power of ten) has no prime factor but 2 and 5. Decided
     * without throwing, so that a non-terminating quotient costs no exception.
     */
    static boolean terminates(BigDecimal num, BigDecimal den) {
        BigInteger n = num.unscaledValue();
        BigInteger d = den.unscaledValue();
        if (n.signum() == 0) {
            return true;
        }
        if (n.bitLength() < 63 && d.bitLength() < 63) {
            long a = n.longValue();
            long q = d.longValue();
            for (long b = q; b != 0; ) {
                long t = a % b;
                a = b;
                b = t;
            }
            q /= Math.abs(a);
            q >>= Long.numberOfTrailingZeros(q);
            while (q % 5 == 0) {
                q /= 5;
            }
            return q == 1;
        }
        BigInteger q = d.divide(n.gcd(d));
        int twos = q.getLowestSetBit();
        q = q.shiftRight(twos);
        BigInteger five = BigInteger.valueOf(5);
        while (q.mod(five).signum() == 0) {
            q = q.divide(five);
        }
        return q.equals(BigInteger.ONE);
    }

    private static BigDecimal scalar(Value value, IndicatorDefinition indicator) {
        if (value instanceof Value.Quantity) {
            return ((Value.Quantity) value).amount();
        }
        if (value instanceof Value.Count) {
            return BigDecimal.valueOf(((Value.Count) value).count());
        }
        if (value instanceof Value.Grade) {
            return BigDecimal.valueOf(indicator.grades().indexOf(((Value.Grade) value).grade()) + 1L);
        }
        throw new IllegalArgumentException("a " + value.kind() + " value has no measure");
    }
}
