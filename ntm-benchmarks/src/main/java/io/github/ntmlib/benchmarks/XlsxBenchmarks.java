package io.github.ntmlib.benchmarks;

import io.github.ntmlib.intake.WorkbookInputs;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (11) Reading an .xlsx workbook of indicator values in the long layout (issue 20): rows of
 * {@code unit, indicator, year, kind, part, whole, reporter} (RATIO values, text in shared strings,
 * numbers as numbers) at 2,000, 8,000 and 32,000 rows. {@code read} is the bounded reader alone
 * (zip, shared strings, styles, the sheet's XML into typed cells); {@code observations} adds the
 * long-layout reading through {@code DataCsv}. Time and allocation per operation ({@code -prof gc})
 * should grow linearly with the rows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class XlsxBenchmarks {

    /** The number of data rows. */
    @Param({"2000", "8000", "32000"})
    public int rows;

    private byte[] workbook;

    /** Writes the workbook (streaming, so that the set-up itself stays small). */
    @Setup
    public void setUp() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        workbook = workbook(rows);
    }

    static byte[] workbook(int rows) {
        try (SXSSFWorkbook w = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet s = w.createSheet("Giá trị");
            String[] header = {"unit", "indicator", "year", "kind", "part", "whole", "reporter"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(String.valueOf(18_000 + r % 5_000));
                row.createCell(1).setCellValue("3." + (r / 5_000 + 1));
                row.createCell(2).setCellValue(2024);
                row.createCell(3).setCellValue("RATIO");
                row.createCell(4).setCellValue(r % 97);
                row.createCell(5).setCellValue(100);
                row.createCell(6).setCellValue("Sở NN&PTNT");
            }
            w.write(out);
            w.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the workbook into typed cells.
     *
     * @return the number of rows read
     */
    @Benchmark
    public int read() {
        return XlsxReader.read(new ByteArrayInputStream(workbook), "values.xlsx", WorkbookLimits.defaults())
                .firstSheet().rows().size();
    }

    /**
     * Reads the workbook and its observations in the long layout.
     *
     * @return the number of observations
     */
    @Benchmark
    public int observations() {
        return WorkbookInputs.observations(XlsxReader.read(new ByteArrayInputStream(workbook), "values.xlsx",
                WorkbookLimits.defaults()), null, null).value().size();
    }
}
