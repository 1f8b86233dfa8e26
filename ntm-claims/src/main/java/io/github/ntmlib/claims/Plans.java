package io.github.ntmlib.claims;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Counts against a plan ("đạt 75% KH"): the plan is a number after "kế hoạch", "KH", "phấn đấu",
 * "mục tiêu" or "chỉ tiêu" (a year after "năm" skipped) or quoted after "Chỉ tiêu"; the count is
 * stated over the plan ("15 xã đạt chuẩn/KH 20 xã"), after "có", or after "đạt", "được", "hoàn
 * thành", "công nhận". Both are looked for in the percentage's clause only, and at most {@value
 * #WINDOW} tokens on each side of it, so the work per percentage is bounded and the scan linear.
 * A year is never a count or a plan ("đạt 75% KH 2024").
 */
final class Plans {

    /** How many tokens a plan claim reads on each side of its percentage. */
    static final int WINDOW = 40;

    private static final String SPACE = "[\\s\\u00a0\\u202f\\u2007]";
    private static final Pattern PLAN_STATED = Pattern.compile("(?<!\\p{L})(?:(?iu:kế" + SPACE + "+hoạch|phấn" + SPACE
            + "+đấu|mục" + SPACE + "+tiêu|chỉ" + SPACE + "+tiêu)|KH)(?:" + SPACE + "+năm" + SPACE + "+\\d{4})?(?:"
            + SPACE + "*:)?(?:" + SPACE + "+(?:là|có|đạt|thêm))*" + SPACE + "+(\\d+)(?![\\d%/,.]|" + SPACE + "*%)");
    private static final Pattern PLAN_QUOTED = Pattern.compile("[\"“]([^\"”]*?)(\\d+)([^\"”]*)[\"”]");
    private static final Pattern COUNT_OVER_PLAN = Pattern.compile("(?<![\\d.,])(\\d+)" + SPACE + "+[\\p{L} ]{0,30}?/"
            + SPACE + "*(?:KH|kế" + SPACE + "+hoạch)");
    private static final Pattern COUNT_STATED = Pattern.compile("(?<!\\p{L})[Cc]ó" + SPACE + "+(?:thêm" + SPACE
            + "+)?(\\d+)(?![\\d/%,.])");
    private static final Pattern COUNT_REACHED = Pattern.compile("(?<!\\p{L})(?iu:đạt|được|hoàn" + SPACE + "+thành|công"
            + SPACE + "+nhận)(?:" + SPACE + "+(?:thêm|mới|được))?" + SPACE + "+(\\d+)(?![\\d/%,.]|" + SPACE + "*%)");

    private Plans() {
    }

    /** Whether the percentage at {@code pct} (its number at {@code pct - 1}) is a plan percentage ("% KH"). */
    static boolean isPlanPercent(Tokens t, int pct) {
        return t.is(pct + 1, Tokens.WORD) && (t.text.startsWith("KH", t.start[pct + 1]) && t.end[pct + 1] - t.start[pct + 1] == 2
                || t.phrase(pct + 1, "kế hoạch"));
    }

    /**
     * The plan claim of a plan percentage, or null when the clause states no count and plan.
     *
     * @param t   the tokens
     * @param pct the percent sign's token
     * @return the claim's figures: {count, plan, clause start offset, clause end offset}, or null
     */
    static Object @Nullable [] claim(Tokens t, int pct) {
        int from = pct;
        while (from > 0 && pct - from < WINDOW && !t.clauseEnd(from - 1)) {
            from--;
        }
        int to = pct;
        while (to + 1 < t.size && to - pct < WINDOW && !t.clauseEnd(to + 1)) {
            to++;
        }
        int start = t.start[from];
        int end = t.end[to];
        String clause = t.text.substring(start, end);
        Matcher overPlan = COUNT_OVER_PLAN.matcher(clause);
        String count = overPlan.find() ? overPlan.group(1) : null;
        StringBuilder rest = new StringBuilder(clause);
        String plan = null;
        Matcher stated = PLAN_STATED.matcher(clause);
        if (stated.find()) {
            plan = stated.group(1);
            blank(rest, stated.start(), stated.end());
        } else {
            Matcher quoted = PLAN_QUOTED.matcher(clause);
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
        if (plan == null || count == null || plan.length() > 9 || count.length() > 9 || isYear(plan) || isYear(count)
                || new BigDecimal(plan).signum() == 0) {
            return null;
        }
        return new Object[] {new BigDecimal(count), new BigDecimal(plan), start, end};
    }

    /** An ungrouped four-digit number 1900-2099 (vi-VN groups every count from 1.000 with a dot). */
    private static boolean isYear(String number) {
        return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.setCharAt(i, ' ');
        }
    }
}
