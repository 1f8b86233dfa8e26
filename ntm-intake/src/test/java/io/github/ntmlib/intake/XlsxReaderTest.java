package io.github.ntmlib.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** Cells are typed by what the file stores, carry workbook, sheet and cell, and bounds refuse. */
class XlsxReaderTest {

    private static final String SHEET = "Giá trị";

    private static byte[] sample() {
        return TestWorkbooks.build(w -> {
            XSSFSheet sheet = w.createSheet(SHEET);
            CellStyle dateStyle = w.createCellStyle();
            dateStyle.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã xã");
            header.createCell(1).setCellValue("Chỉ tiêu");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 3));
            XSSFRow row = sheet.createRow(16);
            row.createCell(0).setCellValue("18133");
            row.createCell(1).setCellValue(0.1);
            row.createCell(2).setCellValue(1205);
            row.createCell(3).setCellValue("1.205");
            XSSFCell date = row.createCell(4);
            date.setCellValue(LocalDate.of(2024, 12, 31));
            date.setCellStyle(dateStyle);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellErrorValue(FormulaError.DIV0);
            XSSFCell formula = row.createCell(7);
            formula.setCellFormula("C17*2");
            w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            row.createCell(8).setCellFormula("C17*3");
            row.createCell(9).setCellValue("   ");
        });
    }

    @Test
    void cellsAreTypedByWhatTheFileStoresAndNumbersAreExact() {
        Workbook book = TestWorkbooks.read(sample(), "gia-tri.xlsx");
        Sheet sheet = book.sheet(SHEET);
        assertThat(sheet.cell(17, 1).text()).isEqualTo("18133");
        assertThat(sheet.cell(17, 2).number()).isEqualTo(new BigDecimal("0.1"));
        assertThat(sheet.cell(17, 3).number()).isEqualTo(new BigDecimal("1205"));
        assertThat(sheet.cell(17, 3).asText()).isEqualTo("1205");
        assertThat(sheet.cell(17, 4).kind()).isEqualTo(CellKind.TEXT);
        assertThat(sheet.cell(17, 5).date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(sheet.cell(17, 6).bool()).isTrue();
        assertThat(sheet.cell(17, 7).kind()).isEqualTo(CellKind.ERROR);
        assertThat(sheet.cell(17, 7).asText()).isEqualTo("#DIV/0!");
        assertThat(sheet.cell(17, 10).isBlank()).isTrue();
        assertThat(sheet.cell(30, 30).kind()).isEqualTo(CellKind.BLANK);
    }

    @Test
    void aTextCellThatLooksLikeANumberIsNeverReadAsOneAndTheErrorNamesTheCell() {
        Cell cell = TestWorkbooks.read(sample(), "gia-tri.xlsx").sheet(SHEET).cell(17, 4);
        assertThat(cell.address()).hasToString("Giá trị!D17");
        assertThatThrownBy(cell::number).isInstanceOf(InvalidDataException.class)
                .hasMessage("gia-tri.xlsx, Giá trị!D17: expected a number but the cell holds text '1.205'");
    }

    @Test
    void formulaCellsAreTheirCachedValueFlaggedAndAnUncalculatedOneIsAWarning() {
        Workbook book = TestWorkbooks.read(sample(), "gia-tri.xlsx");
        Cell formula = book.sheet(SHEET).cell(17, 8);
        assertThat(formula.isFormula()).isTrue();
        assertThat(formula.number()).isEqualByComparingTo("2410");
        assertThat(book.sheet(SHEET).cell(17, 3).isFormula()).isFalse();
        assertThat(book.sheet(SHEET).cell(17, 9).kind()).isEqualTo(CellKind.BLANK);
        assertThat(book.warnings()).extracting(IntakeWarning::toString)
                .containsExactly("gia-tri.xlsx, Giá trị!I17: a formula without a cached value is read as a blank cell");
    }

    @Test
    void aMergedHeaderAppliesToItsWholeSpan() {
        Sheet sheet = TestWorkbooks.read(sample(), "gia-tri.xlsx").sheet(SHEET);
        assertThat(sheet.mergedRegions()).extracting(MergedRegion::toString).containsExactly("B1:D1");
        assertThat(sheet.valueAt(1, 4).text()).isEqualTo("Chỉ tiêu");
        assertThat(sheet.cell(1, 4).isBlank()).isTrue();
        assertThat(sheet.valueAt(1, 5).isBlank()).isTrue();
    }

    @Test
    void blankRowsAreAbsentAndRowsKeepTheirNumbers() {
        Sheet sheet = TestWorkbooks.read(sample(), "gia-tri.xlsx").sheet(SHEET);
        assertThat(sheet.rows()).extracting(Row::number).containsExactly(1, 17);
        assertThat(sheet.row(2)).isEmpty();
    }

    @Test
    void aMissingSheetListsTheSheets() {
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "gia-tri.xlsx").sheet("Values"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("gia-tri.xlsx field 'sheet': no sheet 'Values' (sheets: 'Giá trị')");
    }

    @Test
    void rowsColumnsCellsAndSheetsBeyondTheBoundsAreRefusedNamingWhere() {
        WorkbookLimits limits = WorkbookLimits.defaults();
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "b.xlsx", limits.withShape(64, 16, 1024, 100)))
                .hasMessage("b.xlsx, Giá trị!17:17: row 17 is beyond the bound of 16 rows");
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "b.xlsx", limits.withShape(64, 100, 9, 100)))
                .hasMessage("b.xlsx, Giá trị!J17: column J is beyond the bound of 9 columns");
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "b.xlsx", limits.withShape(64, 100, 100, 5)))
                .hasMessage("b.xlsx, Giá trị!D17: the workbook has more than 5 cells");
        byte[] two = TestWorkbooks.build(w -> {
            w.createSheet("A");
            w.createSheet("B");
        });
        assertThat(TestWorkbooks.read(two, "two.xlsx", limits.withShape(2, 100, 100, 100)).sheets()).hasSize(2);
        assertThatThrownBy(() -> TestWorkbooks.read(two, "two.xlsx", limits.withShape(1, 100, 100, 100)))
                .hasMessage("two.xlsx field 'sheet': the workbook has more than 1 sheets");
    }

    @Test
    void sharedStringsBeyondTheBoundsAreRefused() {
        WorkbookLimits limits = WorkbookLimits.defaults();
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "s.xlsx", limits.withText(3, 1000, 1000)))
                .hasMessage("s.xlsx field 'xl/sharedStrings.xml': the workbook has more than 3 shared strings");
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "s.xlsx", limits.withText(100, 10, 1000)))
                .hasMessage("s.xlsx field 'xl/sharedStrings.xml': the shared strings have more than 10 characters");
        assertThatThrownBy(() -> TestWorkbooks.read(sample(), "s.xlsx", limits.withText(100, 1000, 4)))
                .hasMessageStartingWith("s.xlsx field 'xl/sharedStrings.xml': shared string 1 has more than 4");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        xml.append(" ".repeat(20_000_000));
        xml.append("</sheetData></worksheet>");
        byte[] bomb = TestWorkbooks.replace(sample(), "xl/worksheets/sheet1.xml", xml.toString());
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> TestWorkbooks.read(bomb, "bomb.xlsx")).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("bomb.xlsx: not a readable .xlsx workbook (a part expands beyond the bounds");
    }

    @Test
    void whatIsNotAWorkbookIsATypedError() {
        assertThatThrownBy(() -> TestWorkbooks.read("unit,indicator\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "values.xlsx")).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("values.xlsx: not a readable .xlsx workbook");
        byte[] bad = TestWorkbooks.replace(sample(), "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1,5</v></c></row></sheetData></worksheet>");
        assertThatThrownBy(() -> TestWorkbooks.read(bad, "bad.xlsx"))
                .hasMessage("bad.xlsx, Giá trị!A1: a number cell holds '1,5'");
        byte[] huge = TestWorkbooks.replace(sample(), "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1E999999999</v></c></row></sheetData></worksheet>");
        assertThatThrownBy(() -> TestWorkbooks.read(huge, "huge.xlsx"))
                .hasMessageStartingWith("huge.xlsx, Giá trị!A1: the number's exponent");
        byte[] order = TestWorkbooks.replace(sample(), "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"2\"/><row r=\"1\"/></sheetData></worksheet>");
        assertThatThrownBy(() -> TestWorkbooks.read(order, "order.xlsx"))
                .hasMessageContaining("row numbers must be positive and increasing");
    }

    @Test
    void addressesPrintAsExcelWritesThem() {
        assertThat(CellAddress.columnName(1)).isEqualTo("A");
        assertThat(CellAddress.columnName(26)).isEqualTo("Z");
        assertThat(CellAddress.columnName(27)).isEqualTo("AA");
        assertThat(CellAddress.columnName(16_384)).isEqualTo("XFD");
        assertThat(CellAddress.columnNumber("XFD")).isEqualTo(16_384);
        assertThat(CellAddress.columnNumber("XFE")).isEqualTo(-1);
        assertThat(CellAddress.columnNumber("d")).isEqualTo(4);
        assertThat(new CellAddress("a.xlsx", "Giá trị", 17, 4).position()).hasToString("a.xlsx, Giá trị!D17");
    }

    @Test
    void aWorkbookWithoutStylesOrSharedStringsReadsItsInlineStringsAndNumbers() {
        byte[] book = TestWorkbooks.minimal("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><r><t>Mã </t></r><r><t>xã</t></r><rPh><t>ma</t></rPh></is></c>"
                + "<c><v>1205</v></c><c t=\"s\"/></row></sheetData></worksheet>");
        Sheet sheet = TestWorkbooks.read(book, "min.xlsx").sheet("Giá trị");
        assertThat(sheet.cell(1, 1).text()).isEqualTo("Mã xã");
        assertThat(sheet.cell(1, 2).number()).isEqualByComparingTo("1205");
        assertThat(sheet.cell(1, 3).isBlank()).isTrue();
        byte[] dangling = TestWorkbooks.minimal("<worksheet><sheetData><row><c t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
        assertThatThrownBy(() -> TestWorkbooks.read(dangling, "min.xlsx"))
                .hasMessage("min.xlsx, Giá trị!A1: shared string '0' does not exist");
    }
}
