package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, the shared place: bounded numbers, strict JSON, strict CSV, positions on every
 * error. Each test reproduces a breach the fuzzing run found (or the shared cause of one).
 */
class BoundedReadersTest {

    private static final String MIB_OF_DIGITS = "9".repeat(1 << 20);

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvTable csv(String text) {
        return CsvTable.read(new StringReader(text), "t.csv", List.of("a", "b"), Set.of(), null,
                issues -> new InvalidDataException(issues.get(0).position(), null, issues.get(0).field(),
                        issues.get(0).message()));
    }

    // ---- numbers: bounded before any conversion, messages never render the whole input ----

    @Test
    void aQuadraticRegexInputIsRejectedWithABoundedMessage() {
        String text = "1.".repeat(32_768) + "x";
        assertThatThrownBy(() -> Figures.parse(text, NumberStyle.VI_VN))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("too long")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void aMebibyteDigitRunIsNotANumber() {
        for (NumberStyle style : NumberStyle.values()) {
            assertThatThrownBy(() -> Figures.parse(MIB_OF_DIGITS, style))
                    .isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        }
    }

    @Test
    void digitsAreBoundedAtForty() {
        assertThat(Figures.parse("9".repeat(40), NumberStyle.PLAIN)).hasToString("9".repeat(40));
        assertThatThrownBy(() -> Figures.parse("9".repeat(41), NumberStyle.PLAIN))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("41 digits");
        assertThat(Limits.numberLimit(new java.math.BigDecimal("1e50"))).isNull();
        assertThat(Limits.numberLimit(new java.math.BigDecimal("1e-50"))).isNull();
        assertThat(Limits.numberLimit(new java.math.BigDecimal("1e51")).english()).contains("exponent 51");
        assertThat(Limits.numberLimit(new java.math.BigDecimal("1e-999999999")).english()).contains("exponent");
    }

    @Test
    void theOldQuadraticDiagnosisStillNamesBadGroups() {
        assertThatThrownBy(() -> Figures.parse("1.23.456", NumberStyle.VI_VN))
                .hasMessageContaining("exactly three digits");
        assertThatThrownBy(() -> Figures.parse("1,234,567", NumberStyle.VI_VN))
                .hasMessageContaining("thousands position");
    }

    // ---- JSON: strict, bounded, each error with the file and a line ----

    @Test
    void aHugeExponentIsAnErrorWithItsLineNotAnOutOfMemory() {
        assertThatThrownBy(() -> JsonFields.read(json("{\n\"rate\": 1e999999999\n}"), "norms.json"))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).position().line()).isEqualTo(2))
                .hasMessageContaining("norms.json:2").hasMessageContaining("exponent");
    }

    @Test
    void anExponentBeyondWhatBigDecimalHoldsIsAnErrorWithItsLineInEveryTreeReader() {
        // Found by the CI fuzz pass in PilotModelCeilings: Jackson fails to convert such a number
        // with a NumberFormatException before any bound is checked.
        for (String number : List.of("1e9999999999999", "-1E+9999999999999", "1e-9999999999999", "0.5e2147483648")) {
            String text = "{\n\"rate\": " + number + "\n}";
            assertThatThrownBy(() -> JsonFields.read(json(text), "norms.json"))
                    .isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("norms.json:2").hasMessageContaining("out of bounds")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
            assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader(text), "set.json"))
                    .isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("set.json:2").hasMessageContaining("out of bounds");
        }
    }

    @Test
    void anErrorQuotesALongSubjectBoundedAndKeepsItWhole() {
        // A unit code or record id comes from a cell or a JSON string (up to 4,096 and 65,536
        // characters): the message never grows with it.
        String code = "1".repeat(60_000);
        InvalidDataException e = new InvalidDataException(io.github.ntmlib.base.SourcePosition.of("t.csv", 2), code,
                "unit", "unknown unit");
        assertThat(e.getMessage()).hasSizeLessThan(300).startsWith("t.csv:2 [111").contains("(60000 characters)");
        assertThat(e.subject()).contains(code);
        InvalidDataException column = new InvalidDataException(io.github.ntmlib.base.SourcePosition.of("t.csv", 1), null,
                "c".repeat(4_096), "unknown column");
        assertThat(column.getMessage()).hasSizeLessThan(300).contains("(4096 characters)");
        assertThat(column.field()).contains("c".repeat(4_096));
        assertThat(new InvalidDataException(io.github.ntmlib.base.SourcePosition.of("t.csv", 2), "18133", "unit", "x")
                .getMessage()).isEqualTo("t.csv:2 [18133] field 'unit': x");
    }

    @Test
    void trailingTokensAreAnError() {
        assertThatThrownBy(() -> JsonFields.read(json("{\"a\": 1}\n{\"b\": 2}"), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("t.json:2");
        assertThatThrownBy(() -> JsonFields.read(json("{\"a\": 1} x"), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("t.json:1");
    }

    @Test
    void duplicateKeysAreAnErrorWithTheirLine() {
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader("{\"a\": 1,\n\"a\": 2}"), "d.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("d.json:2")
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void deepNestingIsAnError() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader(deep), "n.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("n.json:1")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void anEmptyOrLongNumberDocumentIsAnError() {
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader(""), "e.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("e.json:1");
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader("[" + MIB_OF_DIGITS + "]"), "l.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("l.json:1")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }

    // ---- CSV: extra cells and long cells are errors naming line and column; lines are real ----

    @Test
    void extraCellsAreAnErrorNamingLineAndColumn() {
        assertThatThrownBy(() -> csv("a,b\n1,2\n3,4,5\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("t.csv:3").hasMessageContaining("column 3");
    }

    @Test
    void aLongCellIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> csv("a,b\n1,2\n3," + MIB_OF_DIGITS + "\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("t.csv:3").hasMessageContaining("column 2")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void rowsKnowTheirLineAfterAQuotedLineBreak() {
        CsvTable table = csv("a,b\n\"x\ny\",1\n2,3\n");
        assertThat(table.rows()).extracting(r -> r.position().line()).containsExactly(2, 4);
    }

    @Test
    void anEmptyFileIsAnErrorAtLineOne() {
        assertThatThrownBy(() -> csv(""))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("t.csv:1");
    }
}
