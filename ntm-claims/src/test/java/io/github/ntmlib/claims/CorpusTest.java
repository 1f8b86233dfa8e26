package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the scanner on the labelled corpus of published texts
 * ({@code corpus/excerpts.txt}), per claim kind, on its twelve parts apart: tuning, the old held-out
 * third (seen while tuning since), the second held-out part (25 excerpts of branch claims2, tuned on
 * since), the third (31 excerpts added after the recognisers of branch h-claims were frozen, first
 * scanned and reported there, then tuned on in branch h-claims4, so no longer clean either; its floors
 * are the figures of h-claims4), the fourth (40 excerpts of branch h-corpus4, labelled and committed
 * before the scanner of main at a05872b ran on them; tuned on in branches h-claims5 and h-claims6), the
 * fifth (36 excerpts of branch h-corpus5, labelled and committed before the scanner of main at dea20e1
 * ran on them; the clean measure of h-claims5, then tuned on in h-claims6), the sixth (46 excerpts of
 * branch h-corpus6, labelled and committed before the scanner of main at 752f093 ran on them; the clean
 * measure of h-claims6's first round, then tuned on in its second), the seventh (45 excerpts of branch
 * h-corpus7; the clean measure of h-claims6's second round, then tuned on in its third) and the eighth (41
 * excerpts of branch h-corpus8, never tuned on: the clean measure of h-claims6), both labelled and
 * committed before the scanner of main at 752f093 ran on them, and the ninth (35 excerpts of branch
 * h-corpus9, labelled and committed before the scanner of main at b4a5923, h-claims6 merged, ran on them;
 * never tuned on), the tenth (41 excerpts of branch h-corpus10, labelled and committed before the same
 * scanner ran on them; never tuned on) and the eleventh (39 excerpts of branch h-corpus11, labelled and
 * committed before the scanner of main at fe7ca86 ran on them; never tuned on). Every part's floors are its
 * figures with h-claims6 (the ninth's and the tenth's their first scans by it, the eleventh's its first scan
 * by the scanner of main at fe7ca86), so
 * a change that makes any of them worse fails. A label
 * is found when a claim of its
 * kind has its part, whole and printed percentage (a sum: its total and the parts' sum); it is right when
 * the verdict and the recomputed value are the label's too. Precision counts every verdict the
 * scanner gives (a claim no label names is a wrong one); mismatch precision counts the flags
 * (mismatches, parts above or below their total).
 */
class CorpusTest {

    /** One labelled excerpt. */
    record Excerpt(String id, String province, String source, String part, String text, List<Label> labels) {
    }

    /** One label: kind, figures, expected recomputed value and verdict. */
    record Label(String kind, BigDecimal a, BigDecimal b, BigDecimal printed, BigDecimal recomputed, String verdict) {
    }

    /** One verdict the scanner gave, in the labels' terms. */
    record Found(String kind, BigDecimal a, BigDecimal b, BigDecimal printed, BigDecimal recomputed, String verdict) {
        boolean sameFigures(Label l) {
            return kind.equals(l.kind) && a.compareTo(l.a) == 0 && b.compareTo(l.b) == 0
                    && (printed == null || printed.compareTo(l.printed) == 0);
        }

        boolean right(Label l) {
            return sameFigures(l) && verdict.equals(l.verdict)
                    && (recomputed == null || recomputed.compareTo(l.recomputed) == 0);
        }
    }

    /** Counts of one kind in one part. */
    static final class Score {
        int labels;
        int right;
        int found;
        int foundRight;
        int flags;
        int flagsRight;

        String row() {
            return labels + " | " + pct(right, labels) + " | " + found + " | " + pct(foundRight, found) + " | " + flags
                    + " | " + pct(flagsRight, flags);
        }

        double recall() {
            return labels == 0 ? 1 : (double) right / labels;
        }

        double precision() {
            return found == 0 ? 1 : (double) foundRight / found;
        }

        double flagPrecision() {
            return flags == 0 ? 1 : (double) flagsRight / flags;
        }

        static String pct(int a, int b) {
            return b == 0 ? "-" : a + "/" + b + " = " + String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * a / b);
        }
    }

    static List<Excerpt> corpus() throws IOException {
        String all;
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/excerpts.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Excerpt> out = new ArrayList<>();
        for (String block : all.split("\n=== ")) {
            if (block.startsWith("#")) {
                continue;
            }
            String[] lines = block.split("\n", -1);
            String id = lines[0].trim();
            Map<String, String> fields = new LinkedHashMap<>();
            int i = 1;
            while (!lines[i].equals("text:")) {
                int colon = lines[i].indexOf(": ");
                fields.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
                i++;
            }
            StringBuilder text = new StringBuilder();
            for (i++; !lines[i].equals("---"); i++) {
                text.append(text.length() == 0 ? "" : "\n").append(lines[i]);
            }
            List<Label> labels = new ArrayList<>();
            for (i++; i < lines.length; i++) {
                if (lines[i].startsWith("label: ")) {
                    labels.add(label(lines[i].substring(7)));
                }
            }
            out.add(new Excerpt(id, fields.get("province"), fields.get("source"), fields.get("part"), text.toString(),
                    labels));
        }
        return out;
    }

    private static Label label(String s) {
        String[] w = s.split(" ");
        String verdict = w[w.length - 1];
        if (w[0].equals("SUM")) {
            return new Label("SUM", new BigDecimal(w[2]), new BigDecimal(w[6]), null, null, verdict);
        }
        String[] ratio = w[1].split("/");
        return new Label(w[0], new BigDecimal(ratio[0]), new BigDecimal(ratio[1]), new BigDecimal(w[3]),
                new BigDecimal(w[5]), verdict);
    }

    static List<Found> found(String text) {
        ReportClaims.Result r = ReportClaims.scan(text);
        List<Found> out = new ArrayList<>();
        for (Claim c : r.claims()) {
            out.add(new Found(c.kind().name(), c.part(), c.whole(), c.printed(), c.recomputed(),
                    c.isConsistent() ? "ok" : "mismatch"));
        }
        for (AmountSum s : r.amounts()) {
            out.add(new Found("SUM", s.stated(), s.partsSum(), null, null,
                    s.isConsistent() ? "ok" : s.exceedsTotal() ? "exceeds" : "short"));
        }
        for (PartsSum s : r.sums()) {
            out.add(new Found("RATIO_SUM", s.statedPart(), s.partsSum(), null, null, s.isConsistent() ? "ok" : "mismatch"));
        }
        return out;
    }

    /** The scores by part, then by kind ("ALL" for every kind). */
    static Map<String, Map<String, Score>> measure(List<Excerpt> corpus) {
        Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        for (Excerpt e : corpus) {
            Map<String, Score> part = scores.computeIfAbsent(e.part(), k -> new LinkedHashMap<>());
            List<Found> found = found(e.text());
            boolean[] matched = new boolean[found.size()];
            for (Label l : e.labels()) {
                for (String k : List.of(l.kind(), "ALL")) {
                    part.computeIfAbsent(k, x -> new Score()).labels++;
                }
                for (int i = 0; i < found.size(); i++) {
                    if (!matched[i] && found.get(i).sameFigures(l)) {
                        matched[i] = true;
                        if (found.get(i).right(l)) {
                            for (String k : List.of(l.kind(), "ALL")) {
                                part.get(k).right++;
                            }
                        }
                        break;
                    }
                }
            }
            for (Found f : found) {
                boolean right = e.labels().stream().anyMatch(f::right);
                for (String k : List.of(f.kind(), "ALL")) {
                    Score s = part.computeIfAbsent(k, x -> new Score());
                    s.found++;
                    s.foundRight += right ? 1 : 0;
                    if (!f.verdict().equals("ok")) {
                        s.flags++;
                        s.flagsRight += right ? 1 : 0;
                    }
                }
            }
        }
        return scores;
    }

    static String table(Map<String, Map<String, Score>> scores) {
        StringBuilder b = new StringBuilder("| part | kind | labels | recall | verdicts | precision | flags | flag precision |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        scores.forEach((part, kinds) -> kinds.forEach((kind, s) -> b.append("| ").append(part).append(" | ").append(kind)
                .append(" | ").append(s.row()).append(" |\n")));
        return b.toString();
    }

    @Test
    void theCorpusIsPublishedTextsFromAtLeastTwentyProvincesEachWithItsSource() throws IOException {
        List<Excerpt> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus).allSatisfy(e -> {
            assertThat(e.source()).as(e.id()).matches("https?://\\S+");
            assertThat(e.part()).as(e.id()).isIn("tuning", "old-held-out", "held-out-2", "held-out-3", "held-out-4",
                    "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10",
                    "held-out-11");
            assertThat(e.text()).as(e.id()).isNotBlank();
        });
        Set<String> provinces = new TreeSet<>();
        for (Excerpt e : corpus) {
            for (String p : e.province().replaceAll("\\(.*\\)", "").split(",")) {
                String name = p.trim();
                if (!name.isEmpty() && !name.startsWith("Cả nước") && !name.startsWith("Không nêu")
                        && !name.startsWith("Tây Nguyên")) {
                    provinces.add(name);
                }
            }
        }
        assertThat(provinces).as(provinces.toString()).hasSizeGreaterThanOrEqualTo(20);
        // the first 70 excerpts: every third held out at first; the second held-out part after them (25,
        // branch claims2, tuned on since), then the third (branch h-claims, tuned on in h-claims4), then the
        // fourth (branch h-corpus4, tuned on in h-claims5), the fifth (branch h-corpus5, never tuned on), the
        // sixth (branch h-corpus6, never tuned on), the seventh (branch h-corpus7, never tuned on), the eighth
        // (branch h-corpus8, never tuned on), the ninth (branch h-corpus9, never tuned on), the tenth (branch
        // h-corpus10, never tuned on) and the eleventh (branch h-corpus11, never tuned on) at the end
        List<Excerpt> first = corpus.subList(0, 70);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).part()).as(first.get(i).id()).isEqualTo(i % 3 == 2 ? "old-held-out" : "tuning");
        }
        List<Excerpt> second = corpus.subList(70, 95);
        assertThat(second).allSatisfy(e -> assertThat(e.part()).isEqualTo("held-out-2"));
        int fourthStart = 95;
        while (fourthStart < corpus.size() && corpus.get(fourthStart).part().equals("held-out-3")) {
            fourthStart++;
        }
        List<Excerpt> third = corpus.subList(95, fourthStart);
        assertThat(third).hasSizeGreaterThanOrEqualTo(25);
        assertThat(third.stream().mapToInt(e -> e.labels().size()).sum()).isGreaterThanOrEqualTo(20);
        // the third part's provinces are none of the rest's
        Set<String> earlier = new TreeSet<>();
        corpus.subList(0, 95).forEach(e -> earlier.add(e.province().replaceAll("\\(.*\\)", "").trim()));
        Set<String> fresh = new TreeSet<>();
        third.forEach(e -> fresh.add(e.province().replaceAll("\\(.*\\)", "").trim()));
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(10).doesNotContainAnyElementsOf(earlier);
        // the fourth part: after the third, up to the fifth; at least 10 of its excerpts from a province that
        // is the subject of no excerpt before it, at least 12 provinces in all
        int fifthStart = fourthStart;
        while (fifthStart < corpus.size() && corpus.get(fifthStart).part().equals("held-out-4")) {
            fifthStart++;
        }
        List<Excerpt> fourth = corpus.subList(fourthStart, fifthStart);
        assertThat(fourth).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(e -> assertThat(e.part()).as(e.id()).isEqualTo("held-out-4"));
        assertThat(fourth.stream().mapToInt(e -> e.labels().size()).sum()).isGreaterThanOrEqualTo(25);
        Set<String> beforeFourth = new TreeSet<>();
        corpus.subList(0, fourthStart).forEach(e -> beforeFourth.add(e.province().replaceAll("\\(.*\\)", "").trim()));
        assertThat(fourth.stream().filter(e -> !beforeFourth.contains(e.province().replaceAll("\\(.*\\)", "").trim()))
                .count()).isGreaterThanOrEqualTo(10);
        Set<String> fourthProvinces = provinces(fourth);
        assertThat(fourthProvinces).as(fourthProvinces.toString()).hasSizeGreaterThanOrEqualTo(12);
        // the fifth part (branch h-corpus5, never tuned on): after the fourth, up to the sixth; at least 15
        // provinces
        int sixthStart = fifthStart;
        while (sixthStart < corpus.size() && corpus.get(sixthStart).part().equals("held-out-5")) {
            sixthStart++;
        }
        List<Excerpt> fifth = corpus.subList(fifthStart, sixthStart);
        assertThat(fifth).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(e -> assertThat(e.part()).as(e.id()).isEqualTo("held-out-5"));
        assertThat(fifth.stream().mapToInt(e -> e.labels().size()).sum()).isGreaterThanOrEqualTo(25);
        Set<String> fifthProvinces = provinces(fifth);
        assertThat(fifthProvinces).as(fifthProvinces.toString()).hasSizeGreaterThanOrEqualTo(15);
        // the sixth to eleventh parts (branches h-corpus6 to h-corpus11), one
        // after the other to the end: their sizes, at least 5 excerpts without a label and 20 provinces each;
        // their ids are their own and their pages none of the earlier parts' (from the seventh on whatever their
        // scheme, "www.", "m.", "lite." or trailing slash)
        int seventhStart = freshPart(corpus, sixthStart, "held-out-6", 46, 84, false);
        int eighthStart = freshPart(corpus, seventhStart, "held-out-7", 45, 79, true);
        int ninthStart = freshPart(corpus, eighthStart, "held-out-8", 41, 66, true);
        int tenthStart = freshPart(corpus, ninthStart, "held-out-9", 35, 44, true);
        int eleventhStart = freshPart(corpus, tenthStart, "held-out-10", 41, 42, true);
        assertThat(freshPart(corpus, eleventhStart, "held-out-11", 39, 68, true)).isEqualTo(corpus.size());
        assertThat(corpus.stream().mapToInt(e -> e.labels().size()).sum()).isGreaterThanOrEqualTo(50);
    }

    /**
     * Checks the fresh part that starts at {@code start} and returns the index after it: its size and labels,
     * at least 5 excerpts without a label and 20 provinces, its ids its own, its pages (normalised when
     * {@code normalised}) none of the earlier parts'.
     */
    private static int freshPart(List<Excerpt> corpus, int start, String name, int excerpts, int labels,
            boolean normalised) {
        int end = start;
        while (end < corpus.size() && corpus.get(end).part().equals(name)) {
            end++;
        }
        List<Excerpt> part = corpus.subList(start, end);
        assertThat(part).as(name).hasSize(excerpts);
        assertThat(part.stream().mapToInt(e -> e.labels().size()).sum()).as(name).isEqualTo(labels);
        assertThat(part.stream().filter(e -> e.labels().isEmpty()).count()).as(name).isGreaterThanOrEqualTo(5);
        assertThat(provinces(part)).as(name).hasSizeGreaterThanOrEqualTo(20);
        java.util.function.Function<Excerpt, String> pageOf = e -> normalised ? page(e.source()) : e.source();
        Set<String> earlierIds = new TreeSet<>();
        Set<String> earlierPages = new TreeSet<>();
        corpus.subList(0, start).forEach(e -> {
            earlierIds.add(e.id());
            earlierPages.add(pageOf.apply(e));
        });
        assertThat(part.stream().map(Excerpt::id).distinct().count()).as(name).isEqualTo(part.size());
        if (normalised) {
            assertThat(part.stream().map(pageOf).distinct().count()).as(name).isEqualTo(part.size());
        }
        assertThat(part).allSatisfy(e -> {
            assertThat(earlierIds).as(e.id()).doesNotContain(e.id());
            assertThat(earlierPages).as(e.id()).doesNotContain(pageOf.apply(e));
        });
        return end;
    }

    /** The provinces a part's excerpts report on ("Cả nước" and the outlet in parentheses left out). */
    private static Set<String> provinces(List<Excerpt> part) {
        Set<String> out = new TreeSet<>();
        for (Excerpt e : part) {
            for (String p : e.province().replaceAll("\\(.*\\)", "").split(",")) {
                if (!p.trim().isEmpty() && !p.trim().startsWith("Cả nước")) {
                    out.add(p.trim());
                }
            }
        }
        return out;
    }

    @Test
    void precisionAndRecallStayAboveTheirFloorsOnEveryPart() throws IOException {
        Map<String, Map<String, Score>> scores = measure(corpus());
        System.out.println(table(scores));
        // floors: the figures measured (docs/testing.md), rounded down
        floors(scores.get("tuning").get("ALL"), "tuning", TUNING_RECALL, TUNING_PRECISION, TUNING_FLAG_PRECISION);
        floors(scores.get("old-held-out").get("ALL"), "old held-out", OLD_HELD_OUT_RECALL, OLD_HELD_OUT_PRECISION,
                OLD_HELD_OUT_FLAG_PRECISION);
        floors(scores.get("held-out-2").get("ALL"), "held-out-2", HELD_OUT_2_RECALL, HELD_OUT_2_PRECISION,
                HELD_OUT_2_FLAG_PRECISION);
        floors(scores.get("held-out-3").get("ALL"), "held-out-3", HELD_OUT_3_RECALL, HELD_OUT_3_PRECISION,
                HELD_OUT_3_FLAG_PRECISION);
        floors(scores.get("held-out-4").get("ALL"), "held-out-4", HELD_OUT_4_RECALL, HELD_OUT_4_PRECISION,
                HELD_OUT_4_FLAG_PRECISION);
        floors(scores.get("held-out-5").get("ALL"), "held-out-5", HELD_OUT_5_RECALL, HELD_OUT_5_PRECISION,
                HELD_OUT_5_FLAG_PRECISION);
        floors(scores.get("held-out-6").get("ALL"), "held-out-6", HELD_OUT_6_RECALL, HELD_OUT_6_PRECISION,
                HELD_OUT_6_FLAG_PRECISION);
        floors(scores.get("held-out-7").get("ALL"), "held-out-7", HELD_OUT_7_RECALL, HELD_OUT_7_PRECISION,
                HELD_OUT_7_FLAG_PRECISION);
        floors(scores.get("held-out-8").get("ALL"), "held-out-8", HELD_OUT_8_RECALL, HELD_OUT_8_PRECISION,
                HELD_OUT_8_FLAG_PRECISION);
        floors(scores.get("held-out-9").get("ALL"), "held-out-9", HELD_OUT_9_RECALL, HELD_OUT_9_PRECISION,
                HELD_OUT_9_FLAG_PRECISION);
        floors(scores.get("held-out-10").get("ALL"), "held-out-10", HELD_OUT_10_RECALL, HELD_OUT_10_PRECISION,
                HELD_OUT_10_FLAG_PRECISION);
        floors(scores.get("held-out-11").get("ALL"), "held-out-11", HELD_OUT_11_RECALL, HELD_OUT_11_PRECISION,
                HELD_OUT_11_FLAG_PRECISION);
    }

    /** A page's address without its scheme, a leading "www.", "m.", "amp." or "lite." and a trailing slash. */
    static String page(String source) {
        return source.replaceFirst("^https?://", "").replaceFirst("^(www|m|amp|lite)\\.", "")
                .replaceFirst("/$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static void floors(Score s, String part, double recall, double precision, double flagPrecision) {
        assertThat(s.recall()).as(part + " recall").isGreaterThanOrEqualTo(recall);
        assertThat(s.precision()).as(part + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(s.flagPrecision()).as(part + " flag precision").isGreaterThanOrEqualTo(flagPrecision);
    }

    // Floors: the figures measured (docs/testing.md), rounded down to two digits.
    // Tuning part: 38/39 recall, 38/38 verdicts right, 3/3 flags right.
    static final double TUNING_RECALL = 0.97;
    static final double TUNING_PRECISION = 1.0;
    static final double TUNING_FLAG_PRECISION = 1.0;
    // Old held-out third (seen while tuning): 18/18 recall, 18/18 verdicts, 2/2 flags.
    static final double OLD_HELD_OUT_RECALL = 1.0;
    static final double OLD_HELD_OUT_PRECISION = 1.0;
    static final double OLD_HELD_OUT_FLAG_PRECISION = 1.0;
    // Second held-out part (branch claims2; tuned on in h-claims, so no longer clean): 32/32, 32/32, 4/4.
    static final double HELD_OUT_2_RECALL = 1.0;
    static final double HELD_OUT_2_PRECISION = 1.0;
    static final double HELD_OUT_2_FLAG_PRECISION = 1.0;
    // Third held-out part (branch h-claims; tuned on in h-claims4, so no longer clean): 22/22 recall, 22/22
    // verdicts right, 1/1 flags right (13 of 18 communes printed as 52%). Its clean scan (h-claims) gave
    // 10/22, 10/11 and 0/1 (a breakdown into subsets flagged as short).
    static final double HELD_OUT_3_RECALL = 1.0;
    static final double HELD_OUT_3_PRECISION = 1.0;
    static final double HELD_OUT_3_FLAG_PRECISION = 1.0;
    // Fourth held-out part (h-corpus4, labelled and committed before any scan; tuned on in h-claims5 and
    // h-claims6, so no longer clean either): 56/56 recall, 56/56 verdicts right, 2/2 flags right (28 OCOP
    // products listed as 9 + 18; 92 of 155 products printed 59,18%). Its first scan (main at a05872b) gave
    // 32/56, 32/39 and 1/7; h-claims5 41/56, 41/41 and 1/1.
    static final double HELD_OUT_4_RECALL = 1.0;
    static final double HELD_OUT_4_PRECISION = 1.0;
    static final double HELD_OUT_4_FLAG_PRECISION = 1.0;
    // Fifth held-out part (h-corpus5, labelled and committed before any scan; the clean measure of h-claims5,
    // then tuned on in h-claims6): 68/70 recall, 68/68 verdicts right, 5/5 flags right. Its first scan (main at
    // dea20e1) gave 39/70, 39/44 and 3/7; h-claims5 41/70, 41/43 and 3/4.
    static final double HELD_OUT_5_RECALL = 0.97;
    static final double HELD_OUT_5_PRECISION = 1.0;
    static final double HELD_OUT_5_FLAG_PRECISION = 1.0;
    // Sixth held-out part (h-corpus6, labelled and committed before any scan): the clean measure of h-claims6's
    // first round (71/84, 72/74, 7/8), then tuned on in its second: 77/84 recall, 78/78 verdicts right, 7/7
    // flags right. Its first scan (main at 752f093, h-claims5 merged) gave 53/84, 53/55 and 7/8.
    static final double HELD_OUT_6_RECALL = 0.91;
    static final double HELD_OUT_6_PRECISION = 1.0;
    static final double HELD_OUT_6_FLAG_PRECISION = 1.0;
    // Seventh held-out part (h-corpus7, labelled and committed before any scan): the clean measure of h-claims6's
    // first two rounds (55/79, 55/58, 3/5), then tuned on in its third: 63/79 recall, 63/64 verdicts right, 4/4
    // flags right (h-claims7's fourth round: 64/79, 64/65, 4/4). Its first scan (the scanner of main at 752f093)
    // gave 43/79, 43/45 and 3/5.
    static final double HELD_OUT_7_RECALL = 0.81;
    static final double HELD_OUT_7_PRECISION = 0.98;
    static final double HELD_OUT_7_FLAG_PRECISION = 1.0;
    // Eighth held-out part (h-corpus8, labelled and committed at 9aee487 before any scan): the clean measure of
    // h-claims6 (46/66 recall, 47/50 verdicts right, 3/5 flags right; two rounds: 45/66, 46/49, 3/5), then tuned on
    // in h-claims7's fourth round: 61/66, 61/61, 3/3, rounded down. Its first scan (the scanner of main at 752f093)
    // gave 37/66, 37/39 and 3/5.
    static final double HELD_OUT_8_RECALL = 0.92;
    static final double HELD_OUT_8_PRECISION = 1.0;
    static final double HELD_OUT_8_FLAG_PRECISION = 1.0;
    // Ninth held-out part (h-corpus9, labelled and committed at e5a1f78 before any scan): its first scan (the scanner
    // of main at b4a5923, h-claims6 merged) gave 25/44 recall, 25/27 verdicts right, 2/4 flags right, and so did
    // h-claims7's fourth round (the clean measure); then tuned on in the fifth round: 38/44, 38/38, 5/5, rounded down.
    static final double HELD_OUT_9_RECALL = 0.86;
    static final double HELD_OUT_9_PRECISION = 1.0;
    static final double HELD_OUT_9_FLAG_PRECISION = 1.0;
    // Tenth held-out part (h-corpus10, labelled and committed at 83e5330 before any scan; never tuned on): its first
    // scan (the scanner of main at b4a5923, h-claims6 merged) gave 22/42 recall, 22/25 verdicts right, 1/4 flags
    // right; rounded down.
    static final double HELD_OUT_10_RECALL = 0.52;
    static final double HELD_OUT_10_PRECISION = 0.88;
    static final double HELD_OUT_10_FLAG_PRECISION = 0.25;
    // Eleventh held-out part (h-corpus11, labelled and committed at 1a65e83 before any scan; never tuned on): its
    // first scan (the scanner of main at fe7ca86, h-claims7's five rounds merged) gave 48/68 recall, 48/54
    // verdicts right, 12/16 flags right; rounded down.
    static final double HELD_OUT_11_RECALL = 0.70;
    static final double HELD_OUT_11_PRECISION = 0.88;
    static final double HELD_OUT_11_FLAG_PRECISION = 0.75;
}
