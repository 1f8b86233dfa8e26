package io.github.ntmlib.finance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * For generated non-decreasing histories long enough to project: the estimate and the band's
 * lower end are never below the rate reached, the estimate lies within its band, and a higher
 * confidence gives a band that contains the lower confidence's band. The generator mixes steady
 * and stalling paces, so that the floor of the rate reached binds in a good share of draws
 * (counted).
 */
class ForecastPropertyTest {

    private static final Vnd PLAN = Vnd.ofMillions(5_000);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int DRAWS = 500;

    @Test
    void projectionsKeepTheRateReachedAndWidenWithConfidence() {
        AtomicInteger floorBinds = new AtomicInteger();
        AtomicInteger trendAbove = new AtomicInteger();
        qt().withExamples(DRAWS).forAll(lists().of(integers().between(1, 20)).ofSizeBetween(3, 8),
                lists().of(integers().between(0, 300)).ofSize(8), integers().between(1, 400),
                integers().between(0, 2)).checkAssert((gaps, increases, ahead, spike) -> {
                    TreeMap<LocalDate, Vnd> history = new TreeMap<>();
                    LocalDate day = START;
                    long total = increases.get(7);
                    history.put(day, Vnd.ofMillions(total));
                    for (int i = 0; i < gaps.size(); i++) {
                        // The first gap is long enough for the history to span 30 days.
                        day = day.plusDays(i == 0 ? 30L + gaps.get(i) : gaps.get(i));
                        // One draw in three ends with a late spike of 2,000 million: the trend
                        // through the earlier, slower points then falls below the rate reached.
                        total += increases.get(i) + (spike == 0 && i == gaps.size() - 1 ? 2_000 : 0);
                        history.put(day, Vnd.ofMillions(total));
                    }
                    double reached = 100.0 * total / 5_000;
                    // After a spike the target is within 30 days, before the trend catches up.
                    List<LocalDate> target = List.of(day.plusDays(spike == 0 ? 1 + ahead % 30 : ahead));
                    Forecast narrow = DisbursementForecast.project(history, PLAN, day, target, 0.8);
                    Forecast wide = DisbursementForecast.project(history, PLAN, day, target, 0.95);
                    assertThat(narrow.isProjected()).isTrue();
                    assertThat(narrow.observations()).isEqualTo(gaps.size() + 1);
                    Projection n = narrow.projections().get(0);
                    Projection w = wide.projections().get(0);
                    assertThat(n.estimatePercent()).isGreaterThanOrEqualTo(reached);
                    assertThat(n.lowerPercent()).isGreaterThanOrEqualTo(reached);
                    assertThat(n.lowerPercent()).isLessThanOrEqualTo(n.estimatePercent());
                    assertThat(n.upperPercent()).isGreaterThanOrEqualTo(n.estimatePercent());
                    assertThat(w.estimatePercent()).isEqualTo(n.estimatePercent());
                    assertThat(w.lowerPercent()).isLessThanOrEqualTo(n.lowerPercent());
                    assertThat(w.upperPercent()).isGreaterThanOrEqualTo(n.upperPercent());
                    if (n.estimatePercent() == reached) {
                        floorBinds.incrementAndGet();
                    } else {
                        trendAbove.incrementAndGet();
                    }
                });
        assertThat(floorBinds.get()).as("draws where the rate reached is the estimate").isGreaterThan(DRAWS / 10);
        assertThat(trendAbove.get()).as("draws where the trend is above the rate reached").isGreaterThan(DRAWS / 4);
    }
}
