package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Claims generated in every form the scanner supports — a ratio with words, a comma or a slash
 * unit between it and its percentage, a percentage before its ratio ("(…)", "với"), a share of a
 * whole written "trong tổng số", a part of a sentence-initial "Trong đó," breakdown with its share (its total in the previous
 * paragraph, its parts running into the next sentence), an amount against a plan stated sentences
 * before, a change printed both as a percentage and as an amount or between two levels (or from a
 * level printed without its unit), a part's share under a generic total of categories, a ratio's
 * percentage after its breakdown, a share named by its category —
 * with vi-VN numbers (grouped thousands, decimal commas) and hedges, printed consistently and then
 * off by one unit at the last printed digit (or, for a hedge, outside its bound): the verdict
 * follows. The forms, hedges and edges reached are counted.
 */
class ClaimFormsPropertyTest {

    private static final String[] FORMS = {
        "Có %a xã/%b xã, đạt tỷ lệ %h%p%%.",
        "Toàn tỉnh có %a/%b xã đạt chuẩn nông thôn mới, chiếm tỉ lệ %h%p%%.",
        "Đạt tỷ lệ %h%p%% (%a hộ/%b hộ).",
        "Tỉnh đạt tỉ lệ %h%p%% với %a/%b xã, cao nhất vùng.",
        "Toàn tỉnh có %a trong tổng số %b xã được công nhận đạt chuẩn NTM, đạt %h%p%%.",
        "Trong số %b xã của tỉnh, đã có %a xã đạt chuẩn, chiếm tỷ lệ %h%p%%.",
        "Toàn tỉnh có %b xã thực hiện chương trình. Trong đó, có %a xã đạt chuẩn (chiếm %h%p%%) và %r xã chưa đạt.",
        "Toàn tỉnh có %b xã đăng ký.\n\nTrong đó, có %a xã đạt chuẩn (chiếm %h%p%%). %r xã khác chưa đạt.",
        "Kế hoạch vốn năm 2024 là %b triệu đồng. Trong năm, tỉnh đã hoàn thành nhiều công trình. Đến nay đã giải"
                + " ngân %a triệu đồng, đạt %h%p%%.",
        // parts by category under a generic total; a ratio's percentage after its breakdown; a share named by its category
        "Sản phẩm của %b chủ thể, bao gồm %a doanh nghiệp (%h%p%%) và %r hợp tác xã.",
        "Như vậy, %a/%b xã đạt chuẩn, trong đó có nhiều xã đạt chuẩn nâng cao (xã A, huyện B), chiếm %h%p%% số xã toàn tỉnh.",
        "Có %b sản phẩm, trong đó có %a sản phẩm đạt 4 sao và %r sản phẩm đạt 3 sao; tỷ lệ sản phẩm 4 sao chiếm %h%p%%.",
        // the single part's share (in km) and a share of a whole named in words printed a sentence before
        "Toàn tỉnh có %b km chiều dài đường xã, trong đó đã nhựa hóa %a km, chiếm %h%p%%.",
        "Tỉnh có %b xã đạt chuẩn nông thôn mới.\n\nHuyện A có %a xã được công nhận (chiếm %h%p%% số xã đạt chuẩn nông thôn"
                + " mới của toàn tỉnh).",
        // changes: %a the change, %b the earlier level, %L the level reached
        "Năm 2024 có %L hợp tác xã và 120 liên hiệp.\nSo với năm 2023, số hợp tác xã tăng %h%p%% (tăng %a hợp tác xã).",
        "Tổng số thành viên là %L thành viên, tăng %a thành viên (%h%p%%).",
        "Số hộ tham gia tăng từ %b hộ lên %L hộ (tăng %h%p%%).",
        // a level printed without its unit, named by its subject
        "Số hợp tác xã là thành viên là %L, tăng %a hợp tác xã (%h%p%%) so với năm trước."};
    /** The forms that state a change: their change is above 0. */
    private static final int FIRST_CHANGE = 14;
    private static final String[] HEDGES = {"", "khoảng ", "gần ", "trên "};

    @Test
    void everyFormIsFoundAndJudgedAtItsPrintedDigitsUnderItsHedge() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(600).forAll(integers().between(1, 2_000_000).mix(integers().between(1, 12), 25),
                integers().between(0, 1_000), integers().between(0, FORMS.length - 1),
                integers().between(0, 2 * HEDGES.length - 1)).checkAssert((whole, per, form, hedgeAndDigits) -> {
                    int part = (int) ((long) whole * per / 1000);
                    if (form >= FIRST_CHANGE && part == 0) {
                        return;
                    }
                    String hedge = HEDGES[hedgeAndDigits % HEDGES.length];
                    int digits = hedgeAndDigits / HEDGES.length + (whole > 1000 ? 1 : 0);
                    BigDecimal exact = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(whole), 12, RoundingMode.HALF_UP);
                    // a hedge states a bound: "trên" the figure below the exact value, "gần" the one above
                    BigDecimal printed = exact.setScale(digits, hedge.equals("trên ") ? RoundingMode.FLOOR
                            : hedge.equals("gần ") ? RoundingMode.CEILING : RoundingMode.HALF_UP);
                    if (hedge.equals("gần ") && exact.compareTo(printed.multiply(new BigDecimal("0.95"))) < 0) {
                        return; // "gần 1%" for 0,3%: not near; not generated as consistent
                    }
                    String ok = text(form, part, whole, hedge, printed);
                    assertThat(ReportClaims.scan(ok).claims()).as(ok).singleElement().satisfies(c -> {
                        assertThat(c.part()).isEqualByComparingTo(BigDecimal.valueOf(part));
                        assertThat(c.whole()).isEqualByComparingTo(BigDecimal.valueOf(whole));
                        assertThat(c.printed()).isEqualByComparingTo(printed);
                        assertThat(c.isConsistent()).as(ok).isTrue();
                    });
                    // a figure certainly outside what the hedge allows
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
                    BigDecimal wrong = switch (hedge) {
                        case "khoảng " -> printed.add(unit.multiply(BigDecimal.valueOf(2)));
                        case "gần " -> {
                            BigDecimal below = exact.setScale(digits, RoundingMode.HALF_UP).subtract(unit);
                            yield below.signum() < 0 ? null : below;
                        }
                        case "trên " -> printed.add(unit);
                        default -> printed.add(unit);
                    };
                    if (wrong != null) {
                        String bad = text(form, part, whole, hedge, wrong);
                        assertThat(ReportClaims.scan(bad).claims()).as(bad).singleElement()
                                .satisfies(c -> assertThat(c.isConsistent()).as(bad).isFalse());
                        reached.computeIfAbsent("inconsistent", k -> new AtomicInteger()).incrementAndGet();
                    }
                    reached.computeIfAbsent("form " + form, k -> new AtomicInteger()).incrementAndGet();
                    reached.computeIfAbsent("hedge '" + hedge.trim() + "'", k -> new AtomicInteger()).incrementAndGet();
                    reached.computeIfAbsent(whole >= 1000 ? "grouped whole" : "small whole", k -> new AtomicInteger())
                            .incrementAndGet();
                    reached.computeIfAbsent(printed.scale() > 0 ? "decimal comma" : "integer percent",
                            k -> new AtomicInteger()).incrementAndGet();
                    if (part == 0 || part == whole) {
                        reached.computeIfAbsent("edge 0% or 100%", k -> new AtomicInteger()).incrementAndGet();
                    }
                });
        Map<String, Integer> counts = new TreeMap<>();
        reached.forEach((k, v) -> counts.put(k, v.get()));
        for (int f = 0; f < FORMS.length; f++) {
            assertThat(counts).as(counts.toString()).containsKey("form " + f);
        }
        for (String h : HEDGES) {
            assertThat(counts).containsKey("hedge '" + h.trim() + "'");
        }
        assertThat(counts).containsKeys("grouped whole", "small whole", "decimal comma", "integer percent",
                "inconsistent", "edge 0% or 100%");
    }

    /**
     * Totals with their parts in the forms of branch h-claims4, as {@code %T} the total and {@code %0},
     * {@code %1} … the parts: a running total and its earlier level (plain, and a ratio of the same
     * whole), categories in parentheses under a generic total, parentheses far from their total, a
     * list of names inside a breakdown before a spelled part ({@code %S} is "một", a part of 1), a
     * generic unit named as one category, organisations and individuals, and additions after a
     * "Cụ thể," past a caption; and (h-claims5) a generic unit named as what it is ("5 chủ thể là hội nông
     * dân"), a remainder "còn {@code %R} sản phẩm" that takes the parts over their total, a counted whole
     * after "trong", categories of a generic total after "với", an OCOP rating between a total and its
     * parenthesis and sources of money named before their amounts in it. Each with its
     * number of parts and whether parts below three quarters of their total are read as subsets (the
     * breakdowns; a running total has no such rule), and likewise whether parts more than a quarter
     * above their total are read as gathered from beyond it, never judged.
     */
    private record SumForm(String text, int parts, boolean partition) {
    }

    private static final SumForm[] SUMS = {
        new SumForm("Đến nay đã có %0 xã được công nhận đạt chuẩn NTM. Năm 2025 sẽ có thêm %1 xã được công nhận đạt chuẩn"
                + " NTM, nâng tổng số xã đạt chuẩn lên %h%T xã.", 2, false),
        new SumForm("Toàn tỉnh có %0/9.999 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM kiểu mẫu.\nNgười dân góp công làm đường"
                + " (Ảnh: T.G.).\nToàn tỉnh phấn đấu tăng thêm %1 xã đạt chuẩn NTM, nâng tổng số xã đạt chuẩn đến cuối"
                + " năm có %h%T/9.999 xã.", 2, false),
        new SumForm("Có 54 sản phẩm của %h%T chủ thể (%0 công ty, %1 hợp tác xã, %2 cơ sở sản xuất, %3 hộ kinh doanh) đủ"
                + " điều kiện.", 4, true),
        new SumForm("Tỉnh đã công nhận %h%T xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới (%0 xã đạt chuẩn và %1 xã cơ"
                + " bản đạt chuẩn).", 2, true),
        new SumForm("Đến nay, huyện có %h%T sản phẩm đạt từ 3 - 4 sao. Trong đó có %0 sản phẩm đạt 3 sao gồm: khô cá kèo"
                + " Kiều Hạnh, rượu vang Lâm Vũ và %S sản phẩm đạt 4 sao là muối tinh.", 2, true),
        new SumForm("Cụ thể, 118 sản phẩm OCOP của %h%T chủ thể gồm có %0 chủ thể là hợp tác xã, %1 tổ hợp tác, %2 doanh"
                + " nghiệp và %3 cơ sở sản xuất.", 4, true),
        new SumForm("Có %h%T tổ chức, cá nhân có sản phẩm được đánh giá gồm: %0 doanh nghiệp, %1 hợp tác xã, %2 hộ sản"
                + " xuất kinh doanh.", 3, true),
        new SumForm("Tỉnh phấn đấu có thêm %h%T xã đạt chuẩn NTM, nâng số xã đạt chuẩn lên 99.999 xã.\nNhiều bản được đầu"
                + " tư điện năng lượng mặt trời.\n\nCụ thể, năm 2024 có thêm %0 xã đạt chuẩn, năm 2025 có thêm %1 xã đạt"
                + " chuẩn và năm 2026 có thêm %2 xã đạt chuẩn.", 3, true),
        // h-claims5: a generic unit named as what it is; a remainder "còn" (%R, one more than the parts' sum, so it
        // always takes them over their total and is left out)
        new SumForm("Các sản phẩm được phát triển bởi %h%T chủ thể, trong đó có %0 hợp tác xã, %1 doanh nghiệp và %2 chủ"
                + " thể là hội nông dân, làng nghề.", 3, true),
        new SumForm("Kết quả, có %h%T sản phẩm được gắn sao; trong đó có %0 sản phẩm được gắn 4 sao, %1 sản phẩm được"
                + " gắn 3 sao, còn %R sản phẩm đề nghị bổ sung hồ sơ.", 2, true),
        // h-claims5: a counted whole after "trong"; categories of a generic total after "với"
        new SumForm("Cụ thể, trong %h%T sản phẩm đủ điều kiện có %0 sản phẩm được xếp hạng 4 sao và %1 sản phẩm còn lại"
                + " xếp hạng 3 sao.", 2, true),
        new SumForm("Hiện có 28 sản phẩm của %h%T chủ thể với %0 doanh nghiệp, %1 hộ sản xuất có đăng ký kinh doanh và"
                + " %2 hợp tác xã.", 3, true),
        // h-claims5: an OCOP rating before the parenthesis of the parts; sources of money named before their amounts
        new SumForm("Đến nay, tỉnh đã có %h%T sản phẩm OCOP đạt từ 3 - 4 sao (%0 sản phẩm đạt 4 sao, %1 sản phẩm đạt 3 sao"
                + " và %2 sản phẩm tiềm năng 5 sao).", 3, true),
        new SumForm("Trong đó, nguồn vốn ngân sách nhà nước %h%T triệu đồng (nguồn ngân sách Trung ương %0 triệu đồng,"
                + " nguồn ngân sách địa phương %1 triệu đồng); vốn huy động 240 triệu đồng.", 2, true)};

    @Test
    void everyTotalFormIsCheckedExactlyAndAHedgedTotalIsNot() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(600).forAll(integers().between(0, SUMS.length - 1),
                lists().of(integers().between(1, 40_000).mix(integers().between(1, 9), 40)).ofSize(4),
                integers().between(-2, 2), integers().between(0, HEDGES.length - 1)).checkAssert((form, values, change,
                        h) -> {
                    SumForm f = SUMS[form];
                    List<Integer> parts = new java.util.ArrayList<>(values.subList(0, f.parts()));
                    boolean spelled = f.text().contains("%S");
                    if (spelled) {
                        parts.set(1, 1);
                    }
                    long sum = parts.stream().mapToLong(Integer::longValue).sum();
                    // one less, the sum, one more, twice the sum (far below: subsets in a breakdown) or half of it
                    // (far above: parts gathered from beyond their total)
                    long total = change == 2 ? 2 * sum : change == -2 ? (sum + 1) / 2 : sum + change;
                    long delta = total - sum;
                    String hedge = HEDGES[h];
                    String text = f.text().replace("%h", hedge).replace("%T", Figures.format(total, Figures.VI))
                            .replace("%S", "một").replace("%R", Figures.format(sum + 1, Figures.VI));
                    for (int i = 0; i < parts.size(); i++) {
                        text = text.replace("%" + i, Figures.format(parts.get(i), Figures.VI));
                    }
                    List<AmountSum> found = ReportClaims.scan(text).amounts().stream()
                            .filter(a -> a.stated().compareTo(BigDecimal.valueOf(total)) == 0).toList();
                    boolean level = !f.partition();
                    boolean potential = f.text().contains("tiềm năng") && parts.size() == 3 && total > parts.get(2)
                            && total == sum - parts.get(2);
                    if (potential && hedge.isEmpty()) {
                        // "2 sản phẩm … (1 sản phẩm đạt 4 sao, 1 sản phẩm đạt 3 sao và 1 sản phẩm tiềm năng 5 sao)": the
                        // tiers alone make up the total, so the potential ones are among them (held-out-9's reading)
                        assertThat(found).as(text).singleElement().satisfies(a -> assertThat(a.isConsistent()).isTrue());
                        reached.computeIfAbsent("potential among the tiers", k -> new AtomicInteger()).incrementAndGet();
                    } else if (!hedge.isEmpty()) {
                        // an approximate total has no exact sum
                        assertThat(found).as(text).isEmpty();
                        reached.computeIfAbsent("hedged total", k -> new AtomicInteger()).incrementAndGet();
                    } else if (level && total <= parts.get(0)) {
                        // a running total not above its earlier level is no running total of it
                        assertThat(found).as(text).isEmpty();
                    } else if (f.partition() && BigDecimal.valueOf(sum).compareTo(
                            BigDecimal.valueOf(total).multiply(new BigDecimal("0.75"))) < 0) {
                        assertThat(found).as(text).isEmpty();
                        reached.computeIfAbsent("subsets", k -> new AtomicInteger()).incrementAndGet();
                    } else if (f.partition() && BigDecimal.valueOf(sum).compareTo(
                            BigDecimal.valueOf(total).multiply(new BigDecimal("1.25"))) > 0) {
                        // a breakdown's parts more than a quarter above their total: gathered from beyond it, not judged
                        assertThat(found).as(text).isEmpty();
                        reached.computeIfAbsent("beyond", k -> new AtomicInteger()).incrementAndGet();
                    } else {
                        final String checked = text;
                        assertThat(found).as(text).singleElement().satisfies(a -> {
                            assertThat(a.parts()).as(checked).isEqualTo(parts.size());
                            assertThat(a.partsSum()).as(checked).isEqualByComparingTo(BigDecimal.valueOf(sum));
                            assertThat(a.isConsistent()).as(checked).isEqualTo(delta == 0);
                            assertThat(a.shortOfTotal()).as(checked).isEqualTo(delta > 0);
                            assertThat(a.exceedsTotal()).as(checked).isEqualTo(delta < 0);
                        });
                        reached.computeIfAbsent("sum form " + form, k -> new AtomicInteger()).incrementAndGet();
                        reached.computeIfAbsent(delta == 0 ? "consistent" : "inconsistent", k -> new AtomicInteger())
                                .incrementAndGet();
                        if (total >= 1000) {
                            reached.computeIfAbsent("grouped total", k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                });
        Map<String, Integer> counts = new TreeMap<>();
        reached.forEach((k, v) -> counts.put(k, v.get()));
        for (int f = 0; f < SUMS.length; f++) {
            assertThat(counts).as(counts.toString()).containsKey("sum form " + f);
        }
        assertThat(counts).as(counts.toString()).containsKeys("hedged total", "consistent", "inconsistent",
                "grouped total", "subsets", "beyond");
    }

    /** Parts of a higher tier than their total ("nâng cao", "kiểu mẫu") are never summed, whatever they add up to. */
    @Test
    void partsOfAHigherTierAreNeverSummedWhateverTheyAddUpTo() {
        qt().withExamples(200).forAll(integers().between(1, 20_000), integers().between(0, 20_000),
                integers().between(0, 20_000)).checkAssert((whole, advanced, model) -> {
                    String text = "Toàn tỉnh có " + Figures.format(whole, Figures.VI) + "/" + Figures.format(whole,
                            Figures.VI) + " xã đã đạt chuẩn nông thôn mới. Trong đó, có " + Figures.format(advanced,
                            Figures.VI) + " xã đạt chuẩn nông thôn mới nâng cao, " + Figures.format(model, Figures.VI)
                            + " xã đạt chuẩn nông thôn mới kiểu mẫu.";
                    assertThat(ReportClaims.scan(text).amounts()).as(text).isEmpty();
                });
    }

    private static String text(int form, int part, int whole, String hedge, BigDecimal percent) {
        return FORMS[form].replace("%a", Figures.format(part, Figures.VI)).replace("%b", Figures.format(whole, Figures.VI))
                .replace("%r", Figures.format(whole - part, Figures.VI))
                .replace("%L", Figures.format(whole + part, Figures.VI)).replace("%h", hedge)
                .replace("%p", Figures.format(percent, Figures.VI)).replace("%%", "%");
    }

    static List<String> forms() {
        return List.of(FORMS);
    }
}
