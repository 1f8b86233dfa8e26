package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.math.MathContext;

/** Exact measures of values against bounds: a ratio compares as a percentage, in integers. */
final class Measure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Measure() {
    }

    /** The sign of value − bound, exactly (a ratio as part × 100 against bound × whole). */
    static int compare(Value value, IndicatorDefinition indicator, BigDecimal bound) {
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            return r.numerator().multiply(HUNDRED).compareTo(bound.multiply(r.denominator()));
        }
        return scalar(value, indicator).compareTo(bound);
    }

    /** |bound − value| with the fewest digits that keep it exact, or 34 significant digits. */
    static BigDecimal distance(Value value, IndicatorDefinition indicator, BigDecimal bound) {
        BigDecimal gap;
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            BigDecimal num = bound.multiply(r.denominator()).subtract(r.numerator().multiply(HUNDRED)).abs();
            try {
                gap = num.divide(r.denominator());
            } catch (ArithmeticException nonTerminating) {
                gap = num.divide(r.denominator(), MathContext.DECIMAL128);
            }
        } else {
            gap = bound.subtract(scalar(value, indicator)).abs();
        }
        gap = gap.stripTrailingZeros();
        return gap.scale() < 0 ? gap.setScale(0) : gap;
    }

    private static BigDecimal scalar(Value value, IndicatorDefinition indicator) {
        if (value instanceof Value.Quantity) {
            return ((Value.Quantity) value).amount();
        }
        if (value instanceof Value.Count) {
            return BigDecimal.valueOf(((Value.Count) value).count());
        }
        if (value instanceof Value.Grade) {
            return BigDecimal.valueOf(indicator.grades().indexOf(((Value.Grade) value).grade()) + 1L);
        }
        throw new IllegalArgumentException("a " + value.kind() + " value has no measure");
    }
}
