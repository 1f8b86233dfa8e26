package io.github.ntmlib.claims;

import static io.github.ntmlib.claims.FormChecks.count;
import static io.github.ntmlib.claims.FormChecks.counts;
import static io.github.ntmlib.claims.FormChecks.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fifth-round forms of branch h-claims7 generated with vi-VN numbers: a ratio followed by the rest of
 * its whole ("a/b xã (còn r xã …)", "a/b xã, còn lại r xã …"), judged both ways; a generic total of subjects
 * broken down on the lines after its colon, one category leading each line, claimed only when exact; and a
 * bound on a ratio's part ("trên", "hơn", "gần", "dưới") read as a hedge of its percentage, the printed
 * part's share rounded half-up at the printed digits. The forms and edges reached are counted.
 */
class FifthRoundFormsPropertyTest {

    /** Units a ratio and its rest share, with what the rest has not done. */
    private static final String[][] UNITS = {{"xã", "chưa đạt chuẩn nông thôn mới"}, {"huyện", "chưa đạt chuẩn"},
        {"thôn", "chưa đạt chuẩn nông thôn mới kiểu mẫu"}, {"hộ", "chưa thoát nghèo"}, {"HTX", "chưa hoạt động hiệu quả"}};

    /** The categories of subjects ("chủ thể") a line may lead with. */
    private static final String[] CATEGORIES = {"doanh nghiệp", "hợp tác xã", "HTX", "hộ kinh doanh", "tổ hợp tác"};

    @Test
    void aRatioAndTheRestOfItsWholeAddUpIffTheRestIsExact() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(400).forAll(integers().between(2, 6_000).mix(integers().between(2, 12), 40),
                integers().between(0, 999), integers().between(-2, 2), integers().between(0, UNITS.length * 2 - 1))
                .checkAssert((b, per, d, form) -> {
                    int a = Math.min(b - 1, 1 + (int) ((long) (b - 1) * per / 1000));
                    int r = b - a + d;
                    if (r < 1) {
                        return;
                    }
                    String[] unit = UNITS[form % UNITS.length];
                    boolean paren = form / UNITS.length == 0;
                    String ratio = vi(a) + "/" + vi(b) + " " + unit[0];
                    String rest = vi(r) + " " + unit[0] + " " + unit[1];
                    String text = paren
                            ? "Đến cuối năm 2024, toàn tỉnh nâng tổng số lên " + ratio + " (còn " + rest + ")."
                            : "Đến cuối năm 2024, toàn tỉnh có " + ratio + ", còn lại " + rest + ".";
                    ReportClaims.Result result = ReportClaims.scan(text);
                    assertThat(result.claims()).as(text).isEmpty();
                    assertThat(result.amounts()).as(text).singleElement().satisfies(sum -> {
                        assertThat(sum.stated()).isEqualByComparingTo(BigDecimal.valueOf(b));
                        assertThat(sum.partsSum()).isEqualByComparingTo(BigDecimal.valueOf(a + r));
                        assertThat(sum.parts()).isEqualTo(2);
                        assertThat(sum.unit()).isEqualTo(unit[0]);
                        assertThat(sum.isConsistent()).isEqualTo(d == 0);
                        assertThat(sum.exceedsTotal()).isEqualTo(d > 0);
                        assertThat(sum.shortOfTotal()).isEqualTo(d < 0);
                    });
                    String way = paren ? "(còn" : ", còn lại";
                    count(reached, way + (d == 0 ? " exact" : d > 0 ? " over" : " short"));
                    count(reached, "unit " + unit[0]);
                    count(reached, b >= 1000 ? "vi-VN thousands" : "small whole");
                    if (a == 1 || r == 1) {
                        count(reached, "a part of 1");
                    }
                    if (a == b - 1) {
                        count(reached, "part just below the whole");
                    }
                });
        Map<String, Integer> counts = counts(reached);
        assertThat(counts).as(counts.toString()).containsKeys("(còn exact", "(còn over", "(còn short", ", còn lại exact",
                ", còn lại over", ", còn lại short", "vi-VN thousands", "small whole", "a part of 1",
                "part just below the whole");
        for (String[] unit : UNITS) {
            assertThat(counts).as(counts.toString()).containsKey("unit " + unit[0]);
        }
    }

    @Test
    void aGenericTotalBrokenDownOnTheLinesAfterItsColonOnlyWhenExact() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(400).forAll(
                lists().of(integers().between(1, 120).mix(integers().between(120, 2_500), 15)).ofSizeBetween(2, 5),
                integers().between(0, Integer.MAX_VALUE), integers().between(-3, 3))
                .checkAssert((parts, shape, delta) -> {
                    Random random = new Random(shape);
                    int n = parts.size();
                    int exact = parts.stream().mapToInt(Integer::intValue).sum();
                    int total = exact + delta;
                    if (delta != 0 && prefixMakes(parts, total)) {
                        // a prefix of two lines or more that makes up the perturbed total is read as its list (the
                        // lines after it left alone): the generator prints no such coincidence
                        count(reached, "prefix coincidence skipped");
                        return;
                    }
                    List<String> categories = new ArrayList<>(List.of(CATEGORIES));
                    Collections.shuffle(categories, random);
                    String bullet = random.nextBoolean() ? "+" : "-";
                    StringBuilder b = new StringBuilder("Kết quả thực hiện chương trình OCOP năm 2024:\n– ").append(vi(total))
                            .append(" chủ thể có sản phẩm OCOP cấp tỉnh:");
                    for (int i = 0; i < n; i++) {
                        b.append('\n').append(bullet).append(' ');
                        if (random.nextInt(3) == 0) {
                            b.append("Có ");
                            count(reached, "a line opened by Có");
                        }
                        b.append(vi(parts.get(i))).append(' ').append(categories.get(i));
                        if (random.nextBoolean()) {
                            b.append(" có sản phẩm đạt 3 sao");
                        }
                        b.append(i + 1 < n ? ";" : ".");
                        count(reached, "category " + categories.get(i));
                    }
                    String text = b.toString();
                    ReportClaims.Result result = ReportClaims.scan(text);
                    assertThat(result.claims()).as(text).isEmpty();
                    if (delta == 0) {
                        assertThat(result.amounts()).as(text).singleElement().satisfies(sum -> {
                            assertThat(sum.stated()).isEqualByComparingTo(BigDecimal.valueOf(total));
                            assertThat(sum.partsSum()).isEqualByComparingTo(BigDecimal.valueOf(total));
                            assertThat(sum.parts()).isEqualTo(n);
                            assertThat(sum.isConsistent()).isTrue();
                        });
                        count(reached, "exact");
                    } else {
                        assertThat(result.amounts()).as(text)
                                .noneMatch(sum -> sum.stated().compareTo(BigDecimal.valueOf(total)) == 0);
                        count(reached, delta > 0 ? "total above its lines" : "total below its lines");
                    }
                    count(reached, n + " lines");
                    if (total >= 1000) {
                        count(reached, "vi-VN thousands");
                    }
                });
        Map<String, Integer> counts = counts(reached);
        assertThat(counts).as(counts.toString()).containsKeys("exact", "total above its lines", "total below its lines",
                "2 lines", "5 lines", "vi-VN thousands", "a line opened by Có");
        for (String category : CATEGORIES) {
            assertThat(counts).as(counts.toString()).containsKey("category " + category);
        }
    }

    @Test
    void aBoundOnARatiosPartHedgesItsPercentageAtThePrintedDigits() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        String[] bounds = {"trên", "hơn", "gần", "dưới", ""};
        qt().withExamples(500).forAll(integers().between(2, 900_000).mix(integers().between(2, 400), 30),
                integers().between(1, 1_000), integers().between(0, 2), integers().between(0, 10 * bounds.length * 2 - 1))
                .checkAssert((w, per, digits, shape) -> {
                    // the printed percentage at its rounding half of the time, else off it by -2 to 2 units of its last
                    // digit; the bound's form
                    int offset = OFFSETS[shape % OFFSETS.length];
                    int form = shape / OFFSETS.length;
                    int p = Math.max(1, (int) ((long) w * per / 1000));
                    boolean money = w % 2 == 0;
                    // money in tỷ đồng with two decimals, or a count of households
                    BigDecimal part = money ? BigDecimal.valueOf(p, 2) : BigDecimal.valueOf(p);
                    BigDecimal whole = money ? BigDecimal.valueOf(w, 2) : BigDecimal.valueOf(w);
                    BigDecimal rounded = Figures.percent(part, whole, digits);
                    BigDecimal printed = rounded.add(BigDecimal.valueOf(offset, digits));
                    if (printed.signum() <= 0) {
                        return;
                    }
                    String bound = bounds[form % bounds.length];
                    boolean plan = form / bounds.length == 0;
                    String ratio = (bound.isEmpty() ? "" : bound + " ") + Figures.format(part, Figures.VI) + "/"
                            + Figures.format(whole, Figures.VI) + (money ? " tỷ đồng" : " hộ");
                    String text = "Năm 2024, huyện đã " + (money ? "giải ngân " : "hỗ trợ ") + ratio
                            + (plan ? " (đạt " + Figures.format(printed, Figures.VI) + "% kế hoạch)."
                                    : ", đạt " + Figures.format(printed, Figures.VI) + "%.");
                    int cmp = printed.compareTo(rounded);
                    boolean consistent = switch (bound) {
                        // the part at least the printed one: the share at least its rounding
                        case "trên", "hơn" -> cmp >= 0;
                        case "gần", "dưới" -> cmp <= 0;
                        default -> cmp == 0;
                    };
                    Hedge hedge = switch (bound) {
                        case "trên", "hơn" -> Hedge.UNDER;
                        case "gần", "dưới" -> Hedge.OVER;
                        default -> Hedge.EXACT;
                    };
                    if (plan && printed.compareTo(BigDecimal.valueOf(100)) > 0) {
                        // a plan percentage above 100% is never the share of a ratio whose part is not above its
                        // whole (the plan is another set): not judged, bound or none
                        assertThat(ReportClaims.scan(text).claims()).as(text).isEmpty();
                        count(reached, "plan above 100%, unjudged");
                        return;
                    }
                    assertThat(ReportClaims.scan(text).claims()).as(text).singleElement().satisfies(c -> {
                        assertThat(c.kind()).isEqualTo(plan ? ClaimKind.PLAN : ClaimKind.RATIO);
                        assertThat(c.hedge()).isEqualTo(hedge);
                        assertThat(c.part()).isEqualByComparingTo(part);
                        assertThat(c.whole()).isEqualByComparingTo(whole);
                        assertThat(c.recomputed()).isEqualByComparingTo(rounded);
                        assertThat(c.isConsistent()).isEqualTo(consistent);
                    });
                    count(reached, (bound.isEmpty() ? "no bound" : bound) + (cmp == 0 ? " at" : cmp > 0 ? " above" : " below"));
                    count(reached, digits + " digits");
                    count(reached, money ? "money" : "count");
                    int exact = Figures.percent(part, whole, digits + 6).compareTo(printed);
                    if (cmp == 0 && exact != 0) {
                        // the printed percentage the share rounded down ("trên": the exact share above it) or up
                        // ("gần": below it): the edge the bound is judged at, the share rounded and not exact
                        count(reached, (bound.isEmpty() ? "no bound" : bound) + (exact > 0 ? " at, rounded down"
                                : " at, rounded up"));
                    }
                    if (whole.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                        count(reached, "vi-VN thousands");
                    }
                });
        Map<String, Integer> counts = counts(reached);
        for (String bound : new String[] {"trên", "hơn", "gần", "dưới", "no bound"}) {
            assertThat(counts).as(counts.toString()).containsKeys(bound + " at", bound + " above", bound + " below",
                    bound + " at, rounded down", bound + " at, rounded up");
        }
        assertThat(counts).as(counts.toString()).containsKeys("0 digits", "1 digits", "2 digits", "money", "count",
                "vi-VN thousands");
    }

    /** How far a printed percentage is off its rounding, in units of its last digit: at it half of the time. */
    private static final int[] OFFSETS = {0, 0, 0, 0, 0, -2, -1, 1, 2, 1};

    /** Whether the first two or more parts add up to {@code total}. */
    private static boolean prefixMakes(List<Integer> parts, int total) {
        int sum = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            sum += parts.get(i);
            if (sum == total) {
                return true;
            }
        }
        return false;
    }



}
