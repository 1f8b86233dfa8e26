package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Finds the shares a Vietnamese report prints as "a/b … (đạt c%)" and recomputes each from its
 * parts, flagging those that do not match: a check report writers can run before a report goes
 * out. Numbers are read in vi-VN form ("1.205", "907,58").
 *
 * <p>A claim is a ratio "a/b" (the part may carry its unit, up to four words: "250.500 triệu
 * đồng/300.000 triệu đồng", "99.600 hộ/372.000 hộ") followed, within the same clause (no ';', at most 80 characters),
 * by a percentage introduced by "(", "đạt", "chiếm" or ","; a percentage that ends a range
 * ("60-85%") is not a claim. A claim opened by "(" keeps its closing parenthesis. A no-break
 * or narrow no-break space may stand wherever a space may.
 *
 * <p>Dates are never read as ratios: a number joined to another by "/" on both sides (d/m/yyyy,
 * and document numbers such as 36/2022/QĐ-UBND) is never a part or a whole; m/yyyy (a month
 * 1-12 over an ungrouped year 1900-2099: vi-VN groups any count from 1.000 with a dot, so an
 * ungrouped four-digit whole is a year) is a date; d/m right after "ngày" or "tháng" (a day
 * 1-31 over a month 1-12) is a date.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShareClaims {

    /** A space, the no-break (U+00A0), narrow no-break (U+202F) and figure (U+2007) spaces included. */
    static final String SPACE = "[\\s\\u00a0\\u202f\\u2007]";
    static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern CLAIM = Pattern.compile("(?<![\\d.,/])(" + NUMBER + ")(?:" + SPACE + "*\\p{L}+(?:" + SPACE
            + "+\\p{L}+){0,3})?" + SPACE + "*/" + SPACE + "*(" + NUMBER + ")(?!\\d|[.,/]\\d)([^/;%\\n]{0,80}?)(\\(|\\bđạt|\\bchiếm|,)" + SPACE + "*(?:đạt"
            + SPACE + "*)?(?<![-–\\d])(\\d+(?:,\\d+)?)" + SPACE + "*%");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:0?[1-9]|1[0-2])/(?:19|20)\\d\\d");
    private static final Pattern DAY_MONTH = Pattern.compile("(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|1[0-2])");
    private static final Pattern DATE_WORD = Pattern.compile("(?iu)(?:\\bngày|\\btháng)" + SPACE + "*$");
    private static final Pattern CLOSING = Pattern.compile(SPACE + "*\\)");

    private ShareClaims() {
    }

    /**
     * Every share claim of a text, in order.
     *
     * @param text the report text
     * @return the claims, each recomputed
     * @throws InvalidDataException if the text is {@code null}
     */
    public static List<ShareClaim> scan(String text) {
        if (text == null) {
            throw new InvalidDataException(SourcePosition.API, null, "text", "a report text is required");
        }
        List<ShareClaim> claims = new ArrayList<>();
        Matcher m = CLAIM.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            BigDecimal whole = readable(m.group(2));
            if (whole == null || whole.signum() == 0 || readable(m.group(1)) == null || readable(m.group(5)) == null
                    || isDate(text, m.start(), m.group(1), m.group(2))) {
                from = m.start() + 1;
                continue;
            }
            int end = m.end();
            if (m.group(4).equals("(")) {
                Matcher closing = CLOSING.matcher(text).region(end, text.length());
                if (closing.lookingAt()) {
                    end = closing.end();
                }
            }
            claims.add(check(text.substring(m.start(), end), m.start(), parse(m.group(1)), whole, m.group(5)));
            from = end;
        }
        return List.copyOf(claims);
    }

    /**
     * Checks one printed share.
     *
     * @param part    the part
     * @param whole   the whole, above 0
     * @param printed the printed percentage in vi-VN form, without the sign: "40,8"
     * @return the claim, recomputed at the printed digits
     * @throws InvalidDataException if a number is missing, out of bounds or malformed, or the whole
     *                              is not above 0
     */
    public static ShareClaim check(BigDecimal part, BigDecimal whole, String printed) {
        if (part == null || whole == null) {
            throw new InvalidDataException(SourcePosition.API, null, part == null ? "part" : "whole",
                    "a part and a whole are required");
        }
        for (BigDecimal v : List.of(part, whole)) {
            String problem = Limits.numberProblem(v);
            if (problem != null) {
                throw new InvalidDataException(SourcePosition.API, null, v == part ? "part" : "whole", problem);
            }
        }
        if (whole.signum() <= 0 || part.signum() < 0) {
            throw new InvalidDataException(SourcePosition.API, null, whole.signum() <= 0 ? "whole" : "part",
                    "a share needs a whole above 0 and a part of at least 0");
        }
        return check(part.toPlainString() + "/" + whole.toPlainString() + " (" + printed + "%)", 0, part, whole, printed);
    }

    static ShareClaim check(String text, int offset, BigDecimal part, BigDecimal whole, String printed) {
        BigDecimal value = parse(printed);
        return new ShareClaim(text, offset, part, whole, value, Figures.percent(part, whole, Math.max(0, value.scale())));
    }

    /** Whether "part/whole" at {@code start} is a date (m/yyyy, or d/m after "ngày" / "tháng"). */
    private static boolean isDate(String text, int start, String part, String whole) {
        String ratio = part + "/" + whole;
        if (MONTH_YEAR.matcher(ratio).matches()) {
            return true;
        }
        return DAY_MONTH.matcher(ratio).matches()
                && DATE_WORD.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** A number of a found claim, or {@code null} if it is out of {@link Limits} (then it is no claim). */
    private static @Nullable BigDecimal readable(String text) {
        try {
            return parse(text);
        } catch (InvalidDataException e) {
            return null;
        }
    }

    /** A number in vi-VN form (dots group thousands, the comma marks decimals), read by base's one parser. */
    static BigDecimal parse(String text) {
        return Figures.parse(text, NumberStyle.VI_VN);
    }
}
