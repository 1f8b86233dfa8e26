package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.FinanceWarning;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Year-end reconciliation of a provincial policy fund (quyết toán kinh phí chính sách): the year's
 * plan, the tranches granted, and what recipients were entitled to, giving surplus and shortfall
 * (thừa/thiếu), as under Hà Tĩnh Resolution 51/2021/NQ-HĐND.
 *
 * @param fund         the fund's name
 * @param year         the year
 * @param plan         the year's plan, 0 or more
 * @param tranches     the grants made in the year, each more than zero
 * @param entitlements what recipients were entitled to, each 0 or more
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FundReconciliation(String fund, int year, Vnd plan, List<Vnd> tranches, List<Vnd> entitlements) {

    /**
     * Validates and copies the components.
     *
     * @param fund         the fund
     * @param year         the year
     * @param plan         the plan
     * @param tranches     the grants
     * @param entitlements the entitlements
     */
    public FundReconciliation {
        FinanceDataException.require(fund, "fund");
        FinanceDataException.require(plan, "plan");
        tranches = List.copyOf(FinanceDataException.require(tranches, "tranches"));
        entitlements = List.copyOf(FinanceDataException.require(entitlements, "entitlements"));
        if (plan.isNegative()) {
            throw FinanceDataException.api(fund, "plan", Labels.of("kế hoạch không được âm",
                            "the plan must not be negative"));
        }
        for (int i = 0; i < tranches.size(); i++) {
            if (tranches.get(i).dong() <= 0) {
                throw FinanceDataException.api(fund, "tranches[" + i + "]", Labels.of("mỗi đợt cấp phải dương",
                                "a tranche must be positive"));
            }
        }
        for (int i = 0; i < entitlements.size(); i++) {
            if (entitlements.get(i).isNegative()) {
                throw FinanceDataException.api(fund, "entitlements[" + i + "]", Labels.of("mỗi khoản được hưởng không được âm",
                                "an entitlement must not be negative"));
            }
        }
    }

    /**
     * The total granted.
     *
     * @return Σ tranches
     */
    public Vnd granted() {
        return Vnd.sum(tranches);
    }

    /**
     * The total owed.
     *
     * @return Σ entitlements
     */
    public Vnd owed() {
        return Vnd.sum(entitlements);
    }

    /**
     * Granted but not owed: to be returned or carried into next year's grants (thừa).
     *
     * @return granted minus owed, or zero
     */
    public Vnd surplus() {
        return granted().minus(owed()).max(Vnd.ZERO);
    }

    /**
     * Owed but not granted: to be paid next year (thiếu).
     *
     * @return owed minus granted, or zero
     */
    public Vnd shortfall() {
        return owed().minus(granted()).max(Vnd.ZERO);
    }

    /**
     * A warning when the tranches exceed the year's plan.
     *
     * @return the warning, or empty
     */
    public Optional<FinanceWarning> overGranted() {
        if (granted().compareTo(plan) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new FinanceWarning(fund + " " + year, "tranches", Labels.of("số đã cấp "
                + granted().format(ReportUnit.MILLION, NumberStyle.VI_VN) + " vượt kế hoạch "
                + plan.format(ReportUnit.MILLION, NumberStyle.VI_VN), "granted "
                + granted().format(ReportUnit.MILLION, NumberStyle.VI_VN) + " exceeds the plan "
                + plan.format(ReportUnit.MILLION, NumberStyle.VI_VN))));
    }
}
