package io.github.ntmlib.criteria2026;

import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.criteria2026.CommuneGroups.Precedence;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 21 for the 2026-2030 module: a bad group facts cell, facts for a unit that is not a xã, an
 * incomplete or malformed appendix I table read in Vietnamese with no English word outside the
 * quoted input, name the same place as the English message, and the English stays as it was.
 */
class VietnameseErrors2026Test {

    private static final String HEADER = "commune_code,area,urban_adjacent,new_urban_area,agriculture_share_percent,"
            + "source\n";

    private static Executable facts(String rows) {
        return () -> GroupFactsCsv.read(new StringReader(HEADER + rows), "facts.csv");
    }

    @Test
    void aBadGroupFactsCellIsNamedInVietnamese() {
        InvalidDataException area = thrownBy(facts("1,IV,no,no,5,s\n"), "'IV' is not one of NOT_IN_AREA, I, II, III");
        assertThat(area.position()).isEqualTo(SourcePosition.of("facts.csv", 2));
        assertThat(area.subject()).contains("1");
        assertThat(area.field()).contains("area");
        thrownBy(facts("1,I,maybe,no,5,s\n"), "'maybe' is not yes or no");
        thrownBy(facts("1,I,no,no,105,s\n"), "a share is 0 to 100: '105'");
        thrownBy(facts("1,I,no,no,5,s\n1,I,no,no,5,s\n"), "commune listed twice");
        thrownBy(facts("1,I,no,no,5,\n"), "group facts name their source");
        thrownBy(facts(",I,no,no,5,s\n"), "empty cell");
    }

    @Test
    void factsForAUnitThatIsNotAXaAreNamedInVietnamese() {
        InvalidDataException e = thrownBy(() -> CommuneGroups.classify(Fixtures2026.snapshot(), Map.of("9",
                GroupFacts.of(Area.AREA_I, Fact.NO, Fact.NO, Fraction.of(1, 2), "t")), Precedence.AREA_FIRST),
                "group facts for a unit that is not a xã on 2025-07-01");
        assertThat(e.reason(Language.VIETNAMESE)).contains("01/07/2025");
    }

    private static String madeUpText() throws IOException {
        try (InputStream in = VietnameseErrors2026Test.class.getResourceAsStream("MADE-UP-appendix-i.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Executable broken(Consumer<ArrayNode> change) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(madeUpText());
        change.accept((ArrayNode) root.get("indicators"));
        String text = mapper.writeValueAsString(root);
        return () -> AppendixOneTable.read(new StringReader(text), "t.json");
    }

    @Test
    void aBadAppendixTableIsNamedInVietnamese() throws IOException {
        InvalidDataException incomplete = thrownBy(broken(a -> {
            a.remove(46);
            ((ObjectNode) a.get(7).get("values")).remove("2");
        }), "incomplete table: appendix I has 47 indicators; this table has 46");
        assertThat(incomplete.reason(Language.VIETNAMESE)).startsWith("bảng chưa đầy đủ: Phụ lục I có 47 chỉ tiêu;")
                .contains("chỉ tiêu '2.3': không có giá trị cho nhóm '2'");
        thrownBy(broken(a -> ((ObjectNode) a.get(1)).put("code", "1.1")), "indicator 1.1 is listed twice");
        thrownBy(broken(a -> ((ObjectNode) a.get(0)).put("criterion", "11")), "criterion '11' is not one of 1 to 10");
        thrownBy(broken(a -> ((ObjectNode) a.get(0)).remove("sourceLine")), "indicator 1.1: sourceLine is missing");
        thrownBy(broken(a -> ((ObjectNode) a.get(0)).put("kind", "SHARE")), "'SHARE' is not one of [FLAG");
    }

    @Test
    void anyBadAreaWordIsNamedInVietnamese() {
        qt().withExamples(200).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 10)
                .assuming(s -> s.equals(s.strip()) && !Set.of("NOT_IN_AREA", "I", "II", "III").contains(s)
                        && s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\'') < 0 && s.indexOf(';') < 0))
                .checkAssert(word -> assertThat(thrownBy(facts("1," + word + ",no,no,5,s\n"), "is not one of")
                        .field()).contains("area"));
    }
}
