package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * One term of a unit's points (điểm): coefficient × count, such as 5.0 × 12 communes under 15
 * criteria.
 *
 * @param label       what is counted, in Vietnamese for reports
 * @param coefficient the exact coefficient, 0 or more
 * @param count       how many, 0 or more
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PointTerm(String label, BigDecimal coefficient, long count) {

    /**
     * Validates the components.
     *
     * @param label       what is counted
     * @param coefficient the coefficient
     * @param count       how many
     */
    public PointTerm {
        if (label == null || label.isBlank()) {
            throw FinanceDataException.api(null, "label", Labels.of("hạng mục điểm cần có tên",
                            "a point term needs a label"));
        }
        FinanceDataException.require(coefficient, "coefficient");
        if (coefficient.signum() < 0) {
            throw FinanceDataException.api(label, "coefficient", Labels.of("hệ số không được âm: " + coefficient,
                            "a coefficient must not be negative: " + coefficient));
        }
        if (count < 0) {
            throw FinanceDataException.api(label, "count", Labels.of("số lượng không được âm: " + count,
                            "a count must not be negative: " + count));
        }
    }

    /**
     * The points of this term.
     *
     * @return coefficient × count, exact
     */
    public BigDecimal points() {
        return coefficient.multiply(BigDecimal.valueOf(count));
    }
}
