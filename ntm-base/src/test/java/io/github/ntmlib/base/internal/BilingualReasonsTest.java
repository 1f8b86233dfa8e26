package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 21: every typed error the base module raises says the same thing in Vietnamese and in
 * English: the same position, subject and field, a Vietnamese reason with no English word outside
 * the input it quotes, and {@code getMessage()} in English. Driven over the readers' error paths,
 * and over generated bad numbers, with the paths reached counted.
 */
class BilingualReasonsTest {

    /** English words no Vietnamese reason of ours contains (outside quoted input). */
    private static final Set<String> ENGLISH = Set.of("the", "is", "not", "a", "an", "of", "missing", "unknown",
            "value", "must", "number", "file", "column", "header", "required", "declared", "field", "with", "or",
            "and", "characters", "digits", "json", "text", "date", "whole", "empty", "array", "object");
    private static final ObjectMapper STRICT = StrictJson.builder().build();
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** The English words outside quotes of a Vietnamese text. */
    static List<String> english(String vietnamese) {
        List<String> found = new ArrayList<>();
        var m = WORD.matcher(QUOTED.matcher(vietnamese).replaceAll(" "));
        while (m.find()) {
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT)) && !m.group().equals("JSON")) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static void bilingual(InvalidDataException e) {
        String vi = e.message(Language.VIETNAMESE);
        String en = e.message(Language.ENGLISH);
        assertThat(en).isEqualTo(e.getMessage());
        assertThat(e.reason()).isEqualTo(e.reason(Language.ENGLISH));
        assertThat(english(e.reason(Language.VIETNAMESE))).as(vi).isEmpty();
        assertThat(e.reason(Language.VIETNAMESE)).as(vi).isNotEqualTo(e.reason(Language.ENGLISH));
        String where = e.position().toString() + e.subject().map(s -> " [" + s + "]").orElse("");
        assertThat(vi).startsWith(where);
        assertThat(en).startsWith(where);
        e.field().ifPresent(f -> {
            assertThat(vi).contains(" trường '" + f + "': ");
            assertThat(en).contains(" field '" + f + "': ");
        });
    }

    private static InvalidDataException thrown(int index, Executable code) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, code::execute);
        assertThat(e).as("path " + index + " throws an InvalidDataException").isNotNull();
        return e;
    }

    private static CsvTable csv(String text) {
        return CsvTable.read(new StringReader(text), "v.csv", List.of("unit", "value"), Set.of("name"), null,
                CsvTable::error);
    }

    @Test
    void theMessageInEachLanguageNamesTheSamePlace() {
        InvalidDataException e = new InvalidDataException(SourcePosition.of("v.csv", 3), "18409", "value",
                Labels.of("thiếu giá trị", "the value is missing"));
        assertThat(e.getMessage()).isEqualTo("v.csv:3 [18409] field 'value': the value is missing");
        assertThat(e.message(Language.VIETNAMESE)).isEqualTo("v.csv:3 [18409] trường 'value': thiếu giá trị");
        assertThat(e.reason(Language.VIETNAMESE)).isEqualTo("thiếu giá trị");
        InvalidDataException oneLanguage = new InvalidDataException(SourcePosition.API, null, null, "only English");
        assertThat(oneLanguage.message(Language.VIETNAMESE)).isEqualTo("<api>: only English");
        InvalidDataException longInput = new InvalidDataException(SourcePosition.API, "1".repeat(300), null,
                Labels.of(Limits.quote("x".repeat(70)) + " quá dài", Limits.quote("x".repeat(70)) + " is too long"));
        assertThat(longInput.message(Language.VIETNAMESE)).endsWith("… (300 ký tự)]: '" + "x".repeat(60) + "…' (70 ký tự) quá dài");
        assertThat(longInput.getMessage()).endsWith("… (300 characters)]: '" + "x".repeat(60) + "…' (70 characters) is too long");
        InvalidDataException nulls = new InvalidDataException(null, null, null, (Labels) null);
        assertThat(nulls.message(Language.VIETNAMESE)).isEqualTo("<api>: null");
    }

    @Test
    void everyErrorPathOfTheReadersIsBilingual() {
        List<Executable> paths = List.of(
                () -> csv("unit;value,name\n1;2\n"),
                () -> csv("unit|value\n1|2\n"),
                () -> csv("unit,value,color\n1,2,3\n"),
                () -> csv("unit,value,unit\n1,2,3\n"),
                () -> csv("unit,value\n1,2,3\n"),
                () -> csv(""),
                () -> csv("# colour: red\nunit,value\n"),
                () -> csv("# number-style: vi\n# number-style: vi\nunit,value\n"),
                () -> csv("# number-style: roman\nunit,value\n"),
                () -> csv("unit,value\n1,a\u0001b\n"),
                () -> csv("unit,value\n1," + "x".repeat(Limits.CSV_CELL + 1) + "\n"),
                () -> csv("unit,value\n1,\n").rows().get(0).required("value"),
                () -> csv("unit,value\n1,x\n").rows().get(0).integer("value"),
                () -> csv("unit,value\n1,x\n").rows().get(0).date("value"),
                () -> TextFiles.detect(new ByteArrayInputStream("unit,name\n18100,H\u00f4\n"
                        .getBytes(StandardCharsets.ISO_8859_1)), "v.csv", false),
                () -> StrictJson.read(STRICT, new StringReader("{\"a\": }"), "d.json"),
                () -> StrictJson.read(STRICT, new StringReader(""), "d.json"),
                () -> StrictJson.read(STRICT, new StringReader("{\"a\": 1, \"a\": 2}"), "d.json"),
                () -> StrictJson.read(STRICT, new StringReader("{\"a\": 1e999999}"), "d.json"),
                () -> StrictJson.read(STRICT, new ByteArrayInputStream(new byte[] {(byte) 0xFE, (byte) 0xFF,
                    0, '{'}), "d.json"),
                () -> StrictJson.read(STRICT, new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC3,
                    '"', ':', '1', '}'}), "d.json"),
                () -> JsonFields.readDocument(new StringReader("[1]"), "d.json"),
                () -> JsonFields.readDocument(new StringReader("{\"a\": 1}"), "d.json").get("b"),
                () -> JsonFields.readDocument(new StringReader("{\"a\": 1}"), "d.json").only("b"),
                () -> JsonFields.readDocument(new StringReader("{\"a\": 1}"), "d.json").get("a").text(),
                () -> JsonFields.readDocument(new StringReader("{\"a\": \"x\"}"), "d.json").get("a").decimal(),
                () -> JsonFields.readDocument(new StringReader("{\"a\": \"x\"}"), "d.json").get("a").elements(),
                () -> JsonFields.readDocument(new StringReader("{\"a\": \"x\"}"), "d.json").get("a").date(),
                () -> JsonFields.readDocument(new StringReader("{\"a\": \"x\"}"), "d.json").get("a")
                        .constant(NumberStyle.class),
                () -> new JsonFields("d.json").date(new ObjectMapper().readTree("{\"a\": \"x\"}"), "a", "$."),
                () -> new JsonFields("d.json").decimal(new ObjectMapper().readTree("{\"a\": \"x\"}"), "a", "$."),
                () -> new JsonFields("d.json").text(new ObjectMapper().readTree("{\"a\": 1}"), "b", "$."),
                () -> Figures.parse("", NumberStyle.VI_VN),
                () -> Figures.parse("1,234.5", NumberStyle.VI_VN),
                () -> Figures.parse("1.2345", NumberStyle.VI_VN),
                () -> Figures.parse("1,5", NumberStyle.PLAIN),
                () -> Figures.parse("1".repeat(41), NumberStyle.PLAIN),
                () -> Figures.parse("1".repeat(Limits.NUMBER_TEXT + 1), NumberStyle.PLAIN),
                () -> Figures.parseUndeclared("1.205", SourcePosition.of("v.csv", 2), "18409", "value"),
                () -> Figures.parseUndeclared("1,205", SourcePosition.of("v.csv", 2), "18409", "value"),
                () -> Figures.parseUndeclared("1,5", SourcePosition.of("v.csv", 2), "18409", "value"));
        Map<Language, Integer> distinct = new EnumMap<>(Language.class);
        java.util.Set<String> reasons = new java.util.HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            InvalidDataException e = thrown(i, paths.get(i));
            bilingual(e);
            reasons.add(e.reason(Language.VIETNAMESE).replaceAll("'[^']*'", "'…'"));
        }
        distinct.put(Language.VIETNAMESE, reasons.size());
        // the paths reach different reasons, not one message many times
        assertThat(distinct.get(Language.VIETNAMESE)).isGreaterThanOrEqualTo(35);
    }

    @Test
    void everyBadNumberIsRefusedInBothLanguages() {
        int[] reached = new int[2];
        // no apostrophe: the check strips quoted input by its quotes
        qt().withExamples(2_000).forAll(strings().betweenCodePoints(32, 126).ofLengthBetween(0, 12)
                .assuming(t -> t.indexOf('\'') < 0),
                integers().between(0, 1)).check((text, style) -> {
                    try {
                        Figures.parse(text, style == 0 ? NumberStyle.VI_VN : NumberStyle.PLAIN);
                        return true;
                    } catch (InvalidDataException e) {
                        reached[style]++;
                        bilingual(e);
                        return true;
                    }
                });
        assertThat(reached[0]).isGreaterThan(500);
        assertThat(reached[1]).isGreaterThan(500);
    }
}
