package io.github.ntmlib.claims;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The claims of a Vietnamese report text, found on its tokens and recomputed exactly.
 *
 * <p>The text is read as vi-VN ("1.224" is one thousand two hundred twenty-four, "62,93" a decimal:
 * a comma joined to digits never ends a clause). What is found:
 * <ul>
 *   <li>{@link ClaimKind#RATIO}: "a/b" (a unit of up to four words may stand on the part: "1.586
 *   tiêu chí/2.888 tiêu chí") followed in its clause (up to ';' or the sentence's end, 48 tokens)
 *   by a percentage, with any words, commas, parentheses or a hedge between ("129 xã/193 xã, đạt
 *   tỷ lệ 67%", "90/113 xã …, đạt tỷ lệ gần 80%"); or a percentage followed by "(" or "với" and
 *   its ratio ("26,7% (99.600 hộ/372.000 hộ)", "đạt tỉ lệ 96,4% với 107/111 xã");</li>
 *   <li>{@link ClaimKind#SHARE_OF_WHOLE}: a count and a whole written "trong (tổng) số N" with a
 *   percentage in the sentence ("160 trong tổng số 178 xã …, đạt gần 90%"), and the percentage a
 *   breakdown prints for one of its parts, of the breakdown's total ("6.250/8.014 xã …; trong đó, có
 *   2.275 xã (36,4%) …"), also for its single part when near it ("hơn 1.458 km …, trong đó đã nhựa
 *   hóa 1.237 km, chiếm hơn 84%"); and a share of a whole named in words that a sentence before
 *   prints ("… tỉnh … 18 xã đạt chuẩn …. … huyện … 13 xã … (chiếm 52% số xã đạt chuẩn nông thôn mới
 *   của toàn tỉnh)": matched by its words, tier and place);</li>
 *   <li>{@link ClaimKind#PLAN}: a count against a plan stated in the clause ("đạt 75% KH (kế hoạch
 *   20 xã)"; see the plan rules in the README), or an amount against a plan stated in one of the four
 *   sentences before ("kế hoạch … là 593.139 triệu đồng. … giải ngân 411.626 triệu đồng, đạt
 *   69,4%"; an amount "hơn"/"trên" is a lower bound);</li>
 *   <li>{@link ClaimKind#CHANGE}: a change printed both as a percentage and as an amount, of the
 *   level reached stated before it ("có 29.378 hợp tác xã; … tăng 7% (tăng 2036 hợp tác xã)",
 *   "tăng 243 nghìn thành viên (khoảng 4%)"), or between two printed levels ("tăng từ 12 xã lên 18
 *   xã (tăng 50%)"); a change printed as an amount between two levels is a total with two parts
 *   ("giảm từ 1.200 hộ xuống 900 hộ, giảm 300 hộ", "tăng 6 xã so với năm 2023 (114 xã)");</li>
 *   <li>totals with their parts: ratios after "trong đó" against the ratio before it ({@link
 *   PartsSum}); plain amounts after "trong đó", "gồm", "bao gồm", a sentence-initial "Trong đó," or
 *   "Cụ thể," (its total then in the previous sentence) or "Trong số N …, có" ({@link AmountSum}).
 *   Money in đồng, nghìn/ngàn, triệu and tỷ is converted exactly ("30 ngàn 309 tỷ" is 30.309 tỷ);
 *   counts must share their unit word. A breakdown's parts end at its sentence, at a closing
 *   parenthesis, at examples ("tiêu biểu", "như:", a non-initial "cụ thể" …) and before the clause
 *   of the next breakdown's total, so consecutive breakdowns are kept apart; a running total
 *   ("nâng tổng số … lên 144 sản phẩm") is never a part; a list marked partial ("…", "v.v.") and
 *   approximate amounts are not summed; parts that add up to less than three quarters of their total
 *   read as subsets ("trong đó 764 xã nâng cao và 83 xã kiểu mẫu") and are not assessed. A total
 *   may stand in an earlier paragraph, be named in words ("Trong số các sản phẩm …, có …": the nearest
 *   amount of that unit in the four sentences before that is no part) or be a ratio's part; parts
 *   run into the next sentences while those open with an amount of their unit; a list by place with
 *   no keyword ("huyện A có 22 sản phẩm, huyện B 16 sản phẩm, …") is summed against the one amount of
 *   its unit in the sentence before; OCOP ratings ("4 sao") are never counts. Parts of a higher tier
 *   ("nâng cao", "kiểu mẫu") than their total are subsets, never summed; entity categories ("6 công
 *   ty, 4 hợp tác xã, …", "22 chủ thể là hợp tác xã") add up to a generic total ("chủ thể", "đơn vị",
 *   "tổ chức, cá nhân"); a list of names after "gồm:" does not end the breakdown around it; a running
 *   total with its earlier level and the addition ("đã có 36 xã …. … có thêm 6 xã …, nâng tổng số xã
 *   … lên 42 xã") is a total of those two parts. Parts that add up to more than a quarter above their
 *   total read as gathered from beyond its breakdown (a subset and other classes) and are not
 *   assessed; when its first parts make it up exactly before a new clause (";", "có", "còn") those
 *   are the breakdown, and a remainder "còn N" that takes the parts over their total is no part. A
 *   generic unit named as what it is ("5 chủ thể là hội nông dân …") is a category of its own; a
 *   counted whole may open its sentence after "trong" ("Cụ thể, trong 40 sản phẩm … có 4 … và 36 …"),
 *   and categories may follow a generic total after "với" ("19 chủ thể với 5 doanh nghiệp, …"); an
 *   OCOP rating may stand between a total and the parenthesis of its parts ("138 sản phẩm OCOP đạt từ
 *   3 - 4 sao (19 sản phẩm …"), and sources of money may be named before their amounts in it ("980 tỷ
 *   đồng (nguồn ngân sách Trung ương 490 tỷ đồng, …)"). A
 *   percentage after "tỷ lệ" and a word naming another quantity ("15/63 địa phương có tỉ lệ giải
 *   ngân đạt trên 3%") is no share of the ratio before it.</li>
 * </ul>
 * A hedged percentage ("khoảng", "gần", "trên", "hơn", "dưới") is judged as the bound it states
 * ({@link Hedge}); a percentage after "tăng"/"giảm"/"vượt" is a change, never a ratio's share. Dates
 * (25/02/2025, 12/2024, "ngày 12/5") and document numbers (36/2022/QĐ-UBND) are never ratios.
 *
 * <p>Bounded and linear: one pass of tokens (every number parsed under ntm-base's limits), and every
 * recogniser reads a constant number of tokens from its anchor.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportClaims {

    private ReportClaims() {
    }

    /**
     * The claims and sums of a report text.
     *
     * @param claims  every claim, in text order
     * @param sums    every total of ratios stated with its parts, in text order
     * @param amounts every total of plain amounts stated with its parts, in text order
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Result(List<Claim> claims, List<PartsSum> sums, List<AmountSum> amounts) {
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
     * @throws InvalidDataException if the text is {@code null}
     */
    public static Result scan(String text) {
        if (text == null) {
            throw new InvalidDataException(SourcePosition.API, null, "text", Labels.of("cần có văn bản báo cáo",
                            "a report text is required"));
        }
        return Scanner.scan(text);
    }

    /**
     * Checks one printed share, unhedged.
     *
     * @param part    the part, at least 0
     * @param whole   the whole, above 0
     * @param printed the printed percentage in vi-VN form, without the sign: "40,8"
     * @return the claim, recomputed at the printed digits
     * @throws InvalidDataException if a number is missing, out of bounds or malformed, or the whole
     *                              is not above 0
     */
    public static Claim check(BigDecimal part, BigDecimal whole, String printed) {
        if (part == null || whole == null) {
            throw new InvalidDataException(SourcePosition.API, null, part == null ? "part" : "whole", Labels.of("cần có tử số và mẫu số",
                            "a part and a whole are required"));
        }
        BigDecimal p = bounded(part, "part");
        BigDecimal w = bounded(whole, "whole");
        if (w.signum() <= 0 || p.signum() < 0) {
            throw new InvalidDataException(SourcePosition.API, null, w.signum() <= 0 ? "whole" : "part", Labels.of("tỷ lệ cần mẫu số lớn hơn 0 và tử số từ 0 trở lên",
                            "a share needs a whole above 0 and a part of at least 0"));
        }
        BigDecimal value = Figures.parse(printed, NumberStyle.VI_VN, SourcePosition.API, null, "printed");
        int digits = Math.max(0, value.scale());
        BigDecimal recomputed = Figures.percent(p, w, digits);
        return new Claim(ClaimKind.RATIO, Hedge.EXACT, p.toPlainString() + "/" + w.toPlainString() + " (" + printed + "%)",
                0, p, w, value, recomputed, recomputed.compareTo(value) == 0);
    }

    /** A number given through the API, checked against ntm-base's limits by re-reading its plain form. */
    private static BigDecimal bounded(BigDecimal v, String field) {
        if (v.precision() > 40 || Math.abs((long) v.precision() - v.scale() - 1) > 50) {
            throw new InvalidDataException(SourcePosition.API, null, field, Labels.of("số vượt giới hạn (tối đa 40 chữ số có nghĩa, số mũ trong khoảng ±50)",
                            "the number is out of bounds (at most 40 significant digits, exponent within ±50)"));
        }
        return v;
    }
}
