package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV as Excel writes it (issue 20): ';' or ',' separators, a byte order mark, UTF-16 and
 * Windows-1258, NFC cells, no control characters, and numbers in a declared style.
 */
class ExcelCsvTest {

    private static CsvTable read(String text) {
        return read(text, null);
    }

    private static CsvTable read(String text, NumberStyle style) {
        return CsvTable.read(new StringReader(text), "v.csv", List.of("unit", "value"), Set.of("name"), null,
                CsvTable::error, style);
    }

    @Test
    void semicolonsSeparateColumnsWhenTheHeaderUsesThem() {
        CsvTable table = read("unit;value;name\n18100;1,5;\"Hộ Độ; xã\"\n");
        assertThat(table.rows().get(0).get("value")).isEqualTo("1,5");
        assertThat(table.rows().get(0).get("name")).isEqualTo("Hộ Độ; xã");
        // a ',' inside a quoted header cell does not count
        assertThat(read("unit;value;\"name, full\"".replace("\"name, full\"", "name") + "\n1;2;x\n").rows())
                .hasSize(1);
    }

    @Test
    void aHeaderWithBothSeparatorsIsAnErrorWithTheHint() {
        assertThatThrownBy(() -> read("unit;value,name\n1;2\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("v.csv:1")
                .hasMessageContaining("both ',' and ';'")
                .hasMessageContaining("save it as CSV UTF-8")
                .satisfies(e -> assertThat(((InvalidDataException) e).message(io.github.ntmlib.base.Language.VIETNAMESE))
                        .startsWith("v.csv:1: dòng tiêu đề có cả ',' và ';'")
                        .contains("hãy lưu lại dưới dạng CSV UTF-8"));
    }

    @Test
    void aSingleColumnHeaderWhereMoreAreRequiredHintsAtTheSeparator() {
        assertThatThrownBy(() -> read("unit|value\n1|2\n"))
                .hasMessageContaining("missing column 'unit'")
                .hasMessageContaining("single column")
                .hasMessageContaining("save it as CSV UTF-8")
                .satisfies(e -> assertThat(((InvalidDataException) e).message(io.github.ntmlib.base.Language.VIETNAMESE))
                        .contains("trường 'unit': thiếu cột 'unit'", "dòng tiêu đề chỉ có một cột",
                                "hãy lưu lại dưới dạng CSV UTF-8"));
    }

    @Test
    void aByteOrderMarkBeforeADirectiveOrTheHeaderIsDropped() {
        assertThat(read("\uFEFFunit,value\n1,2\n").header()).containsExactly("unit", "value");
        CsvTable table = read("\uFEFF# number-style: vi\nunit;value\n1;1.205\n");
        assertThat(table.numberStyle()).contains(NumberStyle.VI_VN);
        assertThat(table.rows().get(0).position().line()).isEqualTo(3);
    }

    @Test
    void cellsAreNormalisedToNfc() {
        String decomposed = "Ho\u0302\u0323 \u0110o\u0323\u0302"; // "Hộ Độ" with combining marks, as Windows-1258 writes it
        CsvTable table = read("unit,value,name\n1,2," + decomposed + "\n");
        assertThat(table.rows().get(0).get("name")).isEqualTo("Hộ Độ");
    }

    @Test
    void aControlCharacterInACellIsAnErrorNamingLineAndColumn() {
        assertThatThrownBy(() -> read("unit,value\n18\u0000100,2\n"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("v.csv:2").hasMessageContaining("field 'unit'")
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> read("unit,value\n1,2\u001b\n")).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> read("unit,value\n1,2\u007f\n")).hasMessageContaining("U+007F");
        // tab and a quoted line break are text
        assertThat(read("unit,value,name\n1,2,\"a\tb\nc\"\n").rows().get(0).get("name")).isEqualTo("a\tb\nc");
    }

    @Test
    void numbersAreReadInTheStyleDeclaredByTheFileOrTheCaller() {
        assertThat(read("# number-style: vi\nunit,value\nx,\"1.205\"\n").rows().get(0).number("value", "x"))
                .isEqualByComparingTo("1205");
        assertThat(read("# number-style: vi\nunit;value\nx;1,5\n").rows().get(0).number("value", "x"))
                .isEqualTo(new BigDecimal("1.5"));
        assertThat(read("# Number-Style: PLAIN\nunit,value\nx,1.205\n").rows().get(0).number("value", "x"))
                .isEqualTo(new BigDecimal("1.205"));
        assertThat(read("unit,value\nx,1.205\n", NumberStyle.VI_VN).rows().get(0).number("value", "x"))
                .isEqualByComparingTo("1205");
        assertThat(read("unit,value\nx,1.205\n", NumberStyle.PLAIN).rows().get(0).number("value", "x"))
                .isEqualTo(new BigDecimal("1.205"));
        // the same declaration twice is fine, two different ones are an error
        assertThat(read("# number-style: vi\nunit,value\nx,2\n", NumberStyle.VI_VN).numberStyle())
                .contains(NumberStyle.VI_VN);
        assertThatThrownBy(() -> read("# number-style: vi\nunit,value\nx,2\n", NumberStyle.PLAIN))
                .hasMessageContaining("v.csv:1").hasMessageContaining("declares number-style vi")
                .hasMessageContaining("plain");
    }

    @Test
    void anAmbiguousNumberWithoutADeclaredStyleIsAnErrorNamingFileLineColumnAndUnit() {
        for (String text : List.of("1.205", "1,205", "12.345.678", "1,5", "-999.000")) {
            CsvTable.Row row = read("unit;value\n18100;\"" + text + "\"\n").rows().get(0);
            assertThatThrownBy(() -> row.number("value", "18100"))
                    .as(text).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("v.csv:2 [18100] field 'value'")
                    .hasMessageContaining("--number-style vi|plain")
                    .hasMessageContaining("# number-style: vi");
        }
        // readable one way only: plain
        for (String text : List.of("1.5", "0.125", "1205", "-3", "12.3456")) {
            CsvTable.Row row = read("unit;value\n18100;" + text + "\n").rows().get(0);
            assertThat(row.number("value", "18100")).as(text).isEqualTo(new BigDecimal(text));
        }
    }

    @Test
    void unknownDirectivesAndStylesAreErrors() {
        assertThatThrownBy(() -> read("# delimiter: ;\nunit,value\n")).hasMessageContaining("v.csv:1")
                .hasMessageContaining("unknown directive");
        assertThatThrownBy(() -> read("# number-style: en\nunit,value\n")).hasMessageContaining("accepted: vi, plain");
        assertThatThrownBy(() -> read("# number-style: vi\n# number-style: vi\nunit,value\n"))
                .hasMessageContaining("v.csv:2").hasMessageContaining("twice");
        assertThatThrownBy(() -> read("# number-style: vi\n")).hasMessageContaining("empty file");
    }

    // ---- encodings ----

    private static String decode(byte[] bytes, boolean windows1258) throws IOException {
        TextFiles.Encoding e = TextFiles.detect(new ByteArrayInputStream(bytes), "v.csv", windows1258);
        return new String(bytes, e.bom(), bytes.length - e.bom(), e.charset());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8WithOrWithoutABomAndUtf16WithABomAreDecoded() throws IOException {
        String text = "unit,name\n18100,Hộ Độ\n";
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8), true)).isEqualTo(text);
        assertThat(decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)), true)).isEqualTo(text);
        assertThat(decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                false)).isEqualTo(text);
        assertThat(decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
                false)).isEqualTo(text);
    }

    @Test
    void bytesThatAreNotUtf8AreWindows1258WhenTheJdkHasItElseATypedErrorWithTheHint() throws IOException {
        String text = "unit,name\n18100,Hộ Độ\n";
        if (Charset.isSupported(TextFiles.WINDOWS_1258)) {
            // Windows-1258 has "ô" and "Đ" but writes tone marks as combining characters
            byte[] cp1258 = "unit,name\n18100,H\u00f4\u0323 \u0110\u00f4\u0323\n"
                    .getBytes(Charset.forName(TextFiles.WINDOWS_1258));
            assertThat(cp1258).doesNotContain((byte) '?');
            assertThat(decode(cp1258, true)).isNotEqualTo(text); // tone marks combine: NFC is the CSV reader's job
            assertThat(java.text.Normalizer.normalize(decode(cp1258, true), java.text.Normalizer.Form.NFC))
                    .isEqualTo(text);
        }
        byte[] bad = "unit,name\n18100,H\u00f4\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextFiles.detect(new ByteArrayInputStream(bad), "v.csv", false))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("v.csv:2")
                .hasMessageContaining("save it as CSV UTF-8")
                .satisfies(e -> assertThat(((InvalidDataException) e).message(io.github.ntmlib.base.Language.VIETNAMESE))
                        .contains("hãy lưu lại dưới dạng CSV UTF-8 (CSV UTF-8 (Comma delimited))"));
    }

    @Test
    void aWindows1258FileReadsAsItsNfcText(@TempDir Path dir) throws IOException {
        if (!Charset.isSupported(TextFiles.WINDOWS_1258)) {
            return;
        }
        Path file = dir.resolve("v.csv");
        Files.write(file, "unit;value;name\n18100;2;Xa\u0303 H\u00f4\u0323 \u0110\u00f4\u0323\n"
                .getBytes(Charset.forName(TextFiles.WINDOWS_1258)));
        try (Reader in = TextFiles.open(file)) {
            CsvTable table = CsvTable.read(in, "v.csv", List.of("unit", "value"), Set.of("name"), null,
                    CsvTable::error);
            assertThat(table.rows().get(0).get("name")).isEqualTo("Xã Hộ Độ");
        }
        Path utf16 = dir.resolve("w.csv");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "unit;value\n1;2\n".getBytes(StandardCharsets.UTF_16LE)));
        try (Reader in = TextFiles.open(utf16)) {
            assertThat(CsvTable.read(in, "w.csv", List.of("unit", "value"), Set.of(), null, CsvTable::error).rows())
                    .hasSize(1);
        }
    }
}
