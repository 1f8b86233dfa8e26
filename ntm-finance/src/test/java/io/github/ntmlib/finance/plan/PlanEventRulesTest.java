package io.github.ntmlib.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan event names the part it is missing (kind, then date, line, amount, decision) as a typed
 * error, never a NullPointerException; its amount follows its kind (allocations and both halves of
 * a reallocation positive, adjustments non-zero, extensions zero); a reallocation moves money
 * between two different lines; an event given without a position is an API event.
 */
class PlanEventRulesTest {

    private static final CapitalLine A = CapitalLine.of("42", 2024, "NTM", CapitalSource.CENTRAL_BUDGET,
            CapitalType.RECURRENT);
    private static final CapitalLine B = CapitalLine.of("42", 2024, "NTM", CapitalSource.COMMUNE_BUDGET,
            CapitalType.RECURRENT);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Vnd ONE = Vnd.ofDong(1);

    private static void refused(Runnable event, String field) {
        assertThatThrownBy(event::run).isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(((FinanceDataException) e).field()).contains(field));
    }

    private static PlanEvent event(PlanEvent.Kind kind, Vnd amount) {
        return new PlanEvent(kind, DAY, "1/QĐ", A, amount, SourcePosition.of("plan.csv", 7));
    }

    @Test
    void aMissingPartIsNamed() {
        refused(() -> new PlanEvent(null, null, "1/QĐ", null, null, null), "kind");
        refused(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, null, "1/QĐ", null, null, null), "date");
        refused(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, "1/QĐ", null, null, null), "line");
        refused(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, "1/QĐ", A, null, null), "amount");
        refused(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, null, A, ONE, null), "decision");
        refused(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, " ", A, ONE, null), "decision");
        assertThatThrownBy(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, "1/QĐ", A, null, null))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining(A.toString());
    }

    @Test
    void anEventWithoutAPositionIsAnApiEvent() {
        assertThat(new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, "1/QĐ", A, ONE, null).position())
                .isEqualTo(SourcePosition.API);
        assertThat(event(PlanEvent.Kind.ALLOCATION, ONE).position()).isEqualTo(SourcePosition.of("plan.csv", 7));
        assertThatThrownBy(() -> new PlanEvent(PlanEvent.Kind.ALLOCATION, DAY, "1/QĐ", A, Vnd.ZERO, null))
                .isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(((FinanceDataException) e).position()).isEqualTo(SourcePosition.API));
    }

    @Test
    void theAmountFollowsTheKind() {
        for (PlanEvent.Kind incoming : List.of(PlanEvent.Kind.ALLOCATION, PlanEvent.Kind.REALLOCATION_OUT,
                PlanEvent.Kind.REALLOCATION_IN)) {
            assertThat(event(incoming, ONE).amount()).isEqualTo(ONE);
            refused(() -> event(incoming, Vnd.ZERO), "amount");
            refused(() -> event(incoming, Vnd.ofDong(-1)), "amount");
        }
        assertThat(event(PlanEvent.Kind.ADJUSTMENT, Vnd.ofDong(-1)).change()).isEqualTo(Vnd.ofDong(-1));
        assertThat(event(PlanEvent.Kind.ADJUSTMENT, ONE).change()).isEqualTo(ONE);
        refused(() -> event(PlanEvent.Kind.ADJUSTMENT, Vnd.ZERO), "amount");
        assertThat(event(PlanEvent.Kind.EXTENSION, Vnd.ZERO).change()).isEqualTo(Vnd.ZERO);
        assertThatThrownBy(() -> event(PlanEvent.Kind.EXTENSION, ONE)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("an extension moves no money");
        assertThat(event(PlanEvent.Kind.REALLOCATION_OUT, ONE).change()).isEqualTo(Vnd.ofDong(-1));
        assertThat(event(PlanEvent.Kind.REALLOCATION_IN, ONE).change()).isEqualTo(ONE);
        assertThat(event(PlanEvent.Kind.ALLOCATION, ONE).change()).isEqualTo(ONE);
    }

    @Test
    void aReallocationMovesMoneyBetweenTwoDifferentLines() {
        List<PlanEvent> moved = PlanEvent.reallocation(DAY, "9/QĐ", A, B, Vnd.ofMillions(4));
        assertThat(moved).extracting(PlanEvent::kind).containsExactly(PlanEvent.Kind.REALLOCATION_OUT,
                PlanEvent.Kind.REALLOCATION_IN);
        assertThat(moved).extracting(PlanEvent::line).containsExactly(A, B);
        assertThat(moved.get(0).change().plus(moved.get(1).change())).isEqualTo(Vnd.ZERO);
        refused(() -> PlanEvent.reallocation(DAY, "9/QĐ", A, A, Vnd.ofMillions(4)), "to");
        refused(() -> PlanEvent.reallocation(DAY, "9/QĐ", null, B, Vnd.ofMillions(4)), "line");
        refused(() -> PlanEvent.reallocation(DAY, "9/QĐ", A, null, Vnd.ofMillions(4)), "line");
    }
}
