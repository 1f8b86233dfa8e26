package io.github.ntmlib.finance.forecast;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apiguardian.api.API;

/**
 * Projects the disbursement rate at future dates (such as the year's deadlines) from the dated
 * cumulative disbursement history, by ordinary least-squares regression of the cumulative rate on
 * the day, with a Student-t prediction band. The line is fitted exactly (integer sums of days and
 * đồng, exact ratios); the Student-t quantile comes from Apache Commons Statistics ({@code
 * commons-statistics-distribution}, a module with a declared name).
 *
 * <p>This is a statistical <em>estimate</em>, the one place in ntm-finance where floating point is
 * used; it never feeds back into exact figures. It assumes the recent pace continues linearly. It
 * declines to project, and says why, when the history has fewer than {@value #MIN_OBSERVATIONS}
 * dated points or spans fewer than {@value #MIN_SPAN_DAYS} days.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisbursementForecast {

    /** The fewest history points a projection needs. */
    public static final int MIN_OBSERVATIONS = 4;
    /** The shortest history span, in days, a projection needs. */
    public static final int MIN_SPAN_DAYS = 30;

    private DisbursementForecast() {
    }

    /**
     * Projects the rate at target dates.
     *
     * @param cumulative cumulative disbursed amount by date (as from {@code
     *                   DisbursementLedger.cumulative}); amounts must not decrease
     * @param plan       the plan the rate is measured against, more than zero
     * @param asOf       the last date of history to use; later points are ignored
     * @param targets    the dates to project to, each after {@code asOf}
     * @param confidence the band's confidence level, strictly between 0 and 1
     * @return the forecast, or the reason it could not be made
     * @throws FinanceDataException if an argument is invalid
     */
    public static Forecast project(NavigableMap<LocalDate, Vnd> cumulative, Vnd plan, LocalDate asOf,
            List<LocalDate> targets, double confidence) {
        FinanceDataException.require(cumulative, "cumulative");
        FinanceDataException.require(plan, "plan");
        FinanceDataException.require(asOf, "asOf");
        FinanceDataException.require(targets, "targets");
        if (plan.dong() <= 0) {
            throw FinanceDataException.api(null, "plan", Labels.of("kế hoạch phải dương để dự báo tỷ lệ",
                            "the plan must be positive to project a rate"));
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw FinanceDataException.api(null, "confidence", Labels.of("độ tin cậy phải nằm giữa 0 và 1: " + confidence,
                            "the confidence must be between 0 and 1: " + confidence));
        }
        for (LocalDate target : targets) {
            if (FinanceDataException.require(target, "target").isAfter(asOf)) {
                continue;
            }
            throw FinanceDataException.api(String.valueOf(target), "targets", Labels.of("mốc dự báo phải sau ngày " + Language.VIETNAMESE.format(asOf),
                            "a target must be after " + asOf));
        }
        NavigableMap<LocalDate, Vnd> history = cumulative.headMap(asOf, true);
        Vnd previous = Vnd.ZERO;
        for (Map.Entry<LocalDate, Vnd> point : history.entrySet()) {
            if (point.getValue().compareTo(previous) < 0) {
                throw FinanceDataException.api(String.valueOf(point.getKey()), "cumulative", Labels.of("số lũy kế không được giảm",
                                "a cumulative amount must not decrease"));
            }
            previous = point.getValue();
        }
        Optional<Labels> tooShort = tooShort(history);
        if (tooShort.isPresent()) {
            return Forecast.notProjected(asOf, history.size(), tooShort.get());
        }
        LocalDate origin = history.firstKey();
        int n = history.size();
        long[] days = new long[n];
        long[] dong = new long[n];
        int k = 0;
        for (Map.Entry<LocalDate, Vnd> point : history.entrySet()) {
            days[k] = ChronoUnit.DAYS.between(origin, point.getKey());
            dong[k++] = point.getValue().dong();
        }
        LeastSquares fit = LeastSquares.fit(days, dong);
        double toPercent = 100.0 / plan.dong();
        double xMean = fit.meanX().doubleValue();
        double sxx = fit.centredSumSquaresX().doubleValue();
        double t = TDistribution.of(n - 2).inverseCumulativeProbability((1 + confidence) / 2);
        double s = Math.sqrt(fit.meanSquareError().doubleValue()) * toPercent;
        double reached = percent(history.lastEntry().getValue(), plan);
        List<Projection> projections = new ArrayList<>();
        for (LocalDate target : targets) {
            long x0 = ChronoUnit.DAYS.between(origin, target);
            double half = t * s * Math.sqrt(1 + 1.0 / n + (x0 - xMean) * (x0 - xMean) / sxx);
            double estimate = Math.max(fit.predict(x0).scaleByPowerOfTen(2)
                    .divide(BigDecimal.valueOf(plan.dong()), MathContext.DECIMAL64).doubleValue(), reached);
            projections.add(new Projection(target, estimate, Math.max(estimate - half, reached), estimate + half,
                    confidence));
        }
        return Forecast.of(asOf, n, projections, Optional.empty());
    }

    private static Optional<Labels> tooShort(NavigableMap<LocalDate, Vnd> history) {
        if (history.size() < MIN_OBSERVATIONS) {
            return Optional.of(Labels.of("số liệu quá ngắn để dự báo: " + history.size() + " mốc ngày, cần ít nhất "
                    + MIN_OBSERVATIONS, "history too short to project: " + history.size() + " dated points, at least "
                    + MIN_OBSERVATIONS + " needed"));
        }
        long span = ChronoUnit.DAYS.between(history.firstKey(), history.lastKey());
        if (span < MIN_SPAN_DAYS) {
            return Optional.of(Labels.of("số liệu quá ngắn để dự báo: chỉ kéo dài " + span + " ngày, cần ít nhất "
                    + MIN_SPAN_DAYS + " ngày", "history too short to project: it spans " + span + " days, at least "
                    + MIN_SPAN_DAYS + " needed"));
        }
        return Optional.empty();
    }

    private static double percent(Vnd amount, Vnd plan) {
        return 100.0 * amount.dong() / plan.dong();
    }
}
