package io.github.ntmlib.intake;

import static io.github.ntmlib.intake.TestWorkbooks.VALUES;
import static io.github.ntmlib.intake.TestWorkbooks.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.HierarchyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The long layout: the CSV readers' rules apply, cell by cell, and every error names the cell. */
class WorkbookInputsTest {

    /** A values workbook with one QUANTITY row whose value cell is set by {@code value}. */
    private static Workbook quantity(java.util.function.BiConsumer<XSSFWorkbook, org.apache.poi.ss.usermodel.Cell> value) {
        return TestWorkbooks.read(TestWorkbooks.quantity(value), "gia-tri.xlsx");
    }

    private static Observation only(Workbook book, NumberStyle style) {
        List<Observation> list = WorkbookInputs.observations(book, null, style).value();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void aNumberCellIsReadExactlyAndATextNumberNeedsADeclaredStyle() {
        assertThat(only(quantity((w, c) -> c.setCellValue(1205)), null).value())
                .isEqualTo(new Value.Quantity(new BigDecimal("1205"), "triệu đồng/người/năm"));
        assertThat(only(quantity((w, c) -> c.setCellValue(61.5)), null).value())
                .isEqualTo(new Value.Quantity(new BigDecimal("61.5"), "triệu đồng/người/năm"));
        Workbook text = quantity((w, c) -> c.setCellValue("1.205"));
        assertThatThrownBy(() -> WorkbookInputs.observations(text, null, null)).isInstanceOf(InvalidDataException.class)
                .hasMessage("gia-tri.xlsx, Giá trị!E17 field 'value': expected a number but the cell holds text '1.205': "
                        + "enter it as a number, or declare how numbers are written (number style vi or plain)");
        assertThat(only(text, NumberStyle.VI_VN).value()).isEqualTo(new Value.Quantity(new BigDecimal("1205"),
                "triệu đồng/người/năm"));
        assertThat(only(text, NumberStyle.PLAIN).value()).isEqualTo(new Value.Quantity(new BigDecimal("1.205"),
                "triệu đồng/người/năm"));
        assertThat(only(quantity((w, c) -> c.setCellValue("1205")), null).value())
                .isEqualTo(new Value.Quantity(new BigDecimal("1205"), "triệu đồng/người/năm"));
    }

    @Test
    void errorValuesDatesAndBooleansWhereANumberIsNeededAreErrorsNamingTheCell() {
        assertThatThrownBy(() -> WorkbookInputs.observations(quantity((w, c) -> c.setCellErrorValue(FormulaError.NA.getCode())),
                null, null)).hasMessage("gia-tri.xlsx, Giá trị!E17 field 'value': the cell holds the error value #N/A");
        assertThatThrownBy(() -> WorkbookInputs.observations(quantity((w, c) -> c.setCellValue(true)), null, null))
                .hasMessage("gia-tri.xlsx, Giá trị!E17 field 'value': expected a number but the cell holds the value TRUE");
        assertThatThrownBy(() -> WorkbookInputs.observations(quantity((w, c) -> {
            CellStyle date = w.createCellStyle();
            date.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            c.setCellValue(LocalDate.of(2024, 1, 5));
            c.setCellStyle(date);
        }), null, null)).hasMessage("gia-tri.xlsx, Giá trị!E17 field 'value': expected a number but the cell holds the "
                + "date 2024-01-05");
    }

    @Test
    void theCsvReadersRulesApplyAndTheirErrorsNameTheCell() {
        Workbook book = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Giá trị", VALUES);
            XSSFRow row = s.createRow(3);
            row.createCell(0).setCellValue(18001);
            row.createCell(1).setCellValue("3.1");
            row.createCell(2).setCellValue(2024);
            row.createCell(3).setCellValue("RATIO");
            row.createCell(5).setCellValue(86);
        }), "gia-tri.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.observations(book, null, null)).isInstanceOf(InvalidDataException.class)
                .hasMessage("gia-tri.xlsx, Giá trị!G4 [18001] field 'whole': empty cell");
        Workbook kind = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Giá trị", VALUES);
            XSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue(18001);
            row.createCell(1).setCellValue("3.1");
            row.createCell(2).setCellValue(2024);
            row.createCell(3).setCellValue("RATIOS");
        }), "k.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.observations(kind, null, null))
                .hasMessageStartingWith("k.xlsx, Giá trị!D2 [18001] field 'kind': 'RATIOS' is not one of");
    }

    @Test
    void anUnknownOrRepeatedColumnAndAValueWithoutHeaderAreErrors() {
        Workbook unknown = TestWorkbooks.read(TestWorkbooks.build(w -> sheet(w, "Giá trị", "unit", "indicator", "year",
                "kind", "gia_tri")), "u.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.observations(unknown, null, null))
                .hasMessage("u.xlsx, Giá trị!E1 field 'gia_tri': unknown column 'gia_tri'");
        Workbook missing = TestWorkbooks.read(TestWorkbooks.build(w -> sheet(w, "Giá trị", "unit", "indicator", "kind")),
                "m.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.observations(missing, null, null))
                .hasMessageStartingWith("m.xlsx, Giá trị!1:1 field 'year': missing column 'year'");
        Workbook twice = TestWorkbooks.read(TestWorkbooks.build(w -> sheet(w, "Giá trị", "unit", "unit")), "t.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.observations(twice, null, null))
                .hasMessage("t.xlsx, Giá trị!B1 field 'unit': column 'unit' appears twice (also at Giá trị!A1)");
        Workbook stray = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Giá trị", VALUES);
            XSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue(18001);
            row.createCell(9).setCellValue("ghi chú");
        }), "s.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.observations(stray, null, null))
                .hasMessage("s.xlsx, Giá trị!J2: a value in column J, which has no header");
    }

    @Test
    void theSheetIsNamedOrTheOnlyOneOrTheConventionalOne() {
        byte[] two = TestWorkbooks.build(w -> {
            sheet(w, "Ghi chú", "x");
            sheet(w, "GIA TRI", VALUES);
        });
        assertThat(WorkbookInputs.observations(TestWorkbooks.read(two, "a.xlsx"), null, null).value()).isEmpty();
        assertThatThrownBy(() -> WorkbookInputs.outcomes(TestWorkbooks.read(two, "a.xlsx"), null, null))
                .hasMessage("a.xlsx field 'sheet': which sheet? The workbook has 2 sheets ('Ghi chú, GIA TRI') and none "
                        + "is named outcomes or Kết quả");
        assertThatThrownBy(() -> WorkbookInputs.observations(TestWorkbooks.read(two, "a.xlsx"), "Ghi chú", null))
                .hasMessageStartingWith("a.xlsx, Ghi chú!1:1 field 'unit': missing column 'unit' (header: '[x]')")
                .hasMessageEndingWith("(and 4 more)")
                .isInstanceOf(InvalidDataException.class);
    }

    @Test
    void unitsAreCheckedAsTheHierarchyAndProblemsNameTheCell() {
        Workbook book = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Đơn vị", "code", "parent_code", "level", "type", "name");
            XSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue(18001);
            row.createCell(1).setCellValue(445);
            row.createCell(2).setCellValue("COMMUNE");
            row.createCell(3).setCellValue("Xã");
            row.createCell(4).setCellValue("Xã Thạch Một");
        }), "don-vi.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.units(book, null, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("don-vi.xlsx, Đơn vị!")
                .hasMessageContaining("445");
    }

    /**
     * A sheet read by another module's CSV reader (the 2026-2030 group facts, say): number columns
     * from number cells exactly, text columns from text, and the reader's errors name the cell.
     */
    @Test
    void aSheetIsReadByAnyCsvReaderWithNumbersByCellTypeAndErrorsAtTheCell() {
        Workbook book = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Nhóm xã", "commune_code", "area", "agriculture_share_percent");
            XSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue("99101");
            row.createCell(1).setCellValue("I");
            row.createCell(2).setCellValue(9.99);
            XSSFRow second = s.createRow(2);
            second.createCell(0).setCellValue("99102");
            second.createCell(2).setCellValue(10);
        }), "nhom-xa.xlsx");
        java.util.function.BiFunction<java.io.Reader, String, String> text = (r, name) ->
                new java.io.BufferedReader(r).lines().collect(java.util.stream.Collectors.joining("|"));
        String csv = WorkbookInputs.sheet(book, null, java.util.Set.of("agriculture_share_percent"), null, text).value();
        assertThat(csv).contains("99101,I,9.99").contains("99102,,10").doesNotContain("9.99000");
        Workbook typed = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Nhóm xã", "commune_code", "agriculture_share_percent");
            XSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue("99101");
            row.createCell(1).setCellValue("9,99");
        }), "nhom-xa.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.sheet(typed, null, java.util.Set.of("agriculture_share_percent"), null,
                text)).isInstanceOf(InvalidDataException.class).hasMessageContaining("nhom-xa.xlsx, Nhóm xã!B2");
        Workbook bad = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = sheet(w, "Trạng thái", "unit", "standard", "step", "date", "decision", "authority");
            XSSFRow row = s.createRow(3);
            row.createCell(0).setCellValue("18001");
            row.createCell(1).setCellValue("commune-ntm");
            row.createCell(2).setCellValue("RECOGNISED?");
            row.createCell(3).setCellValue("2024-01-02");
        }), "tt.xlsx");
        assertThatThrownBy(() -> WorkbookInputs.sheet(bad, null, java.util.Set.of(), null,
                io.github.ntmlib.core.data.io.DataCsv::readStatuses)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("tt.xlsx, Trạng thái!C4");
    }
}
