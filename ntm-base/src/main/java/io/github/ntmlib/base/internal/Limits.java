package io.github.ntmlib.base.internal;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The bounds every ntm reader applies before any expensive work, so that a read takes time and
 * memory linear in its input whatever the input is (issue 15; stated in {@code docs/formats.md}).
 */
public final class Limits {

    /** The most characters of a CSV cell. */
    public static final int CSV_CELL = 4_096;
    /** The most characters of a JSON string value. */
    public static final int JSON_STRING = 65_536;
    /** The most characters of a JSON document. */
    public static final long JSON_DOCUMENT = 8L * 1024 * 1024;
    /** The deepest nesting of JSON arrays and objects. */
    public static final int JSON_DEPTH = 64;
    /** The most characters of a number's text (digits, sign, separators, exponent). */
    public static final int NUMBER_TEXT = 64;
    /** The most significant digits of a number. */
    public static final int DIGITS = 40;
    /** The largest power of ten, in absolute value, of a number's leading digit (1e50, 1e-50). */
    public static final int EXPONENT = 50;
    /** The most characters of input quoted in an error message. */
    public static final int QUOTED = 60;
    /** The most characters of a subject, column or JSON path an error message shows. */
    public static final int NAME = 200;
    /**
     * The largest scale, in absolute value, of any number, zero included ({@code 0e-999999999}
     * has no digits to count but a scale that later arithmetic would expand).
     */
    public static final int SCALE = DIGITS + EXPONENT;
    /** The most characters of an error message's reason: a backstop behind {@link #quote}. */
    public static final int MESSAGE = 1_500;

    private Limits() {
    }

    /**
     * Why a number is out of bounds, or {@code null} if it is within them: at most {@link #DIGITS}
     * significant digits, its leading digit's power of ten within ±{@link #EXPONENT}. Constant time:
     * nothing is printed or expanded.
     *
     * @param value the number
     * @return the reason in Vietnamese and English, or {@code null}
     */
    public static @Nullable Labels numberLimit(BigDecimal value) {
        return numberLimit(value, DIGITS, EXPONENT);
    }

    /**
     * Why a number is out of other bounds: for documents the library writes itself, which hold
     * numbers computed from numbers within the input bounds (a distance between two values within
     * them has up to about 140 digits) and values a program gave the API.
     *
     * @param value    the number
     * @param digits   the most significant digits
     * @param exponent the largest power of ten, in absolute value, of the leading digit
     * @return the problem in Vietnamese and English, or {@code null} when within bounds
     */
    public static @Nullable Labels numberLimit(BigDecimal value, int digits, int exponent) {
        if (value.signum() == 0) {
            // a zero has no digits to count, but its scale is kept and expanded by later arithmetic
            return Math.abs((long) value.scale()) > digits + exponent ? Labels.of("số chữ số thập phân "
                    + value.scale() + " của số nằm ngoài giới hạn (trong khoảng ±" + (digits + exponent) + ")",
                    "the number's scale " + value.scale() + " is out of range (within ±" + (digits + exponent) + ")")
                    : null;
        }
        int precision = value.precision();
        if (precision > digits) {
            return Labels.of("số có " + precision + " chữ số (tối đa " + digits + ")",
                    "the number has " + precision + " digits (at most " + digits + ")");
        }
        long power = (long) precision - value.scale() - 1;
        if (Math.abs(power) > exponent) {
            return Labels.of("số mũ " + power + " của số nằm ngoài giới hạn (trong khoảng ±" + exponent + ")",
                    "the number's exponent " + power + " is out of range (within ±" + exponent + ")");
        }
        return null;
    }

    /**
     * Why an integer is out of bounds, or {@code null}.
     *
     * @param value the integer
     * @return the reason in Vietnamese and English, or {@code null}
     */
    public static @Nullable Labels numberLimit(BigInteger value) {
        return value.bitLength() > 140 ? Labels.of("số có hơn " + DIGITS + " chữ số",
                "the number has more than " + DIGITS + " digits") : numberLimit(new BigDecimal(value));
    }



    /**
     * The reason of a caught exception, to pass on as the reason of an {@code
     * InvalidDataException}: an ntm error's own reason in both languages; for any other exception,
     * its message (a library's, in English) in English and a Vietnamese sentence saying that the
     * value cannot be read. A reader that knows what it was reading gives a reason of its own.
     *
     * @param e the exception
     * @return the reason in Vietnamese and English
     */
    public static Labels reasonOf(Throwable e) {
        if (e instanceof InvalidDataException d) {
            return Labels.of(d.reason(Language.VIETNAMESE), d.reason(Language.ENGLISH));
        }
        String message = reason(e);
        return Labels.of("giá trị không đọc được", message);
    }

    /**
     * The message of a caught exception: never null ({@link Throwable#getMessage()} may be), the
     * exception's simple class name when it has no message. In English, as the exception wrote it;
     * {@link #reasonOf} is the bilingual reason to pass on.
     *
     * @param e the exception
     * @return its message, or its class name
     */
    public static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * A piece of input as an error message quotes it: in single quotes, cut after {@link #QUOTED}
     * characters with the full length given, so that no message grows with its input.
     *
     * @param text the input, or {@code null}
     * @return such as {@code '12,5x'} or {@code '1.1.1.1…' (65536 characters)}
     */
    public static String quote(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= QUOTED) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, end(text, QUOTED)) + "…' (" + text.length() + " characters)";
    }

    /**
     * A name an error message shows unquoted (a unit code, a record id, a column, a JSON path):
     * whole when at most {@link #NAME} characters, else cut there with its length given.
     *
     * @param text the name
     * @return such as {@code 18133} or {@code 1111… (60000 characters)}
     */
    public static String cut(String text) {
        return text.length() <= NAME ? text : text.substring(0, end(text, NAME)) + "… (" + text.length() + " characters)";
    }

    /**
     * An error message's reason bounded to {@link #MESSAGE} characters, whatever built it: the
     * backstop of every typed error, behind {@link #quote} at each place that quotes input.
     *
     * @param reason the reason
     * @return the reason, cut with its length given when longer
     */
    public static String bounded(String reason) {
        return reason.length() <= MESSAGE ? reason
                : reason.substring(0, end(reason, MESSAGE)) + "… (" + reason.length() + " characters)";
    }

    private static final java.util.regex.Pattern LENGTH_NOTE = java.util.regex.Pattern.compile(
            "…('?) \\((\\d+) characters\\)");

    /**
     * A Vietnamese reason with the length notes {@link #quote}, {@link #cut} and {@link #bounded}
     * write in English ({@code …' (65 characters)}) put in Vietnamese ({@code …' (65 ký tự)}): the
     * one place that knows their form.
     *
     * @param reason a reason in Vietnamese
     * @return the reason with its length notes in Vietnamese
     */
    public static String vietnameseNotes(String reason) {
        return reason.indexOf('…') < 0 ? reason : LENGTH_NOTE.matcher(reason).replaceAll("…$1 ($2 ký tự)");
    }

    private static int end(String text, int at) {
        return Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
