package io.github.ntmlib.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * How a report qualifies a printed percentage, and so what range of exact values it allows. A
 * hedged percentage is judged as the bound it states, never as an exact figure.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Hedge {
    /** No qualifier: the exact value rounded half-up at the printed digits equals the printed one. */
    EXACT,
    /** "khoảng", "xấp xỉ", "ước", "chừng": within one unit of the last printed digit. */
    ABOUT,
    /** "gần": not above the printed value (at its digits) and not below 95% of it. */
    NEARLY,
    /** "trên", "hơn": at least the printed value. */
    OVER,
    /** "dưới": at most the printed value. */
    UNDER;

    private static final BigDecimal NEARLY_FLOOR = new BigDecimal("0.95");

    /**
     * Whether an exact value is consistent with a printed one under this hedge.
     *
     * @param exact      the exact value (unrounded, or rounded far below the printed digits)
     * @param printed    the printed value, its scale the printed digits
     * @param recomputed the exact value rounded half-up at the printed digits
     * @return true if the printed figure, read with this hedge, holds
     */
    boolean holds(BigDecimal exact, BigDecimal printed, BigDecimal recomputed) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
        return switch (this) {
            case EXACT -> recomputed.compareTo(printed) == 0;
            case ABOUT -> exact.subtract(printed).abs().compareTo(unit) <= 0;
            case NEARLY -> recomputed.compareTo(printed) <= 0
                    && exact.compareTo(printed.multiply(NEARLY_FLOOR).setScale(printed.scale() + 2, RoundingMode.HALF_UP)) >= 0;
            case OVER -> exact.compareTo(printed) >= 0;
            case UNDER -> exact.compareTo(printed) <= 0;
        };
    }
}
