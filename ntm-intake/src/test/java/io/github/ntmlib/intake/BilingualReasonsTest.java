package io.github.ntmlib.intake;

import static io.github.ntmlib.intake.TestWorkbooks.quantity;
import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.testkit.BilingualErrors;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 21: the typed errors and warnings of workbooks are in Vietnamese and English, at the same
 * workbook, sheet, cell and field; the English message is unchanged.
 */
class BilingualReasonsTest {

    private static void observations(byte[] book) {
        WorkbookInputs.observations(TestWorkbooks.read(book, "gia-tri.xlsx"), null, null);
    }

    @Test
    void aBadCellIsRefusedInBothLanguagesNamingTheCell() {
        InvalidDataException e = thrownBy(() -> observations(quantity((w, c) -> c.setCellValue("1.205"))));
        assertThat(e.getMessage()).startsWith("gia-tri.xlsx, Giá trị!E17 field 'value': expected a number but the "
                + "cell holds text '1.205': ");
        assertThat(e.message(Language.VIETNAMESE)).startsWith("gia-tri.xlsx, Giá trị!E17 trường 'value': cần một số"
                + " nhưng ô chứa văn bản '1.205': ");
        thrownBy(() -> observations(quantity((w, c) -> c.setCellErrorValue(FormulaError.NA.getCode()))));
        thrownBy(() -> observations(quantity((w, c) -> c.setCellValue(true))));
        thrownBy(() -> TestWorkbooks.read(quantity((w, c) -> c.setCellValue(1)), "gia-tri.xlsx").sheet("Values"));
    }

    @Test
    void aWorkbookBeyondItsBoundsOrUnreadableIsRefusedInBothLanguages() {
        byte[] book = quantity((w, c) -> c.setCellValue(1205));
        WorkbookLimits limits = WorkbookLimits.defaults();
        thrownBy(() -> TestWorkbooks.read(book, "b.xlsx", limits.withShape(64, 16, 1024, 100)));
        thrownBy(() -> TestWorkbooks.read(book, "b.xlsx", limits.withShape(64, 100, 3, 100)));
        thrownBy(() -> TestWorkbooks.read(book, "b.xlsx", limits.withShape(64, 100, 100, 5)));
        thrownBy(() -> TestWorkbooks.read(book, "s.xlsx", limits.withText(3, 1000, 1000)));
        thrownBy(() -> TestWorkbooks.read("unit,indicator\n".getBytes(StandardCharsets.UTF_8), "values.xlsx"));
        thrownBy(() -> TestWorkbooks.read(TestWorkbooks.replace(book, "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1,5</v></c></row></sheetData></worksheet>"),
                "bad.xlsx"));
        thrownBy(() -> TestWorkbooks.read(TestWorkbooks.replace(book, "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1E999999999</v></c></row></sheetData></worksheet>"),
                "huge.xlsx"));
        thrownBy(() -> TestWorkbooks.read(TestWorkbooks.replace(book, "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"2\"/><row r=\"1\"/></sheetData></worksheet>"), "order.xlsx"));
    }

    @Test
    void aBadMappingIsRefusedInBothLanguages() {
        String mapping = """
                {"schema": "ntm.xlsx-mapping/1", "input": "values", "headerRows": [1, 2],
                 "unit": {"column": "A"}, "year": 2024,
                 "columns": [{"header": "Số hộ nghèo", "indicator": "11.poor", "kind": "COUNT"}]}
                """;
        thrownBy(() -> WideMapping.read(new java.io.StringReader(mapping.replace("\"year\": 2024",
                "\"year\": 2024, \"sheet\": 1")), "map.json"));
        thrownBy(() -> WideMapping.read(new java.io.StringReader(mapping.replace("COUNT", "MANY")), "map.json"));
        thrownBy(() -> WideMapping.read(new java.io.StringReader(mapping.replace("[1, 2]", "[2, 1]")), "map.json"));
        thrownBy(() -> WideMapping.read(new java.io.StringReader(mapping.replace("{\"column\": \"A\"}",
                "{\"column\": \"A1\"}")), "map.json"));
        thrownBy(() -> WideMapping.read(new java.io.StringReader(mapping.replace("\"values\"", "\"rows\"")),
                "map.json"));
    }

    @Test
    void warningsAreInBothLanguages() {
        Workbook book = TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFRow row = w.createSheet("Giá trị").createRow(16);
            row.createCell(2).setCellValue(1205);
            row.createCell(8).setCellFormula("C17*3");
        }), "gia-tri.xlsx");
        assertThat(book.warnings()).isNotEmpty();
        for (IntakeWarning w : book.warnings()) {
            assertThat(w.toString()).isEqualTo(w.position() + ": " + w.message());
            assertThat(w.toString(Language.VIETNAMESE)).startsWith(w.position() + ": ");
            assertThat(w.message(Language.VIETNAMESE)).isNotEqualTo(w.message());
            assertThat(BilingualErrors.leaks(w.message(Language.VIETNAMESE))).isEmpty();
        }
    }

    @Test
    void everyTextInANumberCellIsRefusedInBothLanguages() {
        qt().withExamples(40).forAll(SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20))
                .checkAssert(text -> {
                    InvalidDataException e = thrownBy(() -> observations(quantity((w, c) -> c.setCellValue(text))));
                    assertThat(e.position().toString()).isEqualTo("gia-tri.xlsx, Giá trị!E17");
                });
    }
}
