package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The typed error for bad input names where the input is (source and line), which record and
 * which field, and keeps the bare reason apart; positions refuse what cannot locate anything.
 */
class SourcePositionAndErrorTest {

    @Test
    void aPositionNeedsASourceAndANonNegativeLine() {
        assertThatThrownBy(() -> SourcePosition.of(" ", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source must not be blank");
        assertThatThrownBy(() -> SourcePosition.of("a.csv", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be >= 0: -1");
        assertThat(SourcePosition.of("a.csv", 0)).isEqualTo(SourcePosition.of("a.csv"));
    }

    @Test
    void lineZeroMeansTheSourceHasNoLines() {
        assertThat(SourcePosition.of("a.json").lineNumber()).isEmpty();
        assertThat(SourcePosition.of("a.json")).hasToString("a.json");
        assertThat(SourcePosition.of("a.csv", 1).lineNumber()).hasValue(1);
        assertThat(SourcePosition.of("a.csv", 1)).hasToString("a.csv:1");
        assertThat(SourcePosition.API).hasToString("<api>");
    }

    @Test
    void aSpreadsheetPositionNamesWorkbookSheetAndCellAndKeepsTheRowAsItsLine() {
        SourcePosition cell = SourcePosition.ofCell("gia-tri.xlsx", "Giá trị", "D17", 17);
        assertThat(cell).hasToString("gia-tri.xlsx, Giá trị!D17");
        assertThat(cell.cellReference()).hasValue("Giá trị!D17");
        assertThat(cell.lineNumber()).hasValue(17);
        assertThat(cell).isNotEqualTo(SourcePosition.of("gia-tri.xlsx", 17));
        assertThat(SourcePosition.of("a.csv", 3).cellReference()).isEmpty();
        assertThat(new SourcePosition("a.csv", 3)).isEqualTo(new SourcePosition("a.csv", 3, null));
        assertThatThrownBy(() -> new SourcePosition("a.xlsx", 1, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell must not be blank");
        assertThat(new InvalidDataException(cell, "18133", "value", "not a number").getMessage())
                .isEqualTo("gia-tri.xlsx, Giá trị!D17 [18133] field 'value': not a number");
    }

    @Test
    void theMessageNamesPositionSubjectAndFieldAndTheReasonStandsApart() {
        InvalidDataException e = new InvalidDataException(SourcePosition.of("u.csv", 4), "42", "kind", "unknown kind");
        assertThat(e).hasMessage("u.csv:4 [42] field 'kind': unknown kind");
        assertThat(e.reason()).isEqualTo("unknown kind");
        assertThat(e.subject()).contains("42");
        assertThat(e.field()).contains("kind");
        assertThat(e.position()).isEqualTo(SourcePosition.of("u.csv", 4));
        InvalidDataException bare = new InvalidDataException(SourcePosition.of("u.csv", 4), null, null, "empty");
        assertThat(bare).hasMessage("u.csv:4: empty");
        assertThat(bare.subject()).isEmpty();
        assertThat(bare.field()).isEmpty();
    }

    @Test
    void anErrorWithoutAPositionCameThroughTheApi() {
        InvalidDataException e = new InvalidDataException(null, "x", null, "bad");
        assertThat(e.position()).isEqualTo(SourcePosition.API);
        assertThat(e).hasMessage("<api> [x]: bad");
        Exception cause = new IllegalStateException("root");
        InvalidDataException withCause = new InvalidDataException(null, null, "f", "bad", cause);
        assertThat(withCause.position()).isEqualTo(SourcePosition.API);
        assertThat(withCause).hasMessage("<api> field 'f': bad").hasCause(cause);
        assertThat(withCause.reason()).isEqualTo("bad");
        assertThat(new InvalidDataException(SourcePosition.of("p.json"), null, null, "m", cause).position())
                .isEqualTo(SourcePosition.of("p.json"));
    }

    @Test
    void vietnameseLocalesWriteVietnameseEveryOtherEnglish() {
        assertThat(Language.of(Locale.forLanguageTag("vi-VN"))).isEqualTo(Language.VIETNAMESE);
        assertThat(Language.of(Locale.forLanguageTag("vi"))).isEqualTo(Language.VIETNAMESE);
        assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.ENGLISH);
        assertThat(Labels.of("đạt", "met").in(Language.VIETNAMESE)).isEqualTo("đạt");
        assertThat(Labels.of("đạt", "met").in(Language.ENGLISH)).isEqualTo("met");
    }

    @Test
    void foldingEdges() {
        assertThatThrownBy(() -> VietnameseText.fold(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(VietnameseText.fold("\u00a0 Xã\tA")).isEqualTo("xa a"); // leading spaces dropped, inner runs one
        assertThat(VietnameseText.fold("\u1F00")).isEqualTo("α"); // the first character beyond the table
        assertThat(VietnameseText.fold("\u1EFF")).isEqualTo(VietnameseText.fold("\u1EFF"));
        assertThat(VietnameseText.matches("Hà Tĩnh", "Hà Nam")).isFalse();
    }

    @Test
    void decimalsBeyondTheCachedScalesPrintInTheLocale() {
        java.math.BigDecimal long16 = new java.math.BigDecimal("-1234.5678901234567890");
        assertThat(Figures.format(long16, Figures.VI)).isEqualTo("-1.234,5678901234567890");
        assertThat(Figures.format(long16, Locale.ENGLISH)).isEqualTo("-1,234.5678901234567890");
    }

    @Test
    void aNumberOfSixtyFourCharactersIsReadAndOneMoreIsTooLong() {
        String sixtyFour = "0".repeat(63) + "1";
        assertThat(Figures.parse(sixtyFour, NumberStyle.PLAIN)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Figures.parse("0" + sixtyFour, NumberStyle.PLAIN))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("too long for a number");
    }
}
