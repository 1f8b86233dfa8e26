package io.github.ntmlib.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.fuzz.ReaderContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets of the workbook reader (issue 20), within small bounds: 256 KiB files, 50-fold
 * inflation, 2 MiB a part, 4 sheets, 2,000 rows, 64 columns, 20,000 cells, 5,000 shared strings of
 * 100,000 characters together. Seeds in {@code XlsxFuzzTestInputs}: the example workbooks, a zip
 * bomb (a sheet of 20 MB of spaces in 20 KB) and 200,000 shared strings; for {@code sheetXml}, sheet
 * XML: typed cells, merged regions, a cell beyond the bounds, a billion-laughs DTD.
 */
class XlsxFuzzTest {

    static final String NAME = "fuzz.xlsx";

    static final WorkbookLimits LIMITS = WorkbookLimits.defaults().withMaxFileBytes(256 * 1024).withZip(50, 2 << 20)
            .withShape(4, 2_000, 64, 20_000).withText(5_000, 100_000, 4_096);

    private static final WideMapping WIDE = mapping();

    private static WideMapping mapping() {
        try (Reader in = new InputStreamReader(XlsxFuzzTest.class.getResourceAsStream("fuzz.mapping.json"),
                StandardCharsets.UTF_8)) {
            return WideMapping.read(in, "fuzz.mapping.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of every sheet visited, merged values resolved. */
    private static Workbook readAll(byte[] data) {
        Workbook book = XlsxReader.read(new ByteArrayInputStream(data), NAME, LIMITS);
        for (Sheet sheet : book.sheets()) {
            for (Row row : sheet.rows()) {
                for (Cell cell : row.cells()) {
                    cell.describe();
                    sheet.valueAt(cell.address().row(), cell.address().column());
                }
            }
        }
        return book;
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void workbook(byte[] data) {
        ReaderContract.csv(NAME, () -> {
            Workbook book = readAll(data);
            for (Sheet sheet : book.sheets()) {
                try {
                    WorkbookInputs.observations(book, sheet.name(), null);
                } catch (InvalidDataException e) {
                    check(e);
                }
            }
        });
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void wideWorkbook(byte[] data) {
        ReaderContract.csv(NAME, () -> WIDE.observations(readAll(data), null));
    }

    /**
     * The sheet's XML itself fuzzed inside a well-formed minimal package (no styles, no shared
     * strings), so that the fuzzer works on rows, cells, types, references and merged regions
     * rather than on the zip's checksums.
     */
    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void sheetXml(byte[] data) {
        ReaderContract.csv(NAME, () -> {
            Workbook book = readAll(TestWorkbooks.minimal(data));
            try {
                WorkbookInputs.observations(book, null, null);
            } catch (InvalidDataException e) {
                check(e);
            }
        });
    }

    /** An error of one sheet must hold the contract too; it is passed on to the contract's check. */
    private static void check(InvalidDataException e) {
        if (!NAME.equals(e.position().source()) || e.getMessage().length() > ReaderContract.MESSAGE) {
            throw e;
        }
    }
}
