package io.github.ntmlib.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in memory for tests, with POI's writer. */
final class TestWorkbooks {

    /** The header of a values sheet in the long layout. */
    static final String[] VALUES = {"unit", "indicator", "year", "kind", "value", "part", "whole",
        "unit_of_measure"};

    private TestWorkbooks() {
    }

    /** A new sheet whose first row is a header. */
    static XSSFSheet sheet(XSSFWorkbook w, String name, String... header) {
        XSSFSheet s = w.createSheet(name);
        XSSFRow row = s.createRow(0);
        for (int i = 0; i < header.length; i++) {
            row.createCell(i).setCellValue(header[i]);
        }
        return s;
    }

    /** A values sheet "Giá trị" with one QUANTITY row whose value cell (E17) is set by {@code value}. */
    static byte[] quantity(BiConsumer<XSSFWorkbook, Cell> value) {
        return build(w -> {
            XSSFRow row = sheet(w, "Giá trị", VALUES).createRow(16);
            row.createCell(0).setCellValue("18001");
            row.createCell(1).setCellValue("10.income");
            row.createCell(2).setCellValue(2024);
            row.createCell(3).setCellValue("QUANTITY");
            value.accept(w, row.createCell(4));
            row.createCell(7).setCellValue("triệu đồng/người/năm");
        });
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
