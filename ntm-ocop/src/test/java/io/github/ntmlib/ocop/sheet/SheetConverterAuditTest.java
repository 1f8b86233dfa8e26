package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.ocop.sheet.SheetJson.CriterionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.GroupJson;
import io.github.ntmlib.ocop.sheet.SheetJson.KnockOutJson;
import io.github.ntmlib.ocop.sheet.SheetJson.OptionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.PartJson;
import io.github.ntmlib.ocop.sheet.SheetJson.SheetFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An audit of the converter's output against the source text, independent of the converter's own
 * patterns, over all 26 sheets: no label keeps a star or a rejection phrase, every star marker in the
 * source (in any spacing: "****", "* * * *") is a marker of the data, every rejection ground is a
 * knock-out (with its criterion when a criterion states it), and the converter refuses what it cannot
 * classify.
 */
class SheetConverterAuditTest {

    /** Rejection phrases, folded: "bị loại", "loại bỏ", "không xếp hạng", "không đánh giá", "không xem xét". */
    private static final Pattern REJECTION = Pattern.compile(
            "\\bbi loai\\b|\\bloai bo\\b|khong xep hang|khong danh gia|khong xem xet");
    /** Three to five asterisks with any spaces between them. */
    private static final Pattern STARS = Pattern.compile("\\*(?:\\s*\\*){2,4}");

    private static List<String> source;
    private static List<SheetFile> sheets;

    @BeforeAll
    static void convert() throws IOException {
        try (InputStream in = SheetConverter.class.getResourceAsStream("/" + SheetConverter.SOURCE_TEXT)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        sheets = SheetConverter.fromResource().convert();
        assertThat(sheets).hasSize(26);
    }

    private static List<CriterionJson> criteria(SheetFile s) {
        List<CriterionJson> all = new ArrayList<>();
        for (PartJson p : s.parts()) {
            for (GroupJson g : p.groups()) {
                all.addAll(g.criteria());
            }
        }
        return all;
    }

    private static List<String> sourceRows(SheetFile s) {
        return source.subList(s.source().firstLine() - 1, s.source().lastLine());
    }

    private static boolean isOption(String row) {
        return row.startsWith("| □") || row.startsWith("| o ");
    }

    @Test
    void noLabelOrTitleKeepsAStarOrARejectionPhrase() {
        List<String> found = new ArrayList<>();
        for (SheetFile s : sheets) {
            for (CriterionJson c : criteria(s)) {
                List<String> texts = new ArrayList<>(List.of(c.title()));
                c.options().forEach(o -> texts.add(o.label()));
                for (String t : texts) {
                    if (t.contains("*") || REJECTION.matcher(VietnameseText.fold(t)).find()) {
                        found.add("sheet " + s.number() + " " + c.code() + ": " + t);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyMarkerOfTheSourceInAnySpacingIsAMarkerOfTheData() {
        int total = 0;
        for (SheetFile s : sheets) {
            Map<Integer, Integer> inSource = new TreeMap<>();
            for (String row : sourceRows(s)) {
                if (isOption(row)) {
                    Matcher m = STARS.matcher(row);
                    while (m.find()) {
                        inSource.merge((int) m.group().chars().filter(ch -> ch == '*').count(), 1, Integer::sum);
                    }
                }
            }
            Map<Integer, Integer> inData = new TreeMap<>();
            for (CriterionJson c : criteria(s)) {
                for (OptionJson o : c.options()) {
                    if (o.marker() != null) {
                        inData.merge(o.marker(), 1, Integer::sum);
                    }
                }
            }
            assertThat(inData).as("markers of sheet %d by level", s.number()).isEqualTo(inSource);
            total += inSource.values().stream().mapToInt(Integer::intValue).sum();
        }
        assertThat(total).isGreaterThan(26 * 10);
    }

    @Test
    void everyRejectionGroundIsAKnockOutWithItsCriterion() {
        for (SheetFile s : sheets) {
            List<String> grounds = new ArrayList<>();
            List<Boolean> inCriterion = new ArrayList<>();
            boolean tableStarted = false;
            for (String row : sourceRows(s)) {
                tableStarted |= row.startsWith("|");
                String folded = VietnameseText.fold(row);
                if (REJECTION.matcher(folded).find() && !grounds.contains(row)) {
                    grounds.add(row);
                    inCriterion.add(tableStarted);
                }
            }
            List<KnockOutJson> knockOuts = new ArrayList<>(s.knockOuts());
            List<String> criterionOf = new ArrayList<>();
            s.knockOuts().forEach(k -> criterionOf.add(null));
            for (CriterionJson c : criteria(s)) {
                for (KnockOutJson k : c.knockOuts()) {
                    knockOuts.add(k);
                    criterionOf.add(c.code());
                }
            }
            assertThat(knockOuts).as("knock-outs of sheet %d, one per rejection ground %s", s.number(), grounds)
                    .hasSameSizeAs(grounds);
            for (int g = 0; g < grounds.size(); g++) {
                String row = grounds.get(g);
                int k = 0;
                while (k < knockOuts.size() && !row.contains(knockOuts.get(k).text())) {
                    k++;
                }
                assertThat(k).as("sheet %d: a knock-out for %s", s.number(), row).isLessThan(knockOuts.size());
                assertThat(criterionOf.get(k) != null).as("sheet %d: %s stated by a criterion", s.number(), row)
                        .isEqualTo(inCriterion.get(g));
            }
        }
    }

    @Test
    void theIssue12FaultsAreFixed() {
        CriterionJson sheet3 = criterion(3, "5.1");
        assertThat(sheet3.options().get(4).marker()).as("sheet 3 5.1 option 5 (* * * *)").isEqualTo(4);
        for (int n : new int[] {21, 22}) {
            CriterionJson c = criterion(n, "6.2");
            assertThat(c.knockOuts()).as("sheet %d 6.2", n).singleElement()
                    .satisfies(k -> {
                        assertThat(k.kind()).isEqualTo("REJECTED");
                        assertThat(k.text()).contains("vi phạm sở hữu trí tuệ");
                    });
            assertThat(c.options().get(2).label()).isEqualTo("Phong cách độc đáo riêng, thể hiện trí tuệ địa phương");
            assertThat(c.options().get(2).marker()).isEqualTo(5);
        }
        assertThat(criterion(23, "6.2").corrections()).singleElement().asString().contains("1/1/3/5");
    }

    private static CriterionJson criterion(int sheet, String code) {
        return criteria(sheets.get(sheet - 1)).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theConverterRefusesWhatItCannotClassify() throws IOException {
        int row = source.indexOf(source.stream().filter(l -> l.contains("* * * *")).findFirst().orElseThrow());
        List<String> stray = new ArrayList<>(source);
        stray.set(row, stray.get(row).replace("* * * *", "* *"));
        assertThatThrownBy(() -> new SheetConverter(stray).convert()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(":" + (row + 1) + ":").hasMessageContaining("star");
        List<String> rejection = new ArrayList<>(source);
        rejection.set(row, rejection.get(row).replace("* * * *", "(không xếp hạng nếu sao chép)"));
        assertThatThrownBy(() -> new SheetConverter(rejection).convert()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(":" + (row + 1) + ":").hasMessageContaining("rejection");
    }
}
