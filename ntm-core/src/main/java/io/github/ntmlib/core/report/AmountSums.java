package io.github.ntmlib.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the totals a report states with their parts as plain amounts (see {@link AmountSum}).
 *
 * <p>A breakdown opens with "trong đó", "gồm" or "bao gồm". Its parts are the amounts after the
 * keyword, in the same sentence and at the same depth of parentheses (a breakdown in parentheses
 * inside it is a breakdown of its own), up to a word that introduces examples ("tiêu biểu", "như:",
 * "cụ thể", "chẳng hạn", "điển hình", "ví dụ"). Its total is the nearest amount of the same unit
 * before the keyword in the sentence. Amounts inside a ratio claim are never parts or totals, and a
 * breakdown with an approximate amount ("khoảng", "gần", "hơn", "trên", "ước", "tối thiểu", "ít
 * nhất", ...) as its total or a part is not checked: an approximation has no exact sum. A
 * breakdown reads at most 64 amounts after its keyword and looks back at most 64 for its total, so
 * the work stays linear in the text.
 */
final class AmountSums {

    private static final String SPACE = ShareClaims.SPACE;
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,/\\p{L}])(" + ShareClaims.NUMBER + ")(?![\\d/]|[.,]\\d)"
            + SPACE + "*(?:(?<money>(?:tỷ|triệu|nghìn|ngàn)(?:" + SPACE + "+đồng|(?!" + SPACE + "*\\p{L}))|đồng)(?!\\p{L})|(?<word>\\p{L}+)(?:" + SPACE
            + "(?<word2>\\p{L}+))?)(?!\\p{L})(?!" + SPACE + "*[%/])");
    private static final Pattern KEYWORD = Pattern.compile("(?iu)(?<!\\p{L})(?:trong" + SPACE + "+đó|bao" + SPACE
            + "+gồm|gồm)(?!\\p{L})");
    private static final Pattern EXAMPLES = Pattern.compile("(?iu)(?<!\\p{L})(?:tiêu" + SPACE + "+biểu|như" + SPACE
            + "*:|cụ" + SPACE + "+thể|chẳng" + SPACE + "+hạn|điển" + SPACE + "+hình|ví" + SPACE + "+dụ)(?!\\p{L})");
    private static final Pattern APPROXIMATE = Pattern.compile("(?iu)(?<!\\p{L})(?:khoảng|gần|hơn|trên|dưới|ước|xấp"
            + SPACE + "+xỉ|tối" + SPACE + "+thiểu|tối" + SPACE + "+đa|ít" + SPACE + "+nhất|chừng|hàng)(?:" + SPACE
            + "+(?:đạt|là|tính))?" + SPACE + "*$");
    private static final Map<String, Integer> MONEY_EXPONENT = Map.of("đồng", 0, "nghìn", 3, "ngàn", 3, "triệu", 6,
            "tỷ", 9);

    /** One amount of the text. */
    /** How many amounts a breakdown reads after its keyword, and looks back for its total: work stays linear. */
    private static final int MAX_AMOUNTS = 64;

    private record Amount(int start, int end, int depth, BigDecimal value, String family, int exponent,
            List<String> unit, boolean approximate) {
    }

    private AmountSums() {
    }

    static List<AmountSum> scan(String text, List<ShareClaim> ratios) {
        int[] depth = depths(text);
        List<Amount> amounts = amounts(text, depth, ratios);
        List<AmountSum> sums = new ArrayList<>();
        Matcher k = KEYWORD.matcher(text);
        while (k.find()) {
            int d = depth[k.start()];
            int sentenceStart = ReportClaims.boundaryBefore(text, k.start(), false);
            int end = regionEnd(text, depth, k.end(), d);
            int first = firstAtOrAfter(amounts, k.end());
            List<Amount> parts = new ArrayList<>();
            for (int i = first; i < amounts.size() && i < first + MAX_AMOUNTS && amounts.get(i).end <= end; i++) {
                if (amounts.get(i).depth == d) {
                    parts.add(amounts.get(i));
                }
            }
            List<Amount> before = new ArrayList<>();
            for (int i = first - 1; i >= 0 && i >= first - MAX_AMOUNTS && amounts.get(i).start >= sentenceStart; i--) {
                if (amounts.get(i).end <= k.start() && amounts.get(i).depth <= d) {
                    before.add(0, amounts.get(i));
                }
            }
            breakdown(text, before, parts).ifPresent(sums::add);
        }
        return sums;
    }

    /** The index of the first amount starting at or after a position (amounts are in text order). */
    private static int firstAtOrAfter(List<Amount> amounts, int position) {
        int lo = 0;
        int hi = amounts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (amounts.get(mid).start < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static java.util.Optional<AmountSum> breakdown(String text, List<Amount> before, List<Amount> parts) {
        for (Amount first : parts) {
            List<Amount> same = parts.stream().filter(p -> p.family.equals(first.family)).toList();
            if (same.size() < 2) {
                continue;
            }
            Amount total = null;
            for (Amount a : before) {
                if (a.family.equals(first.family)) {
                    total = a;
                }
            }
            if (total == null || total.approximate || same.stream().anyMatch(Amount::approximate)) {
                return java.util.Optional.empty();
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Amount p : same) {
                sum = sum.add(p.value.movePointRight(p.exponent - total.exponent));
            }
            Amount last = same.get(same.size() - 1);
            return java.util.Optional.of(new AmountSum(text.substring(total.start, last.end), total.start,
                    commonUnit(total, same),
                    total.value, sum.stripTrailingZeros(), same.size()));
        }
        return java.util.Optional.empty();
    }

    /** The words of the unit the total and every part share ("sản phẩm"), at least the first. */
    private static String commonUnit(Amount total, List<Amount> parts) {
        int n = total.unit.size();
        for (Amount p : parts) {
            int i = 0;
            while (i < Math.min(n, p.unit.size()) && p.unit.get(i).equalsIgnoreCase(total.unit.get(i))) {
                i++;
            }
            n = Math.max(1, i);
        }
        return String.join(" ", total.unit.subList(0, n));
    }

    /** Where a breakdown's parts end: the sentence's end, a closing parenthesis below its depth, or examples. */
    private static int regionEnd(String text, int[] depth, int from, int d) {
        int end = ReportClaims.boundaryAfter(text, from, false);
        for (int i = from; i < end; i++) {
            if (depth[i] < d) {
                end = i;
                break;
            }
        }
        Matcher examples = EXAMPLES.matcher(text).region(from, end);
        return examples.find() ? examples.start() : end;
    }

    private static List<Amount> amounts(String text, int[] depth, List<ShareClaim> ratios) {
        List<Amount> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        int claim = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (claim < ratios.size() && ratios.get(claim).offset() + ratios.get(claim).text().length() <= start) {
                claim++;
            }
            if (claim < ratios.size() && ratios.get(claim).offset() < end) {
                continue;
            }
            BigDecimal value;
            try {
                value = ShareClaims.parse(m.group(1));
            } catch (io.github.ntmlib.base.InvalidDataException e) {
                continue;
            }
            String money = m.group("money");
            String family;
            int exponent = 0;
            List<String> unit;
            if (money != null) {
                String scale = money.split(SPACE, 2)[0].toLowerCase(Locale.ROOT);
                family = "money";
                // the pattern admits only the scales of MONEY_EXPONENT
                exponent = Objects.requireNonNull(MONEY_EXPONENT.get(scale));
                unit = List.of(money.replaceAll(SPACE + "+", " "));
            } else {
                String word = m.group("word");
                String word2 = m.group("word2");
                unit = word2 == null ? List.of(word) : List.of(word, word2);
                family = "count:" + word.toLowerCase(Locale.ROOT);
            }
            boolean approximate = APPROXIMATE.matcher(text.substring(Math.max(0, start - 16), start)).find();
            found.add(new Amount(start, end, depth[start], value, family, exponent, unit, approximate));
        }
        return found;
    }

    /** The depth of parentheses at every position (never below 0). */
    private static int[] depths(String text) {
        int[] depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ')' && d > 0) {
                d--;
            }
            depth[i] = d;
            if (ch == '(') {
                d++;
            }
        }
        depth[text.length()] = d;
        return depth;
    }
}
