package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.FinanceWarning;
import io.github.ntmlib.finance.internal.Positioned;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An exact non-negative ratio (tỷ lệ), such as a disbursement rate "đạt 69,4% KH" or a share of
 * work done: a reduced fraction of whole numbers, never a floating-point value.
 *
 * <p>It is rounded only when printed, half-up, at the number of decimals the report prints:
 * 411,626/593,139 is 69.4% at one decimal, 45,931/88,228 is 52.06% at two (truncation would give
 * 52.05). A rate may exceed 100% (more done than planned).
 *
 * <p>A rate is base's exact {@link Fraction} (its arithmetic and comparisons) with what finance
 * adds: it is never negative, it is kept in lowest terms, and it reads and checks printed
 * percentages.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Rate implements Comparable<Rate> {

    private final Fraction fraction;

    private Rate(Fraction fraction) {
        this.fraction = fraction.reduced();
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
            throw FinanceDataException.api(null, "whole", Labels.of("mẫu số của tỷ lệ phải dương: " + whole,
                            "the base of a rate must be positive: " + whole));
        }
        if (part.signum() < 0) {
            throw FinanceDataException.api(null, "part", Labels.of("tử số của tỷ lệ không được âm: " + part,
                            "the part of a rate must not be negative: " + part));
        }
        return new Rate(Fraction.of(part, whole));
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
        if (whole.signum() == 0) {
            throw FinanceDataException.api(null, "whole", Labels.of("mẫu số của tỷ lệ phải dương: " + whole,
                            "the base of a rate must be positive: " + whole));
        }
        Fraction f = Fraction.of(part, whole);
        return of(f.numerator(), f.denominator());
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
        String printed = text == null ? "" : Figures.normalizeSpaces(text);
        if (!printed.endsWith("%")) {
            throw FinanceDataException.api(null, "percent", Labels.of("tỷ lệ phần trăm phải kết thúc bằng '%': " + Limits.quote(text),
                            "a percentage ends with '%': " + Limits.quote(text)));
        }
        String number = printed.substring(0, printed.length() - 1);
        BigDecimal percent = Positioned.finance(() -> Figures.parse(number, style, SourcePosition.API, null,
                "percent"));
        if (percent.signum() < 0) {
            throw FinanceDataException.api(null, "percent", Labels.of("tỷ lệ không được âm",
                            "a rate must not be negative"));
        }
        return of(percent, BigDecimal.valueOf(100));
    }

    /**
     * The numerator of the reduced fraction.
     *
     * @return the numerator
     */
    public BigInteger numerator() {
        return fraction.numerator();
    }

    /**
     * The denominator of the reduced fraction, always positive.
     *
     * @return the denominator
     */
    public BigInteger denominator() {
        return fraction.denominator();
    }

    /**
     * This rate as base's exact fraction, for arithmetic shared with the other modules.
     *
     * @return the reduced fraction
     */
    public Fraction fraction() {
        return fraction;
    }

    /**
     * The rate in percent, rounded half-up at the given decimals.
     *
     * @param decimals the printed decimals
     * @return such as {@code 69.4} for 411,626/593,139 at one decimal
     */
    public BigDecimal percent(int decimals) {
        if (decimals < 0) {
            throw FinanceDataException.api(null, "decimals", Labels.of("số chữ số thập phân phải từ 0 trở lên: " + decimals,
                            "decimals must be 0 or more: " + decimals));
        }
        return fraction.percent(decimals);
    }

    /**
     * The rate printed as a percentage.
     *
     * @param decimals the printed decimals
     * @param style    {@code "69,4%"} in vi-VN, {@code "69.4%"} plain
     * @return the text
     */
    public String format(int decimals, NumberStyle style) {
        return Figures.format(percent(decimals), style) + "%";
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
        String text = printed == null ? "" : Figures.normalizeSpaces(printed);
        if (!text.endsWith("%")) {
            throw FinanceDataException.api(subject, "percent", Labels.of("tỷ lệ phần trăm phải kết thúc bằng '%': " + Limits.quote(printed),
                            "a percentage ends with '%': " + Limits.quote(printed)));
        }
        String number = text.substring(0, text.length() - 1);
        BigDecimal stated = Positioned.finance(() -> Figures.parse(number, style, SourcePosition.API, subject,
                "percent"));
        int decimals = Math.max(stated.scale(), 0);
        BigDecimal recomputed = percent(decimals);
        if (recomputed.compareTo(stated) == 0) {
            return Optional.empty();
        }
        return Optional.of(new FinanceWarning(subject, "rate", Labels.of("số in " + Limits.quote(printed)
                + " khác số tính lại " + format(decimals, style) + " (" + fraction + "); giữ nguyên số đã in",
                "printed " + printed + " differs from the recomputed "
                + format(decimals, style) + " (" + fraction + "); the printed figure is kept")));
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
        return fraction.compareTo(other.fraction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && fraction.equals(r.fraction);
    }

    @Override
    public int hashCode() {
        return fraction.hashCode();
    }

    @Override
    public String toString() {
        return fraction.toString();
    }
}
