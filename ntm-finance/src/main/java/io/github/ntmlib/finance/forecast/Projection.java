package io.github.ntmlib.finance.forecast;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A projected disbursement rate at a target date: a statistical <em>estimate</em> with an
 * uncertainty band, in percent of the plan (ước tính tỷ lệ giải ngân). Unlike every other figure
 * of this module it is a floating-point estimate, not an exact amount.
 *
 * @param target          the date projected to, such as a deadline
 * @param estimatePercent the central estimate, % of plan
 * @param lowerPercent    the lower end of the band, never below the rate already reached
 * @param upperPercent    the upper end of the band (may exceed 100: the trend is not capped)
 * @param confidence      the confidence level of the band, such as 0.9
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Projection(LocalDate target, double estimatePercent, double lowerPercent, double upperPercent,
        double confidence) {

    /**
     * Validates the components.
     *
     * @param target          the date
     * @param estimatePercent the estimate
     * @param lowerPercent    the lower end
     * @param upperPercent    the upper end
     * @param confidence      the confidence level
     */
    public Projection {
        FinanceDataException.require(target, "target");
        if (!(lowerPercent <= estimatePercent && estimatePercent <= upperPercent)) {
            throw FinanceDataException.api(String.valueOf(target), "estimatePercent", Labels.of("giá trị ước tính phải nằm trong khoảng của nó",
                            "the estimate must lie within its band"));
        }
    }
}
