package io.github.ntmlib.claims;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A total a report states beside its parts ("411.626/593.139 …, trong đó 365.695/504.912 …;
 * 45.931/88.228 …") checked against the sum of the parts, for the numerators and for the
 * denominators: a mismatch is a warning, since either the total or a part may be the one misprinted.
 *
 * @param text         the sentence as it stands in the report
 * @param offset       where the total's claim starts in the text
 * @param statedPart   the total's numerator
 * @param partsSum     the sum of the parts' numerators
 * @param statedWhole  the total's denominator
 * @param wholesSum    the sum of the parts' denominators
 * @param parts        how many parts were summed
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PartsSum(String text, int offset, BigDecimal statedPart, BigDecimal partsSum, BigDecimal statedWhole,
        BigDecimal wholesSum, int parts) {

    /**
     * Validates the components.
     *
     * @param text        the sentence
     * @param offset      its offset
     * @param statedPart  the stated numerator
     * @param partsSum    the parts' numerators summed
     * @param statedWhole the stated denominator
     * @param wholesSum   the parts' denominators summed
     * @param parts       the number of parts, at least 2
     */
    public PartsSum {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(statedPart, "statedPart");
        Objects.requireNonNull(partsSum, "partsSum");
        Objects.requireNonNull(statedWhole, "statedWhole");
        Objects.requireNonNull(wholesSum, "wholesSum");
        if (parts < 2) {
            throw new IllegalArgumentException("a sum has at least 2 parts: " + parts);
        }
    }

    /**
     * Whether the numerators add up to the stated one.
     *
     * @return true if they do
     */
    public boolean partsConsistent() {
        return statedPart.compareTo(partsSum) == 0;
    }

    /**
     * Whether the denominators add up to the stated one.
     *
     * @return true if they do
     */
    public boolean wholesConsistent() {
        return statedWhole.compareTo(wholesSum) == 0;
    }

    /**
     * Whether both add up.
     *
     * @return true if consistent
     */
    public boolean isConsistent() {
        return partsConsistent() && wholesConsistent();
    }
}
