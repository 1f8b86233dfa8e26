package io.github.ntmlib.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The hostile regression inputs of the fuzz targets are refused by the bound they hit, before the
 * work they ask for: the zip bomb by its inflation, the 200,000 shared strings by their inflation
 * (and, were inflation allowed, by their count), the
 * merged region over the whole sheet by the sheet's bounds.
 */
class XlsxBreachesTest {

    private static Workbook seed(String name) {
        return seed(name, XlsxFuzzTest.LIMITS);
    }

    private static Workbook seed(String name, WorkbookLimits limits) {
        try (InputStream in = XlsxBreachesTest.class.getResourceAsStream("XlsxFuzzTestInputs/workbook/" + name)) {
            return XlsxReader.read(in, XlsxFuzzTest.NAME, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aZipBombIsRefusedByItsInflation() {
        assertThatThrownBy(() -> seed("zip-bomb.xlsx")).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("fuzz.xlsx: not a readable .xlsx workbook (a part expands beyond the bounds");
    }

    @Test
    void hugeSharedStringsAreRefusedByTheirInflationOrElseByTheirCount() {
        assertThatThrownBy(() -> seed("huge-shared-strings.xlsx")).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("fuzz.xlsx: not a readable .xlsx workbook (a part expands beyond the bounds");
        assertThatThrownBy(() -> seed("huge-shared-strings.xlsx", XlsxFuzzTest.LIMITS.withZip(10_000, 64 << 20)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("fuzz.xlsx field 'xl/sharedStrings.xml': the workbook has more than 5000 shared strings");
    }

    @Test
    void aCellAndAMergedRegionBeyondTheSheetsBoundsAreRefused() {
        assertThatThrownBy(() -> seed("far-cell.xlsx")).isInstanceOf(InvalidDataException.class)
                .hasMessage("fuzz.xlsx, Giá trị!1048576:1048576: row 1048576 is beyond the bound of 2000 rows");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityExpands() throws IOException {
        byte[] xml;
        try (InputStream in = XlsxBreachesTest.class.getResourceAsStream("XlsxFuzzTestInputs/sheetXml/billion-laughs.xml")) {
            xml = in.readAllBytes();
        }
        assertThatThrownBy(() -> XlsxReader.read(new java.io.ByteArrayInputStream(TestWorkbooks.minimal(xml)),
                XlsxFuzzTest.NAME, XlsxFuzzTest.LIMITS)).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("fuzz.xlsx field 'Giá trị': not readable XML: 'DOCTYPE is disallowed");
    }
}
