package io.github.ntmlib.core.criteria;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A threshold: comparison and value, with its provenance. A threshold {@linkplain
 * ThresholdStatus#SET_BY_PROVINCE set by the province} or {@linkplain ThresholdStatus#NOT_ENCODED
 * not encoded} has no value, and an indicator judged against it is not assessed.
 *
 * @param comparison how values are compared
 * @param value      the value (a percentage for ratio indicators); empty for {@link Comparison#MET}
 *                   and for thresholds without a known value
 * @param status     whether the value is known
 * @param provenance where it comes from
 */
public record Threshold(Comparison comparison, Optional<BigDecimal> value, ThresholdStatus status,
        Provenance provenance) {

    /**
     * Validates the components.
     *
     * @param comparison the comparison
     * @param value      the value
     * @param status     the status
     * @param provenance the provenance
     */
    public Threshold {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        boolean needsValue = comparison != Comparison.MET && status == ThresholdStatus.VERIFIED;
        if (needsValue && value.isEmpty()) {
            throw new IllegalArgumentException("a verified " + comparison + " threshold needs a value");
        }
        if (status != ThresholdStatus.VERIFIED && value.isPresent()) {
            throw new IllegalArgumentException("a threshold " + status + " has no value");
        }
    }

    /**
     * A verified threshold "at least value".
     *
     * @param value      the value
     * @param provenance the source
     * @return the threshold
     */
    public static Threshold atLeast(String value, Provenance provenance) {
        return new Threshold(Comparison.AT_LEAST, Optional.of(new BigDecimal(value)), ThresholdStatus.VERIFIED,
                provenance);
    }

    /**
     * A verified threshold "at most value".
     *
     * @param value      the value
     * @param provenance the source
     * @return the threshold
     */
    public static Threshold atMost(String value, Provenance provenance) {
        return new Threshold(Comparison.AT_MOST, Optional.of(new BigDecimal(value)), ThresholdStatus.VERIFIED,
                provenance);
    }

    /**
     * A verified "must be met" requirement for a flag indicator.
     *
     * @param provenance the source
     * @return the threshold
     */
    public static Threshold met(Provenance provenance) {
        return new Threshold(Comparison.MET, Optional.empty(), ThresholdStatus.VERIFIED, provenance);
    }

    /**
     * A threshold the province sets.
     *
     * @param comparison the comparison the province's value will use
     * @param provenance the national text that leaves it to the province
     * @return the threshold
     */
    public static Threshold setByProvince(Comparison comparison, Provenance provenance) {
        return new Threshold(comparison, Optional.empty(), ThresholdStatus.SET_BY_PROVINCE, provenance);
    }

    /**
     * A threshold that exists in law but whose value was not found.
     *
     * @param comparison the comparison
     * @param provenance the text that declares it
     * @return the threshold
     */
    public static Threshold notEncoded(Comparison comparison, Provenance provenance) {
        return new Threshold(comparison, Optional.empty(), ThresholdStatus.NOT_ENCODED, provenance);
    }

    /**
     * Whether the threshold can decide a value.
     *
     * @return true if verified
     */
    public boolean isKnown() {
        return status == ThresholdStatus.VERIFIED;
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return status == ThresholdStatus.SET_BY_PROVINCE ? "set by the province" : "not encoded";
        }
        return comparison == Comparison.MET ? "Đạt" : comparison.symbol() + " " + value.get().toPlainString();
    }
}
