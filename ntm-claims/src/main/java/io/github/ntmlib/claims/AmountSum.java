package io.github.ntmlib.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A total a report states with its parts as plain amounts ("tổng kinh phí … 63,142 tỷ đồng, trong
 * đó … 15,4 tỷ đồng, … 17,075 tỷ đồng, … 30,667 tỷ đồng"; "978 HTX (trong đó 888 HTX …, 90 HTX
 * …)"), checked exactly. Amounts of money in đồng, nghìn, triệu and tỷ đồng are converted exactly
 * to the total's unit; counts must share the total's unit word.
 *
 * <p>Parts that add up to more than the total are certainly inconsistent ({@link #exceedsTotal()});
 * parts that add up to less may be a partial list or a misprint ({@link #shortOfTotal()}), so a
 * reader decides. A total printed with fewer decimals than its parts is judged at its printed
 * digits: 63,1 tỷ đồng against parts adding up to 63,142 tỷ đồng is consistent.
 *
 * @param text     the passage from the total to the last part, as it stands in the report
 * @param offset   where the total starts in the text
 * @param unit     the total's unit as printed ("tỷ đồng", "HTX")
 * @param stated   the stated total, in its unit
 * @param partsSum the sum of the parts, in the total's unit
 * @param parts    how many parts were summed, at least 2
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AmountSum(String text, int offset, String unit, BigDecimal stated, BigDecimal partsSum, int parts) {

    /**
     * Validates the components.
     *
     * @param text     the passage
     * @param offset   its offset
     * @param unit     the unit
     * @param stated   the stated total
     * @param partsSum the parts summed
     * @param parts    the number of parts, at least 2
     */
    public AmountSum {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(partsSum, "partsSum");
        if (parts < 2) {
            throw new IllegalArgumentException("a sum has at least 2 parts: " + parts);
        }
    }

    /**
     * Whether the parts add up exactly to the stated total.
     *
     * @return true if they do
     */
    public boolean isConsistent() {
        return stated.compareTo(atPrintedDigits()) == 0;
    }

    /** The parts' sum rounded half-up at the total's printed digits when it has more. */
    private BigDecimal atPrintedDigits() {
        int digits = Math.max(0, stated.scale());
        return partsSum.scale() > digits ? partsSum.setScale(digits, RoundingMode.HALF_UP) : partsSum;
    }

    /**
     * Whether the parts add up to more than the stated total (certainly inconsistent).
     *
     * @return true if they exceed it
     */
    public boolean exceedsTotal() {
        return atPrintedDigits().compareTo(stated) > 0;
    }

    /**
     * Whether the parts add up to less than the stated total (a partial list, or a misprint).
     *
     * @return true if they fall short of it
     */
    public boolean shortOfTotal() {
        return atPrintedDigits().compareTo(stated) < 0;
    }
}
