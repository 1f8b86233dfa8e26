package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.FinanceWarning;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact non-negative ratio (tỷ lệ), such as a disbursement rate "đạt 69,4% KH" or a share of
 * work done: a reduced fraction of whole numbers, never a floating-point value.
 *
 * <p>It is rounded only when printed, half-up, at the number of decimals the report prints:
 * 411,626/593,139 is 69.4% at one decimal, 45,931/88,228 is 52.06% at two (truncation would give
 * 52.05). A rate may exceed 100% (more done than planned).
 */
public final class Rate implements Comparable<Rate> {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rate(BigInteger numerator, BigInteger denominator) {
        BigInteger gcd = numerator.gcd(denominator);
        this.numerator = numerator.divide(gcd);
        this.denominator = denominator.divide(gcd);
    }

    /**
     * The ratio of two whole numbers.
     *
     * @param part  the part, 0 or more
     * @param whole the whole, more than 0
     * @return the exact ratio
     * @throws FinanceDataException if the part is negative or the whole not positive
     */
    public static Rate of(BigInteger part, BigInteger whole) {
        FinanceDataException.require(part, "part");
        FinanceDataException.require(whole, "whole");
        if (whole.signum() <= 0) {
            throw FinanceDataException.api(null, "whole", "the base of a rate must be positive: " + whole);
        }
        if (part.signum() < 0) {
            throw FinanceDataException.api(null, "part", "the part of a rate must not be negative: " + part);
        }
        return new Rate(part, whole);
    }

    /**
     * The ratio of two whole numbers.
     *
     * @param part  the part, 0 or more
     * @param whole the whole, more than 0
     * @return the exact ratio
     */
    public static Rate of(long part, long whole) {
        return of(BigInteger.valueOf(part), BigInteger.valueOf(whole));
    }

    /**
     * The ratio of two amounts of money: disbursed over plan.
     *
     * @param part  the part, such as the amount disbursed
     * @param whole the base, such as the plan; more than zero
     * @return the exact ratio
     */
    public static Rate of(Vnd part, Vnd whole) {
        return of(FinanceDataException.require(part, "part").dong(), FinanceDataException.require(whole, "whole")
                .dong());
    }

    /**
     * The ratio of two exact decimals, such as 231.487 km of 301.86 km.
     *
     * @param part  the part, 0 or more
     * @param whole the whole, more than 0
     * @return the exact ratio
     */
    public static Rate of(BigDecimal part, BigDecimal whole) {
        FinanceDataException.require(part, "part");
        FinanceDataException.require(whole, "whole");
        int scale = Math.max(Math.max(part.scale(), whole.scale()), 0);
        return of(part.setScale(scale).unscaledValue(), whole.setScale(scale).unscaledValue());
    }

    /**
     * Parses a printed percentage, {@code "69,4%"} in vi-VN or {@code "69.4%"} plain, as the exact
     * rate it states (69.4% is 347/500).
     *
     * @param text  the text, with its percent sign
     * @param style how it is written
     * @return the exact rate
     * @throws FinanceDataException if the text is not a non-negative percentage in that style
     */
    public static Rate parsePercent(String text, NumberStyle style) {
        if (text == null || !text.endsWith("%")) {
            throw FinanceDataException.api(text, "percent", "a percentage ends with '%': '" + text + "'");
        }
        BigDecimal percent = NumberText.parse(text.substring(0, text.length() - 1).strip(), style,
                SourcePosition.API, null, "percent");
        if (percent.signum() < 0) {
            throw FinanceDataException.api(text, "percent", "a rate must not be negative");
        }
        return of(percent, BigDecimal.valueOf(100));
    }

    /**
     * The numerator of the reduced fraction.
     *
     * @return the numerator
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * The denominator of the reduced fraction, always positive.
     *
     * @return the denominator
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * The rate in percent, rounded half-up at the given decimals.
     *
     * @param decimals the printed decimals
     * @return such as {@code 69.4} for 411,626/593,139 at one decimal
     */
    public BigDecimal percent(int decimals) {
        if (decimals < 0) {
            throw FinanceDataException.api(null, "decimals", "decimals must be 0 or more: " + decimals);
        }
        return new BigDecimal(numerator.multiply(HUNDRED)).divide(new BigDecimal(denominator), decimals,
                RoundingMode.HALF_UP);
    }

    /**
     * The rate printed as a percentage.
     *
     * @param decimals the printed decimals
     * @param style    {@code "69,4%"} in vi-VN, {@code "69.4%"} plain
     * @return the text
     */
    public String format(int decimals, NumberStyle style) {
        return NumberText.format(percent(decimals), style) + "%";
    }

    /**
     * Compares a printed percentage with this rate rounded half-up at the printed decimals: the
     * printed figure is kept, and a difference is a warning (as for reported totals).
     *
     * @param subject what the figure is, such as "NTM 2024 disbursement"
     * @param printed the printed percentage, such as {@code "69,4%"}
     * @param style   how it is written
     * @return a warning if they differ, or empty
     * @throws FinanceDataException if the printed text is not a percentage
     */
    public Optional<FinanceWarning> checkPrinted(String subject, String printed, NumberStyle style) {
        FinanceDataException.require(subject, "subject");
        if (printed == null || !printed.endsWith("%")) {
            throw FinanceDataException.api(subject, "percent", "a percentage ends with '%': '" + printed + "'");
        }
        BigDecimal stated = NumberText.parse(printed.substring(0, printed.length() - 1).strip(), style,
                SourcePosition.API, subject, "percent");
        int decimals = Math.max(stated.scale(), 0);
        BigDecimal recomputed = percent(decimals);
        if (recomputed.compareTo(stated) == 0) {
            return Optional.empty();
        }
        return Optional.of(new FinanceWarning(subject, "rate", "printed " + printed + " differs from the recomputed "
                + format(decimals, style) + " (" + numerator + "/" + denominator + "); the printed figure is kept"));
    }

    /**
     * Whether this rate is at least a threshold, decided exactly by cross-multiplication.
     *
     * @param threshold the threshold
     * @return true if this ≥ threshold
     */
    public boolean isAtLeast(Rate threshold) {
        return compareTo(threshold) >= 0;
    }

    @Override
    public int compareTo(Rate other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
