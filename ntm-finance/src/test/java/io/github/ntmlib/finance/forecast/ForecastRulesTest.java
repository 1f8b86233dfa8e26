package io.github.ntmlib.finance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The edges of the disbursement forecast: a confidence strictly between 0 and 1; four dated
 * points spanning thirty days are enough and one day less is not; a projection never falls below
 * the rate already reached, even when the fitted line does; a forecast either projects or says
 * why not, and is a value (the same history gives an equal forecast); a projection's estimate lies
 * within its band; the exact least-squares fit refuses a history without two distinct days.
 */
class ForecastRulesTest {

    private static final Vnd PLAN = Vnd.ofMillions(1_000);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static TreeMap<LocalDate, Vnd> history(long[] days, long[] millions) {
        TreeMap<LocalDate, Vnd> out = new TreeMap<>();
        for (int i = 0; i < days.length; i++) {
            out.put(START.plusDays(days[i]), Vnd.ofMillions(millions[i]));
        }
        return out;
    }

    private static TreeMap<LocalDate, Vnd> steady(int points, long spanDays) {
        long[] days = new long[points];
        long[] millions = new long[points];
        for (int i = 0; i < points; i++) {
            days[i] = i == points - 1 ? spanDays : i;
            millions[i] = 100 + 10L * i;
        }
        return history(days, millions);
    }

    @Test
    void theConfidenceLiesStrictlyBetweenZeroAndOne() {
        TreeMap<LocalDate, Vnd> h = steady(5, 40);
        for (double confidence : new double[] {0.0, 1.0, -0.5, Double.NaN}) {
            assertThatThrownBy(() -> DisbursementForecast.project(h, PLAN, START.plusDays(40),
                    List.of(START.plusDays(60)), confidence)).isInstanceOf(FinanceDataException.class)
                    .satisfies(e -> assertThat(((FinanceDataException) e).field()).contains("confidence"));
        }
        assertThat(DisbursementForecast.project(h, PLAN, START.plusDays(40), List.of(START.plusDays(41)), 0.001)
                .isProjected()).isTrue();
    }

    @Test
    void fourPointsOverThirtyDaysAreEnoughAndOneDayLessIsNot() {
        Forecast enough = DisbursementForecast.project(steady(4, 30), PLAN, START.plusDays(30),
                List.of(START.plusDays(31)), 0.9);
        assertThat(enough.isProjected()).isTrue();
        assertThat(enough.observations()).isEqualTo(4);
        assertThat(enough.projections()).hasSize(1);
        Forecast short1 = DisbursementForecast.project(steady(4, 29), PLAN, START.plusDays(29),
                List.of(START.plusDays(31)), 0.9);
        assertThat(short1.isProjected()).isFalse();
        assertThat(short1.projections()).isEmpty();
        assertThat(short1.observations()).isEqualTo(4);
        assertThat(short1.notProjected()).contains("history too short to project: it spans 29 days, at least 30 needed");
        // A point on the as-of date is history; a later one is not.
        Forecast cut = DisbursementForecast.project(steady(5, 40), PLAN, START.plusDays(3), List.of(START.plusDays(50)),
                0.9);
        assertThat(cut.observations()).isEqualTo(4);
        assertThat(cut.notProjected()).contains("history too short to project: it spans 3 days, at least 30 needed");
    }

    /**
     * A late spike: 100, 110, 120, 130 then 900 million of 1,000 on days 0 to 40. The fitted line
     * gives 59.22% on day 41, below the 90% already disbursed: the estimate and the band's lower
     * end are the 90% reached.
     */
    @Test
    void theEstimateAndTheLowerEndNeverFallBelowTheRateReached() {
        Projection p = DisbursementForecast.project(history(new long[] {0, 10, 20, 30, 40},
                new long[] {100, 110, 120, 130, 900}), PLAN, START.plusDays(40), List.of(START.plusDays(41)), 0.9)
                .projections().get(0);
        assertThat(p.estimatePercent()).isEqualTo(90.0);
        assertThat(p.lowerPercent()).isEqualTo(90.0);
        assertThat(p.upperPercent()).isGreaterThan(90.0);
        assertThat(p.target()).isEqualTo(START.plusDays(41));
        assertThat(p.confidence()).isEqualTo(0.9);
    }

    @Test
    void aForecastEitherProjectsOrSaysWhyNot() {
        Projection p = new Projection(START.plusDays(60), 50, 40, 60, 0.9);
        assertThatThrownBy(() -> Forecast.of(START, 3, List.of(), Optional.empty()))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("either projects or says why");
        assertThatThrownBy(() -> Forecast.of(START, 5, List.of(p), Optional.of("too short")))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("either projects or says why");
        assertThat(Forecast.of(START, 5, List.of(p), Optional.empty()).isProjected()).isTrue();
        assertThat(Forecast.of(START, 3, List.of(), Optional.of("too short")).isProjected()).isFalse();
    }

    @Test
    void theSameHistoryGivesAnEqualForecast() {
        TreeMap<LocalDate, Vnd> h = history(new long[] {0, 10, 20, 40}, new long[] {100, 220, 300, 520});
        List<LocalDate> targets = List.of(START.plusDays(60), START.plusDays(90));
        Forecast a = DisbursementForecast.project(h, PLAN, START.plusDays(40), targets, 0.9);
        Forecast b = DisbursementForecast.project(new TreeMap<>(h), PLAN, START.plusDays(40), targets, 0.9);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a).isNotEqualTo(null).isNotEqualTo("forecast");
        assertThat(a.asOf()).isEqualTo(START.plusDays(40));
        assertThat(a.toString()).contains("asOf=2025-02-10", "observations=4", "notProjected=null");
        Projection p = a.projections().get(0);
        for (Forecast other : List.of(Forecast.of(START.plusDays(41), 4, a.projections(), Optional.empty()),
                Forecast.of(START.plusDays(40), 5, a.projections(), Optional.empty()),
                Forecast.of(START.plusDays(40), 4, List.of(p), Optional.empty()),
                DisbursementForecast.project(h, PLAN, START.plusDays(40), targets, 0.8))) {
            assertThat(a).isNotEqualTo(other);
            // The hash follows every component, so forecasts spread in hashed collections.
            assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
        }
        Forecast shortOne = Forecast.of(START, 3, List.of(), Optional.of("too short"));
        Forecast shortTwo = Forecast.of(START, 3, List.of(), Optional.of("too short"));
        assertThat(shortOne).isEqualTo(shortTwo).hasSameHashCodeAs(shortTwo)
                .isNotEqualTo(Forecast.of(START, 3, List.of(), Optional.of("spans 6 days")));
        assertThat(shortOne.toString()).contains("notProjected=too short");
    }

    @Test
    void anEstimateLiesWithinItsBand() {
        assertThat(new Projection(START, 50, 50, 50, 0.9).estimatePercent()).isEqualTo(50);
        for (double[] band : new double[][] {{50, 51, 60}, {50, 40, 49.9}}) {
            assertThatThrownBy(() -> new Projection(START, band[0], band[1], band[2], 0.9))
                    .isInstanceOf(FinanceDataException.class).hasMessageContaining("within its band");
        }
    }

    /**
     * The exact fit of the hand computation in {@code DisbursementForecastTest}: days 0, 10, 20, 40
     * with 100, 220, 300, 520: Σx = 70, A = 4·2100 − 70² = 3500, mean x 17.5, centred sum of
     * squares 875, a + b·60 = 724.571428…, residual mean square 148.571428….
     */
    @Test
    void theLineIsFittedExactlyAndNeedsTwoDistinctDays() {
        LeastSquares fit = LeastSquares.fit(new long[] {0, 10, 20, 40}, new long[] {100, 220, 300, 520});
        assertThat(fit.meanX()).isEqualByComparingTo("17.5");
        assertThat(fit.centredSumSquaresX()).isEqualByComparingTo("875");
        assertThat(fit.predict(0)).isEqualByComparingTo("104");
        assertThat(fit.predict(60)).isEqualByComparingTo(new BigDecimal("724.5714285714286"));
        assertThat(fit.meanSquareError()).isEqualByComparingTo(new BigDecimal("148.5714285714286"));
        assertThatThrownBy(() -> LeastSquares.fit(new long[] {5, 5, 5}, new long[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two distinct x values");
        assertThatThrownBy(() -> LeastSquares.fit(new long[] {7}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LeastSquares.fit(new long[] {0, 1}, new long[] {3, 5}).predict(2)).isEqualByComparingTo("7");
    }
}
