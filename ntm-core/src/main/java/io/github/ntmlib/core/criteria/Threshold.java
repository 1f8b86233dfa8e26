package io.github.ntmlib.core.criteria;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A threshold: comparison and value, with its provenance. A threshold {@linkplain
 * ThresholdStatus#SET_BY_PROVINCE set by the province} or {@linkplain ThresholdStatus#NOT_ENCODED
 * not encoded} has no value, and an indicator judged against it is not assessed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Threshold {

    private final Comparison comparison;
    private final @Nullable BigDecimal value;
    private final ThresholdStatus status;
    private final Provenance provenance;

    private Threshold(Comparison comparison, Optional<BigDecimal> value, ThresholdStatus status,
            Provenance provenance) {
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
        this.comparison = comparison;
        this.value = value.orElse(null);
        this.status = status;
        this.provenance = provenance;
    }

    /**
     * Creates the value, validating it.
     *
     * @param comparison how values are compared
     * @param value      the value (a percentage for ratio indicators); null for {@link Comparison#MET} and for
     *                   thresholds without a known value
     * @param status whether the value is known
     * @param provenance where it comes from
     * @return the value
     */
    public static Threshold of(Comparison comparison, @Nullable BigDecimal value, ThresholdStatus status,
            Provenance provenance) {
        return new Threshold(comparison, Optional.ofNullable(value), status, provenance);
    }

    /**
     * How values are compared.
     *
     * @return how values are compared
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * The value (a percentage for ratio indicators); empty for {@link Comparison#MET} and for
     *   thresholds without a known value.
     *
     * @return the value (a percentage for ratio indicators); empty for {@link Comparison#MET} and for
     *   thresholds without a known value
     */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Whether the value is known.
     *
     * @return whether the value is known
     */
    public ThresholdStatus status() {
        return status;
    }

    /**
     * Where it comes from.
     *
     * @return where it comes from
     */
    public Provenance provenance() {
        return provenance;
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
        // a verified threshold has a value (checked by the factories)
        return comparison == Comparison.MET ? "Đạt"
                : comparison.symbol() + " " + Objects.requireNonNull(value).toPlainString();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Threshold)) {
            return false;
        }
        Threshold o = (Threshold) other;
        return comparison == o.comparison && Objects.equals(value, o.value) && status == o.status
                && provenance.equals(o.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comparison, value, status, provenance);
    }
}
