package io.github.ntmlib.claims;

import static io.github.ntmlib.claims.FormChecks.count;
import static io.github.ntmlib.claims.FormChecks.counts;
import static io.github.ntmlib.claims.FormChecks.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The forms of branch h-claims6, generated with vi-VN numbers: a share of a whole printed in an earlier
 * sentence, paragraph or ratio (read only when the printed figure rounds from it; a figure one printed
 * unit off is never judged alone, and is flagged only when two other shares of the same whole confirm
 * it), and lists that add up to a total printed before them (an introduced list, a parenthesis with
 * names before its amounts, a running total across paragraphs, a "Như vậy" conclusion): a consistent
 * sum when exact, nothing otherwise. The forms and edges reached are counted.
 */
class ContextFormsPropertyTest {

    /** {@code %W} the whole, {@code %a} the part, {@code %p} its printed share. */
    private static final String[] SHARES = {
        "Toàn tỉnh có %W xã thực hiện chương trình. Năm nay có %a xã đạt chuẩn, chiếm %p%.",
        "Toàn tỉnh có %W/%W xã đạt chuẩn nông thôn mới.\n\nSố xã đạt chuẩn nâng cao là %a xã, tỷ lệ %p%.",
        "Tổng vốn huy động là %W tỷ đồng.\n\nẢnh minh họa\n\nVốn ngân sách tỉnh là %a tỷ đồng, chiếm %p% tổng nguồn vốn.",
        "Tỉnh có %W sản phẩm OCOP.\nNhóm nông sản chiếm %p%, với %a sản phẩm được công nhận.",
        "Đến nay có %W xã đạt chuẩn. Huyện A có %a xã đạt chuẩn (Định Thủy, Phú Lộc), tỷ lệ %p%."};

    /** {@code %T} the total, {@code %1}, {@code %2} the parts. */
    private static final String[] LISTS = {
        "Toàn tỉnh có %T sản phẩm OCOP. Nhiều sản phẩm được thị trường đón nhận. Trong đó có %1 sản phẩm 4 sao và %2 sản"
                + " phẩm 3 sao.",
        "Có %T sản phẩm được công nhận (nhóm thực phẩm %1 sản phẩm, nhóm đồ uống %2 sản phẩm).",
        "Năm 2023 có %1/500 xã đạt chuẩn.\n\nTỉnh tiếp tục đầu tư.\n\nNăm 2024 có thêm %2 xã được công nhận, nâng tổng số"
                + " xã đạt chuẩn lên %T/500 xã.",
        "Năm 2023, tỉnh công nhận %1 xã đạt chuẩn. Năm 2024, tỉnh công nhận thêm %2 xã. Như vậy, toàn tỉnh có %T xã đạt"
                + " chuẩn."};

    @Test
    void aShareOfAWholePrintedElsewhereIsReadOnlyWhenItsFigureRoundsFromIt() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(500).forAll(integers().between(2, 400_000).mix(integers().between(2, 40), 30),
                integers().between(1, 999), integers().between(0, SHARES.length - 1), integers().between(0, 2))
                .checkAssert((whole, per, form, digits) -> {
                    int part = (int) Math.max(1, (long) whole * per / 1000);
                    if (part >= whole || form == 1 && whole > 500 || form == 3 && part < 2) {
                        return;
                    }
                    BigDecimal printed = share(part, whole, digits);
                    if (printed.signum() == 0) {
                        return; // "0%" is read as no share of anything
                    }
                    String ok = text(SHARES[form], whole, part, printed);
                    assertThat(ReportClaims.scan(ok).claims()).as(ok).singleElement().satisfies(c -> {
                        assertThat(c.part()).isEqualByComparingTo(BigDecimal.valueOf(part));
                        assertThat(c.whole()).isEqualByComparingTo(BigDecimal.valueOf(whole));
                        assertThat(c.isConsistent()).isTrue();
                    });
                    // one printed unit off, alone: no whole gives it, so it is not judged
                    BigDecimal off = printed.add(BigDecimal.ONE.movePointLeft(digits));
                    String bad = text(SHARES[form], whole, part, off);
                    assertThat(ReportClaims.scan(bad).claims()).as(bad).isEmpty();
                    count(reached, "form " + form);
                    count(reached, whole >= 1000 ? "grouped whole" : "small whole");
                    count(reached, digits > 0 ? "decimal comma" : "integer percent");
                });
        Map<String, Integer> counts = counts(reached);
        for (int f = 0; f < SHARES.length; f++) {
            assertThat(counts).as(counts.toString()).containsKey("form " + f);
        }
        assertThat(counts).containsKeys("grouped whole", "small whole", "decimal comma", "integer percent");
    }

    @Test
    void aShareOffItsWholeIsFlaggedOnlyWhenTwoOtherSharesConfirmTheWhole() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(300).forAll(integers().between(1_000, 900_000), integers().between(10, 300),
                integers().between(10, 300), integers().between(0, 1))
                .checkAssert((whole, a, b, confirmed) -> {
                    int c = (a * 7 + b * 13) % 290 + 10;
                    int x = whole / 1000 * a;
                    int y = whole / 1000 * b;
                    int z = whole / 1000 * c;
                    if (x == 0 || y == 0 || z == 0 || x + y + z >= whole || x == y || y == z || x == z) {
                        return;
                    }
                    BigDecimal right = share(z, whole, 1);
                    BigDecimal wrong = right.add(new BigDecimal("0.1"));
                    BigDecimal second = confirmed == 1 ? share(y, whole, 1) : share(y, whole, 1).add(new BigDecimal("0.3"));
                    String text = "Tổng vốn huy động là " + vi(whole) + " tỷ đồng.\nTrong năm, vốn ngân sách tỉnh là " + vi(x)
                            + " tỷ đồng, chiếm " + vi(share(x, whole, 1)) + "% tổng nguồn vốn; vốn huyện " + vi(y)
                            + " tỷ đồng, chiếm " + vi(second) + "%; vốn xã " + vi(z) + " tỷ đồng, chiếm " + vi(wrong) + "%.";
                    ReportClaims.Result r = ReportClaims.scan(text);
                    if (confirmed == 1) {
                        assertThat(r.claims()).as(text).filteredOn(cl -> !cl.isConsistent()).singleElement().satisfies(cl -> {
                            assertThat(cl.part()).isEqualByComparingTo(BigDecimal.valueOf(z));
                            assertThat(cl.whole()).isEqualByComparingTo(BigDecimal.valueOf(whole));
                            assertThat(cl.recomputed()).isEqualByComparingTo(right);
                        });
                        count(reached, "flagged after two confirmations");
                    } else {
                        assertThat(r.claims()).as(text).allSatisfy(cl -> assertThat(cl.isConsistent()).isTrue());
                        count(reached, "one confirmation: not judged");
                    }
                });
        assertThat(counts(reached)).containsKeys("flagged after two confirmations", "one confirmation: not judged");
    }

    @Test
    void aListAddsUpToATotalPrintedBeforeOnlyWhenExact() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(400).forAll(integers().between(1, 3_000).mix(integers().between(1, 9), 30),
                integers().between(1, 3_000).mix(integers().between(1, 9), 30), integers().between(0, LISTS.length - 1),
                integers().between(-2, 2)).checkAssert((p1, p2, form, delta) -> {
                    int total = p1 + p2 + delta;
                    if (total <= Math.max(p1, p2) || form == 2 && total > 500) {
                        return;
                    }
                    String text = LISTS[form].replace("%T", vi(total)).replace("%1", vi(p1)).replace("%2", vi(p2));
                    ReportClaims.Result r = ReportClaims.scan(text);
                    if (delta == 0) {
                        assertThat(r.amounts()).as(text).singleElement().satisfies(s -> {
                            assertThat(s.stated()).isEqualByComparingTo(BigDecimal.valueOf(total));
                            assertThat(s.partsSum()).isEqualByComparingTo(BigDecimal.valueOf(total));
                            assertThat(s.isConsistent()).isTrue();
                        });
                        count(reached, "exact, form " + form);
                    } else {
                        assertThat(r.amounts()).as(text).noneMatch(AmountSum::isConsistent);
                        count(reached, "off, form " + form);
                    }
                    count(reached, Math.max(p1, p2) >= 1000 ? "grouped part" : "small parts");
                });
        Map<String, Integer> counts = counts(reached);
        for (int f = 0; f < LISTS.length; f++) {
            assertThat(counts).as(counts.toString()).containsKeys("exact, form " + f, "off, form " + f);
        }
        assertThat(counts).containsKeys("grouped part", "small parts");
    }

    private static BigDecimal share(long part, long whole, int digits) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), digits,
                RoundingMode.HALF_UP);
    }

    private static String text(String form, int whole, int part, BigDecimal printed) {
        return form.replace("%W", vi(whole)).replace("%a", vi(part)).replace("%p", vi(printed));
    }




}
