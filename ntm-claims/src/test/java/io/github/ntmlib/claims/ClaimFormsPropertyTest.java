package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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
        // changes: %a the change, %b the earlier level, %L the level reached
        "Năm 2024 có %L hợp tác xã và 120 liên hiệp.\nSo với năm 2023, số hợp tác xã tăng %h%p%% (tăng %a hợp tác xã).",
        "Tổng số thành viên là %L thành viên, tăng %a thành viên (%h%p%%).",
        "Số hộ tham gia tăng từ %b hộ lên %L hộ (tăng %h%p%%).",
        // a level printed without its unit, named by its subject
        "Số hợp tác xã là thành viên là %L, tăng %a hợp tác xã (%h%p%%) so với năm trước."};
    /** The forms that state a change: their change is above 0. */
    private static final int FIRST_CHANGE = 12;
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
