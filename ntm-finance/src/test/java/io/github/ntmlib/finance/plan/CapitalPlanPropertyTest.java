package io.github.ntmlib.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalPlanPropertyTest {

    private static final CapitalLine A = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT);
    private static final CapitalLine B = CapitalLine.of("42", 2024, "NTM", CapitalSource.PROVINCIAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT);
    private static final LocalDate START = LocalDate.of(2024, 1, 2);

    @Test
    void amountsAsOfAnyDateDoNotDependOnEventOrderAndReallocationsKeepTheTotal() {
        qt().forAll(lists().of(integers().between(1, 1_000)).ofSizeBetween(1, 15), integers().between(0, 14),
                integers().between(0, 400)).checkAssert((tranches, rotation, probeDay) -> {
                    List<PlanEvent> events = new ArrayList<>();
                    events.add(PlanEvent.allocation(START, "0", A, Vnd.ofMillions(1)));
                    events.add(PlanEvent.allocation(START, "0", B, Vnd.ofMillions(1)));
                    long total = 2;
                    for (int i = 0; i < tranches.size(); i++) {
                        LocalDate day = START.plusDays(7L * (i + 1));
                        events.add(PlanEvent.allocation(day, "a" + i, A, Vnd.ofMillions(tranches.get(i))));
                        events.addAll(PlanEvent.reallocation(day, "r" + i, A, B, Vnd.ofMillions(tranches.get(i) / 2 + 1)));
                        total += tranches.get(i);
                    }
                    List<PlanEvent> shuffled = new ArrayList<>(events);
                    Collections.rotate(shuffled, rotation);
                    Collections.reverse(shuffled);
                    CapitalPlan plan = CapitalPlan.of(events);
                    CapitalPlan other = CapitalPlan.of(shuffled);
                    LocalDate probe = START.plusDays(probeDay);
                    assertThat(other.amount(A, probe)).isEqualTo(plan.amount(A, probe));
                    assertThat(other.amount(B, probe)).isEqualTo(plan.amount(B, probe));
                    LocalDate end = START.plusDays(1_000);
                    assertThat(plan.amount(A, end).plus(plan.amount(B, end))).isEqualTo(Vnd.ofMillions(total));
                    assertThat(plan.amount(A, probe).isNegative()).isFalse();
                });
    }
}
