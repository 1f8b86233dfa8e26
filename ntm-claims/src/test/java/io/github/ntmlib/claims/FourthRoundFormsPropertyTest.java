package io.github.ntmlib.claims;

import static io.github.ntmlib.claims.FormChecks.count;
import static io.github.ntmlib.claims.FormChecks.counts;
import static io.github.ntmlib.claims.FormChecks.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
 * The fourth-round forms of branch h-claims7 that read a total across sentences, generated with vi-VN
 * numbers: a subset and its complement printed apart (the complement marked by "Ngoài ra", "Bên cạnh đó",
 * "Còn lại" or another star tier) and a total broken down by place in the sentences after it (with names
 * given one count each by "mỗi địa phương có", plain or in a parenthesis): one consistent sum when the
 * figures add up exactly, nothing stated of that total otherwise. The forms and edges reached are counted. A known limit: a
 * place's own count that happens to equal the sum of two or more places after it reads as their total
 * (the first item of a list as the sum of the others, a total of the sentences after it); the generator
 * skips such coincidences.
 */
class FourthRoundFormsPropertyTest {

    /** The complement's sentence: {@code %c} its count, {@code %b} its tier. */
    private static final String[] COMPLEMENTS = {
        "Ngoài ra, tỉnh cũng có %c sản phẩm đạt hạng OCOP %b sao.",
        "Bên cạnh đó, có %c sản phẩm đạt hạng %b sao.",
        "Còn lại %c sản phẩm đạt hạng %b sao.",
        "Năm nay, tỉnh có %c sản phẩm đạt hạng %b sao."};

    private static final String[] NAMES = {"Nghi Lộc", "Diễn Châu", "Quỳnh Lưu", "Đô Lương", "Nam Đàn", "Anh Sơn",
        "Con Cuông", "Tân Kỳ", "Hưng Nguyên", "Quế Phong", "Kỳ Sơn", "Tương Dương", "Nghĩa Đàn", "Hoàng Mai", "Cửa Lò",
        "Vinh", "Thanh Chương", "Quỳ Hợp", "Quỳ Châu", "Hương Sơn", "Can Lộc", "Thạch Hà", "Cẩm Xuyên", "Kỳ Anh",
        "Nghi Xuân", "Đức Thọ"};

    private static final String[] PLACES = {"huyện", "thị xã", "thành phố", "quận"};

    @Test
    void aSubsetAndItsComplementAddUpToTheirTotalOnlyWhenExact() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(400).forAll(integers().between(2, 6_000).mix(integers().between(2, 30), 30),
                integers().between(1, 999), integers().between(0, COMPLEMENTS.length * 2 - 1),
                integers().between(-3, 3)).checkAssert((total, per, form, delta) -> {
                    int s = (int) Math.max(1, (long) total * per / 1000);
                    int c = total - s + delta;
                    if (s >= total || c < 1) {
                        return;
                    }
                    int opener = form % COMPLEMENTS.length;
                    int tier = form / COMPLEMENTS.length == 0 ? 4 : 5;
                    // with no opener only another tier marks the complement; with one, the same tier may stand
                    int other = opener == COMPLEMENTS.length - 1 || (total + s) % 2 == 0 ? 3 : tier;
                    String text = "Năm 2024, tỉnh công nhận " + vi(total) + " sản phẩm OCOP, trong đó có " + vi(s)
                            + " sản phẩm đạt hạng " + tier + " sao. Các chủ thể đã chú trọng bao bì, nhãn mác.\n\n"
                            + COMPLEMENTS[opener].replace("%c", vi(c)).replace("%b", Integer.toString(other));
                    ReportClaims.Result r = ReportClaims.scan(text);
                    assertThat(r.claims()).as(text).isEmpty();
                    if (delta == 0) {
                        assertThat(r.amounts()).as(text).singleElement().satisfies(sum -> {
                            assertThat(sum.stated()).isEqualByComparingTo(BigDecimal.valueOf(total));
                            assertThat(sum.partsSum()).isEqualByComparingTo(BigDecimal.valueOf(total));
                            assertThat(sum.parts()).isEqualTo(2);
                            assertThat(sum.isConsistent()).isTrue();
                        });
                        count(reached, "exact, opener " + opener);
                    } else {
                        assertThat(r.amounts()).as(text).noneMatch(sum -> sum.stated().compareTo(BigDecimal.valueOf(total)) == 0);
                        count(reached, "off, opener " + opener);
                    }
                    count(reached, other == tier ? "same tier" : "other tier");
                    count(reached, total >= 1000 ? "grouped total" : "small total");
                    if (s == 1 || c == 1) {
                        count(reached, "a part of 1");
                    }
                });
        Map<String, Integer> counts = counts(reached);
        for (int o = 0; o < COMPLEMENTS.length; o++) {
            assertThat(counts).as(counts.toString()).containsKeys("exact, opener " + o, "off, opener " + o);
        }
        assertThat(counts).as(counts.toString()).containsKeys("same tier", "other tier", "grouped total", "small total",
                "a part of 1");
    }

    @Test
    void aTotalBrokenDownByPlaceInTheSentencesAfterItAddsUpOnlyWhenExact() {
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        qt().withExamples(400).forAll(
                lists().of(integers().between(1, 300).mix(integers().between(300, 1_500), 10)).ofSizeBetween(3, 8),
                integers().between(0, Integer.MAX_VALUE), integers().between(-2, 2))
                .checkAssert((counts, shape, delta) -> {
                    Random random = new Random(shape);
                    int n = counts.size();
                    int[] times = new int[n];
                    int total = delta;
                    for (int i = 0; i < n; i++) {
                        int draw = random.nextInt(8);
                        times[i] = draw < 5 ? 1 : draw < 7 ? 2 : 3;
                        total += counts.get(i) * times[i];
                    }
                    if (total < 1) {
                        return;
                    }
                    int sentences = 1 + random.nextInt(Math.min(5, n));
                    if (coincidence(counts, times)) {
                        // a place's count equal to the sum of the places after it reads as their total (see the class
                        // comment): the generator prints no such coincidence
                        count(reached, "coincidence skipped");
                        return;
                    }
                    String text = "Toàn tỉnh có " + vi(total) + " sản phẩm OCOP được công nhận đạt 3 sao."
                            + places(counts, times, sentences, random, reached);
                    ReportClaims.Result r = ReportClaims.scan(text);
                    BigDecimal stated = BigDecimal.valueOf(total);
                    if (delta == 0) {
                        assertThat(r.amounts()).as(text).singleElement().satisfies(sum -> {
                            assertThat(sum.stated()).isEqualByComparingTo(stated);
                            assertThat(sum.partsSum()).isEqualByComparingTo(stated);
                            assertThat(sum.parts()).isEqualTo(n);
                            assertThat(sum.isConsistent()).isTrue();
                        });
                        count(reached, "exact");
                    } else if (sentences == 1) {
                        // one sentence right after the total is also the older list by place against the one amount
                        // of the sentence before: it may be judged a mismatch, never a consistent sum
                        assertThat(r.amounts()).as(text).noneMatch(AmountSum::isConsistent);
                        count(reached, "off, one sentence");
                    } else {
                        assertThat(r.amounts()).as(text).isEmpty();
                        count(reached, "off, across sentences");
                    }
                    assertThat(r.claims()).as(text).isEmpty();
                    count(reached, sentences == 1 ? "one sentence holding all items" : sentences + " sentences");
                    count(reached, n + " items");
                    if (total >= 1000) {
                        count(reached, "vi-VN thousands");
                    }
                });
        Map<String, Integer> counts = counts(reached);
        assertThat(counts).as(counts.toString()).containsKeys("exact", "off, one sentence", "off, across sentences",
                "one sentence holding all items", "5 sentences", "3 items", "8 items", "vi-VN thousands",
                "multiplicity 2", "multiplicity 3", "mỗi in a parenthesis", "mỗi plain", "led by a later place");
    }

    /** Whether a single place's count equals the items after it summed from the next one, two or more of them. */
    private static boolean coincidence(List<Integer> counts, int[] times) {
        for (int i = 0; i < counts.size(); i++) {
            long sum = 0;
            for (int j = i + 1; j < counts.size(); j++) {
                sum += (long) counts.get(j) * times[j];
                if (times[i] == 1 && j - i >= 2 && sum == counts.get(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentences of places: items split at random into {@code sentences} sentences, each opening with a
     * place word before its first amount; an item given for several names reads "mỗi địa phương có".
     */
    private static String places(List<Integer> counts, int[] times, int sentences, Random random,
            Map<String, AtomicInteger> reached) {
        List<String> names = new ArrayList<>(List.of(NAMES));
        Collections.shuffle(names, random);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < counts.size(); i++) {
            cuts.add(i);
        }
        Collections.shuffle(cuts, random);
        List<Integer> starts = new ArrayList<>(cuts.subList(0, sentences - 1));
        starts.add(0);
        Collections.sort(starts);
        StringBuilder b = new StringBuilder();
        int name = 0;
        for (int i = 0; i < counts.size(); i++) {
            boolean opens = starts.contains(i);
            boolean last = i + 1 == counts.size() || starts.contains(i + 1);
            List<String> given = new ArrayList<>();
            for (int k = 0; k < times[i]; k++) {
                given.add(PLACES[random.nextInt(PLACES.length)] + " " + names.get(name++));
            }
            String who = given.size() == 1 ? given.get(0) : String.join(", ", given.subList(0, given.size() - 1)) + " và "
                    + given.get(given.size() - 1);
            String amount = vi(counts.get(i)) + " sản phẩm";
            if (opens) {
                b.append(i == 0 ? " " : ". ");
                if (random.nextInt(3) == 0) {
                    // "Tiếp theo là huyện …": the place word need not open the sentence, only come before its amount
                    b.append("Tiếp theo là ").append(who);
                    count(reached, "led by a later place");
                } else {
                    b.append(Character.toUpperCase(who.charAt(0))).append(who.substring(1));
                }
            } else {
                // "và" only before a last item of one name; a list of names follows a comma
                b.append(last && times[i] == 1 && random.nextBoolean() ? " và " : ", ").append(who);
            }
            if (times[i] == 1) {
                b.append(random.nextBoolean() ? " có " : opens ? " với " : " ").append(amount);
            } else if (random.nextBoolean()) {
                b.append(" (mỗi địa phương có ").append(amount).append(')');
                count(reached, "mỗi in a parenthesis");
            } else {
                b.append(" mỗi địa phương có ").append(amount);
                count(reached, "mỗi plain");
            }
            if (times[i] > 1) {
                count(reached, "multiplicity " + times[i]);
            }
        }
        return b.append('.').toString();
    }



}
