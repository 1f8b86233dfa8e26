package io.github.ntmlib.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The example workbooks of {@code docs/examples/}, written by code so that they can be made
 * again: {@code ho-so-ha-tinh-2024.xlsx} (the long layout: units, values, outcomes and statuses
 * sheets with the columns of the CSV examples) and {@code gia-tri-theo-xa-2024.xlsx} (the wide
 * layout: one row per xã, merged two-row Vietnamese headers, read through {@code
 * gia-tri-theo-xa-2024.mapping.json}). The units are those of {@code docs/examples/units.csv}.
 *
 * <p>Run {@code ExampleWorkbooksTest} with {@code -Dntm.writeExamples=true} to write them.
 */
final class ExampleWorkbooks {

    static final String LONG = "ho-so-ha-tinh-2024.xlsx";
    static final String WIDE = "gia-tri-theo-xa-2024.xlsx";
    static final String WIDE_MAPPING = "gia-tri-theo-xa-2024.mapping.json";

    private ExampleWorkbooks() {
    }

    static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/examples"))) {
                return p.resolve("docs/examples");
            }
        }
        throw new IllegalStateException("docs/examples not found above " + here);
    }

    static void write() throws IOException {
        Files.write(docs().resolve(LONG), longLayout());
        Files.write(docs().resolve(WIDE), wideLayout());
    }

    private static CellStyle dateStyle(XSSFWorkbook w) {
        CellStyle style = w.createCellStyle();
        style.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        return style;
    }

    private static void row(XSSFSheet sheet, int index, CellStyle date, Object... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof Number) {
                cell.setCellValue(((Number) v).doubleValue());
            } else if (v instanceof LocalDate) {
                cell.setCellValue((LocalDate) v);
                cell.setCellStyle(date);
            } else if (v instanceof Boolean) {
                cell.setCellValue((Boolean) v);
            } else if (((String) v).startsWith("=")) {
                cell.setCellFormula(((String) v).substring(1));
            } else {
                cell.setCellValue((String) v);
            }
        }
    }

    /** The long layout: the CSV examples' columns, one sheet per input. */
    static byte[] longLayout() {
        return TestWorkbooks.build(w -> {
            CellStyle date = dateStyle(w);
            LocalDate from = LocalDate.of(2020, 1, 1);
            XSSFSheet units = w.createSheet("Đơn vị");
            row(units, 0, date, "code", "parent_code", "level", "type", "name", "valid_from", "class:ntm-region-2021-2025");
            row(units, 1, date, 42, null, "PROVINCE", "Tỉnh", "Tỉnh Hà Tĩnh", from, "BAC_TRUNG_BO");
            row(units, 2, date, 445, 42, "DISTRICT", "Huyện", "Huyện Thạch Hà", from);
            row(units, 3, date, 18001, 445, "COMMUNE", "Xã", "Xã Thạch Một", from);
            row(units, 4, date, 18002, 445, "COMMUNE", "Xã", "Xã Thạch Hai", from);
            row(units, 5, date, 18003, 445, "COMMUNE", "Thị trấn", "Thị trấn Thạch Hà", from);
            XSSFSheet values = w.createSheet("Giá trị");
            row(values, 0, date, "unit", "indicator", "year", "kind", "value", "part", "whole", "unit_of_measure",
                    "reporter", "reference", "as_of");
            row(values, 1, date, 18001, "3.1", 2024, "RATIO", null, 86, 100, null, "Sở NN&PTNT", "BC 15/2024",
                    LocalDate.of(2024, 11, 30));
            // a blank row between data rows is skipped
            row(values, 3, date, 18002, "3.1", 2024, "RATIO", null, 82, "=50+50", null, "Sở NN&PTNT", "BC 15/2024");
            row(values, 4, date, 18001, "3.2", 2024, "FLAG", "Đạt", null, null, null, "Sở NN&PTNT", "BC 15/2024");
            row(values, 5, date, 18001, "10.income", 2024, "QUANTITY", 61.5, null, null, "triệu đồng/người/năm",
                    "Cục Thống kê");
            XSSFSheet outcomes = w.createSheet("Kết quả");
            row(outcomes, 0, date, "unit", "standard", "criterion", "assessment", "completion_low", "completion_high",
                    "date", "reporter", "reference");
            row(outcomes, 1, date, 18001, "commune-ntm", "1", "đạt", null, null, LocalDate.of(2024, 12, 1),
                    "Sở Xây dựng", "BC 7/2024");
            row(outcomes, 2, date, 18002, "commune-ntm", "1", "cơ bản đạt", 60, 85, LocalDate.of(2024, 12, 1),
                    "Sở Xây dựng", "BC 7/2024");
            row(outcomes, 3, date, 18002, "commune-ntm", "2", "chưa đạt", null, null, LocalDate.of(2024, 12, 1),
                    "Sở GTVT", "BC 9/2024");
            XSSFSheet statuses = w.createSheet("Trạng thái");
            row(statuses, 0, date, "unit", "standard", "step", "date", "decision", "authority");
            row(statuses, 1, date, 18001, "commune-ntm", "RECOGNISED", LocalDate.of(2023, 5, 4), "1234/QĐ-UBND",
                    "UBND tỉnh Hà Tĩnh");
            row(statuses, 2, date, 18002, "commune-ntm", "APPRAISED", LocalDate.of(2024, 11, 20), null, "Sở NN&PTNT");
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
    }

    /** The wide layout: one row per xã, two header rows, the group headers merged over their columns. */
    static byte[] wideLayout() {
        return TestWorkbooks.build(w -> {
            CellStyle date = dateStyle(w);
            CellStyle header = w.createCellStyle();
            Font bold = w.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            XSSFSheet s = w.createSheet("Giá trị");
            row(s, 0, date, "STT", "Mã xã", "Tên xã", "Tiêu chí 3. Thủy lợi và phòng, chống thiên tai", null, null,
                    "Tiêu chí 10. Thu nhập");
            row(s, 1, date, null, null, null, "Diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động (ha)",
                    "Tổng diện tích đất sản xuất nông nghiệp (ha)", "Đảm bảo yêu cầu phòng, chống thiên tai tại chỗ",
                    "Thu nhập bình quân đầu người\n(triệu đồng/người/năm)");
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            s.addMergedRegion(new CellRangeAddress(0, 1, 2, 2));
            s.addMergedRegion(new CellRangeAddress(0, 0, 3, 5));
            for (int r = 0; r < 2; r++) {
                for (var cell : s.getRow(r)) {
                    cell.setCellStyle(header);
                }
            }
            row(s, 2, date, 1, "18001", "Xã Thạch Một", 86, 100, "Đạt", 61.5);
            row(s, 3, date, 2, "18002", "Xã Thạch Hai", 82, 100, "Không đạt", "=55+3.2");
            // a thị trấn: commune indicators do not apply, its cells stay blank (no value, not an error)
            row(s, 4, date, 3, "18003", "Thị trấn Thạch Hà");
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
    }
}
