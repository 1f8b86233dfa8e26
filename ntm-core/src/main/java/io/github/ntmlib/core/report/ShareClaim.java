package io.github.ntmlib.core.report;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A share printed in a report ("69/169 xã … (đạt 40,8%)") checked against its own parts: the
 * parts are divided exactly and rounded half-up at the digits the report printed.
 *
 * @param text       the claim as it stands in the report, with its closing parenthesis if opened by "("
 * @param offset     where the claim starts in the text (0 when checked directly)
 * @param part       the part, as printed
 * @param whole      the whole, as printed
 * @param printed    the percentage printed
 * @param recomputed the percentage recomputed from the parts at the printed digits
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ShareClaim(String text, int offset, BigDecimal part, BigDecimal whole, BigDecimal printed,
        BigDecimal recomputed) {

    /**
     * Validates the components.
     *
     * @param text       the claim
     * @param offset     its offset
     * @param part       the part
     * @param whole      the whole
     * @param printed    the printed percentage
     * @param recomputed the recomputed percentage
     */
    public ShareClaim {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(recomputed, "recomputed");
    }

    /**
     * Whether the printed share equals the share recomputed from its parts.
     *
     * @return true if consistent
     */
    public boolean isConsistent() {
        return printed.compareTo(recomputed) == 0;
    }

    @Override
    public String toString() {
        return text + " -> " + recomputed.toPlainString() + "%" + (isConsistent() ? " (consistent)" : " (MISMATCH)");
    }
}
