package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 for the 2026-2030 plugin's readers (the appendix I table and the group facts CSV), which
 * read JSON and CSV outside the shared strict and bounded readers: strict formats, numbers bounded
 * before conversion, bounded messages, a line on every error.
 */
class ReaderBreaches2026Test {

    private static final String HEADER = "commune_code,area,urban_adjacent,new_urban_area,agriculture_share_percent,"
            + "source\n";

    private static String madeUp() throws IOException {
        try (InputStream in = ReaderBreaches2026Test.class.getResourceAsStream("MADE-UP-appendix-i.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AppendixOneTable table(String json) {
        return AppendixOneTable.read(new StringReader(json), "appendix.json");
    }

    private static void facts(String rows) {
        GroupFactsCsv.read(new StringReader(HEADER + rows), "facts.csv");
    }

    // ---- the appendix I table: strict and bounded JSON ----

    @Test
    void aRepeatedKeyInTheAppendixTableIsAnErrorWithItsLine() throws IOException {
        String json = madeUp().replaceFirst("\"schema\"", "\"schema\": \"x\",\n\"schema\"");
        assertThatThrownBy(() -> table(json)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("appendix.json:3").hasMessageContaining("Duplicate field 'schema'");
    }

    @Test
    void anythingAfterTheAppendixTableIsAnError() throws IOException {
        String json = madeUp() + "\n{}";
        assertThatThrownBy(() -> table(json)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("appendix.json:").hasMessageContaining("Trailing token");
    }

    @Test
    void appendixValuesOutsideTheNumberLimitsAreTypedErrorsNamingTheIndicator() throws IOException {
        String json = madeUp();
        for (String value : List.of("9".repeat(41), "1e999999999", "0." + "0".repeat(60) + "1", "9".repeat(60_000))) {
            String broken = json.replaceFirst("\"values\": \\{\\s*\"1\": \"[^\"]*\"", "\"values\": {\"1\": \"" + value + "\"");
            assertThat(broken).as("the value was replaced").isNotEqualTo(json);
            assertThatThrownBy(() -> table(broken)).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("appendix.json").hasMessageContaining("1.1").hasMessageContaining("values.1")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        }
    }

    @Test
    void appendixErrorsQuoteTheirInputBounded() throws IOException {
        String json = madeUp().replaceFirst("\"criterion\": \"1\"", "\"criterion\": \"" + "x".repeat(60_000) + "\"");
        assertThatThrownBy(() -> table(json)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("not one of 1 to 10")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    // ---- the group facts: strict CSV, bounded numbers, a line on every error ----

    @Test
    void extraCellsInTheFactsAreAnErrorNamingLineAndColumn() {
        assertThatThrownBy(() -> facts("1,III,no,no,62.5,QĐ tỉnh\n2,I,no,no,5,s,oops\n"))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("facts.csv:3")
                .hasMessageContaining("column 7");
    }

    @Test
    void anUnknownColumnInTheFactsIsAnError() {
        assertThatThrownBy(() -> GroupFactsCsv.read(new StringReader(HEADER.strip() + ",note\n1,I,no,no,5,s,x\n"),
                "facts.csv")).isInstanceOf(InvalidDataException.class).hasMessageStartingWith("facts.csv:1")
                .hasMessageContaining("unknown column 'note'");
    }

    @Test
    void aShortRowIsReadAsBlankCellsAndItsErrorHasItsLine() {
        assertThatThrownBy(() -> facts("1,III\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("facts.csv:2").hasMessageContaining("source");
    }

    @Test
    void aShareOutsideTheNumberLimitsOrInExponentFormIsATypedErrorWithItsLine() {
        for (String share : List.of("1e-60", "0." + "0".repeat(60) + "1", "1e-999999999", "5".repeat(41))) {
            assertThatThrownBy(() -> facts("1,I,no,no," + share + ",s\n")).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("facts.csv:2").hasMessageContaining("agriculture_share_percent")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        }
    }

    @Test
    void aLongCellInTheFactsIsABoundedErrorWithItsLine() {
        assertThatThrownBy(() -> facts("1,I,no,no," + "5".repeat(1 << 20) + ",s\n"))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("facts.csv:2")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }
}
