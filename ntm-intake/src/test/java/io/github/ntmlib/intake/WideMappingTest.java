package io.github.ntmlib.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import java.io.StringReader;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** The wide layout: every header is mapped or ignored, merged headers span, a unit has one row. */
class WideMappingTest {

    private static final String VALUES = """
            {"schema": "ntm.xlsx-mapping/1", "input": "values", "headerRows": [1, 2],
             "unit": {"column": "A"}, "year": 2024,
             "columns": [
               {"header": "Thủy lợi / Tưới (ha)", "indicator": "3.1", "kind": "RATIO", "role": "part"},
               {"header": ["Thủy lợi", "Tổng (ha)"], "indicator": "3.1", "kind": "RATIO", "role": "whole"},
               {"header": "Số hộ nghèo", "indicator": "11.poor", "kind": "COUNT"}%s]}
            """;

    private static WideMapping mapping(String json) {
        return WideMapping.read(new StringReader(json), "map.json");
    }

    /** Mã xã | Thủy lợi (merged over B1:C1): Tưới (ha), Tổng (ha) | Số hộ nghèo (merged B? no: D1:D2) [| extra]. */
    private static Workbook book(boolean extraHeader, Object[]... rows) {
        return TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = w.createSheet("Giá trị");
            XSSFRow h1 = s.createRow(0);
            XSSFRow h2 = s.createRow(1);
            h1.createCell(0).setCellValue("Mã xã");
            h1.createCell(1).setCellValue("Thủy lợi");
            h2.createCell(1).setCellValue("Tưới  (ha)");
            h2.createCell(2).setCellValue("Tổng (ha)");
            h1.createCell(3).setCellValue("Số hộ\nnghèo");
            if (extraHeader) {
                h1.createCell(4).setCellValue("Ghi chú");
            }
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            s.addMergedRegion(new CellRangeAddress(0, 1, 3, 3));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(2 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number) {
                        row.createCell(c).setCellValue(((Number) v).doubleValue());
                    } else if (v instanceof String && ((String) v).startsWith("=")) {
                        row.createCell(c).setCellFormula(((String) v).substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }), "rong.xlsx");
    }

    @Test
    void mergedTwoRowHeadersMapToIndicatorsAndBlankCellsGiveNoValue() {
        Intake<List<Observation>> read = mapping(VALUES.formatted("")).observations(book(false,
                new Object[] {"18001", 86, 100, 12},
                new Object[] {},
                new Object[] {18002, null, null, "=3+4"},
                new Object[] {"18003"}), null);
        assertThat(read.value()).extracting(o -> o.unit() + " " + o.indicator() + " " + o.value() + " "
                + o.source().position()).containsExactly(
                        "18001 3.1 Ratio[numerator=86, denominator=100] rong.xlsx, Giá trị!B3",
                        "18001 11.poor Count[count=12] rong.xlsx, Giá trị!D3",
                        "18002 11.poor Count[count=7] rong.xlsx, Giá trị!D5");
        assertThat(read.warnings()).extracting(IntakeWarning::toString).containsExactly(
                "rong.xlsx, Giá trị!D5: a formula cell is read as the value Excel saved with it (7), not recalculated");
    }

    @Test
    void aUnitOnTwoRowsIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).observations(book(false,
                new Object[] {"18001", 86, 100}, new Object[] {18001, 80, 100}), null))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("rong.xlsx, Giá trị!A4 [18001] field 'unit': the unit's row appears twice (first at Giá trị!A3)");
    }

    @Test
    void anUnknownHeaderIsAnErrorUnlessIgnored() {
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).observations(book(true, new Object[] {"18001", 86, 100}),
                null)).hasMessage("rong.xlsx, Giá trị!E1: unknown header 'Ghi chú': the mapping map.json neither maps nor "
                        + "ignores it");
        String ignoring = VALUES.formatted("").replace("\"year\": 2024,", "\"year\": 2024, \"ignore\": [{\"header\": "
                + "\"ghi chú\"}],");
        assertThat(mapping(ignoring).observations(book(true, new Object[] {"18001", 86, 100, null, "x"}), null).value())
                .hasSize(1);
    }

    @Test
    void aMappedHeaderTheSheetLacksIsAnErrorListingTheHeaders() {
        String json = VALUES.formatted(", {\"header\": \"Thu nhập\", \"indicator\": \"10.income\", \"kind\": \"COUNT\"}");
        assertThatThrownBy(() -> mapping(json).observations(book(false), null))
                .hasMessage("rong.xlsx, Giá trị!1:2 field '$.columns[3]': no column of rows 1-2 has the header "
                        + "'Thu nhập' (headers: 'Mã xã'; 'Thủy lợi / Tưới (ha)'; 'Thủy lợi / Tổng (ha)'; 'Số hộ nghèo'), "
                        + "as map.json maps it");
    }

    @Test
    void valuesUnderTheRowsRulesAreErrorsNamingTheCell() {
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).observations(book(false,
                new Object[] {"18001", 86, null}), null))
                .hasMessage("rong.xlsx, Giá trị!C3 [18001] field 'whole': empty cell");
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).observations(book(false,
                new Object[] {"18001", null, null, "1.205"}), null))
                .hasMessageStartingWith("rong.xlsx, Giá trị!D3 field 'value': expected a number but the cell holds text "
                        + "'1.205'");
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).observations(book(false,
                new Object[] {null, 5, 10}), null))
                .hasMessage("rong.xlsx, Giá trị!A3 field 'unit': the row has values but no unit code");
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).observations(book(false,
                new Object[] {"18001", null, null, 1, null, "?"}), null))
                .hasMessage("rong.xlsx, Giá trị!F3: a value in column F, which has no header the mapping names");
    }

    @Test
    void outcomesAreOneColumnPerCriterion() {
        String json = """
                {"schema": "ntm.xlsx-mapping/1", "input": "outcomes", "headerRows": [1], "unit": {"header": "Mã xã"},
                 "standard": "commune-ntm", "date": "2024-12-01",
                 "columns": [{"header": "TC 1", "criterion": "1"}, {"column": "C", "criterion": "2"}]}
                """;
        Workbook book = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = w.createSheet("Kết quả");
            XSSFRow h = s.createRow(0);
            h.createCell(0).setCellValue("Mã xã");
            h.createCell(1).setCellValue("TC 1");
            h.createCell(2).setCellValue("TC 2");
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellValue("18001");
            r.createCell(1).setCellValue("Đạt");
            r.createCell(2).setCellValue(false);
        }), "kq.xlsx");
        List<RecordedOutcome> read = mapping(json).outcomes(book, null).value();
        assertThat(read).extracting(RecordedOutcome::criterion, RecordedOutcome::assessment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", Assessment.MET),
                org.assertj.core.groups.Tuple.tuple("2", Assessment.NOT_MET));
        assertThat(read.get(1).source().position()).hasToString("kq.xlsx, Kết quả!C2");
    }

    @Test
    void aBadMappingNamesTheFieldByItsJsonPath() {
        assertThatThrownBy(() -> mapping(VALUES.formatted("").replace("\"year\": 2024", "\"yaer\": 2024")))
                .hasMessageStartingWith("map.json field '$.yaer': unknown field");
        assertThatThrownBy(() -> mapping(VALUES.formatted("").replace("\"role\": \"whole\"", "\"role\": \"part\"")))
                .hasMessage("map.json field '$.columns[0]': indicator '3.1' needs exactly one part and one whole column");
        assertThatThrownBy(() -> mapping(VALUES.formatted("").replace("\"COUNT\"", "\"NUMBER\"")))
                .hasMessage("map.json field '$.columns[2].kind': 'NUMBER' is not one of FLAG, QUANTITY, RATIO, COUNT, GRADE");
        assertThatThrownBy(() -> mapping(VALUES.formatted("").replace("{\"column\": \"A\"}", "{\"column\": \"A1\"}")))
                .hasMessage("map.json field '$.unit.column': 'A1' is not a column (A to XFD)");
        assertThatThrownBy(() -> mapping(VALUES.formatted("")).outcomes(book(false), null))
                .hasMessage("map.json field 'input': the mapping reads values, not outcomes");
    }
}
