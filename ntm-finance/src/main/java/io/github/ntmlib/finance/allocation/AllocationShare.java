package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One unit's share of a pool (phần vốn phân bổ cho một đơn vị), with what it was computed from.
 *
 * @param unitCode    the receiving unit
 * @param fixedGrant  the fixed grant taken off the pool before apportionment (zero if none)
 * @param apportioned the apportioned part, a whole number of rounding units
 * @param terms       the point terms (empty for a unit with a fixed grant only)
 * @param points      the unit's points
 * @param totalPoints the points of all claimants
 * @param quota       the exact quota in rounding units: distributable units × points / total points
 * @param decidedByTieBreak whether the tie-break decided this unit's last unit given or next unit
 *                    refused: its claim to it was exactly equal to another unit's (equal remainder
 *                    for the largest-remainder method, equal priority for the divisor methods)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AllocationShare(String unitCode, Vnd fixedGrant, Vnd apportioned, List<PointTerm> terms,
        BigDecimal points, BigDecimal totalPoints, Rate quota, boolean decidedByTieBreak) {

    /**
     * Validates and copies the components.
     *
     * @param unitCode    the unit
     * @param fixedGrant  the fixed grant
     * @param apportioned the apportioned part
     * @param terms       the point terms
     * @param points      the points
     * @param totalPoints the total points
     * @param quota       the exact quota
     * @param decidedByTieBreak whether the tie-break decided the result
     */
    public AllocationShare {
        FinanceDataException.require(unitCode, "unitCode");
        FinanceDataException.require(fixedGrant, "fixedGrant");
        FinanceDataException.require(apportioned, "apportioned");
        terms = List.copyOf(FinanceDataException.require(terms, "terms"));
        FinanceDataException.require(points, "points");
        FinanceDataException.require(totalPoints, "totalPoints");
        FinanceDataException.require(quota, "quota");
    }

    /**
     * The unit's whole share.
     *
     * @return fixed grant plus apportioned part
     */
    public Vnd total() {
        return fixedGrant.plus(apportioned);
    }

    /**
     * How the share was computed, in one line: the points as Σ coefficient × count, the points
     * total, the exact quota and the rounded result; and, when the tie-break decided it, that it
     * did and by which rule.
     *
     * @param unit the unit to print money in
     * @return such as "42: 5.0 × 12 + 3.0 × 40 = 180 of 300 points; quota 600/1 units → 600.000
     *         triệu đồng"
     */
    public String explain(ReportUnit unit) {
        return explain(unit, Language.ENGLISH);
    }

    /**
     * How the share was reached, in a language: the points and their terms, the exact quota, the
     * amount in the unit (vi-VN figures in Vietnamese, plain figures and "million VND" in English), the fixed grant and
     * whether the tie-break decided it.
     *
     * @param unit     the unit the amounts are printed in
     * @param language the language
     * @return the explanation
     */
    public String explain(ReportUnit unit, Language language) {
        boolean vi = language == Language.VIETNAMESE;
        String sum = terms.isEmpty() ? (vi ? "không có điểm" : "no points") : terms.stream()
                .map(t -> number(t.coefficient(), language) + " × " + t.count() + " (" + t.label() + ")")
                .collect(Collectors.joining(" + "));
        String quotaText = quota.denominator().equals(BigInteger.ONE) ? quota.numerator().toString()
                : quota.numerator() + "/" + quota.denominator();
        return unitCode + ": " + sum + " = " + number(points, language) + (vi ? " trên " : " of ")
                + number(totalPoints, language) + (vi ? " điểm; hạn ngạch " : " points; quota ") + quotaText
                + (vi ? " đơn vị làm tròn → " : " rounding units → ") + apportioned.format(unit, language)
                + (fixedGrant.isZero() ? "" : (vi ? " + hỗ trợ cố định " : " + fixed grant ")
                        + fixedGrant.format(unit, language))
                + (!decidedByTieBreak ? "" : vi ? "; quyết định theo quy tắc khi bằng nhau (nhiều điểm hơn trước,"
                        + " rồi mã đơn vị nhỏ hơn theo thứ tự chuỗi)"
                        : "; decided by the tie-break (an exactly equal claim: more points first,"
                        + " then the smaller unit code in string order)");
    }

    private static String number(BigDecimal value, Language language) {
        return language == Language.VIETNAMESE ? Figures.format(value, NumberStyle.VI_VN) : value.toPlainString();
    }
}
