package io.github.ntmlib.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: an explanation says when a unit was decided by the tie-break. */
class TieBreakTest {

    private static final Vnd UNIT = Vnd.ofMillions(1);

    private static Claimant claimant(String code, int points) {
        return Claimant.withPoints(code, "p", BigDecimal.valueOf(points));
    }

    @Test
    void explanationsNameTheTieBreakForEveryMethod() {
        for (ApportionmentMethod method : ApportionmentMethod.values()) {
            // Two equal claims for one seat: the smaller code "7" before "10" would be wrong in
            // numeric order; string order gives it to "10".
            Allocation a = Allocation.of(UNIT, List.of(claimant("7", 4), claimant("10", 4)), method);
            assertThat(a.share("10").orElseThrow().apportioned()).as(method.name()).isEqualTo(UNIT);
            assertThat(a.share("10").orElseThrow().explain(ReportUnit.MILLION)).as(method.name())
                    .contains("tie-break");
            assertThat(a.share("10").orElseThrow().explain(ReportUnit.MILLION, io.github.ntmlib.base.Language.VIETNAMESE))
                    .as(method.name()).contains("quy tắc khi bằng nhau");
            assertThat(a.share("7").orElseThrow().explain(ReportUnit.MILLION)).as(method.name())
                    .contains("tie-break");
        }
    }

    @Test
    void noTieNoTieBreakInTheExplanation() {
        for (ApportionmentMethod method : ApportionmentMethod.values()) {
            Allocation a = Allocation.of(UNIT.times(3), List.of(claimant("7", 5), claimant("10", 4)), method);
            assertThat(a.shares()).as(method.name())
                    .allSatisfy(s -> assertThat(s.explain(ReportUnit.MILLION)).doesNotContain("tie-break"));
        }
    }
}
