package io.github.ntmlib.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Every ratio claim of a Vietnamese report text, beyond the "a/b … (c%)" shares of {@link
 * ShareClaims}: a percentage before its parts ("đạt tỷ lệ 26,7% (99.600 hộ/372.000 hộ)"), a
 * count against a plan stated elsewhere in the sentence ("có thêm 15 xã …, đạt 75% KH (kế hoạch
 * 20 xã)", "đạt 85% KH (15 xã đạt chuẩn/KH 20 xã đạt chuẩn)", "Chỉ tiêu "Có thêm 20 xã …": Có 15
 * xã … (đạt 75%KH)", "Kế hoạch năm 2025 phấn đấu 20 xã …, đến nay đạt 16 xã (đạt 80% KH)"), the
 * sums of ratio parts stated after "trong đó" against their stated total, and the totals of plain
 * amounts against their breakdown ({@link AmountSum}; warnings). A plan is a number after "kế
 * hoạch", "KH", "phấn đấu", "mục tiêu" or "chỉ tiêu" (a year after "năm" skipped) or quoted after
 * "Chỉ tiêu"; a count is stated over the plan ("15 xã đạt chuẩn/KH 20 xã"), after "có", or after
 * "đạt", "được", "hoàn thành", "công nhận". Dates are never ratios ({@link ShareClaims}' rules), and a year is never a count or a
 * plan ("đạt 75% KH 2024").
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportClaims {

    private static final String SPACE = ShareClaims.SPACE;
    private static final String NUMBER = ShareClaims.NUMBER;
    private static final Pattern REVERSED = Pattern.compile("(?<![-–\\d,.])(\\d+(?:,\\d+)?)" + SPACE + "*%" + SPACE
            + "*\\((" + NUMBER + ")([^/()\\d;]{0,20})/" + SPACE + "*(" + NUMBER + ")(?![\\d/])([^/()\\d;]{0,40})\\)");
    private static final Pattern PLAN_PERCENT = Pattern.compile("(?<![-–\\d,.])(\\d+(?:,\\d+)?)" + SPACE + "*%" + SPACE
            + "*(?:KH|kế" + SPACE + "+hoạch)(?!\\p{L})");
    private static final Pattern PLAN_STATED = Pattern.compile("(?<!\\p{L})(?:(?iu:kế" + SPACE + "+hoạch|phấn" + SPACE
            + "+đấu|mục" + SPACE + "+tiêu|chỉ" + SPACE + "+tiêu)|KH)(?:" + SPACE + "+năm" + SPACE + "+\\d{4})?(?:"
            + SPACE + "*:)?(?:" + SPACE + "+(?:là|có|đạt|thêm))*" + SPACE + "+(\\d+)(?![\\d%/,.]|" + SPACE + "*%)");
    private static final Pattern PLAN_QUOTED = Pattern.compile("[\"“]([^\"”]*?)(\\d+)([^\"”]*)[\"”]");
    private static final Pattern COUNT_OVER_PLAN = Pattern.compile("(?<![\\d.,])(\\d+)" + SPACE + "+[\\p{L} ]{0,30}?/"
            + SPACE + "*(?:KH|kế" + SPACE + "+hoạch)");
    private static final Pattern COUNT_STATED = Pattern.compile("\\b[Cc]ó" + SPACE + "+(?:thêm" + SPACE + "+)?(\\d+)(?![\\d/%,.])");
    private static final Pattern COUNT_REACHED = Pattern.compile("(?<!\\p{L})(?iu:đạt|được|hoàn" + SPACE + "+thành|công"
            + SPACE + "+nhận)(?:" + SPACE + "+(?:thêm|mới|được))?" + SPACE + "+(\\d+)(?![\\d/%,.]|" + SPACE + "*%)");
    private static final Pattern IN_WHICH = Pattern.compile("(?iu)\\btrong" + SPACE + "+đó\\b");

    private ReportClaims() {
    }

    /**
     * The claims and sums of a report text.
     *
     * @param claims  every claim, in text order
     * @param sums    every total of ratios stated with its parts, in text order
     * @param amounts every total of plain amounts stated with its parts, in text order
     */
    public record Result(List<ShareClaim> claims, List<PartsSum> sums, List<AmountSum> amounts) {
        /**
         * Copies the lists.
         *
         * @param claims  the claims
         * @param sums    the sums of ratios
         * @param amounts the sums of amounts
         */
        public Result {
            claims = List.copyOf(claims);
            sums = List.copyOf(sums);
            amounts = List.copyOf(amounts);
        }
    }

    /**
     * Scans a report text.
     *
     * @param text the text
     * @return its claims and sums
     */
    public static Result scan(String text) {
        List<ShareClaim> shares = ShareClaims.scan(text);
        List<ShareClaim> all = new ArrayList<>(shares);
        Matcher r = REVERSED.matcher(text);
        while (r.find()) {
            if (!covered(all, r.start(), r.end())) {
                BigDecimal whole = parse(r.group(4));
                if (whole.signum() != 0) {
                    all.add(claim(r.group(), r.start(), parse(r.group(2)), whole, r.group(1)));
                }
            }
        }
        Matcher p = PLAN_PERCENT.matcher(text);
        while (p.find()) {
            if (!covered(all, p.start(), p.end())) {
                planClaim(text, p).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparingInt(ShareClaim::offset));
        return new Result(all, sums(text, shares), AmountSums.scan(text, all));
    }

    private static Optional<ShareClaim> planClaim(String text, Matcher percent) {
        int start = boundaryBefore(text, percent.start(), true);
        int end = boundaryAfter(text, percent.end(), true);
        String sentence = text.substring(start, end);
        Matcher overPlan = COUNT_OVER_PLAN.matcher(sentence);
        String count = overPlan.find() ? overPlan.group(1) : null;
        StringBuilder rest = new StringBuilder(sentence);
        String plan = null;
        Matcher stated = PLAN_STATED.matcher(sentence);
        if (stated.find()) {
            plan = stated.group(1);
            blank(rest, stated.start(), stated.end());
        } else {
            Matcher quoted = PLAN_QUOTED.matcher(sentence);
            if (quoted.find()) {
                plan = quoted.group(2);
                blank(rest, quoted.start(), quoted.end());
            }
        }
        if (count == null) {
            Matcher has = COUNT_STATED.matcher(rest);
            count = has.find() ? has.group(1) : null;
        }
        if (count == null) {
            Matcher reached = COUNT_REACHED.matcher(rest);
            count = reached.find() ? reached.group(1) : null;
        }
        if (plan == null || count == null || new BigDecimal(plan).signum() == 0 || isYear(plan) || isYear(count)) {
            return Optional.empty();
        }
        // the claim starts where its text does, after the spaces that follow the previous sentence
        int offset = start + sentence.length() - sentence.stripLeading().length();
        return Optional.of(claim(sentence.strip(), offset, new BigDecimal(count), new BigDecimal(plan),
                percent.group(1)));
    }

    /**
     * Whether a number stated as a count or a plan is a year: an ungrouped four-digit number
     * 1900-2099 (vi-VN groups every count from 1.000 with a dot), as "KH 2024" or "có 2024".
     */
    private static boolean isYear(String number) {
        return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.setCharAt(i, ' ');
        }
    }

    private static List<PartsSum> sums(String text, List<ShareClaim> shares) {
        List<PartsSum> sums = new ArrayList<>();
        Matcher w = IN_WHICH.matcher(text);
        while (w.find()) {
            int start = boundaryBefore(text, w.start(), false);
            int end = boundaryAfter(text, w.end(), false);
            ShareClaim total = null;
            List<ShareClaim> parts = new ArrayList<>();
            for (ShareClaim c : shares) {
                if (c.offset() >= start && c.offset() < w.start()) {
                    total = c;
                } else if (c.offset() >= w.end() && c.offset() < end) {
                    parts.add(c);
                }
            }
            if (total != null && parts.size() >= 2) {
                sums.add(new PartsSum(text.substring(start, end).strip(), total.offset(), total.part(),
                        parts.stream().map(ShareClaim::part).reduce(BigDecimal.ZERO, BigDecimal::add), total.whole(),
                        parts.stream().map(ShareClaim::whole).reduce(BigDecimal.ZERO, BigDecimal::add), parts.size()));
            }
        }
        return sums;
    }

    /** The start of the sentence (or, with {@code clause}, of the clause: ';' ends one) holding a position. */
    static int boundaryBefore(String text, int at, boolean clause) {
        int best = 0;
        for (int i = at - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (ch == '\n' || clause && ch == ';' || ch == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                best = i + 1;
                break;
            }
        }
        return best;
    }

    static int boundaryAfter(String text, int at, boolean clause) {
        for (int i = at; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || clause && ch == ';' || ch == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean covered(List<ShareClaim> claims, int from, int to) {
        return claims.stream().anyMatch(c -> c.offset() < to && from < c.offset() + c.text().length());
    }

    private static ShareClaim claim(String text, int offset, BigDecimal part, BigDecimal whole, String printed) {
        return ShareClaims.check(text, offset, part, whole, printed);
    }

    private static BigDecimal parse(String text) {
        return ShareClaims.parse(text);
    }
}
