package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the shares a Vietnamese report prints as "a/b … (đạt c%)" and recomputes each from its
 * parts, flagging those that do not match: a check report writers can run before a report goes
 * out. Numbers are read in vi-VN form ("1.205", "907,58").
 *
 * <p>A claim is a ratio "a/b" followed, within the same clause (no ';', at most 80 characters),
 * by a percentage introduced by "(", "đạt", "chiếm" or ","; a percentage that ends a range
 * ("60-85%") is not a claim.
 */
public final class ShareClaims {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern CLAIM = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")\\s*/\\s*(" + NUMBER
            + ")([^/;%\\n]{0,80}?)(?:\\(|\\bđạt|\\bchiếm|,)\\s*(?:đạt\\s*)?(?<![-–\\d])(\\d+(?:,\\d+)?)\\s*%");

    private ShareClaims() {
    }

    /**
     * Every share claim of a text, in order.
     *
     * @param text the report text
     * @return the claims, each recomputed
     */
    public static List<ShareClaim> scan(String text) {
        List<ShareClaim> claims = new ArrayList<>();
        Matcher m = CLAIM.matcher(text);
        while (m.find()) {
            BigDecimal whole = parse(m.group(2));
            if (whole.signum() == 0) {
                continue;
            }
            claims.add(check(m.group(), m.start(), parse(m.group(1)), whole, m.group(4)));
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
     */
    public static ShareClaim check(BigDecimal part, BigDecimal whole, String printed) {
        return check(part.toPlainString() + "/" + whole.toPlainString() + " (" + printed + "%)", 0, part, whole, printed);
    }

    private static ShareClaim check(String text, int offset, BigDecimal part, BigDecimal whole, String printed) {
        BigDecimal value = parse(printed);
        return new ShareClaim(text, offset, part, whole, value, Figures.percent(part, whole, Math.max(0, value.scale())));
    }

    /** A number in vi-VN form: dots group thousands, the comma marks decimals. */
    static BigDecimal parse(String text) {
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }
}
