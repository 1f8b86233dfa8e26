package io.github.ntmlib.base;

import io.github.ntmlib.base.internal.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Exact shares and their printed form. A share is computed exactly and rounded once, half-up,
 * at the digits printed: 69/169 = 40.8%, 1,205/1,512 = 79.7%. Vietnamese uses the decimal comma
 * and the dot for thousands ("40,8%", "1.205"); English the reverse.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Figures {

    /** Vietnamese (Vietnam). */
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /**
     * A percentage rounded half-up.
     *
     * @param part     the part
     * @param whole    the whole, above 0
     * @param decimals the digits after the decimal separator
     * @return part × 100 / whole, rounded half-up
     * @throws ArithmeticException if the whole is 0
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, int decimals) {
        if (whole.signum() == 0) {
            throw new ArithmeticException("a share of a whole of 0 has no value");
        }
        return part.multiply(HUNDRED).divide(whole, decimals, RoundingMode.HALF_UP);
    }

    /**
     * A percentage of two counts rounded half-up.
     *
     * @param part     the part
     * @param whole    the whole, above 0
     * @param decimals the digits after the decimal separator
     * @return the percentage
     */
    public static BigDecimal percent(long part, long whole, int decimals) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), decimals);
    }

    /**
     * A number as printed in a locale, with exactly its scale's digits.
     *
     * @param value  the number
     * @param locale {@link #VI} or an English locale
     * @return e.g. "40,8" in vi-VN, "40.8" in English; "1.205" / "1,205" for thousands
     */
    public static String format(BigDecimal value, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        int scale = Math.max(0, value.scale());
        DecimalFormat format;
        if (scale < CACHED_SCALES) {
            DecimalFormat[] mine = FORMATS.get()[vi ? 0 : 1];
            format = mine[scale];
            if (format == null) {
                format = newFormat(vi, scale);
                mine[scale] = format;
            }
        } else {
            format = newFormat(vi, scale);
        }
        return format.format(value.setScale(scale, RoundingMode.UNNECESSARY));
    }

    /** Formats are not thread-safe and costly to make: each thread keeps one per language and scale. */
    private static final int CACHED_SCALES = 16;
    private static final ThreadLocal<DecimalFormat[][]> FORMATS = ThreadLocal.withInitial(
            () -> new DecimalFormat[2][CACHED_SCALES]);

    private static DecimalFormat newFormat(boolean vi, int scale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(vi ? ',' : '.');
        symbols.setGroupingSeparator(vi ? '.' : ',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format;
    }

    /**
     * A count as printed in a locale.
     *
     * @param value  the count
     * @param locale the locale
     * @return e.g. "1.205" in vi-VN
     */
    public static String format(long value, Locale locale) {
        return format(new BigDecimal(BigInteger.valueOf(value)), locale);
    }

    /**
     * A percentage as printed, rounded half-up at {@code decimals} digits and without trailing
     * zeros, as reports print it: "40,8%", "75%", "100%".
     *
     * @param part     the part
     * @param whole    the whole
     * @param decimals the most digits printed
     * @param locale   the locale
     * @return the printed share
     */
    public static String formatPercent(BigDecimal part, BigDecimal whole, int decimals, Locale locale) {
        return formatStripped(percent(part, whole, decimals), locale) + "%";
    }

    /**
     * A percentage of two counts as printed.
     *
     * @param part     the part
     * @param whole    the whole
     * @param decimals the most digits printed
     * @param locale   the locale
     * @return the printed share
     */
    public static String formatPercent(long part, long whole, int decimals, Locale locale) {
        return formatPercent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), decimals, locale);
    }

    // ---- Figures for verdict texts (engine traces): printed consistently with exact comparisons ----

    /**
     * A number as printed in a language, rounded half-up at {@code decimals} digits at most and
     * without trailing zeros: "79,9", "1.205", "40".
     *
     * @param value    the number
     * @param decimals the most digits after the separator
     * @param language the language
     * @return the printed number
     */
    public static String formatNumber(BigDecimal value, int decimals, Language language) {
        return formatStripped(value.setScale(Math.min(Math.max(0, value.scale()), decimals), RoundingMode.HALF_UP),
                language.locale());
    }

    /**
     * The percentage part × 100 / whole rounded half-up at the fewest digits, at least {@code
     * minDecimals}, whose printed figure compares with {@code bound} as the exact share does: never
     * "80%" for a share just below 80%, never "79.99%" beside "≥ 79.99" for a share above it.
     *
     * @param part        the part
     * @param whole       the whole, not 0
     * @param bound       the threshold the share is compared with, a percentage
     * @param minDecimals the fewest digits printed
     * @return the rounded percentage
     * @throws ArithmeticException if the whole is 0
     */
    public static BigDecimal percentConsistent(BigDecimal part, BigDecimal whole, BigDecimal bound, int minDecimals) {
        int exact = part.multiply(HUNDRED).compareTo(bound.multiply(whole)) * whole.signum();
        BigDecimal p = percent(part, whole, minDecimals);
        for (int d = minDecimals; d <= minDecimals + 30; d++) {
            p = percent(part, whole, d);
            if (Integer.signum(p.compareTo(bound)) == Integer.signum(exact)) {
                return p;
            }
        }
        return p;
    }

    /**
     * A percentage as printed, consistent with a threshold (see {@link #percentConsistent}), with
     * no trailing zeros: "79,9%" beside "≥ 80%".
     *
     * @param part        the part
     * @param whole       the whole, not 0
     * @param bound       the threshold, a percentage
     * @param minDecimals the fewest digits considered
     * @param language    the language
     * @return the printed share
     */
    public static String formatPercentConsistent(BigDecimal part, BigDecimal whole, BigDecimal bound, int minDecimals,
            Language language) {
        return formatStripped(percentConsistent(part, whole, bound, minDecimals), language.locale()) + "%";
    }

    /** A number printed without trailing zeros ({@link #format} prints a negative scale, 1E+2, as 100). */
    private static String formatStripped(BigDecimal value, Locale locale) {
        return format(value.stripTrailingZeros(), locale);
    }

    // ---------------------------------------------------------------------------------------------
    // Number text: strict reading and exact printing in vi-VN and plain form (the one formatter of
    // ntm; finance's amounts and rates, OCOP scores and core reports read and print through it).
    // ---------------------------------------------------------------------------------------------

    private static final Pattern VI_VN_NUMBER = Pattern.compile("-?(\\d+|[1-9]\\d{0,2}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_AS_GROUP = Pattern.compile(".*,\\d{3}[.,].*");
    /** Digits and dots, then perhaps a comma and digits; a dot present is checked apart (one quantifier per run: linear). */
    private static final Pattern BAD_GROUP = Pattern.compile("-?[\\d.]*(,\\d*)?");

    /**
     * Whether a character stands for a space in report text: the ordinary space and tab, and the
     * no-break space U+00A0, the narrow no-break space U+202F and the figure space U+2007 that
     * spreadsheets and word processors put between a number and its unit ("411.626\u00a0triệu").
     *
     * @param c the character
     * @return true for any white-space or space-separator character
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * A text with every run of spaces ({@link #isSpace(char)}, no-break ones included) made one
     * ordinary space, and none at either end.
     *
     * @param text the text
     * @return the text with its spaces normalised
     */
    public static String normalizeSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Reads a number written in a style, strictly.
     *
     * <p>vi-VN: an optional minus sign, an integer part written either without grouping ({@code
     * 593139}) or grouped by "." in groups of exactly three digits ({@code 593.139}), then
     * optionally "," and at least one decimal digit ({@code 46,372}). Plain: an optional minus
     * sign, digits, optionally "." and at least one digit. Anything else is an error: {@code 1.2.3},
     * {@code 1,234,567}, {@code 1,234.5}, empty text, spaces inside the number, letters. Spaces
     * (no-break ones included) around the number are ignored. Bounded work: a text of more than 64
     * characters, or a number of more than 40 significant digits, is an error before any
     * conversion (see {@code docs/formats.md}).
     *
     * @param text     the text, without unit or percent sign
     * @param style    how it is written
     * @param position where the text came from
     * @param subject  the unit or record the number belongs to, or {@code null}
     * @param field    the field it was read from
     * @return the exact value, with the scale written
     * @throws InvalidDataException if the text is not a number in that style
     */
    public static BigDecimal parse(String text, NumberStyle style, SourcePosition position, @Nullable String subject,
            String field) {
        if (style == null) {
            throw new InvalidDataException(SourcePosition.API, subject, "style", Labels.of("cần khai báo cách viết số",
                    "a number style is required"));
        }
        String number = text == null ? "" : normalizeSpaces(text);
        if (number.isEmpty()) {
            throw new InvalidDataException(position, subject, field, Labels.of("thiếu số", "a number is missing"));
        }
        if (number.length() > Limits.NUMBER_TEXT) {
            throw new InvalidDataException(position, subject, field, Labels.of(Limits.quote(number)
                    + " quá dài để là một số (tối đa " + Limits.NUMBER_TEXT + " ký tự)", Limits.quote(number)
                    + " is too long for a number (at most " + Limits.NUMBER_TEXT + " characters)"));
        }
        BigDecimal value;
        if (style == NumberStyle.PLAIN) {
            if (!PLAIN_NUMBER.matcher(number).matches()) {
                throw new InvalidDataException(position, subject, field, Labels.of(Limits.quote(text)
                        + " không phải là số viết dạng thường (chữ số, có thể thêm '.' và phần thập phân)",
                        Limits.quote(text) + " is not a number in plain form (digits, optionally '.' and decimals)"));
            }
            value = new BigDecimal(number);
        } else {
            if (!VI_VN_NUMBER.matcher(number).matches()) {
                Labels why = COMMA_AS_GROUP.matcher(number).matches()
                        ? Labels.of("dấu phẩy thập phân đứng ở vị trí phân cách hàng nghìn",
                                "a decimal comma stands in a thousands position")
                        : number.indexOf('.') >= 0 && BAD_GROUP.matcher(number).matches()
                                ? Labels.of("mỗi nhóm hàng nghìn sau dấu '.' phải có đúng ba chữ số",
                                        "thousands groups after '.' must have exactly three digits")
                                : Labels.of("đây không phải là số viết kiểu vi-VN ('.' phân cách hàng nghìn, ',' đánh"
                                        + " dấu phần thập phân)",
                                        "it is not a vi-VN number ('.' groups thousands, ',' marks decimals)");
                throw new InvalidDataException(position, subject, field, Labels.of(Limits.quote(text)
                        + " viết sai: " + why.vietnamese(), Limits.quote(text) + " is malformed: " + why.english()));
            }
            value = new BigDecimal(number.replace(".", "").replace(',', '.'));
        }
        Labels problem = Limits.numberLimit(value);
        if (problem != null) {
            throw new InvalidDataException(position, subject, field, Labels.of(Limits.quote(number) + ": "
                    + problem.vietnamese(), Limits.quote(number) + ": " + problem.english()));
        }
        return value;
    }

    /**
     * Reads a number of a file whose style was not declared: in plain form, unless the text could
     * be read another way in another style — a number written with a decimal comma ({@code 1,5})
     * or with a separator before a group of three digits that is a decimal point in plain form and
     * a thousands separator in vi-VN ({@code 1.205}: 1.205 or 1205?; {@code 1,205}: 1,205 or
     * 1205?). Such a number is never guessed: it is a typed error whose hint is to declare the
     * style ({@code --number-style vi|plain}, or a first line {@code # number-style: vi} in a CSV
     * file). A text neither style reads is the plain form's error.
     *
     * @param text     the text, without unit or percent sign
     * @param position where the text came from
     * @param subject  the unit or record the number belongs to, or {@code null}
     * @param field    the field it was read from
     * @return the exact value
     * @throws InvalidDataException if the text is not a plain number, or its reading depends on
     *                              the style
     * @since 0.1
     */
    public static BigDecimal parseUndeclared(String text, SourcePosition position, @Nullable String subject,
            String field) {
        BigDecimal quick = plainAndUnambiguous(text);
        if (quick != null) {
            return quick;
        }
        String number = text == null ? "" : normalizeSpaces(text);
        if (number.length() <= Limits.NUMBER_TEXT && VI_VN_NUMBER.matcher(number).matches()) {
            boolean plain = PLAIN_NUMBER.matcher(number).matches();
            // vi-VN only: written with a '.' group or a ',' decimal; both: the same unless a '.' is in it
            if (!plain || number.indexOf('.') >= 0) {
                throw new InvalidDataException(position, subject, field, Labels.of(Limits.quote(number)
                        + (plain ? " được đọc thành hai số khác nhau theo kiểu vi-VN và kiểu thường"
                                : THREE_AFTER_COMMA.matcher(number).matches()
                                        ? " được đọc thành hai số khác nhau theo kiểu vi-VN và kiểu tiếng Anh"
                                        : " được viết theo kiểu vi-VN ('.' phân cách hàng nghìn, ',' đánh dấu phần"
                                                + " thập phân)")
                        + " mà chưa khai báo cách viết số: hãy khai báo bằng '--number-style vi|plain' hoặc dòng"
                        + " đầu '# number-style: vi' (hoặc plain)", Limits.quote(number)
                        + (plain ? " reads as a different number in vi-VN and in plain form"
                                : THREE_AFTER_COMMA.matcher(number).matches()
                                        ? " reads as a different number in vi-VN and in English"
                                        : " is written in vi-VN style ('.' groups thousands, ',' marks decimals)")
                        + " and no number style is declared: declare it with --number-style vi|plain or a first"
                        + " line '# number-style: vi' (or plain)"));
            }
        }
        return parse(text, NumberStyle.PLAIN, position, subject, field);
    }

    /**
     * The value of a text that is a plain number no vi-VN reading can take for another (one scan,
     * no pattern: the common cell of a large file), or {@code null} to decide the slow way. A '.'
     * is unambiguous unless it stands after one to three digits, the first not 0, before exactly
     * three digits (the shape of a vi-VN thousands group: {@link #VI_VN_NUMBER}).
     */
    static @Nullable BigDecimal plainAndUnambiguous(@Nullable String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        if (n == 0 || n > Limits.NUMBER_TEXT) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == n) {
            return null; // "-" alone: no digits (a fuzzing finding)
        }
        int dot = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > start && i < n - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (dot > 0) {
            int whole = dot - start;
            if (n - dot - 1 == 3 && whole <= 3 && text.charAt(start) != '0') {
                return null;
            }
        }
        BigDecimal value = new BigDecimal(text);
        return Limits.numberLimit(value) == null ? value : null;
    }

    /** A comma before exactly three digits: a decimal comma in vi-VN, a thousands separator in English. */
    private static final Pattern THREE_AFTER_COMMA = Pattern.compile("-?\\d+,\\d{3}");

    /**
     * Reads a number given through the API.
     *
     * @param text  the text
     * @param style how it is written
     * @return the exact value
     * @throws InvalidDataException if the text is not a number in that style
     */
    public static BigDecimal parse(String text, NumberStyle style) {
        return parse(text, style, SourcePosition.API, null, "number");
    }

    /**
     * Prints a number exactly as it is: its scale gives the decimals, nothing is rounded.
     *
     * @param value the number
     * @param style how to write it
     * @return {@code 411.626} or {@code 46,372} in vi-VN, {@code 411626} or {@code 46.372} plain
     */
    public static String format(BigDecimal value, NumberStyle style) {
        if (value == null || style == null) {
            throw new InvalidDataException(SourcePosition.API, null, value == null ? "value" : "style",
                    Labels.of("cần một giá trị và một cách viết số", "a value and a style are required"));
        }
        return style == NumberStyle.PLAIN ? value.toPlainString() : format(value, VI);
    }
}
