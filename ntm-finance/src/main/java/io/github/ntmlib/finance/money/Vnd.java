package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.internal.Positioned;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of Vietnamese đồng (số tiền, VND), in whole đồng: VND has no minor unit.
 *
 * <p>Arithmetic never loses a đồng: sums and products are exact, and a result beyond the range
 * (±9.2 × 10<sup>18</sup> đồng, far above any program budget) is a {@link FinanceDataException}
 * saying "overflow", never a wrapped-around amount or a bare {@link ArithmeticException}. Amounts
 * summed from files (plan decisions, disbursements) report the file and line of the entry that
 * overflowed. Conversion to a report unit is exact ({@link #in(ReportUnit)}); printing
 * rounds half-up only when asked for fewer decimals than the amount needs.
 *
 * <p>An amount may be negative (a reduction in an adjustment); the factories of plans and
 * disbursements reject negative amounts where they are not allowed.
 *
 * @param dong the amount in whole đồng
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Vnd(long dong) implements Comparable<Vnd> {

    /** Zero đồng. */
    public static final Vnd ZERO = new Vnd(0);

    /**
     * An amount in đồng.
     *
     * @param dong whole đồng
     * @return the amount
     */
    public static Vnd ofDong(long dong) {
        return new Vnd(dong);
    }

    /**
     * An amount in million đồng (triệu đồng).
     *
     * @param millions whole millions
     * @return the amount
     * @throws FinanceDataException if it does not fit
     */
    public static Vnd ofMillions(long millions) {
        try {
            return new Vnd(Math.multiplyExact(millions, 1_000_000L));
        } catch (ArithmeticException e) {
            throw overflow(millions + " million đồng", e);
        }
    }

    /**
     * An amount given in a report unit, which must be a whole number of đồng.
     *
     * @param amount the amount in {@code unit}, such as {@code 46.372} billion
     * @param unit   the unit
     * @return the amount
     * @throws FinanceDataException if it is not a whole number of đồng or out of range
     */
    public static Vnd of(BigDecimal amount, ReportUnit unit) {
        return of(amount, unit, SourcePosition.API, null, "amount");
    }

    /**
     * An amount given in a report unit, with the place it was read from for errors.
     *
     * @param amount   the amount in {@code unit}
     * @param unit     the unit
     * @param position where the amount was read
     * @param subject  the unit or capital line, or {@code null}
     * @param field    the field
     * @return the amount
     * @throws FinanceDataException if it is not a whole number of đồng or out of range
     */
    public static Vnd of(BigDecimal amount, ReportUnit unit, SourcePosition position, @Nullable String subject,
            String field) {
        FinanceDataException.require(amount, "amount");
        FinanceDataException.require(unit, "unit");
        BigDecimal dong = amount.scaleByPowerOfTen(unit.exponent());
        try {
            return new Vnd(dong.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new FinanceDataException(position, subject, field, Labels.of(Limits.quote(amount.toString()) + " " + unit.label() + " không phải là số nguyên đồng trong giới hạn",
                            Limits.quote(amount.toString()) + " " + unit.label()
                    + " is not a whole number of đồng within range"), e);
        }
    }

    /**
     * Parses a vi-VN amount with its unit word: {@code "411.626 triệu đồng"}, {@code "46,372 tỷ
     * đồng"}, {@code "388.000.000 đồng"}. The unit word is matched ignoring case and diacritics;
     * a no-break space (U+00A0) or narrow no-break space (U+202F) may stand wherever a space may
     * ({@code "411.626\u00a0triệu đồng"}, as spreadsheets and word processors export it).
     *
     * @param text the text
     * @return the amount
     * @throws FinanceDataException if the number or the unit is malformed
     */
    public static Vnd parse(String text) {
        return parse(text, SourcePosition.API, null, "amount");
    }

    /**
     * Parses a vi-VN amount with its unit word, naming the place it was read from in errors.
     *
     * @param text     the text
     * @param position where it was read
     * @param subject  the unit or capital line, or {@code null}
     * @param field    the field
     * @return the amount
     * @throws FinanceDataException if the number or the unit is malformed
     */
    public static Vnd parse(String text, SourcePosition position, @Nullable String subject, String field) {
        if (text == null) {
            throw new FinanceDataException(position, subject, field, Labels.of("thiếu số tiền",
                            "an amount is missing"));
        }
        String trimmed = Figures.normalizeSpaces(text);
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            throw new FinanceDataException(position, subject, field, Labels.of(Limits.quote(text) + " không có đơn vị (đồng, triệu đồng hoặc tỷ đồng)",
                            Limits.quote(text) + " has no unit (đồng, triệu đồng or tỷ đồng)"));
        }
        String label = trimmed.substring(space + 1);
        ReportUnit unit = ReportUnit.fromLabel(label).orElseThrow(() -> new FinanceDataException(position,
                subject, field, Labels.of(Limits.quote(label) + " không phải là đơn vị tiền (đồng, triệu đồng hoặc tỷ đồng)",
                        Limits.quote(label) + " is not a unit (đồng, triệu đồng or tỷ đồng)")));
        BigDecimal number = Positioned.finance(() -> Figures.parse(trimmed.substring(0, space), NumberStyle.VI_VN,
                position, subject, field));
        return of(number, unit, position, subject, field);
    }

    /**
     * Parses a bare number in a known unit: {@code "411626"} (plain) or {@code "411.626"} (vi-VN)
     * in {@link ReportUnit#MILLION}.
     *
     * @param text  the number
     * @param style how it is written
     * @param unit  the unit it is in
     * @return the amount
     * @throws FinanceDataException if the number is malformed or not whole đồng
     */
    public static Vnd parse(String text, NumberStyle style, ReportUnit unit) {
        return of(Positioned.finance(() -> Figures.parse(text, style)), unit);
    }

    /**
     * The exact sum of amounts.
     *
     * @param amounts the amounts
     * @return their sum
     * @throws FinanceDataException if it overflows
     */
    public static Vnd sum(Collection<Vnd> amounts) {
        Vnd total = ZERO;
        for (Vnd amount : FinanceDataException.require(amounts, "amounts")) {
            total = total.plus(FinanceDataException.require(amount, "amount"));
        }
        return total;
    }

    /**
     * This plus another amount.
     *
     * @param other the other amount
     * @return the exact sum
     * @throws FinanceDataException if it overflows
     */
    public Vnd plus(Vnd other) {
        FinanceDataException.require(other, "other");
        try {
            return new Vnd(Math.addExact(dong, other.dong));
        } catch (ArithmeticException e) {
            throw overflow(this + " + " + other, e);
        }
    }

    /**
     * This minus another amount.
     *
     * @param other the other amount
     * @return the exact difference
     * @throws FinanceDataException if it overflows
     */
    public Vnd minus(Vnd other) {
        FinanceDataException.require(other, "other");
        try {
            return new Vnd(Math.subtractExact(dong, other.dong));
        } catch (ArithmeticException e) {
            throw overflow(this + " - " + other, e);
        }
    }

    /**
     * This times a whole factor.
     *
     * @param factor the factor
     * @return the exact product
     * @throws FinanceDataException if it overflows
     */
    public Vnd times(long factor) {
        try {
            return new Vnd(Math.multiplyExact(dong, factor));
        } catch (ArithmeticException e) {
            throw overflow(this + " × " + factor, e);
        }
    }

    private static FinanceDataException overflow(String operation, ArithmeticException cause) {
        return new FinanceDataException(SourcePosition.API, null, "amount", Labels.of("số tiền vượt giới hạn: " + operation + " vượt quá ±" + Long.MAX_VALUE + " đồng",
                        "amount overflow: " + operation
                + " is beyond ±" + Long.MAX_VALUE + " đồng"), cause);
    }

    /**
     * Whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return dong < 0;
    }

    /**
     * Whether this amount is exactly zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return dong == 0;
    }

    /**
     * The larger of this and another amount.
     *
     * @param other the other amount
     * @return the larger
     */
    public Vnd max(Vnd other) {
        return dong >= other.dong ? this : other;
    }

    /**
     * The smaller of this and another amount.
     *
     * @param other the other amount
     * @return the smaller
     */
    public Vnd min(Vnd other) {
        return dong <= other.dong ? this : other;
    }

    /**
     * This amount in a report unit, exactly, with no trailing zeros beyond the decimal point.
     *
     * @param unit the unit
     * @return the exact amount, such as {@code 46.372} for 46,372,000,000 đồng in billions
     */
    public BigDecimal in(ReportUnit unit) {
        BigDecimal value = BigDecimal.valueOf(dong).scaleByPowerOfTen(-unit.exponent()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Prints this amount exactly in a unit, with its label in vi-VN ({@code "46,372 tỷ đồng"}) or the
     * bare number in plain form ({@code "46.372"}).
     *
     * @param unit  the unit
     * @param style how to write it
     * @return the text
     */
    public String format(ReportUnit unit, NumberStyle style) {
        return withLabel(Figures.format(in(unit), style), unit, style);
    }

    /**
     * Prints this amount exactly in a unit for a text in a language: vi-VN with the Vietnamese label
     * ({@code "411.626 triệu đồng"}), or the plain figure with the English label ({@code "411626
     * million VND"}).
     *
     * @param unit     the unit
     * @param language the language of the text
     * @return the text
     */
    public String format(ReportUnit unit, Language language) {
        return language == Language.VIETNAMESE ? format(unit, NumberStyle.VI_VN)
                : format(unit, NumberStyle.PLAIN) + " " + unit.label(language);
    }

    /**
     * Prints this amount in a unit at a fixed number of decimals, rounding half-up if needed.
     *
     * @param unit     the unit
     * @param decimals the printed decimals (0 or more)
     * @param style    how to write it
     * @return the text, such as {@code "411.626 triệu đồng"}
     */
    public String format(ReportUnit unit, int decimals, NumberStyle style) {
        if (decimals < 0) {
            throw FinanceDataException.api(null, "decimals", Labels.of("số chữ số thập phân phải từ 0 trở lên: " + decimals,
                            "decimals must be 0 or more: " + decimals));
        }
        return withLabel(Figures.format(in(unit).setScale(decimals, RoundingMode.HALF_UP), style), unit, style);
    }

    private static String withLabel(String number, ReportUnit unit, NumberStyle style) {
        return style == NumberStyle.VI_VN ? number + " " + unit.label() : number;
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public String toString() {
        return format(ReportUnit.DONG, NumberStyle.VI_VN);
    }
}
