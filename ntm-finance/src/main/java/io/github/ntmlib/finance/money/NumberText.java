package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Strict parsing and printing of decimal numbers in vi-VN and plain form (số viết theo kiểu Việt
 * Nam). Used for amounts, quantities in km and percentages.
 *
 * <p>vi-VN: an optional minus sign, an integer part written either without grouping ({@code
 * 593139}) or grouped by "." in groups of exactly three digits ({@code 593.139}), then optionally
 * "," and at least one decimal digit ({@code 46,372}). Anything else is an error: {@code 1.2.3}
 * (a group that is not three digits), {@code 1,234,567} or {@code 1,234.5} (a decimal comma in a
 * thousands position), empty text, spaces inside the number, letters.
 *
 * <p>Plain: an optional minus sign, digits, optionally "." and at least one digit; no grouping.
 */
public final class NumberText {

    private static final Pattern VI_VN = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_AS_GROUP = Pattern.compile(".*,\\d{3}[.,].*");

    private NumberText() {
    }

    /**
     * Parses a number written in the given style.
     *
     * @param text     the text, without unit or percent sign
     * @param style    how it is written
     * @param position where the text came from
     * @param subject  the unit or line the number belongs to, or {@code null}
     * @param field    the field it was read from
     * @return the exact value
     * @throws FinanceDataException if the text is not a number in that style
     */
    public static BigDecimal parse(String text, NumberStyle style, SourcePosition position, String subject,
            String field) {
        FinanceDataException.require(style, "style");
        if (text == null || text.isEmpty()) {
            throw new FinanceDataException(position, subject, field, "a number is missing");
        }
        if (style == NumberStyle.PLAIN) {
            if (!PLAIN.matcher(text).matches()) {
                throw new FinanceDataException(position, subject, field,
                        "'" + text + "' is not a plain number (digits, optionally '.' and decimals)");
            }
            return new BigDecimal(text);
        }
        if (!VI_VN.matcher(text).matches()) {
            String why = COMMA_AS_GROUP.matcher(text).matches()
                    ? "a decimal comma stands in a thousands position"
                    : text.matches("-?[\\d.]*\\.[\\d.]*(,\\d*)?")
                            ? "thousands groups after '.' must have exactly three digits"
                            : "it is not a vi-VN number ('.' groups thousands, ',' marks decimals)";
            throw new FinanceDataException(position, subject, field, "'" + text + "' is malformed: " + why);
        }
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }

    /**
     * Parses a number given through the API.
     *
     * @param text  the text
     * @param style how it is written
     * @return the exact value
     * @throws FinanceDataException if the text is not a number in that style
     */
    public static BigDecimal parse(String text, NumberStyle style) {
        return parse(text, style, SourcePosition.API, null, "number");
    }

    /**
     * Prints a number exactly as it is (its scale gives the decimals).
     *
     * @param value the number
     * @param style how to write it
     * @return {@code 411.626} or {@code 46,372} in vi-VN, {@code 411626} or {@code 46.372} plain
     */
    public static String format(BigDecimal value, NumberStyle style) {
        FinanceDataException.require(value, "value");
        FinanceDataException.require(style, "style");
        String plain = value.toPlainString();
        if (style == NumberStyle.PLAIN) {
            return plain;
        }
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + integer.length() / 3);
        if (negative) {
            out.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(integer.charAt(i));
        }
        if (dot >= 0) {
            out.append(',').append(digits, dot + 1, digits.length());
        }
        return out.toString();
    }
}
