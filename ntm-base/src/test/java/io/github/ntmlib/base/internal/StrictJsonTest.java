package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.base.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The one strict, bounded, exact JSON configuration: each refusal is a typed error naming the
 * file and a line (at least 1), with a message of bounded length; a failing stream is an I/O error,
 * not bad data.
 */
class StrictJsonTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decimalsKeepTheirTrailingZeros() {
        JsonNode root = StrictJson.read(StrictJson.MAPPER, new StringReader("{\"r\": 40.80}"), "r.json");
        assertThat(root.get("r").decimalValue()).isEqualTo(new BigDecimal("40.80"));
        assertThat(StrictJson.read(StrictJson.MAPPER, bytes("{\"r\": 1.0}"), "r.json").get("r").decimalValue())
                .isEqualTo(new BigDecimal("1.0"));
    }

    @Test
    void outOfBoundsNumbersInATreeAreErrorsAtTheirLine() {
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader("{\n\n\"r\": 1e51}"), "r.json"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("r.json:3 field '/r': not valid JSON: the number's exponent 51 is out of range (within ±50)");
        String digits = "9".repeat(43);
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader("[\n" + digits + "]"), "i.json"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("i.json:2 field '/0': not valid JSON: the number has 43 digits (at most 40)");
        assertThat(StrictJson.read(StrictJson.MAPPER, new StringReader("[" + "9".repeat(40) + "]"), "i.json")
                .get(0).bigIntegerValue()).hasToString("9".repeat(40));
    }

    @Test
    void aFailingStreamIsAnIoErrorNotBadData() {
        Reader failing = Failing.reader("");
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, failing, "f.json"))
                .isInstanceOf(UncheckedIOException.class).hasMessage("cannot read f.json");
        InputStream failingBytes = Failing.stream();
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, failingBytes, "f.json", BigDecimal.class))
                .isInstanceOf(UncheckedIOException.class).hasMessage("cannot read f.json");
    }

    @Test
    void textInNoJsonEncodingIsBadData() {
        byte[] utf32Broken = {0, 0, 0, 0x7B, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new ByteArrayInputStream(utf32Broken), "e.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("e.json:1: not valid JSON");
    }

    @Test
    void boundDecimalsAreExactAndBounded() {
        assertThat(StrictJson.read(StrictJson.MAPPER, bytes("12.50"), "b.json", BigDecimal.class))
                .isEqualTo(new BigDecimal("12.50"));
        String sixtyFour = "0".repeat(63) + "1";
        assertThat(StrictJson.read(StrictJson.MAPPER, bytes("\"" + sixtyFour + "\""), "b.json", BigDecimal.class))
                .isEqualByComparingTo(BigDecimal.ONE);
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, bytes("\"0" + sixtyFour + "\""), "b.json",
                BigDecimal.class)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("b.json:1: not valid JSON").hasMessageContaining("too long for a number");
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, bytes("\n1e51"), "b.json", BigDecimal.class))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("b.json:2: not valid JSON").hasMessageContaining("exponent 51");
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, bytes("null"), "b.json", BigDecimal.class))
                .isInstanceOf(InvalidDataException.class).hasMessage("b.json:1: not valid JSON: the document is null");
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, bytes("[1]"), "b.json", BigDecimal.class))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("b.json:1: not valid JSON: ");
    }

    @Test
    void errorMessagesAreCutAfterThreeHundredCharacters() {
        String key = "k".repeat(900);
        String json = "{\"" + key + "\": 1, \"" + key + "\": 2}";
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader(json), "d.json"))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> {
                    String reason = ((InvalidDataException) e).reason();
                    assertThat(reason).startsWith("not valid JSON: ").endsWith("…");
                    assertThat(reason).hasSize("not valid JSON: ".length() + 301);
                });
    }

    @Test
    void aZeroWithAHugeExponentIsRefusedByTheTreeAndTheBoundReaders() {
        // issue 20: "0e-999999999" passed every guard and exhausted memory once an overlay was applied
        for (String zero : List.of("0e-999999999", "0E+2147483647", "-0.0e-91", "0e91")) {
            assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new StringReader("{\n\"v\": [1,\n" + zero
                    + "]}"), "o.json"))
                    .as(zero).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("o.json:3 field '/v/1'").hasMessageContaining("scale");
            assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, bytes("{\"d\": " + zero + "}"), "o.json",
                    Holder.class)).as(zero).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("o.json:1").hasMessageContaining("scale");
        }
        assertThat(StrictJson.read(StrictJson.MAPPER, new StringReader("[0e-90, 0.000]"), "o.json").get(0)
                .decimalValue().signum()).isZero();
    }

    /** A bound document with a decimal. */
    record Holder(BigDecimal d) {
    }

    @Test
    void treeNodesKnowTheirLine() {
        JsonNode root = StrictJson.read(StrictJson.MAPPER, new StringReader(
                "{\n\"a\": {\n  \"b\": \"x\",\n  \"c\": [1,\n 2.5, 12345678901234]\n}\n}"), "t.json");
        assertThat(StrictJson.line(root)).isEqualTo(1);
        assertThat(StrictJson.line(root.get("a"))).isEqualTo(2);
        assertThat(StrictJson.line(root.get("a").get("b"))).isEqualTo(3);
        assertThat(StrictJson.line(root.get("a").get("c"))).isEqualTo(4);
        assertThat(StrictJson.line(root.get("a").get("c").get(1))).isEqualTo(5);
        assertThat(StrictJson.line(root.get("a").get("c").get(2))).isEqualTo(5);
        assertThat(root.get("a").get("c").get(1).decimalValue()).isEqualTo(new BigDecimal("2.5"));
        assertThat(StrictJson.line(null)).isZero();
    }

    @Test
    void bytesInUtf16OrNotUtf8AreRefused() {
        byte[] utf16 = "{\"r\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        for (byte[] b : List.of(utf16, withBom, "{\"r\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_16BE))) {
            assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new java.io.ByteArrayInputStream(b), "u.json"))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("u.json:1")
                    .hasMessageContaining("must be UTF-8");
        }
        byte[] latin1 = "{\"r\": \"H\u00f4\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.read(StrictJson.MAPPER, new java.io.ByteArrayInputStream(latin1), "u.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not UTF-8");
        byte[] bom8 = "\uFEFF{\"r\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(StrictJson.read(StrictJson.MAPPER, new java.io.ByteArrayInputStream(bom8), "u.json").get("r").intValue())
                .isEqualTo(1);
    }

    @Test
    void aLongStringIsQuotedAsAnExcerpt() {
        // issue 20: JSON strings of 65,000 characters were quoted whole
        String text = "x".repeat(65_000);
        JsonNode root = StrictJson.read(StrictJson.MAPPER, new StringReader("{\"d\": \"" + text + "\"}"), "s.json");
        assertThatThrownBy(() -> new JsonFields("s.json").date(root, "d", "$."))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("s.json:1 field '$.d'")
                .hasMessageContaining("…' (65000 characters)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
        // the backstop: a reason built without the excerpt helper is cut too
        assertThat(new InvalidDataException(io.github.ntmlib.base.SourcePosition.of("s.json"), null, null, text)
                .getMessage().length()).isLessThan(Limits.MESSAGE + 40);
    }
}
