package io.github.ntmlib.claims;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A percentage a report prints, checked against its own figures: the part divided by the whole
 * exactly, rounded half-up at the digits the report printed, and judged under its hedge.
 *
 * @param kind       what the claim states
 * @param hedge      how the percentage is qualified ("khoảng", "gần", "trên" …)
 * @param text       the claim as it stands in the report
 * @param offset     where the claim starts in the text (0 when checked directly)
 * @param part       the part, as printed
 * @param whole      the whole, as printed, above 0
 * @param printed    the percentage printed
 * @param recomputed the percentage recomputed from the part and the whole at the printed digits
 * @param consistent whether the printed percentage, read with its hedge, holds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Claim(ClaimKind kind, Hedge hedge, String text, int offset, BigDecimal part, BigDecimal whole,
        BigDecimal printed, BigDecimal recomputed, boolean consistent) {

    /**
     * Validates the components.
     *
     * @param kind       the kind
     * @param hedge      the hedge
     * @param text       the claim
     * @param offset     its offset, at least 0
     * @param part       the part
     * @param whole      the whole
     * @param printed    the printed percentage
     * @param recomputed the recomputed percentage
     * @param consistent the verdict
     */
    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(recomputed, "recomputed");
        if (offset < 0) {
            throw new IllegalArgumentException("an offset is at least 0: " + offset);
        }
    }

    /**
     * Whether the printed percentage holds (its hedge read as a bound).
     *
     * @return true if consistent
     */
    public boolean isConsistent() {
        return consistent;
    }

    @Override
    public String toString() {
        return text + " -> " + recomputed.toPlainString() + "%" + (consistent ? " (consistent)" : " (MISMATCH)");
    }
}
