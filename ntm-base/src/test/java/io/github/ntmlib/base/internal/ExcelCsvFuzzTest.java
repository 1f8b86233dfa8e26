package io.github.ntmlib.base.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Set;

/**
 * Fuzz targets of CSV as Excel writes it (issue 20): encoding detection, directives, separators,
 * control characters and numbers of an undeclared or declared style; seeds in {@code
 * ExcelCsvFuzzTestInputs}.
 */
class ExcelCsvFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void excelCsv(byte[] data) {
        ReaderContract.csv("v.csv", () -> {
            TextFiles.Encoding encoding;
            try {
                encoding = TextFiles.detect(new ByteArrayInputStream(data), "v.csv", true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ByteArrayInputStream in = new ByteArrayInputStream(data, encoding.bom(), data.length - encoding.bom());
            InputStreamReader reader = new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvTable.stream(reader, "v.csv", List.of("unit", "value"), Set.of("name"), null, CsvTable::error, null,
                    row -> row.number("value", row.get("unit")));
        });
    }
}
