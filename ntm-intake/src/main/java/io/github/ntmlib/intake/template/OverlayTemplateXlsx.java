package io.github.ntmlib.intake.template;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.intake.Cell;
import io.github.ntmlib.intake.CellKind;
import io.github.ntmlib.intake.Sheet;
import io.github.ntmlib.intake.Workbook;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The XLSX form of an {@link OverlayTemplate}: a workbook a province's officers fill in Excel.
 *
 * <p>Sheet {@value #VALUES} lists one rule per row under a frozen header of Vietnamese column
 * names: standard, criterion, indicator (code and name), kind, unit, comparison, conditions
 * (region, extremely difficult ..., years, unit kinds), status, legal source, the values allowed,
 * and the value to fill in column {@value #VALUE_COLUMN}. The descriptive columns are locked (the
 * sheet is protected without a password); the value cells are unlocked and carry Excel data
 * validation: a decimal or whole number within the unit's range (0-100 for a percentage), or the
 * list {@code Đạt} for a flag rule. Sheet {@value #INSTRUCTIONS} explains the form and holds the
 * province's decision in cell {@value #DECISION_CELL}. A very hidden sheet {@value #DEFINITION}
 * keeps the form's definition (the empty template in its JSON form), so that a row the officer
 * moved or retyped is found.
 *
 * <p>Reading uses the bounded {@link XlsxReader}: a value is read by its cell type, never by
 * guessing text — a number typed as text ("61,5") is invalid, named by its sheet and cell.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OverlayTemplateXlsx {

    /** The values sheet. */
    public static final String VALUES = "Giá trị";
    /** The instructions sheet. */
    public static final String INSTRUCTIONS = "Hướng dẫn";
    /** The hidden definition sheet. */
    public static final String DEFINITION = "ntm-definition";
    /** The column of the value to fill. */
    public static final String VALUE_COLUMN = "R";
    /** The cell of the province's decision, on the instructions sheet. */
    public static final String DECISION_CELL = "B7";

    private static final int VALUE = 18;
    private static final int INDICATOR = 6;
    private static final int STANDARD = 2;
    private static final int DECISION_ROW = 7;
    private static final int CHUNK = 30_000;
    private static final List<String> HEADERS = List.of("STT", "Mã chuẩn", "Chuẩn", "Tiêu chí", "Tên tiêu chí",
            "Mã chỉ tiêu", "Tên chỉ tiêu", "Loại giá trị", "Đơn vị tính", "So sánh", "Điều kiện áp dụng", "Từ năm",
            "Đến năm", "Loại đơn vị", "Tình trạng", "Căn cứ pháp lý", "Giá trị cho phép", "Giá trị do tỉnh quy định");

    private OverlayTemplateXlsx() {
    }

    /**
     * Writes the workbook.
     *
     * @param template the template (its filled values are written too)
     * @param out      where to write (not closed)
     */
    public static void write(OverlayTemplate template, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle locked = wb.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(locked);
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle open = wb.createCellStyle();
            open.setLocked(false);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            open.setBorderBottom(BorderStyle.THIN);
            open.setBorderTop(BorderStyle.THIN);
            open.setBorderLeft(BorderStyle.THIN);
            open.setBorderRight(BorderStyle.THIN);

            XSSFSheet help = wb.createSheet(INSTRUCTIONS);
            XSSFSheet values = wb.createSheet(VALUES);
            XSSFSheet definition = wb.createSheet(DEFINITION);
            instructions(help, template, locked, header, open);
            rows(values, template, locked, header, open);
            definition(definition, template);
            wb.setSheetVisibility(wb.getSheetIndex(definition), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(wb.getSheetIndex(values));
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instructions(XSSFSheet help, OverlayTemplate t, CellStyle locked, CellStyle header,
            CellStyle open) {
        help.setColumnWidth(0, 34 * 256);
        help.setColumnWidth(1, 90 * 256);
        put(help, 1, 1, "Mẫu bổ sung chỉ tiêu do tỉnh quy định (ntm " + OverlayTemplateJson.SCHEMA + ")", header);
        String[][] facts = {{"Mã mẫu", t.id()}, {"Bộ tiêu chí", t.criteriaSet()}, {"Mã tỉnh", t.jurisdiction()},
            {"Tỉnh", t.province()}, {"Số chỉ tiêu cần điền", String.valueOf(t.rows().size())}};
        for (int i = 0; i < facts.length; i++) {
            put(help, 2 + i, 1, facts[i][0], header);
            put(help, 2 + i, 2, facts[i][1], locked);
        }
        put(help, DECISION_ROW, 1, "Quyết định của tỉnh (số, ngày)", header);
        help.getRow(DECISION_ROW - 1).createCell(1).setCellStyle(open);
        if (!t.decision().isEmpty()) {
            put(help, DECISION_ROW, 2, t.decision(), open);
        }
        String[] lines = {
            "Cách điền:",
            "1. Ghi số và ngày quyết định của UBND tỉnh quy định các giá trị vào ô " + DECISION_CELL + ".",
            "2. Ở trang \"" + VALUES + "\", điền cột " + VALUE_COLUMN + " (ô màu vàng) cho từng chỉ tiêu: một số theo "
                    + "đơn vị tính của chỉ tiêu (tỷ lệ: 0-100, không ghi dấu %; số lượng: số nguyên), hoặc \""
                    + OverlayTemplate.MET_TEXT + "\" với chỉ tiêu đạt/không đạt.",
            "3. Nhập số dưới dạng ô số của Excel, không gõ số dưới dạng văn bản. Ô để trống: chỉ tiêu đó vẫn "
                    + "\"chưa đánh giá\".",
            "4. Các cột mô tả đã khóa; không thêm, xóa hay sắp xếp lại dòng.",
            "5. Kiểm tra: ntm overlay check <tệp>.xlsx — liệt kê ô còn trống và giá trị không hợp lệ theo trang và ô.",
            "6. Sử dụng: ntm evaluate --overlay <tệp>.xlsx ... — giá trị của tỉnh chỉ áp dụng trong địa bàn tỉnh và "
                    + "không được lỏng hơn mức quốc gia.",
            "Điều kiện áp dụng: ntm-region-2021-2025 = vùng NTM; extremely-difficult = xã đặc biệt khó khăn; "
                    + "commune-group-2026-2030 = nhóm xã."};
        for (int i = 0; i < lines.length; i++) {
            put(help, DECISION_ROW + 2 + i, 1, lines[i], locked);
        }
        help.protectSheet("");
    }

    private static void rows(XSSFSheet sheet, OverlayTemplate t, CellStyle locked, CellStyle header,
            CellStyle open) {
        int[] widths = {6, 16, 22, 8, 24, 14, 48, 14, 16, 8, 34, 8, 8, 14, 16, 40, 14, 16};
        for (int c = 0; c < HEADERS.size(); c++) {
            put(sheet, 1, c + 1, HEADERS.get(c), header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        int r = 2;
        for (OverlayTemplate.Row row : t.rows()) {
            Object[] cells = {r - 1, row.standard(), row.standardName(), row.criterion(), row.criterionName(),
                row.indicator(), row.indicatorName(), kindName(row.kind()), row.unit(), comparisonName(row.comparison()),
                row.conditions(), row.fromYear() == null ? "" : row.fromYear(), row.toYear() == null ? "" : row.toYear(),
                String.join(", ", row.kinds().stream().map(Enum::name).sorted().toList()),
                row.status() == ThresholdStatus.SET_BY_PROVINCE ? "Do tỉnh quy định" : "Chưa có giá trị (chưa mã hóa)",
                row.source().toString() + (row.source().note().isEmpty() ? "" : " — " + row.source().note()),
                row.allowed()};
            for (int c = 0; c < cells.length; c++) {
                put(sheet, r, c + 1, cells[c], locked);
            }
            BigDecimal v = row.value();
            org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(r - 1).createCell(VALUE - 1);
            cell.setCellStyle(open);
            if (v != null) {
                if (row.comparison() == Comparison.MET) {
                    cell.setCellValue(OverlayTemplate.MET_TEXT);
                } else {
                    // the decimal's own text, not a double's: the value is stored exactly
                    cell.setCellValue(0);
                    ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().setV(v.toPlainString());
                }
            }
            sheet.addValidationData(validation(dv, row, r));
            r++;
        }
        sheet.protectSheet("");
    }

    private static DataValidation validation(DataValidationHelper dv, OverlayTemplate.Row row, int r) {
        DataValidationConstraint constraint;
        String rule;
        if (row.comparison() == Comparison.MET) {
            constraint = dv.createExplicitListConstraint(new String[] {OverlayTemplate.MET_TEXT});
            rule = "Chỉ ghi \"" + OverlayTemplate.MET_TEXT + "\" hoặc để trống.";
        } else {
            String min = row.minimum().toPlainString();
            String max = row.maximum().map(BigDecimal::toPlainString).orElse("1000000000000");
            int type = row.whole() ? DataValidationConstraint.ValidationType.INTEGER
                    : DataValidationConstraint.ValidationType.DECIMAL;
            constraint = dv.createNumericConstraint(type, DataValidationConstraint.OperatorType.BETWEEN, min, max);
            rule = (row.whole() ? "Số nguyên" : "Số") + " từ " + min
                    + (row.maximum().isPresent() ? " đến " + max : " trở lên") + ".";
        }
        DataValidation validation = dv.createValidation(constraint, new CellRangeAddressList(r - 1, r - 1, VALUE - 1,
                VALUE - 1));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Giá trị không hợp lệ", rule);
        validation.setShowPromptBox(true);
        validation.createPromptBox("Giá trị cho phép", rule);
        validation.setEmptyCellAllowed(true);
        return validation;
    }

    private static void definition(XSSFSheet sheet, OverlayTemplate t) {
        List<OverlayTemplate.Row> blank = new ArrayList<>();
        t.rows().forEach(r -> blank.add(r.withValue(null)));
        StringWriter json = new StringWriter();
        OverlayTemplateJson.write(new OverlayTemplate(t.id(), t.criteriaSet(), t.jurisdiction(), t.province(), "",
                blank), json);
        String text = json.toString();
        int r = 1;
        for (int at = 0; at < text.length(); at += CHUNK) {
            put(sheet, r++, 1, text.substring(at, Math.min(text.length(), at + CHUNK)), null);
        }
        sheet.protectSheet("");
    }

    private static void put(XSSFSheet sheet, int row, int column, Object value, @Nullable CellStyle style) {
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(row - 1);
        if (r == null) {
            r = sheet.createRow(row - 1);
        }
        org.apache.poi.ss.usermodel.Cell cell = r.createCell(column - 1);
        if (value instanceof Integer) {
            cell.setCellValue((Integer) value);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String kindName(ValueKind kind) {
        switch (kind) {
            case RATIO:
                return "Tỷ lệ (%)";
            case COUNT:
                return "Số lượng";
            case QUANTITY:
                return "Đại lượng";
            case GRADE:
                return "Xếp loại";
            default:
                return "Đạt/không đạt";
        }
    }

    private static String comparisonName(Comparison comparison) {
        switch (comparison) {
            case AT_LEAST:
                return "≥";
            case AT_MOST:
                return "≤";
            default:
                return OverlayTemplate.MET_TEXT;
        }
    }

    /**
     * Reads a filled workbook and lists what is empty and what is invalid, by sheet and cell.
     *
     * @param in   the workbook (not closed)
     * @param name its file name, for errors
     * @return the template read (invalid values left empty) with the findings
     * @throws InvalidDataException naming the workbook, sheet and cell when the workbook is not an
     *                              ntm overlay template, exceeds the bounds, or a row was moved
     */
    public static TemplateCheck check(InputStream in, String name) {
        Workbook wb = XlsxReader.read(in, name, WorkbookLimits.defaults());
        Sheet def = wb.sheet(DEFINITION);
        StringBuilder json = new StringBuilder();
        for (io.github.ntmlib.intake.Row row : def.rows()) {
            json.append(row.cell(1).asText());
        }
        OverlayTemplate form = OverlayTemplateJson.read(new StringReader(json.toString()), name + ", " + DEFINITION);
        Sheet values = wb.sheet(VALUES);
        Sheet help = wb.sheet(INSTRUCTIONS);
        Cell decision = help.cell(DECISION_ROW, 2);
        TemplateCheck.Builder check = TemplateCheck.builder().decision(decision.asText(),
                decision.address().toString());
        int r = 2;
        for (OverlayTemplate.Row row : form.rows()) {
            Cell code = values.cell(r, INDICATOR);
            Cell standard = values.cell(r, STANDARD);
            if (!code.asText().equals(row.indicator()) || !standard.asText().equals(row.standard())) {
                throw code.error(row.standard() + "/" + row.indicator(), null, Labels.of("dòng " + r + " phải là " + Limits.quote(row.standard() + " " + row.indicator()) + " nhưng chứa " + Limits.quote(standard.asText() + " " + code.asText()) + ": các dòng đã bị di chuyển, thêm hoặc xóa",
                                "row " + r + " should be "
                        + row.standard() + " " + row.indicator() + " but holds " + Limits.quote(standard.asText()
                        + " " + code.asText()) + ": rows were moved, added or deleted"));
            }
            Cell cell = values.cell(r++, VALUE);
            String where = cell.address().toString();
            if (cell.isBlank()) {
                check.empty(row, where);
            } else if (cell.kind() == CellKind.NUMBER) {
                check.number(row, where, plain(cell.number()));
            } else {
                check.text(row, where, cell.asText(), Labels.of("một ô số (" + cell.describe(Language.VIETNAMESE) + ")",
                        "a number cell (" + cell.describe() + ")"));
            }
        }
        return check.build(form);
    }

    /** A cell's number without trailing zeros ("50.0" as Excel may store 50 is 50). */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Reads a filled workbook, refusing an invalid value.
     *
     * @param in   the workbook (not closed)
     * @param name its file name, for errors
     * @return the template (empty values stay empty)
     * @throws InvalidDataException naming the workbook, sheet and cell of the first invalid value
     */
    public static OverlayTemplate read(InputStream in, String name) {
        return check(in, name).orThrow(name);
    }
}
