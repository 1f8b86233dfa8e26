package io.github.ntmlib.core.criteria;

/**
 * How a value is compared with a threshold. A ratio is compared as a percentage: 69 of 169 is at
 * least 40% when 69 × 100 ≥ 40 × 169, decided exactly.
 */
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
     * Whether a stricter threshold has a higher value (for {@link #AT_LEAST}) or a lower one.
     *
     * @param candidate a threshold value
     * @param reference another threshold value
     * @return true if {@code candidate} is at least as strict as {@code reference}
     */
    public boolean atLeastAsStrict(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
        switch (this) {
            case AT_LEAST:
                return candidate.compareTo(reference) >= 0;
            case AT_MOST:
                return candidate.compareTo(reference) <= 0;
            default:
                return true;
        }
    }
}
