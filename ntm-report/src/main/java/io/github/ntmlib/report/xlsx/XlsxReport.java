package io.github.ntmlib.report.xlsx;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.report.BarChart;
import io.github.ntmlib.report.Block;
import io.github.ntmlib.report.Cell;
import io.github.ntmlib.report.OfficialHeader;
import io.github.ntmlib.report.Paragraph;
import io.github.ntmlib.report.Report;
import io.github.ntmlib.report.ReportException;
import io.github.ntmlib.report.ReportRenderer;
import io.github.ntmlib.report.Section;
import io.github.ntmlib.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apiguardian.api.API;

/**
 * The report as an Excel workbook (.xlsx), streamed with bounded memory: a first sheet with the
 * official header and the report's text, then one sheet per table — the tallies (Tổng hợp), the
 * results by district with the total row, and the phụ lục criterion matrix — each with its header
 * rows and naming columns frozen. Figures are numeric cells; verdict cells are coloured by
 * conditional formatting (đạt green, chưa đạt red, chưa đánh giá amber). A text that begins with
 * {@code = + - @}, a tab or a carriage return is stored as text with a quote prefix, never as a
 * formula.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class XlsxReport implements ReportRenderer {

    /** The rows above a table's data: its caption and its header. */
    public static final int HEADER_ROWS = 2;

    private static final XlsxReport INSTANCE = new XlsxReport();

    private XlsxReport() {
    }

    /**
     * The workbook renderer.
     *
     * @return the renderer
     */
    public static XlsxReport create() {
        return INSTANCE;
    }

    /**
     * Whether a text would be taken for a formula by a spreadsheet when typed or imported.
     *
     * @param text the text
     * @return true when it begins with = + - @, a tab or a carriage return
     */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    @Override
    public void render(Report report, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            writeCover(report, wb.createSheet(unique(report.language() == Language.VIETNAMESE ? "Báo cáo" : "Report",
                    names)), styles);
            for (Section section : report.sections()) {
                for (Table table : section.tables()) {
                    writeTable(report.language(), table, wb.createSheet(unique(table.sheet(), names)), styles);
                }
            }
            wb.write(out);
            out.flush();
            wb.dispose();
        } catch (IOException e) {
            throw new ReportException(Labels.of("không ghi được sổ tính: " + InvalidDataException.excerpt(e.getMessage()),
                            "cannot write the workbook: " + e.getMessage()), e);
        }
    }

    private static String unique(String name, Set<String> names) {
        String candidate = name;
        for (int i = 2; !names.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void writeCover(Report report, Sheet sheet, Styles styles) {
        Language lang = report.language();
        OfficialHeader h = report.header();
        int r = 0;
        r = line(sheet, r, h.issuer(), styles.bold, styles);
        r = line(sheet, r, h.numberLine(lang), styles.text, styles);
        r = line(sheet, r, OfficialHeader.nation(lang), styles.bold, styles);
        r = line(sheet, r, OfficialHeader.motto(lang), styles.bold, styles);
        r = line(sheet, r, h.placeAndDate(lang), styles.text, styles);
        r++;
        r = line(sheet, r, h.title(), styles.bold, styles);
        r = line(sheet, r, report.subtitle(), styles.text, styles);
        for (Section section : report.sections()) {
            r++;
            r = line(sheet, r, section.title(), styles.bold, styles);
            for (Block b : section.blocks()) {
                if (b instanceof Paragraph p) {
                    r = line(sheet, r, p.text(), styles.text, styles);
                } else if (b instanceof BarChart c) {
                    r = line(sheet, r, c.description(), styles.text, styles);
                } else if (b instanceof Table t) {
                    r = line(sheet, r, "→ " + t.sheet() + ": " + t.caption(), styles.text, styles);
                }
            }
        }
        r++;
        r = line(sheet, r, h.signerTitle(), styles.bold, styles);
        line(sheet, r, h.signerName(), styles.bold, styles);
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static int line(Sheet sheet, int r, String text, CellStyle style, Styles styles) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), text, style, styles);
        return r + 1;
    }

    private static void text(org.apache.poi.ss.usermodel.Cell cell, String text, CellStyle style, Styles styles) {
        String value = text.length() > 32_767 ? text.substring(0, 32_766) + "…" : text;
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
    }

    private static void writeTable(Language lang, Table table, Sheet sheet, Styles styles) {
        text(sheet.createRow(0).createCell(0), table.caption(), styles.bold, styles);
        Row head = sheet.createRow(1);
        for (int c = 0; c < table.header().size(); c++) {
            text(head.createCell(c), table.header().get(c), styles.header, styles);
        }
        boolean toned = false;
        int r = HEADER_ROWS;
        for (Table.Row row : table.rows()) {
            Row x = sheet.createRow(r++);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                org.apache.poi.ss.usermodel.Cell target = x.createCell(c);
                toned |= cell.tone() != Cell.Tone.PLAIN;
                if (cell.number().isPresent()) {
                    target.setCellValue(cell.number().get().doubleValue());
                    boolean whole = cell.number().get().stripTrailingZeros().scale() <= 0;
                    target.setCellStyle(row.total() ? (whole ? styles.totalInteger : styles.totalDecimal)
                            : whole ? styles.integer : styles.decimal);
                } else {
                    text(target, cell.text(), row.total() ? styles.total : styles.text, styles);
                }
            }
        }
        sheet.createFreezePane(table.frozenColumns(), HEADER_ROWS);
        int last = table.header().size() - 1;
        if (toned && r > HEADER_ROWS && table.frozenColumns() <= last) {
            colour(lang, sheet, new CellRangeAddress(HEADER_ROWS, r - 1, table.frozenColumns(), last));
        }
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, (c < table.frozenColumns() ? 30 : 16) * 256);
        }
    }

    /** The verdict colours, as conditional formatting: a cell is "label" or begins with "label (". */
    private static void colour(Language lang, Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String ref = new CellReference(range.getFirstRow(), range.getFirstColumn(), false, false).formatAsString();
        List<Verdict> order = List.of(Verdict.NOT_ASSESSED, Verdict.NOT_MET, Verdict.MET);
        List<Short> fills = List.of(IndexedColors.LIGHT_YELLOW.getIndex(), IndexedColors.ROSE.getIndex(),
                IndexedColors.LIGHT_GREEN.getIndex());
        for (int i = 0; i < order.size(); i++) {
            String label = order.get(i).labels().in(lang).replace("\"", "\"\"");
            ConditionalFormattingRule rule = cf.createConditionalFormattingRule("OR(" + ref + "=\"" + label + "\",LEFT("
                    + ref + "," + (label.length() + 2) + ")=\"" + label + " (\")");
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(fills.get(i));
            fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
            cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

    /** The cell styles of a workbook, made once. */
    private static final class Styles {
        final CellStyle text;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle total;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle totalInteger;
        final CellStyle totalDecimal;
        private final SXSSFWorkbook wb;
        private final java.util.Map<CellStyle, CellStyle> quoted = new java.util.IdentityHashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            text = wb.createCellStyle();
            text.setWrapText(false);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            total = wb.createCellStyle();
            total.setFont(boldFont);
            short whole = wb.createDataFormat().getFormat("#,##0");
            short one = wb.createDataFormat().getFormat("#,##0.0");
            integer = wb.createCellStyle();
            integer.setDataFormat(whole);
            decimal = wb.createCellStyle();
            decimal.setDataFormat(one);
            totalInteger = wb.createCellStyle();
            totalInteger.setDataFormat(whole);
            totalInteger.setFont(boldFont);
            totalDecimal = wb.createCellStyle();
            totalDecimal.setDataFormat(one);
            totalDecimal.setFont(boldFont);
        }

        /** The style with a quote prefix: the cell stays text even when edited; one per base style. */
        CellStyle quoted(CellStyle base) {
            return quoted.computeIfAbsent(base, b -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(b);
                s.setQuotePrefixed(true);
                return s;
            });
        }
    }
}
