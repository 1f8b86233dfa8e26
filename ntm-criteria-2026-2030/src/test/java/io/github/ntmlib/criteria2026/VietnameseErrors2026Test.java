package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 for the 2026-2030 module: a bad group facts cell, facts for a unit that is not a xã, an
 * incomplete or malformed appendix I table read in Vietnamese with no English word outside the
 * quoted input, name the same place as the English message, and the English stays as it was.
 */
class VietnameseErrors2026Test {

    private static final Set<String> ENGLISH = Set.of("the", "is", "not", "no", "missing", "unknown", "value",
            "must", "of", "and", "or", "with", "expected", "required", "empty", "unit", "standard", "criterion",
            "indicator", "date", "number", "field", "given", "twice", "found", "has", "only", "listed", "commune",
            "group", "groups", "share", "table", "incomplete", "appendix", "indicators", "more", "blank", "when",
            "yes", "facts", "source", "apply", "cell");

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    static List<String> englishWords(String vietnamese) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(QUOTED.matcher(vietnamese).replaceAll(" "));
        while (m.find()) {
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static InvalidDataException bilingual(ThrowingCallable call, String english) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, call);
        assertThat(e).as("an InvalidDataException").isNotNull();
        assertThat(e.getMessage()).contains(english).isEqualTo(e.message(Language.ENGLISH));
        String vietnamese = e.reason(Language.VIETNAMESE);
        assertThat(englishWords(vietnamese)).as(vietnamese).isEmpty();
        assertThat(vietnamese).isNotEqualTo(e.reason()).matches("(?s).*[^\\x00-\\x7F].*");
        String place = e.position() + e.subject().map(s -> " [" + s + "]").orElse("");
        assertThat(e.message(Language.VIETNAMESE)).startsWith(place).endsWith(": " + vietnamese);
        e.field().ifPresent(f -> assertThat(e.message(Language.VIETNAMESE)).contains(" trường '" + f + "'"));
        return e;
    }

    private static final String HEADER = "commune_code,area,urban_adjacent,new_urban_area,agriculture_share_percent,"
            + "source\n";

    private static ThrowingCallable facts(String rows) {
        return () -> GroupFactsCsv.read(new StringReader(HEADER + rows), "facts.csv");
    }

    @Test
    void aBadGroupFactsCellIsNamedInVietnamese() {
        InvalidDataException area = bilingual(facts("1,IV,no,no,5,s\n"), "'IV' is not one of NOT_IN_AREA, I, II, III");
        assertThat(area.position()).isEqualTo(SourcePosition.of("facts.csv", 2));
        assertThat(area.subject()).contains("1");
        assertThat(area.field()).contains("area");
        bilingual(facts("1,I,maybe,no,5,s\n"), "'maybe' is not yes or no");
        bilingual(facts("1,I,no,no,105,s\n"), "a share is 0 to 100: '105'");
        bilingual(facts("1,I,no,no,5,s\n1,I,no,no,5,s\n"), "commune listed twice");
        bilingual(facts("1,I,no,no,5,\n"), "group facts name their source");
        bilingual(facts(",I,no,no,5,s\n"), "empty cell");
    }

    @Test
    void factsForAUnitThatIsNotAXaAreNamedInVietnamese() {
        InvalidDataException e = bilingual(() -> CommuneGroups.classify(Fixtures2026.snapshot(), Map.of("9",
                GroupFacts.of(Area.AREA_I, Fact.NO, Fact.NO, Fraction.of(1, 2), "t")), Precedence.AREA_FIRST),
                "group facts for a unit that is not a xã on 2025-07-01");
        assertThat(e.reason(Language.VIETNAMESE)).contains("01/07/2025");
    }

    private static String madeUpText() throws IOException {
        try (InputStream in = VietnameseErrors2026Test.class.getResourceAsStream("MADE-UP-appendix-i.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ThrowingCallable broken(Consumer<ArrayNode> change) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(madeUpText());
        change.accept((ArrayNode) root.get("indicators"));
        String text = mapper.writeValueAsString(root);
        return () -> AppendixOneTable.read(new StringReader(text), "t.json");
    }

    @Test
    void aBadAppendixTableIsNamedInVietnamese() throws IOException {
        InvalidDataException incomplete = bilingual(broken(a -> {
            a.remove(46);
            ((ObjectNode) a.get(7).get("values")).remove("2");
        }), "incomplete table: appendix I has 47 indicators; this table has 46");
        assertThat(incomplete.reason(Language.VIETNAMESE)).startsWith("bảng chưa đầy đủ: Phụ lục I có 47 chỉ tiêu;")
                .contains("chỉ tiêu '2.3': không có giá trị cho nhóm '2'");
        bilingual(broken(a -> ((ObjectNode) a.get(1)).put("code", "1.1")), "indicator 1.1 is listed twice");
        bilingual(broken(a -> ((ObjectNode) a.get(0)).put("criterion", "11")), "criterion '11' is not one of 1 to 10");
        bilingual(broken(a -> ((ObjectNode) a.get(0)).remove("sourceLine")), "indicator 1.1: sourceLine is missing");
        bilingual(broken(a -> ((ObjectNode) a.get(0)).put("kind", "SHARE")), "'SHARE' is not one of [FLAG");
    }

    @Test
    void anyBadAreaWordIsNamedInVietnamese() {
        qt().withExamples(200).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 10)
                .assuming(s -> s.equals(s.strip()) && !Set.of("NOT_IN_AREA", "I", "II", "III").contains(s)
                        && s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\'') < 0 && s.indexOf(';') < 0))
                .checkAssert(word -> assertThat(bilingual(facts("1," + word + ",no,no,5,s\n"), "is not one of")
                        .field()).contains("area"));
    }

    @Test
    void theStopListFindsEnglish() {
        assertThat(englishWords("commune listed twice")).containsExactly("commune", "listed", "twice");
        assertThat(englishWords("'IV' không phải là 'yes'")).isEmpty();
    }
}
