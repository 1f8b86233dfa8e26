package io.github.ntmlib.finance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.disbursement.DisbursementLedger;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.disbursement.SeedLedgerFixture;
import io.github.ntmlib.finance.disbursement.Selection;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DisbursementForecastTest {

    private static final Vnd PLAN = Vnd.ofMillions(1_000);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void aSteadyPaceIsProjectedToTheDeadlineWithANarrowBand() {
        TreeMap<LocalDate, Vnd> history = new TreeMap<>();
        for (int month = 0; month < 6; month++) {
            // 10 million a day, with a small wobble
            history.put(START.plusDays(30L * month), Vnd.ofMillions(300L * month + (month % 2 == 0 ? 2 : -2) + 10));
        }
        LocalDate deadline = START.plusDays(300);
        Forecast forecast = DisbursementForecast.project(history, Vnd.ofMillions(3_500), START.plusDays(150),
                List.of(deadline), 0.9);
        assertThat(forecast.isProjected()).isTrue();
        assertThat(forecast.observations()).isEqualTo(6);
        Projection p = forecast.projections().get(0);
        assertThat(p.estimatePercent()).isCloseTo(86.0, within(0.3)); // about 3,010 of 3,500 million
        assertThat(p.lowerPercent()).isLessThan(p.estimatePercent()).isGreaterThan(84.3);
        assertThat(p.upperPercent()).isGreaterThan(p.estimatePercent()).isLessThan(87.7);
    }

    @Test
    void aNoisierHistoryGivesAWiderBandAndTheFloorIsTheRateReached() {
        TreeMap<LocalDate, Vnd> steady = new TreeMap<>();
        TreeMap<LocalDate, Vnd> noisy = new TreeMap<>();
        long[] bumps = {0, 60, 0, 90, 0, 120};
        for (int i = 0; i < 6; i++) {
            steady.put(START.plusDays(20L * i), Vnd.ofMillions(100L * i));
            noisy.put(START.plusDays(20L * i), Vnd.ofMillions(100L * i + bumps[i]));
        }
        LocalDate target = START.plusDays(200);
        Projection a = DisbursementForecast.project(steady, PLAN, START.plusDays(100), List.of(target), 0.9)
                .projections().get(0);
        Projection b = DisbursementForecast.project(noisy, PLAN, START.plusDays(100), List.of(target), 0.9)
                .projections().get(0);
        assertThat(b.upperPercent() - b.lowerPercent()).isGreaterThan(a.upperPercent() - a.lowerPercent());
        assertThat(b.lowerPercent()).isGreaterThanOrEqualTo(62.0); // 620 of 1,000 already disbursed
    }

    @Test
    void projectsALedgersCumulativeHistoryToTheLinesDeadline() {
        DisbursementLedger ledger = SeedLedgerFixture.ledger();
        RateBase base = RateBase.PLAN_YEAR_ONLY;
        Selection all = Selection.all();
        LocalDate asOf = LocalDate.of(2025, 2, 25);
        Vnd plan = ledger.rate(2024, base, all, asOf).plan();
        Forecast forecast = DisbursementForecast.project(ledger.cumulative(2024, base, all), plan, asOf,
                List.of(LocalDate.of(2025, 12, 31)), 0.8);
        assertThat(forecast.isProjected()).isTrue();
        assertThat(forecast.observations()).isEqualTo(5); // the 1 Mar 2025 entry is after asOf
        Projection p = forecast.projections().get(0);
        assertThat(p.lowerPercent()).isGreaterThanOrEqualTo(100.0 * 411_626 / 593_140);
        assertThat(p.upperPercent()).isGreaterThan(p.lowerPercent());
    }

    @Test
    void saysWhenTheHistoryIsTooShort() {
        TreeMap<LocalDate, Vnd> three = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            three.put(START.plusDays(40L * i), Vnd.ofMillions(10L * i + 1));
        }
        Forecast forecast = DisbursementForecast.project(three, PLAN, START.plusDays(100),
                List.of(START.plusDays(300)), 0.9);
        assertThat(forecast.isProjected()).isFalse();
        assertThat(forecast.notProjected()).hasValueSatisfying(r -> assertThat(r).contains("3 dated points"));
        TreeMap<LocalDate, Vnd> week = new TreeMap<>();
        for (int i = 0; i < 7; i++) {
            week.put(START.plusDays(i), Vnd.ofMillions(i + 1L));
        }
        assertThat(DisbursementForecast.project(week, PLAN, START.plusDays(10), List.of(START.plusDays(300)), 0.9)
                .notProjected()).hasValueSatisfying(r -> assertThat(r).contains("spans 6 days"));
    }

    @Test
    void badArgumentsAreTypedErrors() {
        TreeMap<LocalDate, Vnd> history = new TreeMap<>();
        history.put(START, Vnd.ofMillions(5));
        history.put(START.plusDays(1), Vnd.ofMillions(4));
        assertThatThrownBy(() -> DisbursementForecast.project(history, PLAN, START.plusDays(5),
                List.of(START.plusDays(9)), 0.9)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("must not decrease");
        assertThatThrownBy(() -> DisbursementForecast.project(new TreeMap<>(), PLAN, START,
                List.of(START), 0.9)).isInstanceOf(FinanceDataException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> DisbursementForecast.project(new TreeMap<>(), Vnd.ZERO, START,
                List.of(START.plusDays(1)), 0.9)).isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> DisbursementForecast.project(new TreeMap<>(), PLAN, START,
                List.of(START.plusDays(1)), 1.0)).isInstanceOf(FinanceDataException.class);
    }

    /**
     * The fit and the band pinned to a hand computation: days 0, 10, 20, 40 with 100, 220, 300
     * and 520 million disbursed of 1,000. Least squares: slope 10.342857… million a day,
     * intercept 104 million, residual sum of squares 297.142857…, mean square 148.571428…; at
     * day 60 the estimate is 72.457142…%; the 90% band's half-width is t(0.95; 2) = 2.919986 ×
     * 1.218899…% × √(1 + 1/4 + (60 − 17.5)² / 875) = 6.479527…%.
     */
    @Test
    void theFitAndTheBandMatchAHandComputation() {
        TreeMap<LocalDate, Vnd> history = new TreeMap<>();
        history.put(START, Vnd.ofMillions(100));
        history.put(START.plusDays(10), Vnd.ofMillions(220));
        history.put(START.plusDays(20), Vnd.ofMillions(300));
        history.put(START.plusDays(40), Vnd.ofMillions(520));
        Projection p = DisbursementForecast.project(history, PLAN, START.plusDays(40), List.of(START.plusDays(60)), 0.9)
                .projections().get(0);
        assertThat(p.estimatePercent()).isCloseTo(72.457142857142857, within(1e-9));
        assertThat(p.upperPercent() - p.estimatePercent()).isCloseTo(6.479527372667484, within(1e-6));
        assertThat(p.estimatePercent() - p.lowerPercent()).isCloseTo(6.479527372667484, within(1e-6));
    }

    @Test
    void pointsOnALineHaveNoBand() {
        TreeMap<LocalDate, Vnd> history = new TreeMap<>();
        for (int k = 0; k < 5; k++) {
            history.put(START.plusDays(10L * k), Vnd.ofMillions(100 + 20L * k));
        }
        Projection p = DisbursementForecast.project(history, PLAN, START.plusDays(40), List.of(START.plusDays(100)), 0.95)
                .projections().get(0);
        assertThat(p.estimatePercent()).isEqualTo(30.0);
        assertThat(p.lowerPercent()).isEqualTo(30.0);
        assertThat(p.upperPercent()).isEqualTo(30.0);
    }
}
