package io.github.ntmlib.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in memory for tests, with POI's writer. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static byte[] build(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workbook read(byte[] bytes, String name) {
        return XlsxReader.read(new ByteArrayInputStream(bytes), name, WorkbookLimits.defaults());
    }

    static Workbook read(byte[] bytes, String name, WorkbookLimits limits) {
        return XlsxReader.read(new ByteArrayInputStream(bytes), name, limits);
    }

    /**
     * The workbook with one part's XML replaced (a hostile or hand-made file).
     *
     * @param bytes the workbook
     * @param part  such as {@code xl/worksheets/sheet1.xml}
     * @param xml   the new content
     * @return the new workbook
     */
    static byte[] replace(byte[] bytes, String part, String xml) {
        return replace(bytes, part, xml.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] replace(byte[] bytes, String part, byte[] content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean found = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    zip.write(content);
                    found = true;
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            if (!found) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(content);
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
