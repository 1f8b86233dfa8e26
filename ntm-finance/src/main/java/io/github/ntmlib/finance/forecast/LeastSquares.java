package io.github.ntmlib.finance.forecast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An ordinary least-squares line y = a + b·x through whole-number points, fitted exactly: the sums
 * are kept as integers and the slope, intercept and residual sum of squares as exact ratios, so
 * the fit itself adds no rounding; only the values handed to the (floating-point) prediction band
 * are rounded, to 16 significant digits. Package-private: the API is {@link DisbursementForecast}.
 *
 * <p>With n points, A = nΣx² − (Σx)², B = nΣxy − ΣxΣy and C = nΣy² − (Σy)²: slope b = B / A,
 * intercept a = (Σy − bΣx) / n, residual sum of squares SSE = (AC − B²) / (nA), and the centred
 * sum of squares of x is A / n.
 */
final class LeastSquares {

    private static final MathContext DIGITS = MathContext.DECIMAL64;

    private final int n;
    private final BigInteger sumX;
    private final BigInteger sumY;
    private final BigInteger a;
    private final BigInteger b;
    private final BigInteger c;

    private LeastSquares(int n, BigInteger sumX, BigInteger sumY, BigInteger a, BigInteger b, BigInteger c) {
        this.n = n;
        this.sumX = sumX;
        this.sumY = sumY;
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /**
     * Fits a line; the caller guarantees at least two distinct x values.
     *
     * @param x the x values
     * @param y the y values, one per x
     * @return the fit
     */
    static LeastSquares fit(long[] x, long[] y) {
        int n = x.length;
        BigInteger sx = BigInteger.ZERO;
        BigInteger sy = BigInteger.ZERO;
        BigInteger sxx = BigInteger.ZERO;
        BigInteger sxy = BigInteger.ZERO;
        BigInteger syy = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger xi = BigInteger.valueOf(x[i]);
            BigInteger yi = BigInteger.valueOf(y[i]);
            sx = sx.add(xi);
            sy = sy.add(yi);
            sxx = sxx.add(xi.multiply(xi));
            sxy = sxy.add(xi.multiply(yi));
            syy = syy.add(yi.multiply(yi));
        }
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger a = bn.multiply(sxx).subtract(sx.multiply(sx));
        if (a.signum() <= 0) {
            throw new IllegalArgumentException("a line needs at least two distinct x values");
        }
        return new LeastSquares(n, sx, sy, a, bn.multiply(sxy).subtract(sx.multiply(sy)),
                bn.multiply(syy).subtract(sy.multiply(sy)));
    }

    /**
     * The fitted value at x, exactly: (Σy·A − B·Σx + n·B·x) / (n·A), rounded to 16 digits.
     *
     * @param x the x value
     * @return a + b·x
     */
    BigDecimal predict(long x) {
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger numerator = sumY.multiply(a).subtract(b.multiply(sumX)).add(bn.multiply(b)
                .multiply(BigInteger.valueOf(x)));
        return new BigDecimal(numerator).divide(new BigDecimal(bn.multiply(a)), DIGITS);
    }

    /**
     * The residual mean square SSE / (n − 2), the estimate of the noise variance.
     *
     * @return the mean square error, 0 or more
     */
    BigDecimal meanSquareError() {
        BigInteger sse = a.multiply(c).subtract(b.multiply(b));
        BigInteger denominator = BigInteger.valueOf(n).multiply(a).multiply(BigInteger.valueOf(n - 2L));
        return new BigDecimal(sse.max(BigInteger.ZERO)).divide(new BigDecimal(denominator), DIGITS);
    }

    /**
     * The mean of x.
     *
     * @return Σx / n
     */
    BigDecimal meanX() {
        return new BigDecimal(sumX).divide(BigDecimal.valueOf(n), DIGITS);
    }

    /**
     * The centred sum of squares of x, Σ(x − x̄)².
     *
     * @return A / n
     */
    BigDecimal centredSumSquaresX() {
        return new BigDecimal(a).divide(BigDecimal.valueOf(n), DIGITS);
    }
}
