package io.github.ntmlib.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A capital plan is the history of its decisions: events are kept by date whatever the input
 * order, a line starts with capital coming in (an allocation or a reallocation into it), events of
 * one day are applied together, and a plan that takes a line below zero at the end of a day is
 * refused naming the decision that took money out that day, at its position in the file; a sum
 * beyond the range of đồng is reported at the last decision of the day it happens.
 */
class CapitalPlanRulesTest {

    private static final CapitalLine A = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT);
    private static final CapitalLine B = CapitalLine.of("42", 2024, "NTM", CapitalSource.PROVINCIAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT);
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

    private static PlanEvent at(int row, PlanEvent.Kind kind, LocalDate date, String decision, CapitalLine line,
            Vnd amount) {
        return new PlanEvent(kind, date, decision, line, amount, SourcePosition.of("plan.csv", row));
    }

    private static FinanceDataException refusal(List<PlanEvent> events) {
        try {
            CapitalPlan.of(events);
        } catch (FinanceDataException e) {
            return e;
        }
        throw new AssertionError("the plan was accepted");
    }

    @Test
    void eventsAreKeptByDateWhateverTheInputOrder() {
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.adjustment(APRIL, "2/QĐ", A, Vnd.ofMillions(3)),
                PlanEvent.allocation(MARCH, "1/QĐ", A, Vnd.ofMillions(10))));
        assertThat(plan.events()).extracting(PlanEvent::decision).containsExactly("1/QĐ", "2/QĐ");
        assertThat(plan.events(A)).extracting(PlanEvent::date).containsExactly(MARCH, APRIL);
        assertThat(plan.firstAllocated(A)).contains(MARCH);
        assertThat(plan.amount(A, MARCH.minusDays(1))).isEqualTo(Vnd.ZERO);
        assertThat(plan.amount(A, APRIL.minusDays(1))).isEqualTo(Vnd.ofMillions(10));
        assertThat(plan.amount(A, APRIL)).isEqualTo(Vnd.ofMillions(13));
        assertThat(plan.extension(A)).isEmpty();
    }

    @Test
    void aLineThePlanDoesNotHaveHasNoEventsNoAmountAndNoFirstAllocation() {
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(MARCH, "1/QĐ", A, Vnd.ofMillions(10))));
        assertThat(plan.contains(A)).isTrue();
        assertThat(plan.contains(B)).isFalse();
        assertThat(plan.events(B)).isEmpty();
        assertThat(plan.amount(B, APRIL)).isEqualTo(Vnd.ZERO);
        assertThat(plan.firstAllocated(B)).isEmpty();
        assertThat(plan.extension(B)).isEmpty();
        assertThat(plan.lines()).containsExactly(A);
    }

    @Test
    void aLineStartsWithCapitalComingIn() {
        List<PlanEvent> moved = new ArrayList<>();
        moved.add(PlanEvent.allocation(MARCH, "1/QĐ", A, Vnd.ofMillions(10)));
        moved.addAll(PlanEvent.reallocation(APRIL, "2/QĐ", A, B, Vnd.ofMillions(4)));
        CapitalPlan plan = CapitalPlan.of(moved);
        assertThat(plan.firstAllocated(B)).contains(APRIL);
        assertThat(plan.amount(B, APRIL)).isEqualTo(Vnd.ofMillions(4));
        assertThat(plan.amount(A, APRIL)).isEqualTo(Vnd.ofMillions(6));
        // An allocation listed after an adjustment of the same first day still opens the line.
        assertThat(CapitalPlan.of(List.of(PlanEvent.adjustment(MARCH, "2/QĐ", A, Vnd.ofMillions(-3)),
                PlanEvent.allocation(MARCH, "1/QĐ", A, Vnd.ofMillions(10)))).amount(A, MARCH))
                .isEqualTo(Vnd.ofMillions(7));
        FinanceDataException adjusted = refusal(List.of(at(2, PlanEvent.Kind.ADJUSTMENT, MARCH, "5/QĐ", A,
                Vnd.ofMillions(3)), at(3, PlanEvent.Kind.ALLOCATION, APRIL, "6/QĐ", A, Vnd.ofMillions(3))));
        assertThat(adjusted.field()).contains("kind");
        assertThat(adjusted.position()).isEqualTo(SourcePosition.of("plan.csv", 2));
        assertThat(adjusted.getMessage()).contains("ADJUSTMENT by 5/QĐ on 2024-03-01 comes before any allocation");
        assertThat(refusal(List.of(PlanEvent.extension(MARCH, "7/QĐ", A))).getMessage())
                .contains("EXTENSION by 7/QĐ");
        assertThat(refusal(List.of(at(2, PlanEvent.Kind.REALLOCATION_OUT, MARCH, "8/QĐ", A, Vnd.ofMillions(1))))
                .field()).contains("kind");
    }

    @Test
    void theDecisionTakingALineBelowZeroIsNamedAtItsPosition() {
        PlanEvent allocated = at(2, PlanEvent.Kind.ALLOCATION, MARCH, "1/QĐ", A, Vnd.ofMillions(10));
        PlanEvent topUp = at(3, PlanEvent.Kind.ALLOCATION, APRIL, "2/QĐ", A, Vnd.ofMillions(1));
        PlanEvent cut = at(4, PlanEvent.Kind.ADJUSTMENT, APRIL, "3/QĐ", A, Vnd.ofMillions(-12));
        FinanceDataException below = refusal(List.of(allocated, topUp, cut));
        assertThat(below.field()).contains("amount");
        assertThat(below.position()).isEqualTo(SourcePosition.of("plan.csv", 4));
        assertThat(below.getMessage()).contains("decision 3/QĐ on 2024-04-01 takes the line below zero");
        // The same cut with 2 million more added that day leaves 1 million: accepted.
        PlanEvent more = at(5, PlanEvent.Kind.ALLOCATION, APRIL, "4/QĐ", A, Vnd.ofMillions(2));
        assertThat(CapitalPlan.of(List.of(allocated, cut, more, topUp)).amount(A, APRIL)).isEqualTo(Vnd.ofMillions(1));
    }

    @Test
    void aSumBeyondTheRangeOfDongIsReportedAtTheLastDecisionOfItsDay() {
        Vnd nine = Vnd.ofDong(9_000_000_000_000_000_000L);
        FinanceDataException overflow = refusal(List.of(at(2, PlanEvent.Kind.ALLOCATION, MARCH, "1/QĐ", A, nine),
                at(3, PlanEvent.Kind.ADJUSTMENT, APRIL, "2/QĐ", A, nine),
                at(4, PlanEvent.Kind.ADJUSTMENT, APRIL.plusDays(1), "3/QĐ", A, Vnd.ofDong(1))));
        assertThat(overflow.position()).isEqualTo(SourcePosition.of("plan.csv", 3));
        assertThat(overflow.getMessage()).contains("overflow");
    }

    /**
     * Random signed adjustments after an opening allocation, on a few days: the plan is accepted
     * exactly when no day ends below zero, the refusal names the first decision with a negative
     * change on the first such day, and an accepted plan's amount on each day is the running sum.
     * Counts draws of each outcome and draws where a day dips below zero between its events but
     * ends at zero or more.
     */
    @Test
    void aPlanIsRefusedExactlyWhenADayEndsBelowZero() {
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger dipWithinADay = new AtomicInteger();
        qt().withExamples(1_000).forAll(lists().of(integers().between(-9, 9)).ofSizeBetween(1, 10),
                lists().of(integers().between(0, 4)).ofSize(10)).checkAssert((amounts, days) -> {
                    List<PlanEvent> events = new ArrayList<>();
                    events.add(at(2, PlanEvent.Kind.ALLOCATION, MARCH, "0", A, Vnd.ofDong(5)));
                    TreeMap<Integer, Long> perDay = new TreeMap<>();
                    perDay.put(0, 5L);
                    boolean dips = false;
                    for (int i = 0; i < amounts.size(); i++) {
                        int amount = amounts.get(i) == 0 ? 1 : amounts.get(i);
                        int day = days.get(i);
                        events.add(at(3 + i, PlanEvent.Kind.ADJUSTMENT, MARCH.plusDays(day), "d" + i, A,
                                Vnd.ofDong(amount)));
                        perDay.merge(day, (long) amount, Long::sum);
                    }
                    long balance = 0;
                    Integer badDay = null;
                    for (var day : perDay.entrySet()) {
                        long start = balance;
                        balance += day.getValue();
                        if (balance < 0) {
                            badDay = day.getKey();
                            break;
                        }
                        long within = start;
                        for (PlanEvent e : events) {
                            if (e.date().equals(MARCH.plusDays(day.getKey()))) {
                                within += e.change().dong();
                                dips |= within < 0;
                            }
                        }
                    }
                    if (badDay == null) {
                        accepted.incrementAndGet();
                        if (dips) {
                            dipWithinADay.incrementAndGet();
                        }
                        CapitalPlan plan = CapitalPlan.of(events);
                        long running = 0;
                        for (var day : perDay.entrySet()) {
                            running += day.getValue();
                            assertThat(plan.amount(A, MARCH.plusDays(day.getKey()))).isEqualTo(Vnd.ofDong(running));
                        }
                    } else {
                        refused.incrementAndGet();
                        LocalDate date = MARCH.plusDays(badDay);
                        PlanEvent culprit = events.stream().filter(e -> e.date().equals(date) && e.change().isNegative())
                                .findFirst().orElseThrow();
                        FinanceDataException e = refusal(events);
                        assertThat(e.position()).isEqualTo(culprit.position());
                        assertThat(e.getMessage()).contains("decision " + culprit.decision() + " on " + date);
                    }
                });
        assertThat(refused.get()).as("refused plans").isGreaterThan(200);
        assertThat(accepted.get()).as("accepted plans").isGreaterThan(200);
        assertThat(dipWithinADay.get()).as("accepted plans dipping below zero within a day").isGreaterThan(20);
    }
}
