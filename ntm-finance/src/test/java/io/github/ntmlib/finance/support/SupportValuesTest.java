package io.github.ntmlib.finance.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values of the support rules refuse what cannot be: a negative counterpart multiplier (zero
 * is allowed), negative km done or km planned that are not above zero, a negative fund plan, a
 * tranche that is not positive, a negative entitlement; each boundary value itself is accepted.
 */
class SupportValuesTest {

    private static void refused(Runnable value, String field) {
        assertThatThrownBy(value::run).isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(((FinanceDataException) e).field()).contains(field));
    }

    @Test
    void aCounterpartMultiplierIsNotNegative() {
        CounterpartRule none = CounterpartRule.of("A", "Nhóm A", true, Optional.of(BigDecimal.ZERO));
        assertThat(none.minimumMultiplier()).contains(BigDecimal.ZERO);
        refused(() -> CounterpartRule.of("A", "Nhóm A", false, Optional.of(new BigDecimal("-0.1"))), "minimumMultiplier");
    }

    @Test
    void aCounterpartRuleIsAValue() {
        CounterpartRule a = CounterpartRule.of("A", "Nhóm A", false, Optional.of(BigDecimal.ONE));
        assertThat(a.label()).isEqualTo("Nhóm A");
        assertThat(a).isEqualTo(CounterpartRule.of("A", "Nhóm A", false, Optional.of(BigDecimal.ONE)))
                .hasSameHashCodeAs(CounterpartRule.of("A", "Nhóm A", false, Optional.of(BigDecimal.ONE)))
                .isEqualTo(a).isNotEqualTo("A");
        for (CounterpartRule other : List.of(CounterpartRule.of("B", "Nhóm A", false, Optional.of(BigDecimal.ONE)),
                CounterpartRule.of("A", "Nhóm B", false, Optional.of(BigDecimal.ONE)),
                CounterpartRule.of("A", "Nhóm A", true, Optional.of(BigDecimal.ONE)),
                CounterpartRule.of("A", "Nhóm A", false, Optional.empty()))) {
            assertThat(a).isNotEqualTo(other);
            assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
        }
        assertThat(a.toString()).contains("group=A").contains("minimumMultiplier=1");
    }

    @Test
    void cementProgressHasKmDoneOfAtLeastZeroAndKmPlannedAboveZero() {
        assertThat(new CementProgress(CementWork.ROAD, BigDecimal.ZERO, BigDecimal.ONE).doneKm()).isZero();
        refused(() -> new CementProgress(CementWork.ROAD, new BigDecimal("-1"), BigDecimal.ONE), "doneKm");
        refused(() -> new CementProgress(CementWork.ROAD, BigDecimal.ONE, BigDecimal.ZERO), "plannedKm");
        refused(() -> new CementProgress(CementWork.ROAD, BigDecimal.ONE, new BigDecimal("-1")), "plannedKm");
        assertThat(CementProgress.parse(CementWork.DRAIN, "231,487", "301,86").plannedKm())
                .isEqualByComparingTo("301.86");
    }

    @Test
    void aFundHasANonNegativePlanPositiveTranchesAndNonNegativeEntitlements() {
        FundReconciliation zero = new FundReconciliation("F", 2024, Vnd.ofDong(0), List.of(Vnd.ofDong(1)),
                List.of(Vnd.ofDong(0)));
        assertThat(zero.plan()).isEqualTo(Vnd.ofDong(0));
        refused(() -> new FundReconciliation("F", 2024, Vnd.ofDong(-1), List.of(), List.of()), "plan");
        refused(() -> new FundReconciliation("F", 2024, Vnd.ofDong(5), List.of(Vnd.ofDong(2), Vnd.ofDong(0)), List.of()),
                "tranches[1]");
        refused(() -> new FundReconciliation("F", 2024, Vnd.ofDong(5), List.of(), List.of(Vnd.ofDong(-1))),
                "entitlements[0]");
    }
}
