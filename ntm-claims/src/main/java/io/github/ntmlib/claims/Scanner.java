package io.github.ntmlib.claims;

import io.github.ntmlib.base.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The claim recognisers, on the tokens of one text. Every search from a token is bounded by a
 * constant number of tokens (and by its clause or sentence), so the scan is linear in the text.
 */
final class Scanner {

    /** How far (tokens) a ratio looks forward in its clause for its percentage. */
    private static final int RATIO_REACH = 48;
    /** How far (tokens) a percentage printed before its ratio ("26,7% (99.600 hộ/372.000 hộ)") may be. */
    private static final int REVERSED_REACH = 12;
    /** How far (tokens) a whole "trong tổng số N" looks for its percentage. */
    private static final int WHOLE_REACH = 40;
    /** How many amounts a breakdown reads after its keyword and looks back for its total. */
    private static final int MAX_AMOUNTS = 64;
    /** How far (tokens) a part of a breakdown looks for its own share "(chiếm 12,4%)". */
    private static final int PART_SHARE_REACH = 14;
    /** Below this share of its total, a breakdown reads as a list of subsets, not a partition. */
    private static final BigDecimal PARTITION = new BigDecimal("0.75");

    private static final Set<String> ABOUT = Set.of("khoảng", "ước", "chừng", "khoãng");
    private static final Set<String> LINKS = Set.of("đạt", "chiếm", "bằng", "là", "lệ", "ứng", "với", "được",
            "khoảng", "đương");
    private static final Set<String> CHANGE = Set.of("tăng", "giảm", "vượt");
    private static final Set<String> APPROXIMATE = Set.of("khoảng", "gần", "hơn", "trên", "dưới", "ước", "chừng",
            "hàng", "xỉ", "thiểu", "đa", "nhất");
    private static final Set<String> EXAMPLES = Set.of("tiêu biểu", "chẳng hạn", "điển hình", "ví dụ", "cụ thể");
    private static final Map<String, Integer> MONEY = Map.of("đồng", 0, "nghìn", 3, "ngàn", 3, "triệu", 6, "tỷ", 9, "tỉ", 9);

    /** The power of ten of a money word the caller found in {@link #MONEY}. */
    private static int money(@Nullable String word) {
        Integer exponent = word == null ? null : MONEY.get(word);
        if (exponent == null) {
            throw new IllegalStateException("not a money word: " + word);
        }
        return exponent;
    }
    private static final Map<String, Integer> SPELLED = Map.of("một", 1, "hai", 2, "ba", 3, "bốn", 4, "năm", 5, "sáu", 6,
            "bảy", 7, "tám", 8, "chín", 9, "mười", 10);
    private static final Set<String> COUNT_UNITS = Set.of("xã", "huyện", "thôn", "bản", "sản", "hợp", "htx", "hộ",
            "tỉnh", "đơn", "chủ", "mô", "công", "làng", "phường", "thị");

    private final Tokens t;
    /** Tokens whose number or percent sign a claim has taken. */
    private final boolean[] used;
    private final List<Claim> claims = new ArrayList<>();
    private final List<PartsSum> sums = new ArrayList<>();
    private final List<AmountSum> amounts = new ArrayList<>();

    private Scanner(String text) {
        this.t = Tokens.of(text);
        this.used = new boolean[t.size + 1];
    }

    static ReportClaims.Result scan(String text) {
        Scanner s = new Scanner(text);
        List<int[]> ratios = s.ratios();
        s.reversed(ratios);
        s.plans();
        s.wholes();
        s.breakdowns();
        s.ratioSums();
        s.claims.sort(Comparator.comparingInt(Claim::offset));
        s.amounts.sort(Comparator.comparingInt(AmountSum::offset));
        s.sums.sort(Comparator.comparingInt(PartsSum::offset));
        return new ReportClaims.Result(s.claims, s.sums, s.amounts);
    }

    // ---------------------------------------------------------------- ratios

    /**
     * The whole's token of a ratio "a [unit] / b" starting at {@code i}, or -1: both numbers
     * readable, the whole above 0, no chain of slashes (dates, document numbers), no m/yyyy and no
     * d/m after "ngày" or "tháng".
     */
    private int ratioAt(int i) {
        if (!t.is(i, Tokens.NUM) || t.value[i] == null || t.is(i - 1, Tokens.SLASH) || t.is(i - 1, Tokens.NUM)) {
            return -1;
        }
        int k = i + 1;
        while (k < t.size && k - i <= 4 && t.is(k, Tokens.WORD)) {
            k++;
        }
        if (!t.is(k, Tokens.SLASH) || !t.is(k + 1, Tokens.NUM)) {
            return -1;
        }
        int j = k + 1;
        if (t.value[j] == null || t.value[j].signum() <= 0 || t.is(j + 1, Tokens.SLASH)) {
            return -1;
        }
        if (k == i + 1 && isDate(i, j)) {
            return -1;
        }
        return j;
    }

    private boolean isDate(int i, int j) {
        BigDecimal a = t.value[i];
        boolean plain = t.text.indexOf('.', t.start[j]) < 0 || t.text.indexOf('.', t.start[j]) >= t.end[j];
        boolean month = a.scale() <= 0 && a.compareTo(BigDecimal.ONE) >= 0 && a.compareTo(BigDecimal.valueOf(12)) <= 0;
        if (month && plain && t.year(j)) {
            return true;
        }
        BigDecimal b = t.value[j];
        boolean day = a.scale() <= 0 && a.signum() > 0 && a.compareTo(BigDecimal.valueOf(31)) <= 0;
        boolean monthAfter = b.scale() <= 0 && b.compareTo(BigDecimal.valueOf(12)) <= 0;
        return day && monthAfter && (t.word(i - 1, "ngày") || t.word(i - 1, "tháng"));
    }

    /** Every ratio with its percentage after it in its clause; returns the ratios left without one. */
    private List<int[]> ratios() {
        List<int[]> open = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            int j = ratioAt(i);
            if (j < 0) {
                continue;
            }
            int p = percentAfter(j + 1, t.depth[i], RATIO_REACH);
            if (p == -2) {
                i = j;
                continue;
            }
            if (p < 0) {
                open.add(new int[] {i, j});
                i = j;
                continue;
            }
            int end = t.end[p];
            if (t.is(p + 1, Tokens.CLOSE) && opensBetween(j, p)) {
                end = t.end[p + 1];
            }
            add(ClaimKind.RATIO, t.start[i], end, t.value[i], t.value[j], p);
            used[i] = true;
            used[j] = true;
            i = p;
        }
        return open;
    }

    private boolean opensBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, Tokens.OPEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first free percent sign after {@code from} in the clause, within {@code reach} tokens and
     * at a depth not below {@code depth}; -1 if none, -2 if the first percentage ends a range
     * ("60-85%"): then there is no claim. Another ratio, or a change ("tăng 5%"), ends the search.
     */
    private int percentAfter(int from, int depth, int reach) {
        for (int k = from; k < t.size && k - from < reach; k++) {
            if (t.clauseEnd(k) || t.depth[k] < depth || k > from && ratioAt(k) >= 0 || keyword(k) >= 0) {
                return -1;
            }
            if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM) && !used[k]) {
                if (t.value[k - 1] == null) {
                    return -1;
                }
                if (t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM)) {
                    return -2;
                }
                if (isChange(k - 1) || !linked(k - 1) || (t.is(k + 1, Tokens.OPEN) || t.word(k + 1, "với")) && ratioAt(k + 2) >= 0) {
                    return -1;
                }
                return k;
            }
        }
        return -1;
    }

    /** Whether the number at {@code n} (before a percent sign) states a change: "tăng 5%", "giảm hơn 2%". */
    private boolean isChange(int n) {
        int w = n - 1;
        if (t.is(w, Tokens.WORD) && hedge(n) != Hedge.EXACT) {
            w--;
        }
        return t.is(w, Tokens.WORD) && CHANGE.contains(t.word[w]);
    }

    /**
     * Whether the percentage at {@code n} is introduced as the figure of what precedes it: after "(",
     * ",", ":" or a linking word ("đạt", "chiếm", "bằng", "là", "tỷ lệ", "tương ứng", "với"), a hedge
     * between allowed. "nên 100% xã đã đạt chuẩn" is a figure of its own.
     */
    private boolean linked(int n) {
        int w = n - 1;
        if (hedge(n) != Hedge.EXACT) {
            w -= t.word(w, "xỉ") ? 2 : 1;
        }
        if (t.is(w, Tokens.OPEN) || t.is(w, Tokens.COMMA) || t.is(w, Tokens.COLON)) {
            return true;
        }
        return t.is(w, Tokens.WORD) && LINKS.contains(t.word[w]);
    }

    /** The hedge of the number at {@code n}: the word(s) right before it ("gần 90%", "ước đạt 95%"). */
    private Hedge hedge(int n) {
        int w = n - 1;
        if (!t.is(w, Tokens.WORD)) {
            return Hedge.EXACT;
        }
        String x = t.word[w];
        if ((x.equals("đạt") || x.equals("là")) && t.is(w - 1, Tokens.WORD)) {
            String y = t.word[w - 1];
            return ABOUT.contains(y) ? Hedge.ABOUT : Hedge.EXACT;
        }
        return switch (x) {
            case "khoảng", "ước", "chừng", "khoãng" -> Hedge.ABOUT;
            case "xỉ" -> t.word(w - 1, "xấp") ? Hedge.ABOUT : Hedge.EXACT;
            case "gần" -> Hedge.NEARLY;
            case "trên", "hơn" -> Hedge.OVER;
            case "dưới" -> Hedge.UNDER;
            default -> Hedge.EXACT;
        };
    }

    /** Ratios printed after their percentage: "26,7% (99.600 hộ/372.000 hộ)", "96,4% với 107/111 xã". */
    private void reversed(List<int[]> open) {
        for (int[] r : open) {
            int i = r[0];
            int j = r[1];
            for (int k = i - 1; k >= 0 && i - k <= REVERSED_REACH; k--) {
                if (t.clauseEnd(k) || used[k] && !t.is(k, Tokens.OPEN)) {
                    break;
                }
                if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM) && t.value[k - 1] != null
                        && (t.is(k + 1, Tokens.OPEN) || t.word(k + 1, "với"))
                        && !(t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM)) && !isChange(k - 1)) {
                    int end = t.end[j];
                    int c = j + 1;
                    while (c < t.size && c - j <= 8 && t.is(c, Tokens.WORD)) {
                        c++;
                    }
                    if (t.is(k + 1, Tokens.OPEN) && t.is(c, Tokens.CLOSE)) {
                        end = t.end[c];
                    } else if (t.is(k + 1, Tokens.OPEN)) {
                        break;
                    }
                    add(ClaimKind.RATIO, t.start[k - 1], end, t.value[i], t.value[j], k);
                    used[i] = true;
                    used[j] = true;
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- plans

    private void plans() {
        for (int p = 1; p < t.size; p++) {
            if (t.is(p, Tokens.PCT) && !used[p] && t.is(p - 1, Tokens.NUM) && t.value[p - 1] != null
                    && !(t.is(p - 2, Tokens.DASH) && t.is(p - 3, Tokens.NUM)) && Plans.isPlanPercent(t, p)) {
                Object[] c = Plans.claim(t, p);
                if (c != null) {
                    int start = (Integer) c[2];
                    int end = (Integer) c[3];
                    add(ClaimKind.PLAN, start, end, (BigDecimal) c[0], (BigDecimal) c[1], p);
                }
            }
        }
    }

    // ---------------------------------------------------------------- shares of a whole

    /**
     * "160 trong tổng số 178 xã …, đạt gần 90%", "Trong số 194 xã …, đã có 118 xã …, chiếm tỷ lệ
     * 60,82%", "20% số xã …, tương đương 26 xã trong tổng số 122 xã".
     */
    private void wholes() {
        for (int i = 0; i < t.size; i++) {
            int m;
            if (t.phrase(i, "trong tổng số")) {
                m = i + 3;
            } else if (t.phrase(i, "trong số") || t.phrase(i, "trên tổng số")) {
                m = i + (t.word(i, "trên") ? 3 : 2);
            } else {
                continue;
            }
            if (!t.is(m, Tokens.NUM) || t.value[m] == null || t.value[m].signum() <= 0 || used[m]
                    || t.is(m + 1, Tokens.SLASH) || t.is(m + 1, Tokens.PCT)) {
                continue;
            }
            int partAt = -1;
            if (t.is(i - 1, Tokens.NUM)) {
                partAt = i - 1;
            } else if (t.is(i - 1, Tokens.WORD) && t.is(i - 2, Tokens.NUM)) {
                partAt = i - 2;
            } else if (t.is(i - 2, Tokens.WORD) && t.is(i - 1, Tokens.WORD) && t.is(i - 3, Tokens.NUM)) {
                partAt = i - 3;
            }
            if (partAt >= 0 && (t.value[partAt] == null || used[partAt] || t.is(partAt + 1, Tokens.PCT))) {
                partAt = -1;
            }
            int p = -1;
            int last = -1;
            for (int k = m + 1; k < t.size && k - m < WHOLE_REACH; k++) {
                if (t.sentenceEnd(k) || t.depth[k] < t.depth[m]) {
                    break;
                }
                if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM)) {
                    if (!used[k] && t.value[k - 1] != null && !isChange(k - 1)
                            && !(t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM))) {
                        p = k;
                    }
                    break;
                }
                if (t.is(k, Tokens.NUM) && t.value[k] != null && !used[k] && !t.year(k) && !t.is(k + 1, Tokens.SLASH)
                        && !t.is(k - 1, Tokens.SLASH) && !t.is(k + 1, Tokens.PCT) && t.depth[k] == t.depth[m]) {
                    last = k;
                }
            }
            if (partAt < 0 && p >= 0) {
                partAt = last;
            }
            if (partAt >= 0 && p < 0) {
                for (int k = partAt - 1; k >= 0 && partAt - k < 20; k--) {
                    if (t.sentenceEnd(k)) {
                        break;
                    }
                    if (t.is(k, Tokens.PCT) && !used[k] && t.is(k - 1, Tokens.NUM) && t.value[k - 1] != null
                            && !isChange(k - 1)) {
                        p = k;
                        break;
                    }
                }
            }
            if (partAt < 0 || p < 0 || ratioAt(partAt) >= 0) {
                continue;
            }
            int from = Math.min(t.start[Math.min(partAt, i)], t.start[p - 1]);
            int to = Math.max(t.end[p], t.end[m]);
            add(ClaimKind.SHARE_OF_WHOLE, from, to, t.value[partAt], t.value[m], p);
            used[partAt] = true;
            used[m] = true;
        }
    }

    // ---------------------------------------------------------------- claims

    private void add(ClaimKind kind, int from, int to, BigDecimal part, BigDecimal whole, int pct) {
        int n = pct - 1;
        BigDecimal printed = t.value[n];
        Hedge hedge = hedge(n);
        int digits = Math.max(0, printed.scale());
        BigDecimal recomputed = Figures.percent(part, whole, digits);
        BigDecimal exact = Figures.percent(part, whole, digits + 6);
        boolean consistent = hedge.holds(exact, printed, recomputed);
        claims.add(new Claim(kind, hedge, t.text.substring(from, to), from, part, whole, printed, recomputed, consistent));
        used[pct] = true;
        used[n] = true;
    }

    // ---------------------------------------------------------------- amounts and breakdowns

    /** One amount of the text: a number with its unit. */
    private record Amount(int token, int last, int start, int end, int depth, BigDecimal value, String family,
            int exponent, String unit, boolean approximate, boolean running, boolean change) {
    }

    private List<Amount> amounts() {
        List<Amount> found = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            BigDecimal v;
            if (t.is(i, Tokens.NUM)) {
                v = t.value[i];
                if (v == null || used[i] || t.is(i - 1, Tokens.SLASH) || t.is(i + 1, Tokens.PCT)) {
                    continue;
                }
            } else if (t.is(i, Tokens.WORD) && SPELLED.containsKey(t.word[i]) && t.is(i + 1, Tokens.WORD)
                    && COUNT_UNITS.contains(t.word[i + 1]) && !t.is(i - 1, Tokens.NUM)) {
                v = BigDecimal.valueOf(SPELLED.get(t.word[i]));
            } else {
                continue;
            }
            int u = i + 1;
            if (t.is(u, Tokens.SLASH)) {
                // a bare ratio "117/117 xã": its part counts in the whole's unit
                if (!t.is(u + 1, Tokens.NUM) || used[u + 1] || ratioAt(i) < 0) {
                    continue;
                }
                u += 2;
            }
            if (t.year(i) && (t.word(i - 1, "năm") || t.word(i - 1, "tháng"))) {
                continue;
            }
            int exponent = 0;
            String family;
            String unit;
            int last;
            if (t.is(u, Tokens.WORD) && MONEY.containsKey(t.word[u])) {
                exponent = money(t.word[u]);
                last = u;
                if (exponent == 3 && t.is(u + 1, Tokens.NUM) && t.value[u + 1] != null && t.is(u + 2, Tokens.WORD)
                        && MONEY.containsKey(t.word[u + 2]) && money(t.word[u + 2]) > 3) {
                    // "30 ngàn 309 tỷ": thousands of the next unit
                    exponent = money(t.word[u + 2]);
                    v = v.movePointRight(3).add(t.value[u + 1]);
                    last = u + 2;
                    used[u + 1] = true;
                } else if (exponent == 3 && t.is(u + 1, Tokens.WORD) && MONEY.containsKey(t.word[u + 1])
                        && money(t.word[u + 1]) > 3) {
                    // "30 nghìn tỷ": a thousand of the next unit
                    exponent = 3 + money(t.word[u + 1]);
                    last = u + 1;
                }
                if (t.word(last + 1, "đồng")) {
                    last++;
                }
                family = "money";
                unit = exponent == 0 ? "đồng" : t.text.substring(t.start[u], t.end[last]);
            } else if (t.is(u, Tokens.WORD) && !SPELLED.containsKey(t.word[u])) {
                family = "count:" + t.word[u];
                last = t.is(u + 1, Tokens.WORD) ? u + 1 : u;
                unit = t.text.substring(t.start[u], t.end[last]);
            } else {
                continue;
            }
            if (t.is(last + 1, Tokens.SLASH)) {
                // a rate per unit ("57,14 tạ/ha", "1,1 tỷ đồng/hợp tác xã") is no amount
                continue;
            }
            boolean range = t.is(i - 1, Tokens.DASH) && t.is(i - 2, Tokens.NUM)
                    || t.is(i + 1, Tokens.DASH) && t.is(i + 2, Tokens.NUM);
            boolean approximate = range || t.is(i - 1, Tokens.WORD) && APPROXIMATE.contains(t.word[i - 1])
                    || t.is(i - 2, Tokens.WORD) && APPROXIMATE.contains(t.word[i - 2]) && t.is(i - 1, Tokens.WORD)
                    && (t.word[i - 1].equals("đạt") || t.word[i - 1].equals("là"));
            boolean running = false;
            if (t.word(i - 1, "lên") || t.word(i - 2, "lên") && t.is(i - 1, Tokens.WORD)) {
                for (int k = i - 2; k >= 0 && i - k <= 14 && !t.clauseEnd(k); k--) {
                    if (t.word(k, "nâng")) {
                        running = true;
                        break;
                    }
                }
            }
            boolean change = t.is(i - 1, Tokens.WORD) && CHANGE.contains(t.word[i - 1]);
            found.add(new Amount(i, last, t.start[i], t.end[last], t.depth[i], v, family, exponent, unit, approximate,
                    running, change));
            i = last;
        }
        return found;
    }

    /** The keyword of a breakdown at {@code k}: its last token, or -1. */
    private int keyword(int k) {
        if (t.phrase(k, "trong đó")) {
            return k + 1;
        }
        if (t.phrase(k, "bao gồm")) {
            return k + 1;
        }
        if (t.word(k, "gồm") && !t.word(k - 1, "bao")) {
            return k;
        }
        if (t.phrase(k, "cụ thể") && sentenceInitial(k) && (t.is(k + 2, Tokens.COMMA) || t.is(k + 2, Tokens.COLON))) {
            return k + 1;
        }
        if (t.phrase(k, "trong số") && t.is(k + 2, Tokens.NUM) && sentenceInitial(k)) {
            return k + 1;
        }
        return -1;
    }

    private boolean sentenceInitial(int k) {
        int s = t.sentence[k];
        for (int x = s; x < k; x++) {
            if (!t.is(x, Tokens.DASH) && !t.is(x, Tokens.QUOTE) && !t.is(x, Tokens.OTHER)) {
                return false;
            }
        }
        return true;
    }

    private void breakdowns() {
        List<Amount> all = amounts();
        int a = 0;
        for (int k = 0; k < t.size; k++) {
            int kw = keyword(k);
            if (kw < 0) {
                continue;
            }
            while (a < all.size() && all.get(a).token <= kw) {
                a++;
            }
            int d = t.depth[k];
            boolean inSum = t.phrase(k, "trong số");
            boolean initial = !inSum && sentenceInitial(k);
            int regionEnd = regionEnd(kw + 1, d);
            if (regionEnd < 0) {
                k = kw;
                continue;
            }
            List<Amount> parts = new ArrayList<>();
            Amount total = null;
            int first = a;
            if (inSum) {
                if (first < all.size() && all.get(first).token == kw + 1) {
                    total = all.get(first);
                    first++;
                } else {
                    k = kw;
                    continue;
                }
            }
            for (int x = first; x < all.size() && x < first + MAX_AMOUNTS && all.get(x).token < regionEnd; x++) {
                if (all.get(x).depth == d && !all.get(x).running && !all.get(x).change) {
                    parts.add(all.get(x));
                }
            }
            String family = family(parts);
            if (family == null) {
                k = kw;
                continue;
            }
            List<Amount> same = parts.stream().filter(p -> p.family.equals(family)).toList();
            if (total == null) {
                int from;
                int to;
                if (initial) {
                    int s = t.sentence[k];
                    if (s == 0) {
                        k = kw;
                        continue;
                    }
                    from = t.sentence[s - 1];
                    to = s;
                } else {
                    from = t.sentence[k];
                    to = k;
                }
                total = total(all, a, from, to, d, family);
            }
            if (total != null) {
                check(total, same);
            }
            k = kw;
        }
    }

    /** The family of the first part with at least one more of its kind; null if none. */
    private static @Nullable String family(List<Amount> parts) {
        for (Amount p : parts) {
            if (parts.stream().filter(q -> q.family.equals(p.family)).count() >= 2) {
                return p.family;
            }
        }
        return null;
    }

    /**
     * The total before a keyword: the nearest amount of the family at the keyword's depth or above
     * in its sentence (for a sentence-initial "Trong đó," / "Cụ thể," in the previous sentence),
     * never a change ("tăng 17 xã").
     */
    private static @Nullable Amount total(List<Amount> all, int before, int from, int to, int d, String family) {
        for (int x = before - 1; x >= 0 && x >= before - MAX_AMOUNTS; x--) {
            Amount c = all.get(x);
            if (c.token < from) {
                break;
            }
            if (c.token < to && c.depth <= d && c.family.equals(family) && !c.change) {
                return c;
            }
        }
        return null;
    }

    /**
     * Where a breakdown's parts end: its sentence's end, a closing parenthesis below its depth,
     * examples ("tiêu biểu", "như:", …), or the clause of the next breakdown's total. -1 when the
     * list is marked partial ("…", "v.v.").
     */
    private int regionEnd(int from, int d) {
        int lastClause = from;
        for (int k = from; k < t.size; k++) {
            if (t.sentenceEnd(k) || t.depth[k] < d) {
                return k;
            }
            if (t.is(k, Tokens.ELLIPSIS) || t.phrase(k, "v v") || t.word(k, "vv")) {
                return -1;
            }
            if (t.is(k, Tokens.SEMI)) {
                lastClause = k;
            }
            if (t.is(k, Tokens.WORD) && (EXAMPLES.contains(t.word[k] + " " + (t.is(k + 1, Tokens.WORD) ? t.word[k + 1] : ""))
                    || t.word(k, "như") && t.is(k + 1, Tokens.COLON))) {
                return k;
            }
            if (t.depth[k] == d && keyword(k) >= 0) {
                // a new breakdown: its total opens the clause it is in (or is the amount before it)
                if (lastClause > from) {
                    return lastClause;
                }
                int back = k - 1;
                while (back > from && !t.is(back, Tokens.NUM)) {
                    back--;
                }
                return back;
            }
        }
        return t.size;
    }

    private void check(Amount total, List<Amount> same) {
        if (total.approximate || same.stream().anyMatch(Amount::approximate) || same.contains(total)) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount p : same) {
            sum = sum.add(p.value.movePointRight(p.exponent - total.exponent));
        }
        sum = sum.stripTrailingZeros();
        if (sum.scale() < 0) {
            sum = sum.setScale(0);
        }
        partShares(total, same);
        if (sum.compareTo(total.value) < 0 && sum.compareTo(total.value.multiply(PARTITION)) < 0) {
            return;
        }
        Amount last = same.get(same.size() - 1);
        amounts.add(new AmountSum(t.text.substring(total.start, last.end), total.start, commonUnit(total, same),
                total.value, sum, same.size()));
    }

    /** The shares a breakdown prints for its parts: "(chiếm 12,4%)" after a part, of the total. */
    private void partShares(Amount total, List<Amount> same) {
        if (total.value.signum() <= 0) {
            return;
        }
        for (int x = 0; x < same.size(); x++) {
            Amount p = same.get(x);
            int limit = x + 1 < same.size() ? same.get(x + 1).token : t.size;
            for (int k = p.last + 1; k < limit && k - p.last <= PART_SHARE_REACH; k++) {
                if (t.clauseEnd(k) || t.is(k, Tokens.COMMA) && t.depth[k] == p.depth) {
                    break;
                }
                if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM) && !used[k] && t.value[k - 1] != null
                        && !isChange(k - 1) && !(t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM))) {
                    int end = t.is(k + 1, Tokens.CLOSE) ? t.end[k + 1] : t.end[k];
                    BigDecimal part = p.value.movePointRight(p.exponent - total.exponent);
                    add(ClaimKind.SHARE_OF_WHOLE, p.start, end, part, total.value, k);
                    break;
                }
            }
        }
    }

    /** The words of the unit the total and every part share, at least the first. */
    private static String commonUnit(Amount total, List<Amount> parts) {
        if (total.family.equals("money")) {
            return total.unit;
        }
        String[] words = total.unit.split(" ");
        int n = words.length;
        for (Amount p : parts) {
            String[] other = p.unit.split(" ");
            int i = 0;
            while (i < Math.min(n, other.length) && other[i].equalsIgnoreCase(words[i])) {
                i++;
            }
            n = Math.max(1, i);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    // ---------------------------------------------------------------- totals of ratios

    /** A ratio claim before "trong đó" in its sentence, and at least two after it: their sums. */
    private void ratioSums() {
        List<Claim> ratios = claims.stream().filter(c -> c.kind() == ClaimKind.RATIO)
                .sorted(Comparator.comparingInt(Claim::offset)).toList();
        int r = 0;
        for (int k = 0; k < t.size; k++) {
            if (!t.phrase(k, "trong đó")) {
                continue;
            }
            int sentenceStart = t.start[t.sentence[k]];
            int end = k;
            while (end < t.size && !t.sentenceEnd(end)) {
                end++;
            }
            int endOffset = end < t.size ? t.start[end] : t.text.length();
            while (r < ratios.size() && ratios.get(r).offset() < sentenceStart) {
                r++;
            }
            Claim total = null;
            List<Claim> parts = new ArrayList<>();
            for (int x = r; x < ratios.size() && ratios.get(x).offset() < endOffset; x++) {
                Claim c = ratios.get(x);
                if (c.offset() < t.start[k]) {
                    total = c;
                } else if (c.offset() >= t.end[k + 1]) {
                    parts.add(c);
                }
            }
            if (total != null && parts.size() >= 2 && parts.size() <= MAX_AMOUNTS) {
                BigDecimal parts1 = parts.stream().map(Claim::part).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal wholes = parts.stream().map(Claim::whole).reduce(BigDecimal.ZERO, BigDecimal::add);
                sums.add(new PartsSum(t.text.substring(t.start[t.sentence[k]], endOffset).strip(), total.offset(),
                        total.part(), parts1, total.whole(), wholes, parts.size()));
            }
            k = end;
        }
    }
}
