package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.report.xlsx.XlsxReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook reopened by POI: figures, matrix, colours, frozen headers and no formula ever. */
class XlsxReportTest {

    private static final Evaluation HA_TINH = Worlds.haTinh();

    static XSSFWorkbook write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.create().render(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row find(Sheet sheet, int column, String text) {
        for (Row r : sheet) {
            var c = r.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row '" + text + "' in " + sheet.getSheetName());
    }

    @Test
    void theTalliesAndTheDistrictTotalsAreNumbersOfTheEvaluation() throws IOException {
        try (XSSFWorkbook wb = write(Worlds.report(HA_TINH, Language.VIETNAMESE))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Báo cáo");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("UBND TỈNH HÀ TĨNH");
            Sheet tallies = wb.getSheet("Tổng hợp");
            assertThat(tallies).isNotNull();
            Tally t = Tallies.of(HA_TINH).tally("42", "commune-ntm", Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
            Row row = find(tallies, 0, HA_TINH.standard("commune-ntm").labels().in(Language.VIETNAMESE));
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(t.total());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(t.recognised());
            Sheet districts = wb.getSheet("Theo huyện");
            Row total = find(districts, 0, "Toàn tỉnh");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(t.total());
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(t.recognised());
            assertThat(total.getCell(3).getNumericCellValue())
                    .isEqualTo(io.github.ntmlib.base.Figures.percent(t.recognised(), t.total(), 1).doubleValue());
        }
    }

    @Test
    void theMatrixSheetHasEveryUnitOnceFrozenHeadersAndVerdictColours() throws IOException {
        Report report = Worlds.report(HA_TINH, Language.VIETNAMESE);
        Table matrix = report.section("appendix").orElseThrow().tables().stream()
                .filter(t -> t.id().equals("matrix-commune-ntm")).findFirst().orElseThrow();
        try (XSSFWorkbook wb = write(report)) {
            Sheet sheet = wb.getSheet(matrix.sheet());
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) XlsxReport.HEADER_ROWS);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            var cf = sheet.getSheetConditionalFormatting();
            assertThat(cf.getNumConditionalFormattings()).isEqualTo(3);
            List<String> formulas = new ArrayList<>();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                formulas.add(cf.getConditionalFormattingAt(i).getRule(0).getFormula1());
            }
            assertThat(formulas).anyMatch(f -> f.contains("\"chưa đạt\"")).anyMatch(f -> f.contains("\"đạt\""))
                    .anyMatch(f -> f.contains("\"chưa đánh giá\""));
            Map<String, Row> rows = new HashMap<>();
            for (int r = XlsxReport.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(rows.put(row.getCell(0).getStringCellValue(), row)).as("each unit once").isNull();
            }
            List<UnitResult> holders = HA_TINH.units().stream().filter(u -> u.standard("commune-ntm").isPresent()).toList();
            assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(holders.stream().map(UnitResult::unit).toList());
            Row header = sheet.getRow(1);
            for (UnitResult u : holders.subList(0, 5)) {
                Row row = rows.get(u.unit());
                for (var c : u.standard("commune-ntm").orElseThrow().criteria()) {
                    int col = -1;
                    for (var h : header) {
                        if (h.getStringCellValue().equals(c.code())) {
                            col = h.getColumnIndex();
                        }
                    }
                    assertThat(row.getCell(col).getStringCellValue())
                            .startsWith(c.verdict().labels().in(Language.VIETNAMESE));
                }
            }
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaIsStoredAsQuotedText() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR");
        int[] i = {0};
        Evaluation evaluation = Worlds.bare(Worlds.renamed(HA_TINH.snapshot(),
                n -> n.startsWith("Xã") && i[0] < hostile.size() ? hostile.get(i[0]++) : n));
        assertThat(i[0]).isEqualTo(hostile.size());
        try (XSSFWorkbook wb = write(Worlds.report(evaluation, Language.VIETNAMESE))) {
            List<String> found = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && hostile.contains(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                            found.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(found).containsAll(hostile);
            assertThat(XlsxReport.looksLikeFormula("Xã =1")).isFalse();
            assertThat(XlsxReport.looksLikeFormula("")).isFalse();
        }
    }
}
