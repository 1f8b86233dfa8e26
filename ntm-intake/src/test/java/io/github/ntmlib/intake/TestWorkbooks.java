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
    /** A minimal workbook as some tools write it: inline strings, no styles part, no shared strings part. */
    static byte[] minimal(String sheetXml) {
        return minimal(sheetXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same with the sheet's XML as bytes. */
    static byte[] minimal(byte[] sheetXml) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            String[][] parts = {
                {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"},
                {"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
                {"xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Giá trị\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                {"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                {"xl/worksheets/sheet1.xml", null}};
            for (String[] part : parts) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1] == null ? sheetXml : part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
