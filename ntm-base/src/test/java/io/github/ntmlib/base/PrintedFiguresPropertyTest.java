package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Every printed share and number, against an independent computation in whole numbers: half-up
 * at the printed digits (away from zero on a tie, for negative changes too), no trailing zeros,
 * "." or "," grouping thousands by language; and the same print from any thread.
 */
class PrintedFiguresPropertyTest {

    /** Half-up rounding of num / den at {@code decimals} digits, in units of the last digit. */
    private static BigInteger halfUp(BigInteger num, BigInteger den, int decimals) {
        BigInteger scaled = num.abs().multiply(BigInteger.TEN.pow(decimals));
        BigInteger[] qr = scaled.divideAndRemainder(den.abs());
        BigInteger q = qr[1].shiftLeft(1).compareTo(den.abs()) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return num.signum() * den.signum() < 0 ? q.negate() : q;
    }

    /** Units of the last of {@code decimals} digits as a report prints them, written digit by digit. */
    private static String print(BigInteger units, int decimals, boolean vi) {
        String digits = units.abs().toString();
        if (digits.length() <= decimals) {
            digits = "0".repeat(decimals - digits.length() + 1) + digits;
        }
        String whole = digits.substring(0, digits.length() - decimals);
        String fraction = digits.substring(digits.length() - decimals).replaceAll("0+$", "");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(vi ? '.' : ',');
            }
            grouped.append(whole.charAt(i));
        }
        String sign = units.signum() < 0 ? "-" : "";
        return sign + grouped + (fraction.isEmpty() ? "" : (vi ? "," : ".") + fraction);
    }

    /** Wholes of 2s and 5s only: their shares end, and often on a half at the printed digits. */
    private static final long[] TIE_WHOLES = {8, 16, 32, 40, 80, 160, 200, 400, 800, 3_200, 16_000, 2_000_000};

    @Test
    void aPrintedShareIsTheExactShareHalfUpAtThePrintedDigitsWithoutTrailingZeros() {
        AtomicInteger draws = new AtomicInteger();
        AtomicInteger ties = new AtomicInteger();
        AtomicInteger grouped = new AtomicInteger();
        AtomicInteger negative = new AtomicInteger();
        AtomicInteger whole = new AtomicInteger();
        qt().withExamples(3_000).forAll(
                longs().between(-2_000_000, 2_000_000).mix(longs().between(0, 2_000), 50),
                longs().between(1, 4_000).mix(longs().between(1, 10_000_000), 30)
                        .mix(integers().between(0, TIE_WHOLES.length - 1).map(i -> TIE_WHOLES[i]), 40),
                integers().between(0, 4)).checkAssert((part, total, decimals) -> {
                    BigInteger num = BigInteger.valueOf(part).multiply(BigInteger.valueOf(100));
                    BigInteger den = BigInteger.valueOf(total);
                    BigInteger units = halfUp(num, den, decimals);
                    draws.incrementAndGet();
                    BigInteger scaled = num.abs().multiply(BigInteger.TEN.pow(decimals)).shiftLeft(1);
                    if (scaled.mod(den.shiftLeft(1)).equals(den)) {
                        ties.incrementAndGet();
                    }
                    if (units.abs().compareTo(BigInteger.TEN.pow(decimals + 3)) >= 0) {
                        grouped.incrementAndGet();
                    }
                    if (units.signum() < 0) {
                        negative.incrementAndGet();
                    }
                    if (units.mod(BigInteger.TEN.pow(decimals)).signum() == 0) {
                        whole.incrementAndGet();
                    }
                    assertThat(Figures.formatPercent(part, total, decimals, Figures.VI))
                            .isEqualTo(print(units, decimals, true) + "%");
                    assertThat(Figures.formatPercent(part, total, decimals, Locale.ENGLISH))
                            .isEqualTo(print(units, decimals, false) + "%");
                    assertThat(Figures.percent(part, total, decimals)).isEqualTo(new BigDecimal(units, decimals));
                });
        // The draws reach exact ties (rounded away from zero), thousands, negative changes and whole shares.
        assertThat(ties.get()).isGreaterThan(draws.get() / 50);
        assertThat(grouped.get()).isGreaterThan(draws.get() / 10);
        assertThat(negative.get()).isGreaterThan(draws.get() / 10);
        assertThat(whole.get()).isGreaterThan(draws.get() / 20);
    }

    @Test
    void aNumberPrintsAtMostItsDigitsHalfUpWithoutTrailingZeros() {
        AtomicInteger draws = new AtomicInteger();
        AtomicInteger rounded = new AtomicInteger();
        AtomicInteger negativeScale = new AtomicInteger();
        qt().withExamples(3_000).forAll(
                longs().between(-99_999_999, 99_999_999).mix(longs().between(-50, 50), 30),
                integers().between(-3, 8), integers().between(0, 4)).checkAssert((unscaled, scale, decimals) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    draws.incrementAndGet();
                    int kept = Math.min(Math.max(0, scale), decimals);
                    if (kept < scale) {
                        rounded.incrementAndGet();
                    }
                    if (scale < 0) {
                        negativeScale.incrementAndGet();
                    }
                    // value = unscaled / 10^scale, so value × 10^kept = unscaled × 10^kept / 10^scale
                    BigInteger num = BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(Math.max(0, -scale)));
                    BigInteger den = BigInteger.TEN.pow(Math.max(0, scale));
                    BigInteger units = halfUp(num, den, kept);
                    assertThat(Figures.formatNumber(value, decimals, Language.VIETNAMESE)).isEqualTo(print(units, kept, true));
                    assertThat(Figures.formatNumber(value, decimals, Language.ENGLISH)).isEqualTo(print(units, kept, false));
                });
        assertThat(rounded.get()).isGreaterThan(draws.get() / 5);
        assertThat(negativeScale.get()).isGreaterThan(draws.get() / 20);
    }

    @Test
    void aThreadsFirstFiguresPrintAsEveryOtherThreadsDo() throws InterruptedException {
        // Each thread keeps its own formatters, made on its first figure of a language and scale:
        // the first print of a new thread is the same text as any later one.
        List<String> expected = List.of("1.205", "-1.205", "40,8", "0,000", "1,205", "1,205.5",
                "1.234.567,1234567890123456789");
        AtomicReference<List<String>> printed = new AtomicReference<>();
        Thread fresh = new Thread(() -> printed.set(printAll()));
        fresh.start();
        fresh.join();
        assertThat(printed.get()).isEqualTo(expected);
        assertThat(printAll()).as("the same thread again, from its formatters").isEqualTo(expected);
    }

    private static List<String> printAll() {
        List<String> out = new ArrayList<>();
        out.add(Figures.format(1205, Figures.VI));
        out.add(Figures.format(new BigDecimal("-1205"), Figures.VI));
        out.add(Figures.format(new BigDecimal("40.8"), Figures.VI));
        out.add(Figures.format(new BigDecimal("0.000"), Figures.VI));
        out.add(Figures.format(1205, Locale.ENGLISH));
        out.add(Figures.format(new BigDecimal("1205.5"), Locale.ENGLISH));
        out.add(Figures.format(new BigDecimal("1234567.1234567890123456789"), Figures.VI)); // beyond the cached scales
        return out;
    }

    @Test
    void datesPrintDayMonthYearInVietnameseAndIsoInEnglish() {
        LocalDate date = LocalDate.of(2024, 12, 31);
        assertThat(Language.VIETNAMESE.format(date)).isEqualTo("31/12/2024");
        assertThat(Language.ENGLISH.format(date)).isEqualTo("2024-12-31");
        assertThat(Language.VIETNAMESE.format(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(Language.of(Figures.VI)).isEqualTo(Language.VIETNAMESE);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
    }
}
