package io.github.ntmlib.core.criteria;

import org.apiguardian.api.API;

/**
 * How a value is compared with a threshold. A ratio is compared as a percentage: 69 of 169 is at
 * least 40% when 69 × 100 ≥ 40 × 169, decided exactly.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Comparison {
    /** The value must be at least the threshold (≥); the indicator must be met for a flag. */
    AT_LEAST("≥"),
    /** The value must be at most the threshold (≤). */
    AT_MOST("≤"),
    /** A flag must be met (Đạt). */
    MET("Đạt");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The symbol used in explanations.
     *
     * @return "≥", "≤" or "Đạt"
     */
    public String symbol() {
        return symbol;
    }


    /**
     * Whether a comparison's sign satisfies this direction: the one encoding of "at least" and
     * "at most" (a flag's {@link #MET} is decided by the flag itself and never by a sign).
     *
     * @param sign the sign of value − bound (negative, zero or positive)
     * @return for at least, sign ≥ 0; for at most, sign ≤ 0
     * @throws IllegalStateException for {@link #MET}
     */
    public boolean holds(int sign) {
        switch (this) {
            case AT_LEAST:
                return sign >= 0;
            case AT_MOST:
                return sign <= 0;
            default:
                throw new IllegalStateException("a flag is met by its value, not by a comparison");
        }
    }

    /**
     * Whether a candidate bound is at least as strict as a reference in this direction.
     *
     * @param candidate the candidate bound
     * @param reference the reference bound
     * @return true when the candidate is at least as strict (always for a flag)
     */
    public boolean atLeastAsStrict(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
        return this == MET || holds(candidate.compareTo(reference));
    }
}
