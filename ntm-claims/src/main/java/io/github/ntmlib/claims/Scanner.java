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
    private static final int PART_SHARE_REACH = 24;
    /** How many amounts back a change looks for the level it reached. */
    private static final int CHANGE_REACH = 12;
    /** How many sentences before its own a change looks for the level it reached. */
    private static final int CHANGE_SENTENCES = 2;
    /** How many sentences before its own an amount looks for the plan it is a percentage of. */
    private static final int PLAN_SENTENCES = 4;
    /** How many tokens before a plan's amount its keyword ("kế hoạch") may be, in its sentence. */
    private static final int PLAN_WORDS = 20;
    /** How many sentences before its own a whole named in words ("Trong số các sản phẩm") looks for its total. */
    private static final int NAMED_SENTENCES = 4;
    /** How many following sentences a breakdown's parts may run into. */
    private static final int NEXT_SENTENCES = 8;
    /** How many tokens before a count the place it stands in may be named ("toàn huyện Điện Biên đã có 13 xã"). */
    private static final int PLACE_REACH = 40;
    /** How many tokens before a running total its "nâng (tổng) số" may stand. */
    private static final int RAISED_REACH = 24;
    /** How many sentences before its addition's the earlier level of a running ratio may stand. */
    private static final int LEVEL_SENTENCES = 4;
    /** How far (percentage points) a single part's printed share may be from its share of the total and still be read as it. */
    private static final BigDecimal SHARE_SLACK = BigDecimal.valueOf(3);
    /** How many words after a single part's unit may stand before its share ("1.113 km đường, chiếm 56%"). */
    private static final int SHARE_WORDS = 4;
    /** How many tokens a caption between a "Cụ thể," and the sentence of its total may hold. */
    private static final int CAPTION = 40;
    /** How many tokens a list of names after "gồm:" may run ("gồm: khô cá kèo Kiều Hạnh, rượu vang …"). */
    private static final int NAMES_REACH = 100;
    /** How many words after an amount may name its tier ("xã đạt chuẩn nông thôn mới nâng cao"). */
    private static final int TIER_WORDS = 12;
    /** How many tokens a list of names before "mỗi" may run ("A, B và C mỗi địa phương 1 sản phẩm"). */
    private static final int NAME_LIST = 40;
    /** How many tokens before its percentage the part of a share of a whole printed elsewhere may stand. */
    private static final int CONTEXT_PART_REACH = 20;
    /** How many sentences before its part's the whole of a share printed elsewhere may stand. */
    private static final int CONTEXT_SENTENCES = 6;
    /** How many distinct wholes of its unit a share printed elsewhere is tried against, nearest first. */
    private static final int CONTEXT_WHOLES = 8;
    /** How many other shares must confirm a whole before a share that disagrees with it is judged against it. */
    private static final int CONFIRMATIONS = 2;
    /** How many sentences before a list the total it adds up to may stand. */
    private static final int LIST_SENTENCES = 4;
    /** How many tokens back an amount inside parentheses looks for the parenthesis it stands in. */
    private static final int PAREN_REACH = 200;
    /** Below this share of its total, a breakdown reads as a list of subsets, not a partition. */
    private static final BigDecimal PARTITION = new BigDecimal("0.75");
    /**
     * Above this multiple of its total, a breakdown's parts read as gathered from beyond it (a subset, other
     * classes, a remainder), not as a partition that exceeds it: every real error of this kind found in
     * published texts falls short of its total, none exceeds it by more.
     */
    private static final BigDecimal BEYOND = new BigDecimal("1.25");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> ABOUT = Set.of("khoảng", "ước", "chừng", "khoãng");
    private static final Set<String> LINKS = Set.of("đạt", "chiếm", "chiểm", "bằng", "là", "lệ", "ứng", "với", "được",
            "khoảng", "đương");
    /** The words that end the name of a whole and open its scope ("số xã đạt chuẩn … của toàn tỉnh"). */
    private static final Set<String> SCOPE_OPENERS = Set.of("của", "toàn", "cả", "trên", "trong", "tại");
    /** The scopes a whole may be named with: the province, the district, the city, the country. */
    private static final Set<String> SCOPES = Set.of("tỉnh", "huyện", "phố", "nước");
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
    /** Units of administrative divisions a count in "đơn vị" may be a part of ("53/597 xã, phường, …: Lâm Đồng có 33 đơn vị"). */
    private static final Set<String> ADMINISTRATIVE = Set.of("count:xã", "count:huyện", "count:phường", "count:thị");
    /** The words that lead a place in a list by place ("huyện", "thành phố", "thị xã" …). */
    private static final Set<String> PLACES = Set.of("huyện", "thành", "thị", "quận", "tỉnh", "xã", "phường", "tp");
    /** Units of a total that counts entities of several categories ("516 chủ thể", "80 đơn vị"). */
    private static final Set<String> GENERIC = Set.of("count:chủ", "count:đơn");
    /** Categories of entities a generic total is made of: enterprises, cooperatives, groups, households. */
    private static final Set<String> ENTITIES = Set.of("count:doanh", "count:hợp", "count:htx", "count:htxnn",
            "count:tổ", "count:hộ", "count:cơ", "count:công");
    /** How many words may stand between a total and the parenthesis of its parts ("22 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới (18 xã …"). */
    private static final int PAREN_WORDS = 12;
    /** How many words may name a source of money before its amount in a parenthesis ("nguồn ngân sách Trung ương 490 tỷ đồng"). */
    private static final int NAME_WORDS = 6;
    /** How many tokens from its sentence's start an item of a list on separate lines leads with its amount. */
    private static final int LEAD = 8;
    /** How many tokens a share named by its category ("tỷ lệ sản phẩm OCOP 4 sao …, chiếm 33%") may run. */
    private static final int CATEGORY_REACH = 16;
    private static final Set<String> COUNT_UNITS = Set.of("xã", "huyện", "thôn", "bản", "sản", "hợp", "htx", "hộ",
            "tỉnh", "đơn", "chủ", "mô", "công", "làng", "phường", "thị");

    private final Tokens t;
    /** Tokens whose number or percent sign a claim has taken. */
    private final boolean[] used;
    /**
     * Tokens of the part and the whole of a share read before the amounts ("trong tổng số 99 sản phẩm có 92
     * sản phẩm …, chiếm gần 93%"): taken by their share, they stay amounts, a list's total and item.
     */
    private final boolean[] shareTaken;
    /** Tokens of amounts read as a breakdown's parts (never the total of a whole named in words). */
    private final boolean[] part;
    private final List<Claim> claims = new ArrayList<>();
    private final List<PartsSum> sums = new ArrayList<>();
    private final List<AmountSum> amounts = new ArrayList<>();
    /** Tokens of the totals and parts a breakdown or a list was checked with (see {@link #agreeingLists}). */
    private final boolean[] summed;
    /** Every amount of the text, in token order, once read. */
    private List<Amount> amountList = List.of();
    /** The amounts as read by the first pass that asked whether a share has another whole (see {@link #explainedElsewhere}). */
    private @Nullable List<Amount> early;
    /** The wholes of the text's ratios as amounts, read once (see {@link #ratioWholes()}). */
    private @Nullable List<Amount> ratioWholes;
    /** For every token, the first sentence end at or after it, read once (see {@link #nextSentenceOf}). */
    private int @Nullable [] endFrom;
    /** The breakdowns checked: a total and its parts, for the shares named by their category. */
    private final List<Breakdown> checked = new ArrayList<>();

    /** A total and the parts it was checked against. */
    private record Breakdown(Amount total, List<Amount> parts) {
    }

    private Scanner(String text) {
        this.t = Tokens.of(text);
        this.used = new boolean[t.size + 1];
        this.part = new boolean[t.size + 1];
        this.summed = new boolean[t.size + 1];
        this.shareTaken = new boolean[t.size + 1];
    }

    static ReportClaims.Result scan(String text) {
        Scanner s = new Scanner(text);
        List<int[]> ratios = s.ratios();
        s.reversed(ratios);
        s.plans();
        s.wholes();
        List<Amount> amounts = s.amounts();
        s.amountList = amounts;
        s.levels(amounts);
        s.changes(amounts);
        s.breakdowns(amounts);
        s.parenthesised(amounts);
        s.categories(amounts);
        s.lists(amounts);
        s.runningTotals(amounts);
        s.categoryShares();
        s.namedWholes(amounts);
        s.earlierPlans(amounts);
        s.contextShares(amounts);
        s.agreeingLists(amounts);
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
        // within the whole's own characters only: a search to the text's end would make the scan quadratic
        boolean plain = true;
        for (int c = t.start[j]; c < t.end[j]; c++) {
            plain &= t.text.charAt(c) != '.';
        }
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
            if (p >= 0 && Plans.isPlanPercent(t, p) && t.value[p - 1].compareTo(HUNDRED) > 0
                    && t.value[i].compareTo(t.value[j]) <= 0) {
                // "đưa tổng số xã … lên 69/157 xã, đạt 104,5% kế hoạch": a percentage of a plan above 100%
                // is never the share of a ratio whose part is not above its whole (the whole is every
                // commune, the plan the year's): no claim of the ratio, nor of anything else
                used[p] = true;
                open.add(new int[] {i, j});
                i = p;
                continue;
            }
            if (p == -2) {
                i = j;
                continue;
            }
            if (p < 0) {
                p = namedShareAfter(i, j);
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
            // "43/34 sản phẩm, đạt 126,5% kế hoạch", "411.626/593.139 triệu đồng (đạt 69,4% KH)": a count or an
            // amount over its plan
            add(Plans.isPlanPercent(t, p) ? ClaimKind.PLAN : ClaimKind.RATIO, t.start[i], end, t.value[i], t.value[j], p,
                    boundOf(i));
            used[i] = true;
            used[j] = true;
            i = p;
        }
        return open;
    }

    /**
     * The percentage of a ratio printed after a breakdown of it, in its sentence, that names the
     * ratio's whole: "88/161 xã …, trong đó có 2 xã … (…), chiếm 54,6% số xã toàn tỉnh". The
     * percentage follows "số" or "tổng số" and the ratio's unit, is linked ("chiếm", "đạt", …), is at
     * the ratio's depth and no other ratio comes between. When a part of the breakdown (a count of
     * the same unit) over the ratio's whole is nearer to the printed value than the ratio is, the
     * percentage is that part's and not the ratio's: -1, no claim. Returns the percent sign or -1.
     */
    private int namedShareAfter(int i, int j) {
        if (!t.is(j + 1, Tokens.WORD)) {
            return -1;
        }
        String unit = t.word[j + 1];
        int depth = t.depth[i];
        boolean breakdown = false;
        List<BigDecimal> counts = new ArrayList<>();
        for (int k = j + 1; k < t.size && k - j <= RATIO_REACH; k++) {
            if (t.clauseEnd(k) || t.depth[k] < depth || ratioAt(k) >= 0) {
                return -1;
            }
            breakdown |= keyword(k) >= 0;
            if (t.is(k, Tokens.NUM) && t.value[k] != null && t.word(k + 1, unit) && t.depth[k] == depth) {
                counts.add(t.value[k]);
            }
            if (!t.is(k, Tokens.PCT) || t.depth[k] != depth) {
                continue;
            }
            int w = t.word(k + 1, "tổng") ? k + 2 : k + 1;
            if (!breakdown || used[k] || !t.is(k - 1, Tokens.NUM) || t.value[k - 1] == null || !t.word(w, "số")
                    || !t.word(w + 1, unit) || !linked(k - 1) || isChange(k - 1)
                    || t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM)) {
                return -1;
            }
            BigDecimal printed = t.value[k - 1];
            int digits = Math.max(0, printed.scale()) + 2;
            BigDecimal ratio = Figures.percent(t.value[i], t.value[j], digits).subtract(printed).abs();
            for (BigDecimal c : counts) {
                if (Figures.percent(c, t.value[j], digits).subtract(printed).abs().compareTo(ratio) < 0) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
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
            if (k > from && fullCriteria(k)) {
                // "57/104 xã hoàn thành 19/19 tiêu chí, đạt tỷ lệ 54,8%": every criterion, the ratio's attribute
                k = ratioAt(k);
                continue;
            }
            if (t.clauseEnd(k) || t.depth[k] < depth || k > from && ratioAt(k) >= 0 || keyword(k) >= 0 || rateOf(k)) {
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

    /** Whether the word at {@code k} counts another unit than the word at {@code unit}: "18 tiêu chí" after "47 xã". */
    private boolean otherUnit(int k, int unit) {
        return t.is(k, Tokens.WORD) && (COUNT_UNITS.contains(t.word[k]) || t.word[k].equals("tiêu"))
                && !t.word(unit, t.word[k]);
    }

    /** Whether a ratio of criteria with its part equal to its whole starts at {@code k}: "19/19 tiêu chí". */
    private boolean fullCriteria(int k) {
        int j = ratioAt(k);
        return j == k + 2 && t.value[k].compareTo(t.value[j]) == 0 && t.word(j + 1, "tiêu");
    }

    /**
     * Whether a rate of another quantity opens at {@code k}: "tỷ lệ" (or "tỉ lệ") followed by a word that
     * names what it measures and is no linking word, no "số" and no counted unit ("15/63 địa phương có tỉ
     * lệ giải ngân đạt trên 3%": each locality's disbursement rate, not the ratio's share; "tỷ lệ xã đạt
     * chuẩn", "tỷ lệ đạt" stay the ratio's).
     */
    private boolean rateOf(int k) {
        if (!t.word(k, "lệ") || !t.word(k - 1, "tỷ") && !t.word(k - 1, "tỉ") || !t.is(k + 1, Tokens.WORD)) {
            return false;
        }
        String w = t.word[k + 1];
        return !LINKS.contains(w) && !w.equals("số") && !COUNT_UNITS.contains(w) && !APPROXIMATE.contains(w);
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
                boolean unitThenOpen = t.is(i - 1, Tokens.OPEN) && i - 1 - k <= 6 && wordsBetween(k + 1, i - 1);
                if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM) && t.value[k - 1] != null
                        && (t.is(k + 1, Tokens.OPEN) || t.word(k + 1, "với") || unitThenOpen)
                        && !(t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM)) && !isChange(k - 1)) {
                    boolean opened = t.is(k + 1, Tokens.OPEN) || unitThenOpen;
                    int end = t.end[j];
                    int c = j + 1;
                    while (c < t.size && c - j <= 8 && (t.is(c, Tokens.WORD) || t.is(c, Tokens.COMMA))) {
                        c++;
                    }
                    if (opened && t.is(c, Tokens.CLOSE)) {
                        end = t.end[c];
                    } else if (opened) {
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

    /** Whether every token from {@code from} (inclusive) to {@code to} (exclusive) is a word: "100% đơn vị cấp huyện (6/6 …)". */
    private boolean wordsBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.is(k, Tokens.WORD)) {
                return false;
            }
        }
        return true;
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

    // ---------------------------------------------------------------- plans stated sentences before

    /**
     * An amount reached against a plan stated in an earlier sentence: "tổng kế hoạch … là 92.917,98 tỷ
     * đồng. … tổng số giải ngân … là hơn 2.553 tỷ đồng, đạt 2,74% kế hoạch", "kế hoạch vốn … 593.139
     * triệu đồng … giải ngân 411.626 triệu đồng, đạt 69,4%". The amount is followed by ", đạt P%" and
     * the percentage by "kế hoạch"/"KH", or its clause says "giải ngân"; the plan is the nearest amount
     * of the same unit, no breakdown's part, that "kế hoạch", "KH" or "dự toán" introduces in its
     * sentence (at most {@value #PLAN_WORDS} tokens before it), in the {@value #PLAN_SENTENCES}
     * sentences before. An amount "hơn"/"trên" is a lower bound: only a percentage below what it gives
     * is assessed (as a mismatch).
     */
    private void earlierPlans(List<Amount> all) {
        for (int x = 0; x < all.size(); x++) {
            Amount a = all.get(x);
            if (a.change || a.running || a.totalOnly || a.approximate && !a.over || !t.is(a.last + 1, Tokens.COMMA)) {
                continue;
            }
            int n = a.last + 2;
            if (!t.word(n, "đạt")) {
                continue;
            }
            n++;
            if (t.is(n, Tokens.WORD) && APPROXIMATE.contains(t.word[n])) {
                n++;
            }
            if (!t.is(n, Tokens.NUM) || !t.is(n + 1, Tokens.PCT) || used[n + 1] || t.value[n] == null) {
                continue;
            }
            int p = n + 1;
            if (!Plans.isPlanPercent(t, p) && !disbursed(a.token)) {
                continue;
            }
            Amount plan = plan(all, x, a);
            if (plan == null) {
                continue;
            }
            Amount line = a.over ? null : planLine(all, plan, a, p);
            if (line != null) {
                // "Tổng kế hoạch vốn … là 340,5 tỷ đồng (ngân sách Trung ương 140,5 tỷ đồng và ngân sách tỉnh 200 tỷ
                // đồng). Nguồn vốn ngân sách của tỉnh … giải ngân 121,4 tỷ đồng, đạt 60,7% kế hoạch": the plan of a line
                plan = line;
            }
            BigDecimal part = a.in(plan);
            int end = Plans.isPlanPercent(t, p) ? p + (t.word(p + 1, "kế") ? 2 : 1) : p;
            if (a.over) {
                BigDecimal printed = t.value[n];
                BigDecimal lowest = Figures.percent(part, plan.value, Math.max(0, printed.scale()));
                if (lowest.compareTo(printed) <= 0) {
                    continue;
                }
            }
            add(ClaimKind.PLAN, plan.start, t.end[end], part, plan.value, p);
        }
    }

    /**
     * The part of a plan's breakdown, in the plan's sentence, that the printed percentage at {@code p} is
     * the share of {@code a} in, when the plan itself does not give it; null otherwise.
     */
    private @Nullable Amount planLine(List<Amount> all, Amount plan, Amount a, int p) {
        if (near(a.in(plan), plan.value, p)) {
            return null;
        }
        for (int y = all.indexOf(plan) + 1; y < all.size() && all.get(y).token < a.token
                && t.sentence[all.get(y).token] == t.sentence[plan.token]; y++) {
            Amount c = all.get(y);
            if (part[c.token] && c.family.equals(a.family) && !c.change && !c.approximate && c.value.signum() > 0
                    && near(a.in(c), c.value, p)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the clause of the amount at {@code token} says "giải ngân" before it. */
    private boolean disbursed(int token) {
        for (int k = token - 1; k >= 0 && token - k <= PLAN_WORDS && !t.clauseEnd(k); k--) {
            if (t.phrase(k, "giải ngân")) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Amount plan(List<Amount> all, int x, Amount a) {
        return nearestBefore(all, x, sentencesBefore(a.token, PLAN_SENTENCES), MAX_AMOUNTS, p ->
                t.sentence[p.token] != t.sentence[a.token] && p.family.equals(a.family) && !p.change && !p.running
                && !p.approximate && !part[p.token] && p.value.signum() > 0 && p.depth == 0 && planned(p));
    }

    /** Whether "kế hoạch", "dự toán" or "KH" introduces an amount in its sentence ({@value #PLAN_WORDS} tokens before it). */
    private boolean planned(Amount p) {
        for (int k = p.token - 1; k >= t.sentence[p.token] && p.token - k <= PLAN_WORDS; k--) {
            if (t.phrase(k, "kế hoạch") || t.phrase(k, "dự toán") || t.is(k, Tokens.WORD)
                    && t.text.startsWith("KH", t.start[k]) && t.end[k] - t.start[k] == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest amount before the one at index {@code x} (at most {@code reach} amounts back, none
     * before token {@code from}) that {@code test} accepts, or null.
     */
    private static @Nullable Amount nearestBefore(List<Amount> all, int x, int from, int reach,
            java.util.function.Predicate<Amount> test) {
        for (int y = x - 1; y >= 0 && x - y <= reach; y--) {
            Amount c = all.get(y);
            if (c.token < from) {
                return null;
            }
            if (test.test(c)) {
                return c;
            }
        }
        return null;
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
            } else if (t.word(i, "trong") && t.is(i + 1, Tokens.NUM) && t.is(i + 2, Tokens.WORD)
                    && COUNT_UNITS.contains(t.word[i + 2]) && !t.is(i - 1, Tokens.NUM)) {
                // "Trong 39 sản phẩm được cấp chứng nhận …, có 32 sản phẩm là của các HTX chiếm 82,1%"
                m = i + 1;
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
                    if (!used[k] && t.value[k - 1] != null && !isChange(k - 1) && !Plans.isPlanPercent(t, k)
                            && !(t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM))) {
                        p = k;
                    }
                    break;
                }
                if (t.is(k, Tokens.NUM) && t.value[k] != null && !used[k] && !t.year(k) && !t.is(k + 1, Tokens.SLASH)
                        && !t.is(k - 1, Tokens.SLASH) && !t.is(k + 1, Tokens.PCT) && t.depth[k] == t.depth[m]
                        && !t.is(k - 1, Tokens.DASH) && !t.is(k + 1, Tokens.DASH)
                        && !otherUnit(k + 1, m + 1) && !t.word(k + 1, "sao")) {
                    // an OCOP rating ("104 sản phẩm đạt 3 sao, chiếm gần 87%") is never the count
                    last = k;
                }
            }
            boolean later = false;
            if (partAt < 0 && p >= 0) {
                // "Trong số 194 xã …, đã có 118 xã …, chiếm tỷ lệ 60,82%": the last count of the whole's unit
                partAt = last;
                later = true;
            }
            if (later && partAt >= 0 && !near(t.value[partAt], t.value[m], p) && explainedElsewhere(partAt, m, p)) {
                // "Trong số 47 xã còn lại, có 21 xã … (20,2%)": the share of another whole (every commune), not of this one
                continue;
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
            shareTaken[partAt] = true;
            shareTaken[m] = true;
        }
    }

    // ---------------------------------------------------------------- changes since a previous period

    /**
     * A change printed both ways: "tăng 7% (tăng 2036 hợp tác xã)", "tăng 243 nghìn thành viên
     * (khoảng 4%)", "tăng 6 xã, tương ứng 5%". The level it reached is the nearest amount of the same
     * unit before it (at most {@value #CHANGE_REACH} amounts back, in its sentence or the {@value
     * #CHANGE_SENTENCES} before): the previous level is that minus the change (plus, for "giảm"), and
     * the percentage is the change over the previous level.
     */
    private void changes(List<Amount> all) {
        for (int x = 0; x < all.size(); x++) {
            Amount c = all.get(x);
            if (!c.change || c.approximate || c.totalOnly || c.value.signum() <= 0) {
                continue;
            }
            int dir = c.token - 1;
            while (!(t.is(dir, Tokens.WORD) && CHANGE.contains(t.word[dir]))) {
                dir--;
            }
            if (t.word(dir, "vượt")) {
                continue;
            }
            boolean down = t.word(dir, "giảm");
            int pct = -1;
            int to = c.last;
            // after it: "(khoảng 4%)", ", tương ứng 5%", ", bằng 5%"
            // the unit's last words ("tăng 183 hợp tác xã (khoảng 27%)"): at most two more
            int opener = c.last + 1;
            while (opener - c.last <= 2 && t.is(opener, Tokens.WORD)) {
                opener++;
            }
            if (t.is(opener, Tokens.OPEN) || t.is(opener, Tokens.COMMA)) {
                for (int k = opener + 1; k < t.size && k - opener <= 4; k++) {
                    if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM)) {
                        pct = k;
                        break;
                    }
                    if (!t.is(k, Tokens.WORD) && !t.is(k, Tokens.NUM)) {
                        break;
                    }
                }
                if (pct >= 0 && (t.is(opener, Tokens.OPEN) ? !t.is(pct + 1, Tokens.CLOSE) : !linked(pct - 1))) {
                    pct = -1;
                }
                to = pct >= 0 && t.is(pct + 1, Tokens.CLOSE) ? pct + 1 : pct;
            }
            // before it: "tăng 7% (tăng 2036 hợp tác xã)"
            int close = c.last + 1;
            while (close < t.size && close - c.last <= 4 && t.is(close, Tokens.WORD)) {
                close++;
            }
            if (pct < 0 && t.is(dir - 1, Tokens.OPEN) && t.is(dir - 2, Tokens.PCT) && t.is(dir - 3, Tokens.NUM)
                    && isChange(dir - 3) && t.is(close, Tokens.CLOSE)) {
                pct = dir - 2;
                int w = dir - 4;
                while (!(t.is(w, Tokens.WORD) && CHANGE.contains(t.word[w]))) {
                    w--;
                }
                if (t.word(w, "giảm") != down) {
                    continue;
                }
                to = close;
            }
            if (pct < 0) {
                comparedTo(all, x, c, down);
                continue;
            }
            if (used[pct] || t.value[pct - 1] == null) {
                continue;
            }
            Amount level = level(all, x, c);
            if (level == null) {
                continue;
            }
            BigDecimal change = c.in(level);
            BigDecimal previous = down ? level.value.add(change) : level.value.subtract(change);
            if (previous.signum() <= 0) {
                continue;
            }
            add(ClaimKind.CHANGE, level.start, t.end[to], change, previous, pct);
        }
    }

    /**
     * A change between two levels the text prints: "tăng từ 12 xã lên 18 xã (tăng 50%)", "giảm từ
     * 1.200 hộ xuống 900 hộ, giảm 300 hộ", "tăng 6 xã so với năm 2023 (114 xã)". A printed percentage is
     * a {@link ClaimKind#CHANGE} claim (the difference over the earlier level); a printed amount is
     * checked as the higher level being the lower one plus the change ({@link AmountSum}, two parts).
     */
    private void levels(List<Amount> all) {
        for (int x = 0; x + 1 < all.size(); x++) {
            Amount from = all.get(x);
            Amount to = all.get(x + 1);
            if (!t.word(from.token - 1, "từ") || from.approximate || from.change || to.approximate
                    || to.token - from.last > 8 || !to.family.equals(from.family)) {
                continue;
            }
            boolean up = t.word(to.token - 1, "lên");
            boolean down = t.word(to.token - 1, "xuống");
            BigDecimal difference = to.in(from).subtract(from.value);
            if (!up && !down || up != difference.signum() > 0 || difference.signum() == 0 || from.value.signum() <= 0) {
                continue;
            }
            int pct = -1;
            int end = to.last;
            Amount printed = null;
            if (t.is(to.last + 1, Tokens.OPEN) || t.is(to.last + 1, Tokens.COMMA)) {
                for (int k = to.last + 2; k < t.size && k - to.last <= 6; k++) {
                    if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM)) {
                        pct = k;
                        end = t.is(k + 1, Tokens.CLOSE) ? k + 1 : k;
                        break;
                    }
                    if (!t.is(k, Tokens.WORD) && !t.is(k, Tokens.NUM)) {
                        break;
                    }
                }
                if (x + 2 < all.size() && all.get(x + 2).change && all.get(x + 2).token <= to.last + 4) {
                    printed = all.get(x + 2);
                    end = printed.last;
                }
            }
            int before = from.token - 2;
            if (pct < 0 && printed == null && (t.is(before, Tokens.OPEN) || t.is(before, Tokens.COMMA))
                    && t.is(before - 1, Tokens.PCT) && t.is(before - 2, Tokens.NUM) && isChange(before - 2)) {
                pct = before - 1;
            }
            int start = pct >= 0 && pct < from.token ? t.start[pct - 1] : from.start;
            if (pct >= 0 && !used[pct] && t.value[pct - 1] != null) {
                add(ClaimKind.CHANGE, start, t.end[Math.max(end, to.last)], difference.abs(), from.value, pct);
            } else if (printed != null && printed.family.equals(from.family) && !printed.approximate) {
                level(from.start, printed.end, up ? to : from, up ? from : to, printed);
            }
        }
    }

    /** A higher level checked as the lower one plus the change: an {@link AmountSum} of two parts. */
    private void level(int start, int end, Amount higher, Amount lower, Amount change) {
        BigDecimal sum = lower.in(higher).add(change.in(higher)).stripTrailingZeros();
        if (sum.scale() < 0) {
            sum = sum.setScale(0);
        }
        amounts.add(new AmountSum(t.text.substring(start, end), start, commonUnit(higher, List.of(lower, change)),
                higher.value, sum, 2));
        summed[higher.token] = true;
        summed[lower.token] = true;
        summed[change.token] = true;
    }

    /**
     * "tăng 6 xã so với năm 2023 (114 xã)", "… so với năm 2023 là 114 xã": the earlier level printed
     * after "so với", checked against the level reached and the change.
     */
    private void comparedTo(List<Amount> all, int x, Amount c, boolean down) {
        int k = c.token + 1;
        while (k < t.size && k - c.token <= 4 && !t.phrase(k, "so với") && (t.is(k, Tokens.WORD) || t.is(k, Tokens.COMMA))) {
            k++;
        }
        if (!t.phrase(k, "so với") || x + 1 >= all.size()) {
            return;
        }
        Amount earlier = all.get(x + 1);
        if (earlier.token - k > 8 || !earlier.family.equals(c.family)
                || earlier.approximate || earlier.change || !(t.is(earlier.token - 1, Tokens.OPEN) || t.word(earlier.token - 1, "là"))) {
            return;
        }
        Amount reached = level(all, x, c);
        if (reached == null) {
            return;
        }
        level(reached.start, earlier.end, down ? earlier : reached, down ? reached : earlier, c);
    }

    /**
     * A running total with its earlier level and the addition: "đã có 36 xã được công nhận đạt chuẩn NTM
     * … . … năm 2019 sẽ có thêm 6 xã được công nhận đạt chuẩn NTM, nâng tổng số xã đạt chuẩn lên 42 xã",
     * "61/71 xã đạt chuẩn NTM … tăng thêm 4 xã đạt chuẩn NTM, nâng tổng số xã đạt chuẩn đến cuối năm 2023 có
     * 65/71 xã": the running total ("nâng"/"đưa" with "(tổng) số", then "lên", "có" or "là" before it, at
     * most {@value #RAISED_REACH} tokens, in its clause) is checked as the level plus the addition ({@link
     * AmountSum}, two parts). The addition is the nearest amount of the unit before it in its clause and
     * follows "thêm", with the "nâng"/"đưa" between them. The level is the nearest amount of the unit before
     * the addition that is no part, change, running total, addition or approximate amount, below the running
     * total, of the same tier ("nâng cao", "kiểu mẫu" or neither) as the addition, and whose words after its
     * unit share a pair of words with the addition's ("đạt chuẩn"); when the running total is a ratio, the
     * level is a ratio of the same whole, in the {@value #LEVEL_SENTENCES} sentences before the addition's;
     * otherwise a plain amount in the addition's sentence or the one before. A level in another sentence
     * stands in the same place as the addition, when both name one ("huyện A có 5 xã …. Huyện B có thêm 5
     * xã …" is no running total of huyện A).
     */
    private void runningTotals(List<Amount> all) {
        for (int x = 1; x < all.size(); x++) {
            Amount r = all.get(x);
            int raised = raised(r.token);
            if (raised < 0 || r.approximate || r.change) {
                continue;
            }
            Amount added = null;
            for (int y = x - 1; y >= 0 && x - y <= CHANGE_REACH; y--) {
                Amount c = all.get(y);
                if (c.token < t.sentence[r.token] || semicolonBetween(c.token, r.token)) {
                    break;
                }
                if (c.family.equals(r.family) && c.depth <= r.depth) {
                    if (c.token < raised && addition(c) && !c.approximate) {
                        added = c;
                    }
                    break;
                }
            }
            if (added == null) {
                continue;
            }
            Amount level = earlierLevel(all, r, added);
            if (level != null) {
                level(level.start, r.end, r, level, added);
            }
        }
    }

    /** The earlier level of a running total {@code r} reached by the addition {@code added}, or null (see {@link #runningTotals}). */
    private @Nullable Amount earlierLevel(List<Amount> all, Amount r, Amount added) {
        boolean ratio = t.is(r.token + 1, Tokens.SLASH);
        int from = sentencesBefore(added.token, ratio ? LEVEL_SENTENCES : 1);
        int x = firstAmountFrom(all, added.token);
        boolean tier = tiered(unitAt(added), t.size);
        Set<String> words = pairs(unitAt(added) + 1, wordsEnd(unitAt(added) + 1));
        return nearestBefore(all, x, from, MAX_AMOUNTS, c -> c.family.equals(r.family) && c.depth <= added.depth
                && !part[c.token] && !c.change && !c.running && !c.approximate && !addition(c) && raised(c.token) < 0
                && t.is(c.token + 1, Tokens.SLASH) == ratio && (!ratio || t.value[c.token + 2].compareTo(t.value[r.token + 2]) == 0)
                && c.in(r).compareTo(r.value) < 0 && tiered(unitAt(c), t.size) == tier
                && !java.util.Collections.disjoint(words, pairs(unitAt(c) + 1, wordsEnd(unitAt(c) + 1)))
                && (t.sentence[c.token] == t.sentence[added.token] || samePlace(place(c.token), place(added.token))));
    }

    /** The end of the run of words from {@code from} (at most {@value #TIER_WORDS}). */
    private int wordsEnd(int from) {
        int k = from;
        while (k < t.size && k - from < TIER_WORDS && t.is(k, Tokens.WORD)) {
            k++;
        }
        return k;
    }

    private boolean semicolonBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, Tokens.SEMI)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token of "nâng"/"đưa" that makes the amount at {@code i} a running total: "nâng tổng số … lên
     * (tới) 42 xã", "nâng số xã … lên 22 xã", "nâng tổng số … đến cuối năm 2023 có 65/71 xã", at most
     * {@value #RAISED_REACH} tokens before it in its clause; -1 if none.
     */
    private int raised(int i) {
        if (!(t.word(i - 1, "lên") || t.word(i - 2, "lên") && t.is(i - 1, Tokens.WORD) || t.word(i - 1, "có")
                || t.word(i - 1, "là"))) {
            return -1;
        }
        for (int k = i - 2; k >= 0 && i - k <= RAISED_REACH && !t.clauseEnd(k); k--) {
            if ((t.word(k, "nâng") || t.word(k, "đưa")) && (t.phrase(k + 1, "tổng số") || t.word(k + 1, "số"))) {
                return k;
            }
        }
        return -1;
    }

    /** The level a change reached: the nearest amount of its unit before it, no change and no part of a ratio. */
    private @Nullable Amount level(List<Amount> all, int x, Amount c) {
        Amount l = nearestBefore(all, x, sentencesBefore(c.token, CHANGE_SENTENCES), CHANGE_REACH,
                y -> y.family.equals(c.family) && !y.change && !y.running && y.depth <= c.depth);
        return l == null || l.approximate ? null : l;
    }

    // ---------------------------------------------------------------- claims

    private void add(ClaimKind kind, int from, int to, BigDecimal part, BigDecimal whole, int pct) {
        add(kind, from, to, part, whole, pct, Hedge.EXACT);
    }

    /**
     * The hedge a bound on a ratio's part puts on its percentage: "trên 30,87/34,71 tỷ đồng (đạt 88,95% kế
     * hoạch)": the part is at least 30,87, so the share of the printed part, rounded at the printed digits, is
     * at most the printed percentage ({@link Hedge#UNDER}); "gần"/"dưới" before the part, likewise at least
     * ({@link Hedge#OVER}); {@link Hedge#EXACT} for a part printed without a bound.
     */
    private Hedge boundOf(int part) {
        return switch (t.is(part - 1, Tokens.WORD) ? t.word[part - 1] : "") {
            case "trên", "hơn" -> Hedge.UNDER;
            case "gần", "dưới" -> Hedge.OVER;
            default -> Hedge.EXACT;
        };
    }

    /** A claim whose percentage, printed without a hedge of its own, is read with {@code bound} (see {@link #boundOf}). */
    private void add(ClaimKind kind, int from, int to, BigDecimal part, BigDecimal whole, int pct, Hedge bound) {
        int n = pct - 1;
        BigDecimal printed = t.value[n];
        Hedge own = hedge(n);
        Hedge hedge = own == Hedge.EXACT ? bound : own;
        int digits = Math.max(0, printed.scale());
        BigDecimal recomputed = Figures.percent(part, whole, digits);
        BigDecimal exact = Figures.percent(part, whole, digits + 6);
        // a bound on the part bounds the share the printed percentage rounds: "trên 41,26/52,80 tỷ đồng (đạt 78,14% kế
        // hoạch)" holds, 78,1439…% of the printed part rounding to it; so the bound is on the share rounded
        boolean consistent = own == Hedge.EXACT && bound != Hedge.EXACT ? hedge.holds(recomputed, printed, recomputed)
                : hedge.holds(exact, printed, recomputed);
        claims.add(new Claim(kind, hedge, t.text.substring(from, to), from, part, whole, printed, recomputed, consistent));
        used[pct] = true;
        used[n] = true;
    }

    // ---------------------------------------------------------------- amounts and breakdowns

    /** One amount of the text: a number with its unit. */
    private record Amount(int token, int last, int start, int end, int depth, BigDecimal value, String family,
            int exponent, String unit, boolean approximate, boolean running, boolean change, boolean totalOnly,
            boolean over) {

        /** This amount counted in another unit ("35 doanh nghiệp" as subjects). */
        Amount withFamily(String other) {
            return new Amount(token, last, start, end, depth, value, other, exponent, unit, approximate, running, change,
                    totalOnly, over);
        }

        /** This amount in the unit of {@code other} (the same family): money converted exactly. */
        BigDecimal in(Amount other) {
            return value.movePointRight(exponent - other.exponent);
        }
    }

    /** Whether the spelled number at {@code i} follows "mỗi" ("Mỗi xã một sản phẩm"): a rule, not a count. */
    private boolean each(int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (t.word(k, "mỗi")) {
                return true;
            }
        }
        return false;
    }

    private List<Amount> amounts() {
        List<Amount> found = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            BigDecimal v;
            boolean totalOnly = false;
            if (t.is(i, Tokens.NUM)) {
                v = t.value[i];
                if (v == null || t.is(i - 1, Tokens.SLASH) || t.is(i + 1, Tokens.PCT)) {
                    continue;
                }
                if (used[i] && !shareTaken[i]) {
                    // the part of a ratio claim ("6.250/8.014 xã (78%)") may be a breakdown's total, never a part
                    if (!t.is(i + 1, Tokens.SLASH) || ratioAt(i) < 0) {
                        continue;
                    }
                    totalOnly = true;
                }
            } else if (t.is(i, Tokens.WORD) && SPELLED.containsKey(t.word[i]) && t.is(i + 1, Tokens.WORD)
                    && COUNT_UNITS.contains(t.word[i + 1]) && !t.is(i - 1, Tokens.NUM) && !each(i)) {
                v = BigDecimal.valueOf(SPELLED.get(t.word[i]));
            } else {
                continue;
            }
            int u = i + 1;
            if (t.is(u, Tokens.SLASH)) {
                // a bare ratio "117/117 xã": its part counts in the whole's unit
                if (!t.is(u + 1, Tokens.NUM) || used[u + 1] && !totalOnly || ratioAt(i) < 0) {
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
                if (last == u && exponent > 0 && exponent < 9 && t.is(u + 1, Tokens.WORD) && !SPELLED.containsKey(t.word[u + 1])) {
                    // "5.935 nghìn thành viên": a count in thousands, not money
                    family = "count:" + t.word[u + 1];
                    last = t.is(u + 2, Tokens.WORD) ? u + 2 : u + 1;
                    unit = t.text.substring(t.start[u], t.end[last]);
                }
            } else if (t.is(u, Tokens.WORD) && !SPELLED.containsKey(t.word[u]) && !t.word(u, "sao")) {
                // "4 sao" is an OCOP rating, never a count
                // "HTX" is "hợp tác xã" written short: one unit
                family = "count:" + (t.word(u, "htx") ? "hợp" : t.word[u]);
                last = t.is(u + 1, Tokens.WORD) ? u + 1 : u;
                unit = t.text.substring(t.start[u], t.end[last]);
            } else if (u == i + 1 && subjectUnit(i) >= 0) {
                // "Số hợp tác xã là thành viên … là 851, tăng 183 hợp tác xã": a level named by its subject
                int w = subjectUnit(i);
                family = "count:" + t.word[w];
                last = i;
                unit = t.text.substring(t.start[w], t.end[t.is(w + 1, Tokens.WORD) ? w + 1 : w]);
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
            boolean running = running(i);
            boolean change = t.is(i - 1, Tokens.WORD) && CHANGE.contains(t.word[i - 1])
                    || t.is(i - 2, Tokens.WORD) && CHANGE.contains(t.word[i - 2]) && t.is(i - 1, Tokens.WORD)
                    && APPROXIMATE.contains(t.word[i - 1]);
            boolean over = t.word(i - 1, "hơn") || t.word(i - 1, "trên");
            found.add(new Amount(i, last, t.start[i], t.end[last], t.depth[i], v, family, exponent, unit, approximate,
                    running, change, totalOnly, over));
            i = last;
        }
        return found;
    }

    /**
     * The unit word of a whole number printed without a unit after "là" whose sentence opens with
     * "Số …" or "Tổng số …" (the subject names what it counts: "Số hợp tác xã là thành viên … là
     * 851,"), or -1. The number ends its clause or is followed by a comma; no comma or clause end
     * between the subject and the number, at most 24 tokens.
     */
    private int subjectUnit(int i) {
        BigDecimal v = t.value[i];
        if (v == null || v.scale() > 0 || t.year(i) || !t.word(i - 1, "là")
                || !(i + 1 >= t.size || t.is(i + 1, Tokens.COMMA) || t.clauseEnd(i + 1))) {
            return -1;
        }
        int s = t.sentence[i];
        while (s < i && (t.is(s, Tokens.DASH) || t.is(s, Tokens.QUOTE) || t.is(s, Tokens.OTHER))) {
            s++;
        }
        if (t.word(s, "tổng")) {
            s++;
        }
        if (!t.word(s, "số") || !t.is(s + 1, Tokens.WORD) || SPELLED.containsKey(t.word[s + 1]) || i - s > 24) {
            return -1;
        }
        for (int k = s; k < i; k++) {
            if (!t.is(k, Tokens.WORD)) {
                return -1;
            }
        }
        return s + 1;
    }

    /**
     * Whether the number at {@code i} is a running total: "nâng tổng số … lên 89 xã", "đưa tổng số …
     * lên 69/157 xã" ("lên" before it, a word between allowed; "nâng" or "đưa tổng" at most 24 tokens
     * before, in its clause).
     */
    private boolean running(int i) {
        if (t.word(i - 1, "lên") || t.word(i - 2, "lên") && t.is(i - 1, Tokens.WORD)) {
            for (int k = i - 2; k >= 0 && i - k <= 24 && !t.clauseEnd(k); k--) {
                if (t.word(k, "nâng") || t.word(k, "đưa") && t.word(k + 1, "tổng")) {
                    return true;
                }
            }
        }
        return false;
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
        if (t.phrase(k, "cụ thể") && (t.is(k + 2, Tokens.COLON) || sentenceInitial(k) && t.is(k + 2, Tokens.COMMA))) {
            return k + 1;
        }
        if (t.phrase(k, "trong số") && (t.is(k + 2, Tokens.NUM) || t.word(k + 2, "các") || t.word(k + 2, "những")
                || t.word(k + 2, "đó")) && sentenceInitial(k)) {
            return k + 1;
        }
        if (t.word(k, "trong") && t.is(k + 1, Tokens.NUM) && t.is(k + 2, Tokens.WORD)
                && (COUNT_UNITS.contains(t.word[k + 2]) || MONEY.containsKey(t.word[k + 2]))
                && (opensSentence(k) || t.is(k - 1, Tokens.COMMA))) {
            // "Trong 28,038 tỷ đồng thực hiện chương trình, có 25,038 tỷ đồng … và 3 tỷ đồng …", "…, trong 247 xã
            // triển khai thực hiện, tỉnh Phú Thọ có 14 xã …; 63 xã …"
            // "Cụ thể, trong 40 sản phẩm đủ điều kiện có 4 sản phẩm … và 36 sản phẩm còn lại …": a counted whole
            return k;
        }
        if (t.word(k, "với") && t.is(k + 1, Tokens.NUM) && t.is(k - 3, Tokens.NUM)
                && (t.phrase(k - 2, "chủ thể") || t.phrase(k - 2, "đơn vị"))) {
            // "19 chủ thể với 5 doanh nghiệp, 8 hộ sản xuất … và 6 hợp tác xã": categories of a generic total
            return k;
        }
        return -1;
    }

    /**
     * Whether the token {@code k} opens its sentence, or follows the comma after an opening phrase of at
     * most three words ("Cụ thể, trong 40 sản phẩm …", "Theo đó, trong 12 xã …").
     */
    private boolean opensSentence(int k) {
        if (sentenceInitial(k)) {
            return true;
        }
        int s = t.sentence[k];
        if (!t.is(k - 1, Tokens.COMMA) || k - 1 - s > 3 || k - 1 <= s) {
            return false;
        }
        for (int x = s; x < k - 1; x++) {
            if (!t.is(x, Tokens.WORD)) {
                return false;
            }
        }
        return true;
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

    /**
     * Every breakdown: a keyword, its parts up to {@link #regionEnd} (continued into the next
     * sentences while they open with a part and the parts fall short of the total: "Trong đó, có 3 xã
     * …. 2 xã khác …"), and its total: the amount after "Trong số", the nearest one before the
     * keyword in its sentence, in the previous sentence for a sentence-initial keyword, or, for a whole
     * named in words ("Trong số các sản phẩm …, có 21 …"), the nearest amount of that unit in the four
     * sentences before that is not itself a part. The parts' unit is the first that has a total.
     */
    private void breakdowns(List<Amount> all) {
        int a = 0;
        for (int k = 0; k < t.size; k++) {
            int kw = keyword(k);
            if (kw < 0) {
                continue;
            }
            while (a < all.size() && all.get(a).token <= kw) {
                a++;
            }
            if (namesList(kw)) {
                // a list of names is no breakdown of amounts
                k = kw;
                continue;
            }
            int d = t.depth[k];
            boolean inSum = t.phrase(k, "trong số") && t.is(k + 2, Tokens.NUM) || kw == k && t.word(k, "trong");
            boolean named = t.phrase(k, "trong số") && !inSum;
            boolean initial = !inSum && sentenceInitial(k);
            int regionEnd = regionEnd(kw + 1, d);
            if (regionEnd < 0) {
                k = kw;
                continue;
            }
            Amount stated = null;
            int first = a;
            if (inSum) {
                if (first < all.size() && all.get(first).token == kw + 1) {
                    stated = all.get(first);
                    first++;
                } else {
                    k = kw;
                    continue;
                }
            }
            List<Amount> parts = new ArrayList<>();
            for (int x = first; x < all.size() && x < first + MAX_AMOUNTS && all.get(x).token < regionEnd; x++) {
                Amount p = all.get(x);
                if (p.depth == d && !p.running && !p.change && !p.totalOnly) {
                    parts.add(p);
                    part[p.token] = true;
                }
            }
            int from = initial ? previousSentence(t.sentence[k]) : t.sentence[k];
            if (initial && from >= 0 && t.phrase(k, "cụ thể") && caption(from) && previousSentence(from) >= 0) {
                // "… có thêm 38 xã …" / a photo caption on its own line / "Cụ thể, … năm 2017 có thêm 9 xã …"
                from = previousSentence(from);
            }
            int to = initial ? t.sentence[k] : k;
            if (parts.isEmpty() && t.is(kw + 1, Tokens.COLON) && regionEnd == kw + 2 && regionEnd < t.size
                    && t.type[regionEnd] == Tokens.LINE && !named && from >= 0) {
                lineItems(all, a, from, to, d, regionEnd);
                k = kw;
                continue;
            }
            if (!named && from >= 0 && byCategory(all, a, from, to, d, parts, stated)) {
                k = kw;
                continue;
            }
            for (String family : parts.stream().map(Amount::family).distinct().toList()) {
                List<Amount> same = new ArrayList<>(parts.stream().filter(p -> p.family.equals(family)).toList());
                Amount total = stated;
                if (total != null && !total.family.equals(family)) {
                    continue;
                }
                if (total == null && named) {
                    total = named(all, a, k, family);
                } else if (total == null && from >= 0) {
                    // parts that are all additions ("năm 2017 có thêm 9 xã, năm 2018 có thêm 9 xã …") add up to an
                    // addition ("có thêm 38 xã"), never to a level or a running total
                    boolean added = same.stream().allMatch(this::addition);
                    total = totalWhere(all, a, from, to, d, c -> (c.family.equals(family) || family.equals("count:đơn")
                            && ADMINISTRATIVE.contains(c.family)) && (!added || addition(c)));
                }
                if (total == null) {
                    continue;
                }
                if (regionEnd < t.size && t.sentenceEnd(regionEnd)) {
                    continueInto(all, same, total, regionEnd);
                }
                if (same.size() >= 2) {
                    check(total, same);
                    break;
                }
                if (parts.size() == 1 && onlyShare(total, same.get(0))) {
                    break;
                }
            }
            k = kw;
        }
    }

    /**
     * A list with no keyword, by place, after the sentence that states its total: "… công nhận 104 sản
     * phẩm. Thành phố Trà Vinh có 22 sản phẩm, huyện Châu Thành có 16 sản phẩm, huyện Càng Long 15 sản
     * phẩm …". Every amount of the unit in the sentence (at least three) is led by a place ("huyện",
     * "thành phố", "thị xã", "xã" …) after a comma, "và" or the sentence's start, none is a breakdown's
     * part already, and the sentence before holds exactly one amount of that unit: the total.
     */
    private void lists(List<Amount> all) {
        int x = 0;
        while (x < all.size()) {
            int sentence = t.sentence[all.get(x).token];
            int y = x;
            while (y < all.size() && t.sentence[all.get(y).token] == sentence) {
                y++;
            }
            List<Amount> in = all.subList(x, y);
            x = y;
            String family = in.get(0).family;
            List<Amount> items = in.stream().filter(a -> a.family.equals(family) && a.depth == 0).toList();
            if (items.size() < 3 || items.size() > MAX_AMOUNTS
                    || !items.stream().allMatch(a -> listItem(a) && !part[a.token] && !a.approximate && !a.change)
                    || in.stream().anyMatch(a -> a.family.equals(family) && a.depth == 1 && each(a) > 1)) {
                // an item in a parenthesis ("huyện A và huyện B (mỗi địa phương có 6 sản phẩm)") is no item left out:
                // such a list is read with it (see agreeingFollowers)
                continue;
            }
            int previous = previousSentence(sentence);
            if (previous < 0) {
                continue;
            }
            Amount total = null;
            int count = 0;
            for (int z = x - in.size() - 1; z >= 0 && t.sentence[all.get(z).token] == previous; z--) {
                Amount c = all.get(z);
                if (c.family.equals(family) && c.depth == 0 && !c.change && !part[c.token]) {
                    total = c;
                    count++;
                }
            }
            if (y < all.size() && t.sentence[all.get(y).token] == nextSentenceOf(sentence)
                    && all.get(y).family.equals(family) && ledByPlace(t.sentence[all.get(y).token])) {
                // the list runs on into the next sentence by place: read across sentences (see agreeingFollowers)
                continue;
            }
            if (count == 1 && total != null && each(total) == 1) {
                // an amount given for each of several places ("… mỗi địa phương có 482 sản phẩm") is no total
                check(total, items);
            }
        }
    }

    /** Whether an amount is led by a place: "huyện Châu Thành có 16 sản phẩm", after a comma, "và" or the sentence's start. */
    private boolean listItem(Amount a) {
        int k = a.token - 1;
        if (t.word(k, "có")) {
            k--;
        }
        int words = 0;
        while (k >= 0 && words < 6 && t.is(k, Tokens.WORD) && !t.word(k, "và")) {
            k--;
            words++;
        }
        int first = k + 1;
        boolean led = k < 0 || t.is(k, Tokens.COMMA) || t.is(k, Tokens.SEMI) || t.word(k, "và") || t.sentenceEnd(k)
                || t.is(k, Tokens.COLON) || t.is(k, Tokens.DASH);
        return words > 0 && led && t.is(first, Tokens.WORD) && PLACES.contains(t.word[first]);
    }

    /** Whether an amount is an addition: "thêm" right before its number ("có thêm 9 xã", "tăng thêm 4 xã"). */
    private boolean addition(Amount a) {
        return t.word(a.token - 1, "thêm");
    }

    /**
     * Whether the sentence starting at {@code s} is a caption: a line of its own (at most {@value
     * #CAPTION} tokens) with no number.
     */
    private boolean caption(int s) {
        if (s > 0 && t.type[s - 1] != Tokens.LINE) {
            return false;
        }
        for (int k = s; k < t.size && k - s <= CAPTION; k++) {
            if (t.is(k, Tokens.NUM)) {
                return false;
            }
            if (t.sentenceEnd(k)) {
                return t.type[k] == Tokens.LINE || k + 1 < t.size && t.type[k + 1] == Tokens.LINE;
            }
        }
        return false;
    }

    /** The first token of the sentence before the one starting at {@code s}, line ends skipped; -1 if none. */
    private int previousSentence(int s) {
        int k = s - 1;
        while (k >= 0 && t.type[k] == Tokens.LINE) {
            k--;
        }
        return k < 0 ? -1 : t.sentence[k];
    }

    /** The first token of the sentence {@code n} sentences before the one of token {@code token} (line ends skipped). */
    private int sentencesBefore(int token, int n) {
        int from = t.sentence[token];
        for (int i = 0; i < n; i++) {
            int prev = previousSentence(from);
            if (prev < 0) {
                break;
            }
            from = prev;
        }
        return from;
    }

    /** The first token of the sentence after the sentence end {@code e}, line ends skipped; -1 if none. */
    private int nextSentence(int e) {
        int k = e + 1;
        while (k < t.size && t.type[k] == Tokens.LINE) {
            k++;
        }
        return k < t.size ? k : -1;
    }

    /** The amount whose number is token {@code token}, or null (the amounts are in token order). */
    private static @Nullable Amount amountAt(List<Amount> all, int token) {
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = all.get(mid).token;
            if (at == token) {
                return all.get(mid);
            }
            if (at < token) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /**
     * Parts that run into the next sentences: while the parts fall short of the total and the next
     * sentence opens with an amount of their unit ("2 xã khác …", "10 sản phẩm đạt …"), it is a part
     * (at most {@value #NEXT_SENTENCES} sentences).
     */
    private void continueInto(List<Amount> all, List<Amount> same, Amount total, int end) {
        BigDecimal sum = sum(same, total);
        int e = end;
        for (int n = 0; n < NEXT_SENTENCES && sum.compareTo(total.value) < 0; n++) {
            int next = nextSentence(e);
            if (next < 0) {
                return;
            }
            Amount lead = amountAt(all, next);
            if (lead == null || !lead.family.equals(total.family) || lead.approximate || lead.change || lead.running
                    || lead.totalOnly) {
                return;
            }
            same.add(lead);
            part[lead.token] = true;
            sum = sum.add(lead.in(total));
            e = next;
            while (e < t.size && e - next < 400 && !t.sentenceEnd(e)) {
                e++;
            }
            if (e >= t.size || !t.sentenceEnd(e)) {
                return;
            }
        }
    }

    private BigDecimal sum(List<Amount> same, Amount total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount p : same) {
            sum = sum.add(p.in(total).multiply(BigDecimal.valueOf(each(p))));
        }
        return sum;
    }

    /**
     * How many places a part counts for: "Hương Sơn, Nghi Xuân và Cẩm Xuyên mỗi địa phương 1 sản phẩm" is
     * three parts of 1 — the names before "mỗi" (one or two words before the amount), separated by "," and
     * "và", back to the clause's start (at most {@value #NAME_LIST} tokens); 1 for any other part.
     */
    private int each(Amount p) {
        int m = -1;
        for (int k = p.token - 1; k >= 0 && p.token - k <= 4 && t.is(k, Tokens.WORD); k--) {
            if (t.word(k, "mỗi")) {
                m = k;
                break;
            }
        }
        // "Bắc Từ Liêm và Ứng Hòa (mỗi địa phương có 6 sản phẩm)": the names stand before the parenthesis
        int from = m > 0 && t.is(m - 1, Tokens.OPEN) && t.depth[m] == p.depth ? m - 2 : m - 1;
        if (m < 0 || !t.is(from, Tokens.WORD)) {
            return 1;
        }
        int names = 1;
        for (int k = from; k >= 0 && m - k <= NAME_LIST; k--) {
            if (t.clauseEnd(k) || t.is(k, Tokens.COLON) || t.is(k, Tokens.OPEN) || t.is(k, Tokens.NUM) || keyword(k) >= 0
                    || (t.is(k, Tokens.COMMA) || t.word(k, "và")) && (numberBefore(k) || t.is(k - 1, Tokens.CLOSE))
                    || t.word(k, "như") || t.word(k, "là") || t.word(k, "có")) {
                // "… với 14 sản phẩm, huyện Hoài Đức và huyện Thanh Trì mỗi địa phương có 12 sản phẩm": the comma
                // (or "và": "… có 6 sản phẩm và huyện Nam Đàn, huyện Tân Kỳ (mỗi …)") after an amount (or its
                // parenthesis) ends the item before, it separates no name; "như", "là" and "có" open the names
                return names;
            }
            if (t.is(k, Tokens.COMMA) || t.word(k, "và")) {
                names++;
            }
        }
        return 1;
    }

    /** Whether a number stands in the three tokens before {@code k}. */
    private boolean numberBefore(int k) {
        return t.is(k - 1, Tokens.NUM) || t.is(k - 2, Tokens.NUM) || t.is(k - 3, Tokens.NUM);
    }

    /**
     * The total of a whole named in words ("Trong số các sản phẩm …", "Trong số đó"): the nearest
     * amount of the family in the four sentences before, at depth 0, that is no breakdown's part nor a
     * change; when the whole is named ("các sản phẩm"), the family must be that unit.
     */
    private @Nullable Amount named(List<Amount> all, int before, int k, String family) {
        int w = k + 2;
        if ((t.word(w, "các") || t.word(w, "những")) && !family.equals("count:" + (t.is(w + 1, Tokens.WORD) ? t.word[w + 1] : ""))) {
            return null;
        }
        return nearestBefore(all, before, sentencesBefore(k, NAMED_SENTENCES), MAX_AMOUNTS,
                c -> c.token < k && c.depth == 0 && c.family.equals(family) && !c.change && !c.running && !part[c.token]);
    }

    /**
     * The total before a keyword: the nearest amount of the family at the keyword's depth or above
     * in its sentence (for a sentence-initial "Trong đó," / "Cụ thể," in the previous sentence),
     * never a change ("tăng 17 xã").
     */
    private static @Nullable Amount total(List<Amount> all, int before, int from, int to, int d,
            java.util.function.Predicate<String> family) {
        return totalWhere(all, before, from, to, d, c -> family.test(c.family));
    }

    /** {@link #total} for amounts {@code test} accepts. */
    private static @Nullable Amount totalWhere(List<Amount> all, int before, int from, int to, int d,
            java.util.function.Predicate<Amount> test) {
        for (int x = before - 1; x >= 0 && x >= before - MAX_AMOUNTS; x--) {
            Amount c = all.get(x);
            if (c.token < from) {
                break;
            }
            if (c.token < to && c.depth <= d && !c.change && test.test(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Parts named by category under a total in a generic unit: "516 chủ thể, bao gồm 139 doanh
     * nghiệp (26,9%), 128 hợp tác xã (24,8%) và 249 tổ hợp tác, hộ kinh doanh (48,3%)", "80 đơn vị;
     * trong đó, có 35 doanh nghiệp, 18 hợp tác xã, 27 hộ …". At least two parts of at least two
     * {@link #ENTITIES} categories, and the total (the stated one, or the nearest before the keyword
     * as for any breakdown) counts {@link #GENERIC} units. Returns whether it was such a breakdown.
     */
    /**
     * Whether an amount counts entities of several categories: in a {@link #GENERIC} unit ("516 chủ
     * thể", "80 đơn vị"), or "tổ chức" joined to "cá nhân" ("8 tổ chức, cá nhân", "8 tổ chức và cá nhân").
     */
    private boolean generic(Amount a) {
        if (GENERIC.contains(a.family)) {
            return true;
        }
        int u = unitAt(a);
        return t.phrase(u, "tổ chức") && (t.phrase(u + 2, "cá nhân") || (t.is(u + 2, Tokens.COMMA) || t.word(u + 2, "và"))
                && t.phrase(u + 3, "cá nhân"));
    }

    /**
     * The entity category an amount counts, or null: its own unit ("6 công ty", "4 hợp tác xã"), or a
     * generic unit named as one category ("22 chủ thể là hợp tác xã").
     */
    private @Nullable String category(Amount p) {
        if (entity(p)) {
            return p.family;
        }
        int w = p.last + 2;
        if (GENERIC.contains(p.family) && t.word(p.last + 1, "là") && t.is(w, Tokens.WORD)
                && ENTITIES.contains("count:" + t.word[w]) && !t.phrase(w, "tổ chức")) {
            return "count:" + t.word[w];
        }
        if (GENERIC.contains(p.family) && t.word(p.last + 1, "là") && t.is(w, Tokens.WORD)) {
            // "5 chủ thể là hội nông dân, làng nghề …": the generic unit named as what it is, a category of its own
            return "other:" + t.word[w];
        }
        return null;
    }

    /** Whether an amount counts entities of one category ("6 công ty", "4 hợp tác xã", "1 hộ kinh doanh"), not "tổ chức". */
    private boolean entity(Amount p) {
        return ENTITIES.contains(p.family) && !t.phrase(unitAt(p), "tổ chức");
    }

    /** The first token of an amount's unit: after its number, or after the whole of a bare ratio ("117/117 xã"). */
    private int unitAt(Amount p) {
        return p.token + (t.is(p.token + 1, Tokens.SLASH) ? 3 : 1);
    }

    private boolean byCategory(List<Amount> all, int a, int from, int to, int d, List<Amount> parts,
            @Nullable Amount stated) {
        List<Amount> same = new ArrayList<>(parts.stream().filter(p -> category(p) != null).toList());
        if (same.size() < 2 || same.stream().map(this::category).distinct().count() < 2) {
            return false;
        }
        Amount total = stated != null ? stated : totalWhere(all, a, from, to, d, this::generic);
        if (total == null || !generic(total)) {
            return false;
        }
        check(total, same);
        return true;
    }

    /**
     * A list on the lines after a keyword and a colon at a line's end: "… thêm 28 xã …, cụ thể:" then
     * "Năm 2021 sẽ thực hiện 11 xã …", "Năm 2022 … 10 xã …". Each item is the first amount of a following
     * sentence, within {@value #LEAD} tokens of its start (at most {@value #NEXT_SENTENCES} sentences,
     * until the parts reach the total); the first item's unit is the list's; the total is the nearest
     * amount of that unit before the keyword, no running total ("nâng tổng số … lên 89 xã") and no change.
     */
    private void lineItems(List<Amount> all, int a, int from, int to, int d, int lineEnd) {
        List<Amount> same = new ArrayList<>();
        Amount total = null;
        BigDecimal sum = BigDecimal.ZERO;
        int e = lineEnd;
        for (int n = 0; n < NEXT_SENTENCES && (total == null || sum.compareTo(total.value) < 0); n++) {
            int next = nextSentence(e);
            if (next < 0) {
                break;
            }
            int x = firstAmountFrom(all, next);
            Amount lead = x < all.size() ? all.get(x) : null;
            if (lead == null || lead.token - next > LEAD || t.sentence[lead.token] != t.sentence[next] || lead.depth != d
                    || lead.approximate || lead.change || lead.running || lead.totalOnly || part[lead.token]
                    || total != null && !lead.family.equals(total.family) || keywordBetween(next, lead.token)) {
                break;
            }
            if (total == null) {
                String family = lead.family;
                for (int y = a - 1; y >= 0 && y >= a - MAX_AMOUNTS && all.get(y).token >= from; y--) {
                    Amount c = all.get(y);
                    if (c.token < to && c.depth <= d && !c.change && !c.running && c.family.equals(family)) {
                        total = c;
                        break;
                    }
                }
                if (total == null) {
                    return;
                }
            }
            same.add(lead);
            sum = sum.add(lead.in(total));
            e = next;
            while (e < t.size && e - next < 400 && !t.sentenceEnd(e)) {
                e++;
            }
            if (e >= t.size || !t.sentenceEnd(e)) {
                break;
            }
        }
        if (total != null && same.size() >= 2) {
            same.forEach(p -> part[p.token] = true);
            check(total, same);
        }
    }

    /** Whether a breakdown's keyword stands between tokens {@code from} and {@code to} ("… gồm 5 xã": no item). */
    private boolean keywordBetween(int from, int to) {
        for (int q = from; q < to; q++) {
            if (keyword(q) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first amount at or after token {@code token} (the amounts are in token order). */
    private static int firstAmountFrom(List<Amount> all, int token) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).token < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Parts in parentheses after their total, with no keyword: "181 sản phẩm được công nhận (111 sản
     * phẩm 3 sao, 70 sản phẩm 4 sao)", "22 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới (18 xã đạt
     * chuẩn và 4 xã cơ bản đạt chuẩn)". The parenthesis opens at most {@value #PAREN_WORDS} words after
     * the total; every amount directly inside it is of the total's unit (or, under a total in a {@link
     * #GENERIC} unit, of an entity category, at least two categories: "16 chủ thể (6 công ty, 4 hợp tác
     * xã, 5 cơ sở sản xuất, 1 hộ …)") and opens the parenthesis or follows ",", ";" or "và" (so "lũy kế
     * 181 sản phẩm" or "tăng 70 sản phẩm" is no part); at least two.
     */
    private void parenthesised(List<Amount> all) {
        for (int x = 0; x < all.size(); x++) {
            Amount total = all.get(x);
            if (total.change || total.running || total.approximate) {
                continue;
            }
            int o = total.last + 1;
            while (o < t.size && o - total.last <= PAREN_WORDS && (t.is(o, Tokens.WORD) || rating(o) > o)) {
                o = t.is(o, Tokens.WORD) ? o + 1 : rating(o);
            }
            boolean money = total.family.equals("money");
            int first = o + 1;
            while (money && first - o <= NAME_WORDS && t.is(first, Tokens.WORD)) {
                // "980 tỷ đồng (nguồn ngân sách Trung ương 490 tỷ đồng, …)": a source's name before its amount
                first++;
            }
            if (!t.is(o, Tokens.OPEN) || x + 1 >= all.size() || all.get(x + 1).token != first) {
                continue;
            }
            int inside = t.depth[o] + 1;
            int close = o + 1;
            while (close < t.size && close - o <= 200 && !t.sentenceEnd(close)
                    && !(t.is(close, Tokens.CLOSE) && t.depth[close] == t.depth[o])) {
                close++;
            }
            if (!t.is(close, Tokens.CLOSE)) {
                continue;
            }
            List<Amount> same = new ArrayList<>();
            boolean list = true;
            int y = x + 1;
            for (; y < all.size() && y - x <= MAX_AMOUNTS; y++) {
                Amount p = all.get(y);
                if (p.token > close) {
                    break;
                }
                if (p.depth > inside) {
                    continue;
                }
                int before = p.token - 1;
                while (money && p.token - before <= NAME_WORDS && t.is(before, Tokens.WORD) && !t.word(before, "và")) {
                    before--;
                }
                boolean led = t.is(before, Tokens.OPEN) || t.is(before, Tokens.COMMA) || t.is(before, Tokens.SEMI)
                        || t.word(before, "và");
                boolean unit = p.family.equals(total.family) || generic(total) && category(p) != null;
                if (!unit || !led || p.change || p.running || p.approximate || p.totalOnly
                        || part[p.token] || t.is(p.token + 1, Tokens.SLASH)) {
                    list = false;
                    break;
                }
                same.add(p);
            }
            boolean categories = generic(total) && same.stream().allMatch(p -> category(p) != null)
                    && same.stream().map(this::category).distinct().count() >= 2;
            if (list && same.size() >= 2 && (categories || same.stream().allMatch(p -> p.family.equals(total.family)))) {
                same.forEach(p -> part[p.token] = true);
                check(total, same);
                x = y - 1;
            }
        }
    }

    /**
     * Categories with their counts in parentheses: "… 146 sản phẩm …, chủ yếu thuộc lĩnh vực thực phẩm
     * (135 sản phẩm), đồ uống (7 sản phẩm), thủ công mỹ nghệ (2 sản phẩm) và du lịch nông thôn (2 sản
     * phẩm)". At least two items "words (N unit)" in a row, each parenthesis holding its amount alone,
     * joined by "," , ";" or "và"; the total is the nearest amount of the unit before the first, in its
     * sentence, outside the parentheses, no part, change or running total.
     */
    private void categories(List<Amount> all) {
        for (int x = 0; x < all.size(); x++) {
            if (!categoryItem(all.get(x))) {
                continue;
            }
            Amount first = all.get(x);
            int firstIndex = x;
            List<Amount> same = new ArrayList<>(List.of(first));
            int y = x + 1;
            while (y < all.size() && same.size() < MAX_AMOUNTS) {
                Amount prev = same.get(same.size() - 1);
                Amount p = all.get(y);
                int k = prev.last + 2;
                if (!(t.is(k, Tokens.COMMA) || t.is(k, Tokens.SEMI) || t.word(k, "và"))) {
                    break;
                }
                k++;
                int words = 0;
                while (k < t.size && words < 8 && t.is(k, Tokens.WORD)) {
                    k++;
                    words++;
                }
                if (words == 0 || !t.is(k, Tokens.OPEN) || p.token != k + 1 || !categoryItem(p)
                        || !p.family.equals(first.family)) {
                    break;
                }
                same.add(p);
                y++;
            }
            x = y - 1;
            if (same.size() < 2) {
                continue;
            }
            Amount total = null;
            for (int z = firstIndex - 1; z >= 0 && firstIndex - z <= MAX_AMOUNTS
                    && all.get(z).token >= t.sentence[first.token]; z--) {
                Amount c = all.get(z);
                if (c.depth == first.depth - 1 && c.family.equals(first.family) && !c.change && !c.running
                        && !part[c.token]) {
                    total = c;
                    break;
                }
            }
            if (total != null) {
                same.forEach(p -> part[p.token] = true);
                check(total, same);
            }
        }
    }

    /**
     * The token after an OCOP rating starting at {@code k} ("4 sao", "3 - 4 sao", "3-4 sao"), or -1: a rating
     * is no count, and may stand between a total and the parenthesis of its parts ("138 sản phẩm OCOP đạt
     * từ 3 - 4 sao (19 sản phẩm …").
     */
    private int rating(int k) {
        if (!t.is(k, Tokens.NUM)) {
            return -1;
        }
        if (t.word(k + 1, "sao")) {
            return k + 2;
        }
        return t.is(k + 1, Tokens.DASH) && t.is(k + 2, Tokens.NUM) && t.word(k + 3, "sao") ? k + 4 : -1;
    }

    /** Whether an amount is alone in its parenthesis after a word: "thực phẩm (135 sản phẩm)". */
    private boolean categoryItem(Amount p) {
        return t.is(p.token - 1, Tokens.OPEN) && t.is(p.token - 2, Tokens.WORD) && t.is(p.last + 1, Tokens.CLOSE)
                && !p.change && !p.running && !p.approximate && !p.totalOnly && !part[p.token]
                && !t.is(p.token + 1, Tokens.SLASH);
    }

    /**
     * A share named by its category after a breakdown: "tổng số 45 sản phẩm, trong đó có 30 sản phẩm
     * đạt 3 sao và 15 sản phẩm đạt 4 sao …; tỷ lệ sản phẩm OCOP 4 sao … chiếm 33%". After "tỷ lệ"
     * (in the sentence of the breakdown's last part or the next) come the total's unit, then words
     * with a pair of tokens ("4 sao", "nâng cao") that follows exactly one part and no other, then
     * the linked percentage (at most {@value #CATEGORY_REACH} tokens): that part's share of the total.
     */
    private void categoryShares() {
        List<Breakdown> done = new ArrayList<>(checked);
        done.sort(Comparator.comparingInt(b -> b.parts().get(b.parts().size() - 1).token));
        int b = -1;
        for (int k = 0; k < t.size; k++) {
            while (b + 1 < done.size() && lastPart(done.get(b + 1)) < k) {
                b++;
            }
            if (b < 0 || !(t.phrase(k, "tỷ lệ") || t.phrase(k, "tỉ lệ"))) {
                continue;
            }
            Breakdown bd = done.get(b);
            int s = t.sentence[lastPart(bd)];
            if (t.sentence[k] != s && previousSentence(t.sentence[k]) != s) {
                continue;
            }
            Amount total = bd.total();
            if (!t.word(k + 2, total.family.substring(total.family.indexOf(':') + 1))) {
                continue;
            }
            int p = -1;
            for (int q = k + 3; q < t.size && q - k <= CATEGORY_REACH; q++) {
                if (t.sentenceEnd(q) || t.is(q, Tokens.SEMI)) {
                    break;
                }
                if (t.is(q, Tokens.PCT)) {
                    p = q;
                    break;
                }
            }
            if (p < 0 || used[p] || !t.is(p - 1, Tokens.NUM) || t.value[p - 1] == null || !linked(p - 1) || isChange(p - 1)
                    || Plans.isPlanPercent(t, p) || t.is(p - 2, Tokens.DASH) || total.value.signum() <= 0) {
                continue;
            }
            Set<String> named = pairs(k + 2, p - 1);
            Amount only = null;
            int matches = 0;
            for (Amount candidate : bd.parts()) {
                Set<String> own = new java.util.HashSet<>(descriptor(bd, candidate));
                for (Amount other : bd.parts()) {
                    if (other != candidate) {
                        own.removeAll(descriptor(bd, other));
                    }
                }
                own.retainAll(named);
                if (!own.isEmpty()) {
                    only = candidate;
                    matches++;
                }
            }
            if (matches == 1 && only != null) {
                add(ClaimKind.SHARE_OF_WHOLE, t.start[k], t.end[p], only.in(total), total.value, p);
            }
        }
    }

    /**
     * A share of a whole named in words that an earlier sentence prints: "… tỉnh Điện Biên đã công nhận 22
     * xã … (18 xã đạt chuẩn và 4 xã cơ bản đạt chuẩn) … . Sau 10 năm triển khai, toàn huyện Điện Biên đã
     * có 13 xã được công nhận đạt chuẩn nông thôn mới (chiếm 52% số xã đạt chuẩn nông thôn mới của toàn
     * tỉnh)". After a count and at most {@value #TIER_WORDS} words, "(" or "," then "chiếm"/"bằng" (a
     * hedge allowed) and the percentage, then "số"/"tổng số", the count's unit, the words that name the
     * whole (at least one) and its scope ("của toàn tỉnh", "cả tỉnh", "toàn huyện": a province,
     * district, city or the country). The whole is the nearest amount of the unit before the count, in
     * its sentence or the {@value #NAMED_SENTENCES} before, whose words after its unit (up to another
     * token, or "và" before the next amount) begin the named words, of the same tier ("nâng cao",
     * "kiểu mẫu" or neither), in a sentence whose nearest scope word before it is the named scope (and
     * when the count stands in a place of that scope too, the same place: "huyện A" is no whole of
     * "toàn huyện" for a count of "huyện B"); not approximate, no change, running total or addition, and
     * not below the count.
     */
    private void namedWholes(List<Amount> all) {
        for (int x = 0; x < all.size(); x++) {
            Amount n = all.get(x);
            if (n.approximate || n.change || n.running || n.totalOnly || n.family.equals("money")) {
                continue;
            }
            int k = n.last + 1;
            while (k - n.last <= TIER_WORDS && t.is(k, Tokens.WORD)) {
                k++;
            }
            if (!(t.is(k, Tokens.OPEN) || t.is(k, Tokens.COMMA)) || !(t.word(k + 1, "chiếm") || t.word(k + 1, "chiểm")
                    || t.word(k + 1, "bằng"))) {
                continue;
            }
            int num = t.is(k + 2, Tokens.WORD) && hedgeWord(t.word[k + 2]) ? k + 3 : k + 2;
            int pct = num + 1;
            if (!t.is(num, Tokens.NUM) || t.value[num] == null || !t.is(pct, Tokens.PCT) || used[pct]) {
                continue;
            }
            int w = t.word(pct + 1, "tổng") ? pct + 2 : pct + 1;
            String unit = n.family.substring(n.family.indexOf(':') + 1);
            if (!t.word(w, "số") || !t.word(w + 1, unit)) {
                continue;
            }
            int from = w + 2;
            int to = from;
            while (to - from < TIER_WORDS && t.is(to, Tokens.WORD) && !SCOPE_OPENERS.contains(t.word[to])) {
                to++;
            }
            String scope = scopeAfter(to);
            if (to == from || scope == null) {
                continue;
            }
            int named = from;
            int end = to;
            boolean tier = tiered(from, to);
            Amount whole = nearestBefore(all, x, sentencesBefore(n.token, NAMED_SENTENCES), MAX_AMOUNTS,
                    c -> c.family.equals(n.family) && !c.approximate && !c.change && !c.running && !addition(c)
                    && describes(unitAt(c) + 1, named, end) && tiered(unitAt(c), t.size) == tier
                    && scope.equals(scopeBefore(c.token)) && (!scope.equals(scopeBefore(n.token)) || samePlace(place(n.token),
                    place(c.token))));
            if (whole == null || whole.value.compareTo(n.value) < 0) {
                continue;
            }
            int last = pct;
            if (t.is(k, Tokens.OPEN)) {
                // the claim runs to the parenthesis' end when it closes within the sentence
                for (int q = to; q < t.size && q - to <= 8 && !t.sentenceEnd(q); q++) {
                    if (t.is(q, Tokens.CLOSE) && t.depth[q] == t.depth[k]) {
                        last = q;
                        break;
                    }
                }
            }
            add(ClaimKind.SHARE_OF_WHOLE, n.start, t.end[last], n.value, whole.value, pct);
        }
    }

    /** The scope word that names a whole after its name ("của toàn tỉnh", "cả nước", "trên địa bàn huyện"), or null. */
    private @Nullable String scopeAfter(int k) {
        for (int q = k; q < t.size && q - k < 5 && t.is(q, Tokens.WORD); q++) {
            if (SCOPES.contains(t.word[q])) {
                return t.word[q];
            }
        }
        return null;
    }

    /** The nearest scope word before token {@code i} in its sentence (at most {@value #PLACE_REACH} tokens), or null. */
    private @Nullable String scopeBefore(int i) {
        String place = place(i);
        return place == null ? null : place.split(" ")[0];
    }

    /**
     * The place a count stands in: the nearest scope word before token {@code i} in its sentence (at
     * most {@value #PLACE_REACH} tokens) with the capitalised words of its name after it, lower case
     * ("huyện điện biên", "tỉnh"), or null.
     */
    private @Nullable String place(int i) {
        for (int q = i - 1; q >= t.sentence[i] && i - q <= PLACE_REACH; q--) {
            if (t.is(q, Tokens.WORD) && SCOPES.contains(t.word[q])) {
                StringBuilder b = new StringBuilder(t.word[q]);
                for (int w = q + 1; w < i && w - q <= 4 && t.is(w, Tokens.WORD) && Character.isUpperCase(t.text.charAt(t.start[w]));
                        w++) {
                    b.append(' ').append(t.word[w]);
                }
                return b.toString();
            }
        }
        return null;
    }

    /**
     * Whether two places ({@link #place}) may be one: either unknown, or the same scope word and, when
     * both are named, the same name ("tỉnh" and "tỉnh tây ninh" may be one; "huyện a" and "huyện b" not).
     */
    private static boolean samePlace(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return true;
        }
        String[] x = a.split(" ", 2);
        String[] y = b.split(" ", 2);
        return x[0].equals(y[0]) && (x.length == 1 || y.length == 1 || x[1].equals(y[1]));
    }

    /**
     * Whether the words from {@code at} (up to another token, or a "và" before a number) are at least
     * one word and begin the named words {@code from}..{@code to}: "18 xã đạt chuẩn và 4 xã …" begins
     * "số xã đạt chuẩn nông thôn mới".
     */
    private boolean describes(int at, int from, int to) {
        int k = 0;
        while (at + k < t.size && t.is(at + k, Tokens.WORD) && !(t.word(at + k, "và") && t.is(at + k + 1, Tokens.NUM))) {
            if (from + k >= to || !t.word(at + k, t.word[from + k])) {
                return false;
            }
            k++;
        }
        return k > 0;
    }

    private static int lastPart(Breakdown b) {
        return b.parts().get(b.parts().size() - 1).token;
    }

    /** The pairs of tokens that follow a part's number up to the next part, a comma, "và" or a clause end (ten tokens). */
    private Set<String> descriptor(Breakdown bd, Amount p) {
        int next = t.size;
        for (Amount o : bd.parts()) {
            if (o.token > p.token && o.token < next) {
                next = o.token;
            }
        }
        int end = p.token + 1;
        while (end < next && end - p.token <= 10 && !t.clauseEnd(end) && !t.is(end, Tokens.COMMA) && !t.word(end, "và")) {
            end++;
        }
        return pairs(p.token + 1, end);
    }

    /** The pairs of consecutive tokens from {@code from} to {@code to} (exclusive), as lower-case text. */
    private Set<String> pairs(int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = from; k + 1 < to; k++) {
            out.add(t.text.substring(t.start[k], t.end[k]).toLowerCase(java.util.Locale.ROOT) + " "
                    + t.text.substring(t.start[k + 1], t.end[k + 1]).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * Where a breakdown's parts end: its sentence's end, a closing parenthesis below its depth,
     * examples ("tiêu biểu", "như:", …), or the clause of the next breakdown's total. -1 when the
     * list is marked partial ("…", "v.v.").
     */
    private int regionEnd(int from, int d) {
        int lastClause = from;
        int names = 0;
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
            if (t.depth[k] == d && keyword(k) >= 0 && names < 1 && namesList(keyword(k))) {
                // "5 sản phẩm đạt 3 sao gồm: khô cá kèo …, rượu vang … và một sản phẩm đạt 4 sao": names, no
                // breakdown; the parts go on after them (once a region: the scan stays linear)
                names++;
                k = keyword(k);
                continue;
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

    /**
     * Whether the keyword ending at {@code kw} opens a list of names, not of amounts: a colon (after
     * "gồm", "gồm có" …), then words, commas, semicolons, parentheses or dashes, with a comma after a
     * word, up to the sentence's end or to an amount that follows "và", "," or ";" (the next item of
     * the list around it), within {@value #NAMES_REACH} tokens: "gồm: khô cá kèo Kiều Hạnh, rượu vang
     * Lâm Vũ, … và một sản phẩm …", "gồm: nhóm thực phẩm; nhóm đồ uống …".
     */
    private boolean namesList(int kw) {
        int c = t.word(kw + 1, "có") ? kw + 2 : kw + 1;
        if (!t.is(c, Tokens.COLON)) {
            return false;
        }
        boolean word = false;
        boolean comma = false;
        for (int k = c + 1; k < t.size && k - c <= NAMES_REACH; k++) {
            if (t.sentenceEnd(k)) {
                return comma;
            }
            byte type = t.type[k];
            if (type == Tokens.NUM || t.is(k, Tokens.WORD) && SPELLED.containsKey(t.word[k]) && t.is(k + 1, Tokens.WORD)
                    && COUNT_UNITS.contains(t.word[k + 1])) {
                return comma && (t.word(k - 1, "và") || t.is(k - 1, Tokens.COMMA) || t.is(k - 1, Tokens.SEMI));
            }
            if (type == Tokens.COMMA) {
                if (!word) {
                    return false;
                }
                comma = true;
            } else if (type != Tokens.WORD && type != Tokens.SEMI && type != Tokens.OPEN && type != Tokens.CLOSE
                    && type != Tokens.DASH && type != Tokens.QUOTE) {
                return false;
            }
            word |= type == Tokens.WORD;
        }
        return false;
    }

    private void check(Amount total, List<Amount> same) {
        if (total.approximate || same.stream().anyMatch(Amount::approximate) || same.contains(total)) {
            return;
        }
        BigDecimal sum = sum(same, total).stripTrailingZeros();
        if (sum.scale() < 0) {
            sum = sum.setScale(0);
        }
        if (sum.compareTo(total.value) > 0 && same.size() >= 3 && t.word(same.get(same.size() - 1).token - 1, "còn")) {
            // "14 sản phẩm được gắn sao; trong đó 1 sản phẩm …, 13 sản phẩm …, còn 3 sản phẩm …": a remainder that
            // takes the parts over their total is the rest of a wider set, not a part of this one
            check(total, same.subList(0, same.size() - 1));
            return;
        }
        if (sum.compareTo(total.value) > 0 && same.size() >= 3 && potential(same.get(same.size() - 1))
                && sum(same.subList(0, same.size() - 1), total).compareTo(total.value) == 0) {
            // "270 sản phẩm … Trong đó, có 228 sản phẩm đạt 3 sao, 42 sản phẩm đạt 4 sao và 2 sản phẩm tiềm năng 5
            // sao": products with the potential of a higher tier are among those counted, not a part of their own, when
            // the tiers alone make up the total exactly (elsewhere they are a part: "98 sản phẩm … 54 …, 43 … và 1
            // sản phẩm tiềm năng 5 sao")
            check(total, same.subList(0, same.size() - 1));
            return;
        }
        if (sum.compareTo(total.value) > 0 && same.size() >= 3
                && sum(same.subList(1, same.size()), same.get(0)).compareTo(same.get(0).value) == 0) {
            // "22 sản phẩm tham gia …, trong đó có 19 sản phẩm được công nhận …, 2 sản phẩm … 4 sao và 17 sản phẩm … 3
            // sao": the first part is the total of the others, a breakdown nested in a subset; that total is no part
            // of a breakdown judged, so it may still be the subset of a complement printed after ("Còn lại …")
            part[same.get(0).token] = false;
            check(same.get(0), same.subList(1, same.size()));
            return;
        }
        if (sum.compareTo(total.value) > 0) {
            List<Amount> prefix = exactPrefix(total, same);
            if (prefix != null) {
                // "7 xã … Trong đó, 5 xã …; 01 xã …, 01 xã …, có 43 xã đạt 13-18 tiêu chí; …": the first parts
                // make up the total and a new clause goes on to other classes (or a remainder "còn 3 sản phẩm")
                check(total, prefix);
                return;
            }
            Amount other = exactTotal(total, same);
            if (other != null) {
                // "Huyện có 18 đơn vị hành chính gồm 02 thị trấn và 16 xã, trong đó có 08 xã, thị trấn đồng bằng, 05 xã
                // … và 05 xã …": parts over the total nearest them that add up exactly to another printed just
                // before are that one's breakdown
                check(other, same);
                return;
            }
            if (sum.compareTo(total.value.multiply(BEYOND)) > 0) {
                // parts far above their total were gathered from beyond its breakdown (a subset and other
                // classes, "trong đó 18 xã được công nhận; có 06 xã đạt từ 15 đến 18 tiêu chí, …"): not judged
                return;
            }
        }
        if (sum.compareTo(total.value) < 0) {
            Amount other = exactTotal(total, same);
            if (other != null) {
                // likewise parts short of the total nearest them
                check(other, same);
                return;
            }
        }
        partShares(total, same);
        if (sum.compareTo(total.value) < 0 && sum.compareTo(total.value.multiply(PARTITION)) < 0) {
            return;
        }
        if (sum.compareTo(total.value) < 0 && uncounted(total, same)) {
            // "13 xã … gồm 4 xã của huyện Ân Thi …; xã Quảng Châu của thành phố Hưng Yên; 4 xã …": a unit named
            // without a count is a part of one the sum does not hold, so a shortfall is not the text's
            return;
        }
        checked.add(new Breakdown(total, List.copyOf(same)));
        if (subsets(total, same)) {
            // "47/47 xã đã đạt chuẩn nông thôn mới. Trong đó, có 35 xã đạt chuẩn nông thôn mới nâng cao, 5 xã đạt
            // chuẩn nông thôn mới kiểu mẫu": each part a higher tier the total does not name, so each a subset of it
            // (their shares of it still hold), never a partition to be summed
            return;
        }
        Amount last = same.get(same.size() - 1);
        markSummed(total, same);
        amounts.add(new AmountSum(t.text.substring(total.start, last.end), total.start, commonUnit(total, same),
                total.value, sum, same.size()));
    }

    /**
     * Whether {@code whole} counts, in a generic unit, the category {@code part} counts: subjects ("80 chủ thể")
     * of enterprises, cooperatives, groups or households ("35 doanh nghiệp"), units ("18 đơn vị hành chính") of
     * communes, wards or towns.
     */
    private static boolean genericOf(Amount whole, Amount part) {
        return whole.family.equals("count:chủ") && ENTITIES.contains(part.family)
                || whole.family.equals("count:đơn") && ADMINISTRATIVE.contains(part.family);
    }

    /** Whether the amount counts products with a potential ("2 sản phẩm tiềm năng 5 sao"): candidates, never a tier. */
    private boolean potential(Amount a) {
        return t.phrase(a.last + 1, "tiềm năng") || t.phrase(a.last + 2, "tiềm năng") && t.is(a.last + 1, Tokens.WORD)
                && !t.is(a.last + 2, Tokens.NUM);
    }

    /**
     * Another total the parts add up to exactly: the nearest amount before the first part, in its sentence
     * or the {@value #LIST_SENTENCES} before, of the total's unit (or a count of units when the parts count
     * administrative units), no hedge, no change; null if none.
     */
    private @Nullable Amount exactTotal(Amount total, List<Amount> same) {
        Amount first = same.get(0);
        boolean administrative = same.stream().allMatch(p -> ADMINISTRATIVE.contains(p.family));
        int from = sentencesBefore(first.token, LIST_SENTENCES);
        for (int x = firstAmountFrom(amountList, first.token) - 1, steps = 0; x >= 0 && steps < MAX_AMOUNTS; x--, steps++) {
            Amount c = amountList.get(x);
            if (c.token < from) {
                return null;
            }
            if (c.token == total.token || c.approximate || c.change || c.running || c.value.signum() <= 0
                    || !c.family.equals(total.family) && !(administrative && c.family.equals("count:đơn"))) {
                continue;
            }
            // a count of units ("18 đơn vị hành chính") sums its communes as counted (both in units, no exponent)
            if (sum(same, c.family.equals(first.family) || !administrative ? c : first).compareTo(c.value) == 0) {
                return c;
            }
        }
        return null;
    }

    /**
     * The first parts of a breakdown (at least two) that add up to its total exactly, when the part after
     * them opens a new clause: after ";", or led by "có" or "còn" ("…, có 43 xã đạt 13-18 tiêu chí",
     * "…, còn 3 sản phẩm …"); null if none.
     */
    private @Nullable List<Amount> exactPrefix(Amount total, List<Amount> same) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int x = 0; x + 1 < same.size(); x++) {
            sum = sum.add(same.get(x).in(total));
            int c = sum.compareTo(total.value);
            if (c > 0) {
                return null;
            }
            if (c == 0 && x >= 1 && newClause(same.get(x), same.get(x + 1))) {
                return same.subList(0, x + 1);
            }
        }
        return null;
    }

    /** Whether the part {@code next} opens a new clause after {@code p}: a ";" between, or "có"/"còn" right before it. */
    private boolean newClause(Amount p, Amount next) {
        if (t.word(next.token - 1, "có") || t.word(next.token - 1, "còn")) {
            return true;
        }
        for (int k = p.last + 1; k < next.token && k - p.last <= MAX_AMOUNTS * 8; k++) {
            if (t.is(k, Tokens.SEMI)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parts of a breakdown are subsets of its total rather than a partition: every part is
     * qualified by a higher tier of the standard ("nâng cao", "kiểu mẫu") in the words that follow its
     * unit (up to the next part, a comma, "và" or its clause's end, {@value #TIER_WORDS} tokens), and the
     * words after the total ({@value #TIER_WORDS} tokens, up to any other token) name none.
     */
    private boolean subsets(Amount total, List<Amount> same) {
        if (tiered(unitAt(total), t.size)) {
            return false;
        }
        for (int x = 0; x < same.size(); x++) {
            Amount p = same.get(x);
            int next = x + 1 < same.size() ? same.get(x + 1).token : t.size;
            if (!tiered(p.token + 1, next)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words from {@code from} (before {@code to}, a comma, "và" or any other token) name a higher tier. */
    private boolean tiered(int from, int to) {
        for (int k = from; k < to && k - from < TIER_WORDS && t.is(k, Tokens.WORD) && !t.word(k, "và"); k++) {
            if (t.phrase(k, "nâng cao") || t.phrase(k, "kiểu mẫu")) {
                return true;
            }
        }
        return false;
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
                if (t.clauseEnd(k) || t.is(k, Tokens.COMMA) && t.depth[k] == p.depth && !nameThenShare(k)
                        && !t.word(k + 1, "chiếm")) {
                    // "…, trong đó vốn ngân sách nhà nước 1.394 tỷ đồng, chiếm tỷ lệ 57,85%; …": "chiếm" after the
                    // comma gives the part's share
                    break;
                }
                if (t.is(k, Tokens.PCT) && t.is(k - 1, Tokens.NUM) && !used[k] && t.value[k - 1] != null
                        && !isChange(k - 1) && !Plans.isPlanPercent(t, k)
                        && !(t.is(k - 2, Tokens.DASH) && t.is(k - 3, Tokens.NUM))) {
                    int end = t.is(k + 1, Tokens.CLOSE) ? t.end[k + 1] : t.end[k];
                    BigDecimal part = p.value.movePointRight(p.exponent - total.exponent);
                    if (!near(part, total.value, k) && explainedElsewhere(p.token, total.token, k)) {
                        // "Trong số 47 xã còn lại, có 21 xã … (20,2%)": a share of another whole (every commune)
                        break;
                    }
                    add(ClaimKind.SHARE_OF_WHOLE, p.start, end, part, total.value, k);
                    break;
                }
            }
        }
    }

    /**
     * The share a breakdown of a single part prints for it, of its total in its unit: "hơn 1.458 km
     * chiều dài đường xã, trong đó đã nhựa hóa 1.237 km, chiếm hơn 84%". After the part's unit (at most
     * {@value #SHARE_WORDS} more words), "," or "(" then "chiếm", a hedge allowed, and the percentage,
     * which ends its clause (a sentence end, ";", ",", or the ")" of its parenthesis): a percentage
     * followed by more words ("chiếm 45% số xã toàn tỉnh") names a whole of its own and is not the
     * part's, and so is a percentage more than {@link #SHARE_SLACK} percentage points from the part's
     * share of the total ("có 36 xã, trong đó 8 xã biên giới, chiếm 45%": of another whole). The total is read
     * as printed (a hedged total too) and is no ratio (a percentage after a ratio's breakdown is the
     * ratio's); the part is exact and not above the total. Returns whether the share was read.
     */
    private boolean onlyShare(Amount total, Amount p) {
        if (p.approximate || p.change || p.running || total.value.signum() <= 0 || p.in(total).compareTo(total.value) > 0
                || t.is(total.token + 1, Tokens.SLASH)) {
            // a ratio's breakdown: a percentage after it is the ratio's (namedShareAfter), never the part's
            return false;
        }
        int k = p.last + 1;
        while (k - p.last <= SHARE_WORDS && t.is(k, Tokens.WORD)) {
            k++;
        }
        boolean open = t.is(k, Tokens.OPEN);
        if (!open && !t.is(k, Tokens.COMMA) || !t.word(k + 1, "chiếm")) {
            return false;
        }
        int n = k + 2;
        if (t.is(n, Tokens.WORD) && hedgeWord(t.word[n])) {
            n++;
        }
        int pct = n + 1;
        if (!t.is(n, Tokens.NUM) || t.value[n] == null || !t.is(pct, Tokens.PCT) || used[pct]) {
            return false;
        }
        boolean ends = pct + 1 >= t.size || (open ? t.is(pct + 1, Tokens.CLOSE) : t.clauseEnd(pct + 1) || t.is(pct + 1, Tokens.COMMA));
        BigDecimal share = Figures.percent(p.in(total), total.value, 6);
        if (!ends || share.subtract(t.value[n]).abs().compareTo(SHARE_SLACK) > 0) {
            // "có 36 xã, trong đó 8 xã biên giới, chiếm 45%": far from the part's share of the total, the
            // percentage is of another whole (the province's border communes), not read
            return false;
        }
        add(ClaimKind.SHARE_OF_WHOLE, total.start, t.end[open ? pct + 1 : pct], p.in(total), total.value, pct);
        return true;
    }

    /** Whether a word hedges the number after it ("khoảng", "gần", "hơn", "trên", "dưới", "ước"). */
    private static boolean hedgeWord(String w) {
        return ABOUT.contains(w) || w.equals("gần") || w.equals("hơn") || w.equals("trên") || w.equals("dưới");
    }

    /**
     * Whether the comma at {@code k} only continues a part's name up to its share: "249 tổ hợp tác, hộ
     * kinh doanh (48,3%)": words only (at most six), then a parenthesis that opens with the percentage.
     */
    private boolean nameThenShare(int k) {
        int w = k + 1;
        while (w - k <= 6 && t.is(w, Tokens.WORD)) {
            w++;
        }
        return w > k + 1 && t.is(w, Tokens.OPEN) && t.is(w + 1, Tokens.NUM) && t.is(w + 2, Tokens.PCT);
    }

    /** The words of the unit the total and every part share, at least the first. */
    private String commonUnit(Amount total, List<Amount> parts) {
        if (total.family.equals("money") || generic(total)
                && parts.stream().anyMatch(p -> !p.family.equals(total.family))) {
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
    /**
     * Whether every part of a sum of ratios names a higher tier ("65/97 xã đạt chuẩn nông thôn mới nâng cao,
     * …, 04/97 xã đạt chuẩn nông thôn mới kiểu mẫu") that its total does not: subsets of it, never parts.
     */
    private static boolean tieredSubsets(Claim total, List<Claim> parts) {
        return !tierIn(total.text()) && parts.stream().allMatch(p -> tierIn(p.text()));
    }

    private static boolean tierIn(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("nâng cao") || lower.contains("kiểu mẫu");
    }

    private void ratioSums() {
        List<Claim> ratios = claims.stream().filter(c -> c.kind() == ClaimKind.RATIO || c.kind() == ClaimKind.PLAN)
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
            if (total != null && parts.size() >= 2 && parts.size() <= MAX_AMOUNTS && !tieredSubsets(total, parts)) {
                BigDecimal parts1 = parts.stream().map(Claim::part).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal wholes = parts.stream().map(Claim::whole).reduce(BigDecimal.ZERO, BigDecimal::add);
                sums.add(new PartsSum(t.text.substring(t.start[t.sentence[k]], endOffset).strip(), total.offset(),
                        total.part(), parts1, total.whole(), wholes, parts.size()));
            }
            k = end;
        }
    }

    // ---------------------------------------------------------------- shares of a whole printed elsewhere

    /** A share of a whole printed elsewhere: its percent sign, its part and the wholes of its unit before it, nearest first. */
    private record Pending(int pct, Amount part, List<Amount> wholes, ClaimKind kind) {
    }

    /**
     * Shares of a whole printed in an earlier clause, sentence or paragraph: "… có 64/80 xã đạt chuẩn
     * … Hiện, Sóc Trăng có 16 xã đạt chuẩn nông thôn mới nâng cao, chiếm 20% tổng số xã", "… đã huy
     * động được hơn 40.650 tỷ đồng … Trong đó, vốn ngân sách thành phố là hơn 20.416 tỷ đồng, chiếm 50,2%
     * tổng nguồn vốn; ngân sách huyện hơn 16.055 tỷ đồng, chiếm 39,5%", "… 29 xã, tỷ lệ 28%", "chiếm
     * 12,26% …, với 19 sản phẩm". Every free linked percentage (no change, no range) with an amount before
     * it in its clause (at most {@value #CONTEXT_PART_REACH} tokens; or after it, led by "với") is tried
     * against the wholes of the amount's unit above it: the amounts and the wholes of ratios of the
     * {@value #CONTEXT_SENTENCES} sentences before (at most {@value #CONTEXT_WHOLES} distinct values,
     * nearest first). The first whole the printed figure rounds from (within one printed unit, its hedge
     * holding) is its whole: a consistent claim. A share no whole gives is judged only against a whole
     * that at least {@value #CONFIRMATIONS} other shares of the text were found consistent with (the
     * parts of one list of shares): a mismatch then; otherwise it is not judged. A percentage of a plan
     * ("so với tổng kế hoạch vốn") is a {@link ClaimKind#PLAN} claim; a plan printed in parentheses after
     * it ("đạt 190% kế hoạch năm (30 sản phẩm)") is its whole.
     */
    private void contextShares(List<Amount> all) {
        if (all.isEmpty()) {
            return;
        }
        List<Amount> ratioWholes = ratioWholes();
        Map<Integer, Integer> confirmed = new java.util.HashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (int p = 2; p < t.size; p++) {
            if (!t.is(p, Tokens.PCT) || used[p] || !t.is(p - 1, Tokens.NUM) || t.value[p - 1] == null || used[p - 1]
                    || t.value[p - 1].signum() <= 0 || t.is(p - 2, Tokens.DASH) && t.is(p - 3, Tokens.NUM)
                    || t.is(p + 1, Tokens.DASH) && t.is(p + 2, Tokens.NUM) || isChange(p - 1)) {
                continue;
            }
            if (namedAfter(p)) {
                // "chiếm 72% số xã đạt chuẩn của toàn tỉnh": a whole named in words is {@link #namedWholes}'s to find
                continue;
            }
            boolean plan = planAfter(p);
            Amount partBefore = linked(p - 1) ? partBefore(all, p) : null;
            Amount part = partBefore != null ? partBefore : partAfter(all, p);
            if (part == null || used[part.token]) {
                continue;
            }
            List<Amount> wholes = new ArrayList<>();
            Amount bracketed = plan ? bracketedPlan(all, p, part) : null;
            if (bracketed != null) {
                wholes.add(bracketed);
            } else {
                wholes = wholesBefore(all, ratioWholes, part, plan);
            }
            ClaimKind kind = plan ? ClaimKind.PLAN : ClaimKind.SHARE_OF_WHOLE;
            Amount whole = consistentWhole(wholes, part, p);
            Amount counted = whole == null && partBefore != null && bracketed == null && attribute(partBefore)
                    ? partBefore(all, p, partBefore.token - 1) : null;
            if (counted != null && !used[counted.token]) {
                // "có 19 xã đạt 5 tiêu chí, chiếm 12,5%": the criteria are what the communes reached; the share
                // is of the communes counted before them
                List<Amount> countedWholes = wholesBefore(all, ratioWholes, counted, false);
                Amount w = consistentWhole(countedWholes, counted, p);
                if (w != null) {
                    part = counted;
                    whole = w;
                } else if (wholes.isEmpty()) {
                    part = counted;
                    wholes = countedWholes;
                }
            }
            if (whole != null) {
                addContext(kind, part, whole, p);
                confirmed.merge(whole.token, 1, Integer::sum);
            } else if (!wholes.isEmpty()) {
                pending.add(new Pending(p, part, wholes, kind));
            }
        }
        for (Pending x : pending) {
            for (Amount w : x.wholes()) {
                if (confirmed.getOrDefault(w.token, 0) >= CONFIRMATIONS && !used[x.pct()]) {
                    addContext(x.kind(), x.part(), w, x.pct());
                    break;
                }
            }
        }
    }

    /** The first of {@code wholes} the printed percentage at {@code p} could be the share of {@code part} in, or null. */
    private @Nullable Amount consistentWhole(List<Amount> wholes, Amount part, int p) {
        for (Amount w : wholes) {
            if (near(part.in(w), w.value, p)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether an amount is an attribute of what is counted before it, not a count: criteria reached
     * ("đạt 5 tiêu chí", "đạt dưới 10 tiêu chí", "đạt từ 15 tiêu chí").
     */
    private boolean attribute(Amount a) {
        if (!a.family.equals("count:tiêu")) {
            return false;
        }
        int k = a.token - 1;
        while (k >= 0 && t.is(k, Tokens.WORD) && (t.word(k, "dưới") || t.word(k, "trên") || t.word(k, "từ")
                || t.word(k, "đủ") || t.word(k, "được"))) {
            k--;
        }
        return t.word(k, "đạt");
    }

    private void addContext(ClaimKind kind, Amount part, Amount whole, int p) {
        int from = Math.min(part.start, t.start[p - 1]);
        int to = Math.max(part.end, t.end[p]);
        add(kind, from, to, part.in(whole), whole.value, p);
        used[part.token] = true;
    }

    /**
     * Whether the printed percentage at {@code p} could be {@code part} over {@code whole}: the exact
     * share within one printed unit of it, and its hedge holding.
     */
    private boolean near(BigDecimal part, BigDecimal whole, int p) {
        BigDecimal printed = t.value[p - 1];
        int digits = Math.max(0, printed.scale());
        BigDecimal exact = Figures.percent(part, whole, digits + 6);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        return exact.subtract(printed).abs().compareTo(unit) <= 0
                && hedge(p - 1).holds(exact, printed, Figures.percent(part, whole, digits));
    }

    /**
     * Whether the percentage at {@code p} names its whole in words beyond its unit: "72% số xã đạt chuẩn",
     * "65% số xã … của toàn huyện", "12,26% trên tổng số sản phẩm OCOP được công nhận"; "20% tổng số xã"
     * and "50,2% tổng nguồn vốn" name only their unit.
     */
    private boolean namedAfter(int p) {
        int k = p + 1;
        if (t.word(k, "trên") || t.word(k, "của")) {
            k++;
        }
        if (t.word(k, "tổng")) {
            k++;
        }
        if (!t.word(k, "số") || !t.is(k + 1, Tokens.WORD)) {
            return false;
        }
        if (t.word(k + 1, "lượng")) {
            k++;
        }
        String unit = t.word[k + 1];
        int words = switch (unit) {
            case "sản", "đơn", "chủ", "mô" -> 2;
            case "hợp" -> 3;
            default -> 1;
        };
        int after = k + 1 + words;
        return t.is(after, Tokens.WORD) && !t.word(after, "và") && !t.word(after, "so");
    }

    /** Whether "kế hoạch" or "KH" follows the percentage at {@code p}, "so với" and "tổng" allowed between. */
    private boolean planAfter(int p) {
        if (Plans.isPlanPercent(t, p)) {
            return true;
        }
        int k = p + 1;
        if (t.phrase(k, "so với")) {
            k += 2;
        }
        if (t.word(k, "tổng")) {
            k++;
        }
        return k > p + 1 && Plans.isPlanPercent(t, k - 1);
    }

    /**
     * The part of a share: the nearest amount before the percentage at {@code p} in its clause, at a
     * depth not above it, no range, no change, no running total, at most {@value #CONTEXT_PART_REACH}
     * tokens before it, with no other percentage between.
     */
    private @Nullable Amount partBefore(List<Amount> all, int p) {
        return partBefore(all, p, p - 2);
    }

    /** {@link #partBefore(List, int)} from token {@code from} back. */
    private @Nullable Amount partBefore(List<Amount> all, int p, int from) {
        // tokens inside a parenthesis count for nothing: "35 doanh nghiệp (Công ty TNHH, Công ty cổ phần, Doanh
        // nghiệp tư nhân), chiếm 43,8%"
        int inside = 0;
        for (int k = from; k >= 0 && p - k - inside <= CONTEXT_PART_REACH; k--) {
            if (t.depth[k] > t.depth[p] || t.is(k, Tokens.CLOSE) && t.depth[k] == t.depth[p]) {
                inside++;
            }
            if (t.clauseEnd(k) || t.is(k, Tokens.PCT) || t.depth[k] > t.depth[p] && t.is(k, Tokens.NUM)
                    && !t.is(k + 1, Tokens.DASH) && !t.is(k - 1, Tokens.DASH)) {
                return null;
            }
            if (!t.is(k, Tokens.NUM)) {
                continue;
            }
            Amount a = amountAt(all, k);
            if (a == null) {
                if (t.is(k - 1, Tokens.SLASH) || t.is(k + 1, Tokens.SLASH)) {
                    return null;
                }
                continue;
            }
            if (t.is(k - 1, Tokens.DASH) && t.is(k - 2, Tokens.NUM) || t.is(k + 1, Tokens.DASH) || a.change || a.running
                    || a.totalOnly || a.value.signum() <= 0) {
                continue;
            }
            return a;
        }
        return null;
    }

    /** The part of a share printed after it: "chiếm 12,26% …, với (tổng cộng) 19 sản phẩm", in its sentence. */
    private @Nullable Amount partAfter(List<Amount> all, int p) {
        for (int k = p + 1; k < t.size && k - p <= CONTEXT_PART_REACH; k++) {
            if (t.sentenceEnd(k) || t.is(k, Tokens.PCT) || t.is(k, Tokens.NUM)) {
                return null;
            }
            if (t.word(k, "với")) {
                int n = k + 1;
                if (t.phrase(n, "tổng cộng") || t.phrase(n, "tổng số")) {
                    n += 2;
                }
                Amount a = amountAt(all, n);
                return a == null || a.change || a.running || a.totalOnly || a.value.signum() <= 0 ? null : a;
            }
        }
        return null;
    }

    /** A plan printed in parentheses right after its percentage's "kế hoạch (năm)": "đạt 190% kế hoạch năm (30 sản phẩm)". */
    private @Nullable Amount bracketedPlan(List<Amount> all, int p, Amount part) {
        int k = p + 1;
        k += t.word(k, "kế") ? 2 : 1;
        if (t.word(k, "năm")) {
            k++;
        }
        if (t.year(k)) {
            k++;
        }
        if (!t.is(k, Tokens.OPEN)) {
            return null;
        }
        Amount a = amountAt(all, k + 1);
        return a != null && a.family.equals(part.family) && t.is(a.last + 1, Tokens.CLOSE) && a.value.signum() > 0 ? a : null;
    }

    /**
     * The wholes a part may be a share of: amounts of its unit (or money) above it, and wholes of ratios
     * of its unit, before it in its sentence and the {@value #CONTEXT_SENTENCES} before, nearest first,
     * at most {@value #CONTEXT_WHOLES} distinct values; no change and no part of a breakdown (for a plan, a
     * breakdown's part may be its whole: "… (ngân sách Trung ương 131,2 tỷ đồng và ngân sách tỉnh 150 tỷ đồng). Nguồn vốn
     * ngân sách của tỉnh … giải ngân 90,9 tỷ đồng, đạt 60,6% kế hoạch").
     */
    private List<Amount> wholesBefore(List<Amount> all, List<Amount> ratioWholes, Amount part, boolean plan) {
        int from = sentencesBefore(part.token, CONTEXT_SENTENCES);
        int x = firstAmountFrom(all, part.token) - 1;
        int r = firstAmountFrom(ratioWholes, part.token) - 1;
        List<Amount> out = new ArrayList<>();
        Set<BigDecimal> seen = new java.util.HashSet<>();
        int steps = 0;
        while (out.size() < CONTEXT_WHOLES && steps++ < MAX_AMOUNTS) {
            Amount a = x >= 0 ? all.get(x) : null;
            Amount b = r >= 0 ? ratioWholes.get(r) : null;
            Amount c;
            if (a != null && (b == null || a.token > b.token)) {
                c = a;
                x--;
            } else if (b != null) {
                c = b;
                r--;
            } else {
                break;
            }
            if (c.token < from) {
                break;
            }
            if (!c.family.equals(part.family) && !genericOf(c, part) || c.change || this.part[c.token] && !plan || c.value.signum() <= 0
                    || sharePart(c, part)
                    || !c.family.equals("money") && !samePlace(place(c.token), place(part.token))) {
                continue;
            }
            BigDecimal inPart = part.in(c);
            if (inPart.compareTo(c.value) >= 0 || !seen.add(c.value.movePointRight(c.exponent).stripTrailingZeros())) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Whether {@code c} is the part of a share of its own in the sentence of {@code part}: a sibling in a
     * list of shares ("có 92 sản phẩm …, chiếm gần 93%; 06 sản phẩm …, chiếm trên 6%"), never its whole.
     */
    private boolean sharePart(Amount c, Amount part) {
        return used[c.token] && !c.totalOnly && !shareWhole(c.token) && t.sentence[c.token] == t.sentence[part.token];
    }

    /** Whether the number at {@code token} is the whole of a share read before the amounts ("trong tổng số 99 …"). */
    private boolean shareWhole(int token) {
        return shareTaken[token] && (t.word(token - 1, "số") || t.word(token - 1, "trong"));
    }

    /**
     * Whether a whole of the text before the amount at token {@code partAt}, other than the one at token
     * {@code whole}, gives the printed percentage at {@code p} (see {@link #contextShares}): then the
     * percentage is that whole's share and is never judged against {@code whole}. Reads the amounts as
     * they stand when first asked (a pass before the amounts are read asks too).
     */
    private boolean explainedElsewhere(int partAt, int whole, int p) {
        if (early == null) {
            early = amountList.isEmpty() ? amounts() : amountList;
        }
        List<Amount> all = early;
        Amount a = amountAt(all, partAt);
        return a != null && wholesBefore(all, ratioWholes(), a, false).stream()
                .anyMatch(w -> w.token != whole && near(a.in(w), w.value, p));
    }

    /** The wholes of the text's ratios as amounts of the unit after them ("64/80 xã": 80 xã), in token order, read once. */
    private List<Amount> ratioWholes() {
        if (ratioWholes != null) {
            return ratioWholes;
        }
        List<Amount> out = new ArrayList<>();
        ratioWholes = out;
        for (int i = 0; i < t.size; i++) {
            int j = ratioAt(i);
            if (j < 0 || !t.is(j + 1, Tokens.WORD) || !COUNT_UNITS.contains(t.word[j + 1])) {
                continue;
            }
            int last = t.is(j + 2, Tokens.WORD) ? j + 2 : j + 1;
            out.add(new Amount(j, last, t.start[j], t.end[last], t.depth[j], t.value[j], "count:" + t.word[j + 1], 0,
                    t.text.substring(t.start[j + 1], t.end[last]), false, false, false, false, false));
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------- lists that add up to a total printed before

    /**
     * Lists with no keyword that add up exactly to a total printed before them: "… đã có 56 sản phẩm OCOP
     * … tỉnh có 14 sản phẩm … Trong đó có 2 sản phẩm 4 sao … và 12 sản phẩm 3 sao", "… của 15 xã … 5 xã
     * đạt 19 tiêu chí …; 3 xã …; 5 xã … và 2 xã …", "109 sản phẩm của 70 chủ thể … (có 97 sản phẩm mới, 2
     * sản phẩm nâng hạng và 10 sản phẩm …). Cụ thể, 26 sản phẩm của 12 chủ thể …; 83 sản phẩm của 58 chủ
     * thể …". A list is the amounts of one unit at one depth of a sentence (or of one parenthesis), at
     * least two, none hedged, a change, a running total or already a breakdown's part; its total is the
     * first amount of the list when the others add up to it, else the nearest amount of its unit before
     * it (for a parenthesis, first the amount right before it) in its sentence and the {@value
     * #LIST_SENTENCES} before that the list adds up to exactly. Only an exact sum is a claim: a list
     * that adds up to nothing printed is no breakdown the text states, and is never judged.
     */
    private void agreeingLists(List<Amount> all) {
        int x = 0;
        while (x < all.size()) {
            int sentence = t.sentence[all.get(x).token];
            int y = x;
            Map<String, List<Amount>> groups = new java.util.LinkedHashMap<>();
            Map<String, Integer> opens = new java.util.HashMap<>();
            for (; y < all.size() && t.sentence[all.get(y).token] == sentence; y++) {
                Amount a = all.get(y);
                if (a.change || a.running || a.totalOnly || a.approximate || summed[a.token]
                        || a.value.signum() <= 0 || t.is(a.token + 1, Tokens.SLASH) || !listUnit(a.family)
                        || t.word(a.token - 1, "đến") && t.is(a.token - 2, Tokens.NUM)
                        || t.is(a.token, Tokens.WORD) && colonBefore(a.token)) {
                    // a bare ratio's part ("28/36 xã") counts against its own whole, a count of criteria ("đạt 19
                    // tiêu chí") is an attribute, "từ 15 đến 18 tiêu chí" a range, a breakdown's total or part
                    // is judged already: none of them is an item of a list
                    continue;
                }
                int open = a.depth == 0 ? -1 : openOf(a.token);
                if (a.depth > 0 && open < 0) {
                    continue;
                }
                String key = a.family + "@" + open;
                opens.put(key, open);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
            for (Map.Entry<String, List<Amount>> g : groups.entrySet()) {
                List<Amount> list = g.getValue();
                int open = opens.getOrDefault(g.getKey(), -1);
                if (list.size() >= 2 && list.size() <= MAX_AMOUNTS && !agreeingList(all, x, list, open) && open >= 0) {
                    // inside a parenthesis, "; " may open another list ("(39 sản phẩm 4 sao, 212 sản phẩm 3 sao; có 99
                    // sản phẩm thuộc ngành thực phẩm, …)"): each run between semicolons on its own
                    Map<Integer, List<Amount>> runs = new java.util.TreeMap<>();
                    for (Amount a : list) {
                        runs.computeIfAbsent(semicolonsBetween(open, a.token), k -> new ArrayList<>()).add(a);
                    }
                    for (List<Amount> r : runs.values()) {
                        if (runs.size() > 1 && r.size() >= 2) {
                            agreeingList(all, x, r, open);
                        }
                    }
                }
            }
            x = y;
        }
        for (int r = 0; r < all.size(); r++) {
            agreeingRunningTotal(all, r);
            agreeingConclusion(all, r);
        }
        for (int r = 0; r < all.size(); r++) {
            agreeingComplement(all, r);
            agreeingFollowers(all, r);
            agreeingLines(all, r);
        }
        remainders();
    }

    /**
     * A ratio followed by the rest of its whole: "nâng tổng số xã đạt chuẩn NTM toàn huyện lên 16/20 xã (còn 4 xã
     * chưa đạt chuẩn, gồm: …)", "… 16/20 xã, còn lại 4 xã …". The part and the rest, of the ratio's unit, make up
     * the whole: a breakdown of it, judged like any other.
     */
    private void remainders() {
        for (int i = 0; i + 6 < t.size; i++) {
            int j = ratioAt(i);
            if (j < 0 || !t.is(j + 1, Tokens.WORD) || !COUNT_UNITS.contains(t.word[j + 1]) || t.value[i] == null) {
                continue;
            }
            int k = j + 2;
            if (!(t.is(k, Tokens.OPEN) || t.is(k, Tokens.COMMA)) || !t.word(k + 1, "còn")) {
                continue;
            }
            int n = t.word(k + 2, "lại") ? k + 3 : k + 2;
            if (!t.is(n, Tokens.NUM) || t.value[n] == null || !t.word(n + 1, t.word[j + 1]) || t.is(n + 2, Tokens.SLASH)
                    || summed[n]) {
                continue;
            }
            BigDecimal parts = t.value[i].add(t.value[n]);
            summed[n] = true;
            amounts.add(new AmountSum(t.text.substring(t.start[i], t.end[n + 1]), t.start[i],
                    t.text.substring(t.start[j + 1], t.end[j + 1]), t.value[j], parts, 2));
            i = n;
        }
    }

    /**
     * A total whose line ends with a colon, broken down on the lines after it, each led by one part: "– 80 chủ
     * thể có sản phẩm OCOP cấp tỉnh:⏎+ Có 35 doanh nghiệp (…), chiếm 43,8%.⏎+ 18 hợp tác xã, chiếm 22,5%, trong đó
     * …;⏎+ 27 hộ kinh doanh, chiếm 33,7%." The part of a line is its first amount (within {@value #LEAD} tokens of
     * the line's start), of the total's unit or, for a generic total, of one of its categories; the lines run
     * until one is led by no such part. Only an exact sum (at least two parts) is a claim.
     */
    private void agreeingLines(List<Amount> all, int x) {
        Amount total = all.get(x);
        if (!free(total) || total.depth != 0) {
            return;
        }
        int k = total.last + 1;
        while (k < t.size && k - total.last <= 2 * CONTEXT_PART_REACH && !t.is(k, Tokens.LINE) && !t.is(k, Tokens.COLON)
                && !t.sentenceEnd(k)) {
            k++;
        }
        if (!t.is(k, Tokens.COLON) || !t.is(k + 1, Tokens.LINE) || amountBetween(all, total.token, k)) {
            return;
        }
        List<Amount> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int line = k + 1;
        int y = x + 1;
        while (line < t.size && t.is(line, Tokens.LINE) && items.size() < MAX_AMOUNTS) {
            while (y < all.size() && all.get(y).token <= line) {
                y++;
            }
            if (y >= all.size() || all.get(y).token - line > LEAD || lineBetween(line, all.get(y).token)) {
                break;
            }
            Amount c = all.get(y);
            Amount as = c.family.equals(total.family) ? c : genericOf(total, c) ? c.withFamily(total.family) : null;
            if (as == null || part[c.token] || c.depth != 0 || !free(as) && !summed[c.token]) {
                // a part's own breakdown ("18 hợp tác xã, …, trong đó có 6 HTX … và 12 HTX …") keeps it an item
                break;
            }
            items.add(c);
            sum = sum.add(c.in(total).multiply(BigDecimal.valueOf(each(c))));
            if (sum.compareTo(total.value) >= 0) {
                if (sum.compareTo(total.value) == 0 && items.size() >= 2) {
                    claimList(total, items);
                }
                return;
            }
            line = c.token + 1;
            while (line < t.size && !t.is(line, Tokens.LINE)) {
                line++;
            }
        }
    }

    /** Whether an amount stands between tokens {@code from} and {@code to} (exclusive). */
    private static boolean amountBetween(List<Amount> all, int from, int to) {
        int y = firstAmountFrom(all, from + 1);
        return y < all.size() && all.get(y).token < to;
    }

    /** Whether a line break stands between tokens {@code from} and {@code to} (exclusive). */
    private boolean lineBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.is(k, Tokens.LINE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an amount may be a total or an item of a list read across sentences: free, exact, of a counted unit or money. */
    private boolean free(Amount a) {
        return !summed[a.token] && !a.approximate && !a.change && !a.running && a.value.signum() > 0 && listUnit(a.family)
                && !t.is(a.token + 1, Tokens.SLASH);
    }

    /**
     * Whether an amount is free but for being the checked total of its own breakdown, no part of another: "Trong
     * đó, 520 tỉ đồng vốn … phân bổ cho giao thông 200 tỉ đồng, thủy lợi 180 tỉ đồng, trường học 140 tỉ đồng. Còn
     * lại 280 tỉ đồng …" (520 a part of the total before).
     */
    private boolean ownTotal(Amount a) {
        return summed[a.token] && !part[a.token] && !a.approximate && !a.change && !a.running && a.value.signum() > 0
                && listUnit(a.family) && !t.is(a.token + 1, Tokens.SLASH);
    }

    /**
     * A subset and its complement printed apart: "… công nhận 139 sản phẩm OCOP …, trong đó có 14 sản phẩm đạt
     * hạng 4 sao. … [paragraphs] … Ngoài ra, Nghệ An cũng có 125 sản phẩm đạt hạng OCOP 3 sao", "… cho 39 sản
     * phẩm. Trong đó công nhận có 2 sản phẩm đạt hạng 4 sao … Danh sách 37 sản phẩm đạt hạng 3 sao gồm:". The
     * total is followed by one part after "trong đó" (in its sentence, or opening the next); the complement
     * is the first free amount of the unit at depth 0 in the {@value #LIST_SENTENCES} sentences after the
     * part that makes the sum exact. Only an exact sum is a claim.
     */
    private void agreeingComplement(List<Amount> all, int x) {
        Amount total = all.get(x);
        if (x + 1 >= all.size() || !free(total) || total.depth != 0) {
            return;
        }
        Amount first = null;
        int firstAt = -1;
        for (int y = x + 1; y < all.size() && y - x <= 3; y++) {
            if (all.get(y).family.equals(total.family)) {
                first = all.get(y);
                firstAt = y;
                break;
            }
        }
        if (first == null) {
            return;
        }
        int k = total.last + 1;
        boolean opened = false;
        for (; k < first.token; k++) {
            if (t.phrase(k, "trong đó")) {
                opened = true;
                break;
            }
        }
        if (!opened || !first.family.equals(total.family) || !free(first) && !ownTotal(first) || first.depth != 0
                || first.in(total).compareTo(total.value) >= 0 || t.sentence[k] != t.sentence[first.token]
                || t.sentence[k] != t.sentence[total.token] && t.sentence[k] != k && !t.phrase(t.sentence[k], "trong đó")) {
            return;
        }
        if (t.sentence[k] != t.sentence[total.token] && nextSentenceOf(t.sentence[total.token]) != t.sentence[k]) {
            return;
        }
        int end = sentencesAfter(first.token, LIST_SENTENCES);
        int tier = stars(first);
        for (int y = firstAt + 1; y < all.size() && all.get(y).token < end && y - firstAt <= MAX_AMOUNTS; y++) {
            Amount c = all.get(y);
            if (!c.family.equals(total.family) || c.depth != 0) {
                continue;
            }
            if (t.sentence[c.token] == t.sentence[first.token]) {
                if (c.in(total).compareTo(first.in(total)) < 0) {
                    // "Trong đó, 471,4 tỉ đồng vốn trái phiếu Chính phủ phân bổ cho giao thông 154 tỉ đồng, thủy lợi 150 tỉ
                    // đồng, …": the part's own breakdown
                    continue;
                }
                // the part's own sentence goes on with other parts: a breakdown of its own, not a subset and its complement
                return;
            }
            if (!free(c)) {
                continue;
            }
            int cmp = first.in(total).add(c.in(total)).compareTo(total.value);
            int opener = t.sentence[c.token];
            if (cmp == 0 && (t.phrase(opener, "ngoài ra") || t.phrase(opener, "bên cạnh đó") || t.phrase(opener, "còn lại")
                    || t.phrase(opener, "danh sách") || tier >= 0 && stars(c) >= 0 && stars(c) != tier)) {
                // the complement is marked as the rest ("Ngoài ra, … cũng có 125 sản phẩm …") or names another
                // tier ("2 sản phẩm đạt hạng 4 sao" / "37 sản phẩm đạt hạng 3 sao"); a result that merely adds up
                // ("3 sản phẩm … gửi hồ sơ … Trong đó, có 1 sản phẩm … Kết quả, có 2 sản phẩm …") is none
                claimList(total, List.of(first, c));
                return;
            }
        }
    }

    /**
     * A total broken down by place in the sentences after it: "108 sản phẩm OCOP … được công nhận đạt chuẩn 4
     * sao, trong đó … Huyện Thanh Oai dẫn đầu với 15 sản phẩm … Tiếp theo là huyện Mê Linh với 14 sản phẩm,
     * huyện Hoài Đức và huyện Thanh Trì mỗi địa phương có 12 sản phẩm. …". From the sentence after the
     * total's, each sentence that names a place before its first amount of the total's unit adds its free
     * amounts of that unit at depth 0 (or in a parenthesis opened by "mỗi"), each as many times as the places
     * it is given for; when the items, at least three, add up to the total exactly, they are its breakdown.
     * At most {@value #NEXT_SENTENCES} sentences; only an exact sum is a claim.
     */
    private void agreeingFollowers(List<Amount> all, int x) {
        Amount total = all.get(x);
        if (!free(total) || total.depth != 0 || each(total) > 1) {
            // an amount given for each of several places ("huyện A và huyện B mỗi địa phương có 12 sản phẩm") is no total
            return;
        }
        int sentence = nextSentenceOf(t.sentence[total.token]);
        if (sentence < 0) {
            return;
        }
        int y = firstAmountFrom(all, sentence);
        List<Amount> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; n < NEXT_SENTENCES && sentence >= 0 && y < all.size(); n++) {
            int added = 0;
            boolean placed = ledByPlace(sentence);
            for (; y < all.size() && t.sentence[all.get(y).token] == sentence; y++) {
                Amount c = all.get(y);
                if (!c.family.equals(total.family)) {
                    continue;
                }
                if (!placed || !free(c) || c.depth > 1 || c.depth == 1 && each(c) == 1) {
                    return;
                }
                items.add(c);
                sum = sum.add(c.in(total).multiply(BigDecimal.valueOf(each(c))));
                added++;
                if (sum.compareTo(total.value) > 0 || items.size() > MAX_AMOUNTS) {
                    // over the total already (or a list longer than any read): no breakdown of it
                    return;
                }
            }
            int cmp = sum.compareTo(total.value);
            if (cmp > 0 || added == 0 && !items.isEmpty()) {
                // a sentence with no item ends the list; sentences before its first item are passed over
                return;
            }
            if (cmp == 0 && items.size() >= 3) {
                int next = nextSentenceOf(sentence);
                if (next >= 0 && y < all.size() && t.sentence[all.get(y).token] == next
                        && all.get(y).family.equals(total.family) && ledByPlace(next)) {
                    // the list runs on into the next sentence by place: the total is short of it, not made up by it
                    return;
                }
                claimList(total, items);
                return;
            }
            sentence = nextSentenceOf(sentence);
        }
    }

    /** Whether the sentence starting at token {@code sentence} names a place before its first number. */
    private boolean ledByPlace(int sentence) {
        for (int k = sentence; k < t.size && t.sentence[k] == sentence; k++) {
            if (t.is(k, Tokens.NUM)) {
                return false;
            }
            if (placeWord(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The star rating named right after an amount, in its clause ("14 sản phẩm đạt hạng 4 sao": 4; at most
     * eight tokens on, no other number between), or -1.
     */
    private int stars(Amount a) {
        for (int k = a.last + 1; k < t.size && k - a.last <= 8 && !t.clauseEnd(k) && !t.is(k, Tokens.COLON); k++) {
            if (t.is(k, Tokens.NUM)) {
                return t.word(k + 1, "sao") && t.value[k] != null ? t.value[k].intValue() : -1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code k} names a kind of place: "huyện", "quận", "tỉnh", "phường", "TP", "xã" (not of
     * "hợp tác xã"), "thành phố", "thị xã", "thị trấn".
     */
    private boolean placeWord(int k) {
        if (!t.is(k, Tokens.WORD) || !PLACES.contains(t.word[k])) {
            return false;
        }
        return switch (t.word[k]) {
            case "xã" -> !t.word(k - 1, "tác");
            case "thành" -> t.word(k + 1, "phố");
            case "thị" -> t.word(k + 1, "xã") || t.word(k + 1, "trấn");
            default -> true;
        };
    }

    /** The first token of the sentence after the one that starts at token {@code s}, or -1 (constant time). */
    private int nextSentenceOf(int s) {
        if (endFrom == null) {
            // read once: for every token, the first sentence end at or after it, so that the rules reading the
            // sentences after an amount stay linear in a text with few sentence ends
            int[] ends = new int[t.size + 1];
            ends[t.size] = t.size;
            for (int k = t.size - 1; k >= 0; k--) {
                ends[k] = t.sentenceEnd(k) ? k : ends[k + 1];
            }
            endFrom = ends;
        }
        int e = endFrom[Math.max(0, Math.min(s, t.size))];
        return e < t.size ? nextSentence(e) : -1;
    }

    /** The first token after the {@code n} sentences that follow token {@code token}'s (the text's end at most). */
    private int sentencesAfter(int token, int n) {
        int s = t.sentence[token];
        for (int i = 0; i <= n && s >= 0; i++) {
            s = nextSentenceOf(s);
        }
        return s < 0 ? t.size : s;
    }

    /**
     * A running total that its addition and an earlier level add up to exactly: "… nâng tổng số xã đạt
     * chuẩn lên 51/88 xã … [paragraphs] … có thêm 6 xã được công nhận, đưa tổng số xã đạt chuẩn nông thôn
     * mới lên 57/88 xã", "có thêm 03 xã …; nâng tổng số xã đạt chuẩn … là 22 xã" (a level "19 xã" printed
     * before). The addition is the nearest amount of the unit before the running total in its sentence,
     * led by "thêm"; the level the nearest amount of the unit before the addition, in the {@value
     * #LEVEL_SENTENCES} sentences before, that makes the sum exact. Only an exact sum is a claim.
     */
    private void agreeingRunningTotal(List<Amount> all, int x) {
        Amount r = all.get(x);
        if (summed[r.token] || raised(r.token) < 0 || r.approximate || r.change || !listUnit(r.family)) {
            return;
        }
        Amount added = null;
        int y = x - 1;
        // "… đã có thêm 5 xã đạt chuẩn … Đưa tổng số xã đạt chuẩn … là 16 xã": a sentence opened by "Đưa"/"Nâng"
        // carries on the two before it, where the addition may stand (after its own subset: "… thêm 5 xã đạt chuẩn,
        // trong đó có 01 xã thuộc huyện 30a. Đó là …")
        boolean carried = raised(r.token) == t.sentence[r.token];
        int sentenceFrom = carried ? sentencesBefore(r.token, 2) : t.sentence[r.token];
        for (; y >= 0 && x - y <= CHANGE_REACH; y--) {
            Amount c = all.get(y);
            if (c.token < sentenceFrom) {
                return;
            }
            if (c.family.equals(r.family)) {
                added = addition(c) && !c.approximate ? c : null;
                if (added != null || !carried || t.sentence[c.token] == t.sentence[r.token]) {
                    break;
                }
            }
        }
        if (added == null) {
            return;
        }
        BigDecimal rest = r.value.subtract(added.in(r));
        int from = sentencesBefore(added.token, LEVEL_SENTENCES);
        for (int z = y - 1, steps = 0; z >= 0 && steps < MAX_AMOUNTS; z--, steps++) {
            Amount c = all.get(z);
            if (c.token < from) {
                return;
            }
            if (c.family.equals(r.family) && !c.change && !c.approximate && !addition(c) && c.in(r).compareTo(rest) == 0
                    && sameWhole(c, r)) {
                summed[r.token] = true;
                amounts.add(new AmountSum(t.text.substring(c.start, r.end), c.start, commonUnit(r, List.of(c, added)),
                        r.value, c.in(r).add(added.in(r)), 2));
                return;
            }
        }
    }

    /** Whether two amounts are both plain, or both parts of ratios with the same whole ("51/88 xã", "57/88 xã"). */
    private boolean sameWhole(Amount a, Amount b) {
        boolean ratio = t.is(b.token + 1, Tokens.SLASH);
        return t.is(a.token + 1, Tokens.SLASH) == ratio && (!ratio || t.value[a.token + 2] != null
                && t.value[b.token + 2] != null && t.value[a.token + 2].compareTo(t.value[b.token + 2]) == 0);
    }

    /**
     * A conclusion that adds up the counts of the sentences before it: "… có 06 xã được … công nhận … Được
     * biết, trong năm 2014, … đã công nhận 11 xã … Như vậy, đến nay tỉnh Hưng Yên có 17 xã đạt chuẩn". The
     * sentence opens with "Như vậy"; the amounts of its unit before it (in the {@value #LIST_SENTENCES}
     * sentences before, nearest first, none hedged, a change or a part of a checked breakdown) add up to
     * it exactly after two or more of them. Only an exact sum is a claim.
     */
    private void agreeingConclusion(List<Amount> all, int x) {
        Amount r = all.get(x);
        int s = t.sentence[r.token];
        if (summed[r.token] || r.approximate || r.change || !listUnit(r.family) || !t.phrase(s, "như vậy")
                || r.token - s > RAISED_REACH) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Amount> parts = new ArrayList<>();
        int from = sentencesBefore(r.token, LIST_SENTENCES);
        for (int y = x - 1; y >= 0 && parts.size() < CONTEXT_PART_REACH && x - y <= MAX_AMOUNTS; y--) {
            Amount c = all.get(y);
            if (c.token < from) {
                return;
            }
            if (t.sentence[c.token] == s) {
                if (c.family.equals(r.family)) {
                    return;
                }
                continue;
            }
            if (!c.family.equals(r.family)) {
                continue;
            }
            if (c.change || c.approximate || summed[c.token]) {
                return;
            }
            parts.add(0, c);
            sum = sum.add(c.in(r));
            int cmp = sum.compareTo(r.value);
            if (cmp == 0 && parts.size() >= 2) {
                claimList(r, parts);
                return;
            }
            if (cmp > 0) {
                return;
            }
        }
    }

    /**
     * Whether a list is introduced as parts: a breakdown's keyword ("trong đó", "cụ thể", "gồm", …),
     * "riêng" or "như sau" stands in its sentence before its last amount (within {@value #PAREN_REACH}
     * tokens of its first).
     */
    private boolean introduced(Amount first, Amount last) {
        int to = Math.min(last.token, first.token + PAREN_REACH);
        for (int k = Math.max(t.sentence[first.token], first.token - PAREN_REACH); k < to; k++) {
            if (keyword(k) >= 0 || t.word(k, "riêng") || t.phrase(k, "trong đó") || t.phrase(k, "như sau")
                    || t.phrase(k, "cơ cấu") || t.phrase(k, "trong số này") || t.is(k, Tokens.COLON) && k < first.token) {
                return true;
            }
        }
        // "… cơ cấu chủ thể … cụ thể. Chủ thể là hợp tác xã với 19 chủ thể; …": the sentence before ends introducing it
        int prev = previousSentence(t.sentence[first.token]);
        int end = t.sentence[first.token] - 1;
        while (end > 0 && t.type[end] == Tokens.LINE) {
            end--;
        }
        return prev >= 0 && t.is(end, Tokens.END) || t.is(end, Tokens.COLON)
                ? t.phrase(end - 2, "cụ thể") || t.phrase(end - 2, "như sau") || t.word(end - 1, "gồm") : false;
    }

    /** How many words stand between tokens {@code from} and {@code to} (exclusive). */
    private int wordsBetweenCount(int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            n += t.is(k, Tokens.WORD) ? 1 : 0;
        }
        return n;
    }

    /** Whether a comma, semicolon or colon at the depth of {@code to} stands between tokens {@code from} and {@code to}. */
    private boolean clauseMarkBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if ((t.is(k, Tokens.COMMA) || t.is(k, Tokens.SEMI) || t.is(k, Tokens.COLON)) && t.depth[k] == t.depth[to]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a breakdown names a unit of its total's kind without a count among its parts: the total's
     * unit word right after a comma, a semicolon or "và" between its first and last part, not in the list
     * of names after a colon that a counted part opens.
     */
    private boolean uncounted(Amount total, List<Amount> same) {
        String unit = t.is(unitAt(total), Tokens.WORD) ? t.word[unitAt(total)] : "";
        int from = same.get(0).token;
        int to = Math.min(same.get(same.size() - 1).token, from + PAREN_REACH * 2);
        int colon = -1;
        for (int k = from + 1; k < to; k++) {
            if (t.is(k, Tokens.NUM)) {
                colon = -1;
            } else if (t.is(k, Tokens.COLON)) {
                // "02 xã được công nhận: Xã Vĩnh Thuận và xã Vĩnh Bình Bắc": the names of a counted part
                colon = k;
            } else if (colon < 0 && t.word(k, unit)
                    && (t.is(k - 1, Tokens.COMMA) || t.is(k - 1, Tokens.SEMI) || t.word(k - 1, "và"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ellipsis follows the amount in its sentence (at most {@value #CONTEXT_PART_REACH} tokens): a partial list. */
    private boolean partial(Amount last) {
        for (int k = last.last + 1; k < t.size && k - last.last <= CONTEXT_PART_REACH; k++) {
            if (t.is(k, Tokens.ELLIPSIS)) {
                return true;
            }
            if (t.sentenceEnd(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a colon stands before token {@code k} in its sentence ("gồm: khô cá kèo Kiều Hạnh và một sản phẩm …": names). */
    private boolean colonBefore(int k) {
        for (int q = k - 1; q >= t.sentence[k] && k - q <= PAREN_REACH; q--) {
            if (t.is(q, Tokens.COLON)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list may count in this unit: money, or a counted unit ("xã", "sản phẩm", …; not "tiêu chí"). */
    private static boolean listUnit(String family) {
        return family.equals("money") || family.startsWith("count:") && COUNT_UNITS.contains(family.substring(6));
    }

    /** How many semicolons at the depth inside the parenthesis {@code open} stand before token {@code to}. */
    private int semicolonsBetween(int open, int to) {
        int n = 0;
        for (int k = open + 1; k < to; k++) {
            n += t.is(k, Tokens.SEMI) && t.depth[k] == t.depth[open] + 1 ? 1 : 0;
        }
        return n;
    }

    /** The opening parenthesis of the amount at {@code token} (at most {@value #PAREN_REACH} tokens back), or -1. */
    private int openOf(int token) {
        int d = t.depth[token];
        for (int k = token - 1; k >= 0 && token - k <= PAREN_REACH; k--) {
            if (t.is(k, Tokens.OPEN) && t.depth[k] == d - 1) {
                return k;
            }
            if (t.depth[k] < d - 1) {
                return -1;
            }
        }
        return -1;
    }

    /** Sums one list against its total (see {@link #agreeingLists}); returns whether it was claimed. */
    private boolean agreeingList(List<Amount> all, int sentenceFirst, List<Amount> list, int open) {
        if (partial(list.get(list.size() - 1))) {
            // "… nguồn cấp huyện quản lý đạt 30,667 tỷ đồng...": a list marked partial is never summed
            return false;
        }
        Amount first = list.get(0);
        List<Amount> rest = list.subList(1, list.size());
        boolean firstIsTotal = rest.size() >= 2 && inDong(rest).compareTo(first.value.movePointRight(first.exponent)) == 0;
        boolean introduced = open < 0 && introduced(first, list.get(list.size() - 1));
        if (introduced && firstIsTotal && !keywordBetween(first.last, rest.get(0).token)) {
            // "18 sản phẩm … [paragraphs] … Về cơ cấu sản phẩm theo nhóm, có 9 …, 5 …, 3 … và 1 …": an introduced
            // list that adds up to a total printed before it is that total's, even when its first item is the sum
            // of the others (9 = 5 + 3 + 1); "6 xã …, gồm 3 xã …; 2 xã …; 1 xã …" names its first item the total
            Amount total = totalBefore(all, firstAmountFrom(all, first.token) - 1,
                    sentencesBefore(first.token, LIST_SENTENCES), list, inDong(list));
            claimList(total != null ? total : first, total != null ? list : rest);
            return true;
        }
        if (firstIsTotal) {
            claimList(first, rest);
            return true;
        }
        if (open < 0 && !introduced) {
            // "Qua tổng hợp kết quả chấm lần 1, 16 sản phẩm đạt 4 sao, 31 sản phẩm đạt 3 sao và 7 sản phẩm không
            // đạt": results listed without being introduced as the parts of an earlier total
            return false;
        }
        BigDecimal sum = inDong(list);
        int x = firstAmountFrom(all, first.token) - 1;
        int from = sentencesBefore(first.token, LIST_SENTENCES);
        if (open >= 0) {
            // "26 sản phẩm của 12 chủ thể đạt OCOP hạng 4 sao (Phú Thiện 4 sản phẩm, Mang Yang 2 sản phẩm, …)": the
            // amount of the list's unit nearest before the parenthesis, in its sentence, even a part of another list
            for (int y = firstAmountFrom(all, open) - 1; y >= 0 && open - all.get(y).token <= 2 * PAREN_WORDS; y--) {
                Amount before = all.get(y);
                if (t.sentence[before.token] != t.sentence[open] || clauseMarkBetween(before.last, open)
                        || wordsBetweenCount(before.last, open) > PAREN_WORDS) {
                    // "22 xã đạt chuẩn, nhiều xã khác đang hoàn thiện hồ sơ (18 xã …)": the parenthesis is another phrase's
                    break;
                }
                if (before.family.equals(first.family) && before.depth == t.depth[open]) {
                    if (!before.approximate && !before.change
                            && before.value.movePointRight(before.exponent).compareTo(sum) == 0) {
                        claimList(before, list);
                        return true;
                    }
                    break;
                }
            }
            // "Số sản phẩm OCOP còn hiệu lực 242 (66 sản phẩm 4 sao, 176 sản phẩm 3 sao)": a number without a unit
            // right before the parenthesis is its total when the parts add up to it
            int n = open - 1;
            if (t.is(n, Tokens.NUM) && t.value[n] != null && !t.is(n - 1, Tokens.SLASH) && !t.year(n)
                    && t.value[n].movePointRight(first.exponent).compareTo(sum) == 0) {
                claimList(new Amount(n, n, t.start[n], t.end[n], t.depth[n], t.value[n], first.family, first.exponent,
                        first.unit, false, false, false, false, false), list);
                return true;
            }
            // a parenthesis far from any amount of its unit breaks down none ("… của các huyện vùng cao (18 xã …)")
            return false;
        }
        List<Amount> run = new ArrayList<>(list);
        int sentence = t.sentence[list.get(list.size() - 1).token];
        for (int more = 0; more <= NEXT_SENTENCES && run.size() <= MAX_AMOUNTS; more++) {
            if (more > 0) {
                // "… với 24 sản phẩm của 12 chủ thể. Huyện Gia Bình có 12 sản phẩm …; huyện Lương Tài 12 sản phẩm …": the
                // list runs on into a sentence that opens with a place and holds amounts of its unit only as items
                sentence = continuation(all, run, sentence);
                if (sentence < 0) {
                    return false;
                }
                sum = inDong(run);
            }
            Amount total = totalBefore(all, x, from, run, sum);
            if (total != null) {
                claimList(total, run);
                return true;
            }
        }
        return false;
    }

    /** The nearest amount of the list's unit before index {@code x} (none before token {@code from}) that {@code sum} equals. */
    private @Nullable Amount totalBefore(List<Amount> all, int x, int from, List<Amount> list, BigDecimal sum) {
        Amount first = list.get(0);
        boolean added = list.stream().allMatch(this::addition);
        for (int steps = 0; x >= 0 && steps < MAX_AMOUNTS; x--, steps++) {
            Amount c = all.get(x);
            if (c.token < from) {
                return null;
            }
            if (c.family.equals(first.family) && !c.change && !c.approximate && !list.contains(c)
                    && (!added || addition(c)) && c.value.movePointRight(c.exponent).compareTo(sum) == 0) {
                // additions ("năm 2017 có thêm 9 xã, năm 2018 có thêm 9 xã …") add up to an addition, never a level
                return c;
            }
        }
        return null;
    }

    /**
     * Adds to {@code run} the items of the sentence after the one starting at {@code sentence} when it opens
     * with a place ("Huyện Gia Bình có 12 sản phẩm …"): its eligible amounts of the run's unit at depth 0.
     * Returns that sentence's first token, or -1 when it is no continuation.
     */
    private int continuation(List<Amount> all, List<Amount> run, int sentence) {
        int e = sentence;
        while (e < t.size && !t.sentenceEnd(e)) {
            if (e - sentence > PAREN_REACH * 4) {
                return -1;
            }
            e++;
        }
        int next = e < t.size ? nextSentence(e) : -1;
        if (next < 0 || !t.is(next, Tokens.WORD) || !PLACES.contains(t.word[next]) && !t.word(next, "còn")) {
            // a place ("Huyện Gia Bình có 12 sản phẩm …") or the remainder ("Còn lại 30 xã chưa đạt chuẩn …")
            return -1;
        }
        String family = run.get(0).family;
        int added = 0;
        for (int y = firstAmountFrom(all, next); y < all.size() && t.sentence[all.get(y).token] == next; y++) {
            Amount a = all.get(y);
            if (a.family.equals(family) && a.depth == 0) {
                if (a.change || a.running || a.approximate || summed[a.token]) {
                    return -1;
                }
                run.add(a);
                added++;
            }
        }
        return added == 0 ? -1 : next;
    }

    private BigDecimal inDong(List<Amount> list) {
        BigDecimal s = BigDecimal.ZERO;
        for (Amount a : list) {
            s = s.add(a.value.movePointRight(a.exponent).multiply(BigDecimal.valueOf(each(a))));
        }
        return s;
    }

    /**
     * Marks a checked breakdown's parts, and its total when its parts stand at its depth ("có 14 sản phẩm …;
     * trong đó 1 …, 13 …, còn 3 sản phẩm …": 14 is no item of a list with 3); a total broken down in a
     * parenthesis may still be an item ("26 sản phẩm … (…); 83 sản phẩm … (…)").
     */
    private void markSummed(Amount total, List<Amount> parts) {
        for (Amount a : parts) {
            summed[a.token] = true;
        }
        if (parts.stream().anyMatch(a -> a.depth == total.depth)) {
            summed[total.token] = true;
        }
    }

    private void claimList(Amount total, List<Amount> list) {
        for (Amount a : list) {
            part[a.token] = true;
        }
        markSummed(total, list);
        Amount last = list.get(list.size() - 1);
        BigDecimal sum = inDong(list).movePointLeft(total.exponent).stripTrailingZeros();
        if (sum.scale() < 0) {
            sum = sum.setScale(0);
        }
        amounts.add(new AmountSum(t.text.substring(total.start, Math.max(total.end, last.end)), total.start,
                commonUnit(total, list), total.value, sum, list.size()));
    }
}
