package io.github.ntmlib.plan.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a cost model's rows obey in every form it is read from (JSON {@link CostModelJson},
 * a workbook {@link CostModelXlsx}): one rule, one place, one wording. Each check gives the reason
 * a row is refused, or {@code null}; the reader throws it at its own position (a JSON path, a cell).
 */
final class CostRules {

    private final Set<String> seen = new HashSet<>();

    /** A rate is never negative, and is a number of bounded size. */
    static @Nullable Labels rate(BigDecimal rate) {
        if (rate.signum() < 0) {
            return Labels.of("đơn giá không được âm", "a rate cannot be negative");
        }
        return Limits.numberLimit(rate);
    }

    /** An amount of đồng: whole, never negative, within ±2^63. */
    static @Nullable Labels amount(BigDecimal amount) {
        if (amount.signum() < 0) {
            return Labels.of("số tiền không được âm", "an amount cannot be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return Labels.of("số tiền phải là số nguyên đồng, không phải " + Limits.quote(amount.toPlainString()),
                    "an amount must be whole đồng, not " + Limits.quote(amount.toPlainString()));
        }
        if (stripped.precision() - stripped.scale() > 19 || stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Labels.of("số tiền quá lớn (tối đa " + Long.MAX_VALUE + " đồng)", "the amount is too large (at most "
                    + Long.MAX_VALUE + " đồng)");
        }
        return null;
    }

    /** The amount of đồng checked by {@link #amount(BigDecimal)}. */
    static Vnd dong(BigDecimal checked) {
        return Vnd.ofDong(checked.longValueExact());
    }

    /** Whether the indicator has had a cost already: then the reason, else null (and it is noted). */
    @Nullable Labels indicator(String indicator) {
        return seen.add("i " + indicator) ? null : Labels.of("chỉ tiêu " + Limits.quote(indicator) + " có hai chi phí",
                "two costs for indicator " + Limits.quote(indicator));
    }

    /** Whether the criterion of the standard has had a cost already: then the reason, else null. */
    @Nullable Labels criterion(String standard, String criterion) {
        return seen.add("c " + standard + "/" + criterion) ? null : Labels.of("tiêu chí " + Limits.quote(criterion)
                + " của " + Limits.quote(standard) + " có hai chi phí", "two costs for criterion "
                + Limits.quote(criterion) + " of " + Limits.quote(standard));
    }

    /** Whether the unit has been excluded already: then the reason, else null. */
    @Nullable Labels unit(String unit) {
        return seen.add("u " + unit) ? null : Labels.of("đơn vị " + Limits.quote(unit) + " được loại trừ hai lần",
                "unit " + Limits.quote(unit) + " excluded twice");
    }
}
