package io.github.ntmlib.plan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.intake.Intake;
import io.github.ntmlib.plan.CostModel;
import io.github.ntmlib.plan.CriterionCost;
import io.github.ntmlib.plan.Exclusion;
import io.github.ntmlib.plan.IndicatorCost;
import io.github.ntmlib.testkit.BilingualErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The workbook form of a cost model: the committed example reads to the JSON example's model, any
 * model survives a round trip through a workbook, and every bad cell is refused naming its sheet
 * and cell, in both languages.
 */
class CostModelXlsxTest {

    private static final String JSON = "plan-costs-ha-tinh.json";
    private static final String XLSX = "plan-costs-ha-tinh.xlsx";
    private static final String SYNTHETIC = "giả định";

    static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/examples"))) {
                return p.resolve("docs/examples");
            }
        }
        throw new IllegalStateException("docs/examples not found above " + here);
    }

    static CostModel example() throws IOException {
        try (InputStream in = Files.newInputStream(docs().resolve(JSON))) {
            return CostModelJson.read(in, JSON);
        }
    }

    static byte[] bytes(CostModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CostModelXlsx.write(model, out);
        return out.toByteArray();
    }

    static CostModel read(byte[] workbook) {
        return CostModelXlsx.read(new ByteArrayInputStream(workbook), "costs.xlsx");
    }

    /**
     * With {@code -Dntm.writeExamples=true}: writes the committed example workbook from the JSON
     * example, and the fuzz target's seed workbooks.
     */
    @BeforeAll
    static void writeExamples() throws IOException {
        if (Boolean.getBoolean("ntm.writeExamples")) {
            byte[] example = bytes(example());
            Files.write(docs().resolve(XLSX), example);
            Path seeds = Path.of("src/test/resources/io/github/ntmlib/plan/io/PlanReadersFuzzTestInputs/costModelXlsx");
            Files.createDirectories(seeds);
            // compact (inline strings, no styles): .ci/fuzz's inputs are at most 8 KiB
            Files.write(seeds.resolve("example.xlsx"), compact(example));
            ByteArrayOutputStream blank = new ByteArrayOutputStream();
            CostModelXlsx.writeTemplate(blank);
            Files.write(seeds.resolve("template.xlsx"), compact(blank.toByteArray()));
            Path sheetSeeds = seeds.resolveSibling("costSheetXml");
            Files.createDirectories(sheetSeeds);
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(
                    compact(example)))) {
                String[] names = {"", "", "indicators.xml", "criteria.xml", "exclusions.xml"};
                int i = 0;
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        byte[] xml = zip.readAllBytes();
                        if (!names[i].isEmpty()) {
                            // the first byte chooses the sheet (PlanReadersFuzzTest.withSheet)
                            ByteArrayOutputStream seed = new ByteArrayOutputStream();
                            seed.write(i - 2);
                            seed.write(xml);
                            Files.write(sheetSeeds.resolve(names[i]), seed.toByteArray());
                        }
                        i++;
                    }
                }
            }
        }
    }

    /**
     * A workbook as a minimal package, as some tools write it: its cells as read (inline strings,
     * number and boolean cells), no styles, shared strings, comments or validation.
     */
    static byte[] compact(byte[] workbook) {
        io.github.ntmlib.intake.Workbook book = io.github.ntmlib.intake.XlsxReader.read(new ByteArrayInputStream(
                workbook), "compact.xlsx", io.github.ntmlib.intake.WorkbookLimits.defaults());
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>");
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        java.util.List<String> parts = new java.util.ArrayList<>();
        int n = 0;
        for (io.github.ntmlib.intake.Sheet sheet : book.sheets()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheets.append("<sheet name=\"").append(xml(sheet.name())).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n)
                    .append(".xml\"/>");
            StringBuilder data = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData>");
            for (io.github.ntmlib.intake.Row row : sheet.rows()) {
                data.append("<row r=\"").append(row.number()).append("\">");
                for (io.github.ntmlib.intake.Cell c : row.cells()) {
                    String ref = c.address().reference();
                    switch (c.kind()) {
                        case NUMBER -> data.append("<c r=\"").append(ref).append("\"><v>").append(c.asText())
                                .append("</v></c>");
                        case BOOLEAN -> data.append("<c r=\"").append(ref).append("\" t=\"b\"><v>")
                                .append(c.bool() ? 1 : 0).append("</v></c>");
                        default -> data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space="
                                + "\"preserve\">").append(xml(c.asText())).append("</t></is></c>");
                    }
                }
                data.append("</row>");
            }
            parts.add(data.append("</sheetData></worksheet>").toString());
        }
        java.util.List<byte[]> data = new java.util.ArrayList<>();
        parts.forEach(x -> data.add(x.getBytes(StandardCharsets.UTF_8)));
        return pkg(types.append("</Types>").toString(), sheets.toString(), rels.toString(), data);
    }

    /** A minimal package of sheets given as XML (the fuzz target of a sheet's XML uses it). */
    static byte[] pkg(java.util.List<String> names, java.util.List<byte[]> sheetXml) {
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>");
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int n = 1; n <= names.size(); n++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheets.append("<sheet name=\"").append(xml(names.get(n - 1))).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n)
                    .append(".xml\"/>");
        }
        return pkg(types.append("</Types>").toString(), sheets.toString(), rels.toString(), sheetXml);
    }

    private static byte[] pkg(String types, String sheets, String rels, java.util.List<byte[]> sheetXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            entries.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            entries.put("xl/workbook.xml", ("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + sheets + "</sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            entries.put("xl/_rels/workbook.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\">" + rels + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < sheetXml.size(); i++) {
                entries.put("xl/worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void aSheetGivenAsXmlInAMinimalPackageIsReadAsTheFuzzTargetReadsIt() {
        String indicators = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Indicator</t></is></c><c r=\"B1\" t=\"inlineStr\">"
                + "<is><t>Rate (đồng)</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Basis</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>3.1</t></is></c><c r=\"B2\"><v>0.1</v></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>MEASURE</t></is></c></row></sheetData></worksheet>";
        CostModel m = read(PlanReadersFuzzTest.withSheet(("\u0000" + indicators).getBytes(StandardCharsets.UTF_8)));
        assertThat(m.indicator("3.1").orElseThrow().rate()).isEqualByComparingTo("0.1");
        assertThat(m.isSynthetic()).isTrue();
    }

    @Test
    void aMinimalPackageAsSomeToolsWriteItReadsTheSame() throws IOException {
        byte[] compact = compact(bytes(example()));
        assertThat(compact.length).isLessThan(8 * 1024);
        assertThat(read(compact)).isEqualTo(example());
    }

    @Test
    void theCommittedExampleIsTheJsonExample() throws IOException {
        CostModel json = example();
        CostModel xlsx;
        try (InputStream in = Files.newInputStream(docs().resolve(XLSX))) {
            xlsx = CostModelXlsx.read(in, XLSX);
        }
        assertThat(xlsx).isEqualTo(json);
        assertThat(xlsx.isSynthetic()).isTrue();
        // labelled: every row's note says its figure is invented
        assertThat(xlsx.criterionCosts()).isNotEmpty().allSatisfy(c -> assertThat(c.note()).startsWith(SYNTHETIC));
        assertThat(xlsx.indicators().values()).allSatisfy(c -> assertThat(c.note()).startsWith(SYNTHETIC));
        assertThat(xlsx.exclusions().values()).allSatisfy(c -> assertThat(c.note()).startsWith(SYNTHETIC));
    }

    @Test
    void theExampleSurvivesJsonToWorkbookToJson() throws IOException {
        CostModel model = example();
        CostModel back = read(bytes(model));
        assertThat(back).isEqualTo(model);
        assertThat(CostModelJson.write(back)).isEqualTo(CostModelJson.write(model));
        assertThat(back.criterion("commune-advanced", "MT")).contains(Vnd.ofDong(9_000_000_000L));
    }

    @Test
    void textThatLooksLikeAnExcelEscapeOrHasSpacesSurvives() {
        CostModel model = CostModel.builder().description("  _x0041_ là chữ A; _x000D_ \r\n dòng ", false)
                .exclude(new Exclusion(" 00123 ", Exclusion.Kind.EXCLUDED, "_x005F_x0041_\t<&>"))
                .criterion(new CriterionCost("commune-advanced", "1", Vnd.ZERO, "")).build();
        assertThat(read(bytes(model))).isEqualTo(model);
    }

    @Test
    void aTextLongerThanACellIsRefusedByTheWriter() {
        CostModel model = CostModel.builder().description("x".repeat(32_768), false).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bytes(model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32767");
    }

    @Test
    void theWorkbookShowsTheFlagAndTheNotes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(example())))) {
            assertThat(wb.getSheetName(0)).isEqualTo(CostModelXlsx.NOTES);
            assertThat(wb.getSheet(CostModelXlsx.NOTES).getRow(0).getCell(0).getStringCellValue())
                    .contains("SỐ LIỆU GIẢ ĐỊNH").contains("SYNTHETIC");
            XSSFSheet d = wb.getSheet(CostModelXlsx.DESCRIPTION);
            assertThat(d.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Số liệu giả định / Synthetic");
            assertThat(d.getRow(3).getCell(1).getStringCellValue()).isEqualTo(CostModelXlsx.YES);
            XSSFSheet i = wb.getSheet(CostModelXlsx.INDICATORS);
            assertThat(i.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn giá (đồng) / Rate (đồng)");
            assertThat(i.getRow(0).getCell(1).getCellComment().getString().getString())
                    .contains("Bắt buộc").contains("Required");
            // a number cell, exact: 150 million đồng, not text
            assertThat(i.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(150_000_000d);
            assertThat(i.getRow(1).getCell(2).getStringCellValue()).isEqualTo("điểm phần trăm");
            String notes = text(wb.getSheet(CostModelXlsx.NOTES));
            assertThat(notes).contains("không có giá trị mặc định").contains("ntm has no default")
                    .contains("Mã chỉ tiêu / Indicator").contains("Lý do / Kind");
        }
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> b.append(c.getStringCellValue()).append('\n')));
        return b.toString();
    }

    @Test
    void theBlankTemplateIsRefusedUntilTheFlagIsFilled() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CostModelXlsx.writeTemplate(out);
        byte[] blank = out.toByteArray();
        InvalidDataException e = BilingualErrors.thrownBy(() -> read(blank), "empty cell");
        assertThat(e.getMessage()).contains("costs.xlsx, Mô tả!B4");
        CostModel filled = read(edit(blank, wb -> set(wb, CostModelXlsx.DESCRIPTION, 4, 2, "không")));
        assertThat(filled).isEqualTo(CostModel.builder().description("", false).build());
        CostModel own = read(edit(blank, wb -> {
            set(wb, CostModelXlsx.DESCRIPTION, 3, 2, "Đơn giá của tỉnh, Quyết định 12/2026");
            set(wb, CostModelXlsx.DESCRIPTION, 4, 2, "Không");
            set(wb, CostModelXlsx.INDICATORS, 2, 1, "17.water-centralised");
            number(wb, CostModelXlsx.INDICATORS, 2, 2, "120000000.5");
            set(wb, CostModelXlsx.INDICATORS, 2, 3, "điểm phần trăm");
            set(wb, CostModelXlsx.EXCLUSIONS, 2, 1, "18628");
            set(wb, CostModelXlsx.EXCLUSIONS, 2, 2, "đã có trong kế hoạch khác");
        }));
        assertThat(own.isSynthetic()).isFalse();
        assertThat(own.indicator("17.water-centralised").orElseThrow()).isEqualTo(new IndicatorCost(
                "17.water-centralised", new BigDecimal("120000000.5"), IndicatorCost.Basis.PERCENTAGE_POINT, Vnd.ZERO,
                ""));
        assertThat(own.exclusion("18628").orElseThrow().kind()).isEqualTo(Exclusion.Kind.IN_ANOTHER_PLAN);
    }

    // ------------------------------------------------------------------------------------ what is accepted

    @Test
    void aBasisOrKindIsItsVietnameseEnglishOrJsonName() throws IOException {
        byte[] base = bytes(example());
        for (String basis : new String[] {"điểm phần trăm", "ĐIỂM PHẦN TRĂM", "percentage point", "PERCENTAGE_POINT"}) {
            assertThat(read(edit(base, wb -> set(wb, CostModelXlsx.INDICATORS, 2, 3, basis)))).isEqualTo(example());
        }
        assertThat(read(edit(base, wb -> set(wb, CostModelXlsx.EXCLUSIONS, 2, 2, "excluded by the province")))
                .exclusion("18628").orElseThrow().kind()).isEqualTo(Exclusion.Kind.EXCLUDED);
    }

    @Test
    void englishSheetNamesAndEitherHalfOfAHeaderAreAccepted() throws IOException {
        byte[] renamed = edit(bytes(example()), wb -> {
            wb.setSheetName(wb.getSheetIndex(CostModelXlsx.INDICATORS), "indicators");
            wb.setSheetName(wb.getSheetIndex(CostModelXlsx.EXCLUSIONS), "Exclusions");
            set(wb, "indicators", 1, 2, "Đơn giá (đồng)");
            set(wb, "indicators", 1, 1, "indicator");
        });
        assertThat(read(renamed)).isEqualTo(example());
    }

    @Test
    void plainDigitsTypedAsTextAreTheSameInEveryWriting() throws IOException {
        byte[] text = edit(bytes(example()), wb -> set(wb, CostModelXlsx.INDICATORS, 2, 2, "150000000"));
        assertThat(read(text)).isEqualTo(example());
    }

    @Test
    void blankRowsAreSkippedAndAMissingOptionalColumnOrSheetIsEmpty() throws IOException {
        byte[] spaced = edit(bytes(example()), wb -> {
            XSSFSheet s = wb.getSheet(CostModelXlsx.CRITERIA);
            s.shiftRows(3, s.getLastRowNum(), 2);
        });
        assertThat(read(spaced)).isEqualTo(example());
        byte[] fewer = edit(bytes(example()), wb -> {
            wb.removeSheetAt(wb.getSheetIndex(CostModelXlsx.EXCLUSIONS));
            wb.removeSheetAt(wb.getSheetIndex(CostModelXlsx.NOTES));
            XSSFSheet s = wb.getSheet(CostModelXlsx.INDICATORS);
            s.forEach(r -> {
                r.removeCell(r.getCell(3));
                r.removeCell(r.getCell(4));
            });
        });
        CostModel read = read(fewer);
        assertThat(read.exclusions()).isEmpty();
        assertThat(read.indicator("17.water-centralised").orElseThrow().fixed()).isEqualTo(Vnd.ZERO);
        assertThat(read.indicator("17.water-centralised").orElseThrow().note()).isEmpty();
    }

    @Test
    void aFormulaCellIsItsCachedValueWithAWarningAndRefusedByTheStrictRead() throws IOException {
        byte[] formula = edit(bytes(example()), wb -> {
            XSSFCell c = wb.getSheet(CostModelXlsx.CRITERIA).getRow(1).getCell(2);
            c.setCellFormula("400000000*2");
            c.setCellValue(800_000_000d);
        });
        Intake<CostModel> intake = CostModelXlsx.intake(new ByteArrayInputStream(formula), "costs.xlsx");
        assertThat(intake.value()).isEqualTo(example());
        assertThat(intake.warnings()).singleElement().satisfies(w -> {
            assertThat(w.toString()).contains("costs.xlsx, Chi phí tiêu chí!C2").contains("not recalculated");
            BilingualErrors.assertVietnamese(w.message(Language.VIETNAMESE));
        });
        InvalidDataException e = BilingualErrors.thrownBy(() -> read(formula), "not formulas");
        assertThat(e.getMessage()).contains("Chi phí tiêu chí!C2");
    }

    // ------------------------------------------------------------------------------------ what is refused

    private static void refused(Consumer<XSSFWorkbook> change, String where, String english) throws IOException {
        byte[] bad = edit(bytes(example()), change);
        InvalidDataException e = BilingualErrors.thrownBy(() -> read(bad), english);
        assertThat(e.getMessage()).startsWith("costs.xlsx" + (where.isEmpty() ? "" : ", " + where));
        assertThat(e.position().source()).isEqualTo("costs.xlsx");
    }

    @Test
    void aNumberTypedAsTextWhoseReadingDependsOnTheWritingIsRefused() throws IOException {
        refused(wb -> set(wb, CostModelXlsx.INDICATORS, 2, 2, "1.205"), "Chi phí chỉ tiêu!B2",
                "text '1.205': enter it as a number cell");
        refused(wb -> set(wb, CostModelXlsx.INDICATORS, 2, 2, "1,5"), "Chi phí chỉ tiêu!B2", "text '1,5'");
        refused(wb -> set(wb, CostModelXlsx.CRITERIA, 2, 3, "800.000.000"), "Chi phí tiêu chí!C2",
                "expected a number");
    }

    @Test
    void amountsOfDongAreWholeAndNotNegativeAndRatesNotNegative() throws IOException {
        refused(wb -> number(wb, CostModelXlsx.CRITERIA, 2, 3, "800000000.5"), "Chi phí tiêu chí!C2",
                "must be whole đồng");
        refused(wb -> number(wb, CostModelXlsx.INDICATORS, 2, 4, "-1"), "Chi phí chỉ tiêu!D2",
                "an amount cannot be negative");
        refused(wb -> number(wb, CostModelXlsx.INDICATORS, 2, 2, "-0.5"), "Chi phí chỉ tiêu!B2",
                "a rate cannot be negative");
        refused(wb -> number(wb, CostModelXlsx.CRITERIA, 2, 3, "9223372036854775808"), "Chi phí tiêu chí!C2",
                "too large");
    }

    @Test
    void aRequiredCellLeftBlankIsRefused() throws IOException {
        refused(wb -> clear(wb, CostModelXlsx.INDICATORS, 2, 1), "Chi phí chỉ tiêu!A2", "empty cell");
        refused(wb -> clear(wb, CostModelXlsx.INDICATORS, 2, 2), "Chi phí chỉ tiêu!B2", "empty cell");
        refused(wb -> clear(wb, CostModelXlsx.INDICATORS, 2, 3), "Chi phí chỉ tiêu!C2", "empty cell");
        refused(wb -> clear(wb, CostModelXlsx.CRITERIA, 3, 3), "Chi phí tiêu chí!C3", "empty cell");
        refused(wb -> set(wb, CostModelXlsx.EXCLUSIONS, 3, 1, "   "), "Loại trừ!A3", "empty cell");
    }

    @Test
    void aRepeatedIndicatorCriterionOrUnitIsRefusedNamingBothCells() throws IOException {
        refused(wb -> set(wb, CostModelXlsx.INDICATORS, 3, 1, "17.water-centralised"), "Chi phí chỉ tiêu!A3",
                "two costs for indicator '17.water-centralised' (also in cell A2)");
        refused(wb -> set(wb, CostModelXlsx.CRITERIA, 3, 2, "1"), "Chi phí tiêu chí!B3",
                "two costs for criterion '1' of 'commune-advanced' (also in cell B2)");
        refused(wb -> set(wb, CostModelXlsx.EXCLUSIONS, 3, 1, "18628"), "Loại trừ!A3",
                "unit '18628' excluded twice (also in cell A2)");
    }

    @Test
    void anUnknownBasisOrKindIsRefused() throws IOException {
        refused(wb -> set(wb, CostModelXlsx.INDICATORS, 2, 3, "phần trăm"), "Chi phí chỉ tiêu!C2",
                "unknown basis 'phần trăm'");
        refused(wb -> number(wb, CostModelXlsx.INDICATORS, 2, 3, "1"), "Chi phí chỉ tiêu!C2", "unknown basis '1'");
        refused(wb -> set(wb, CostModelXlsx.EXCLUSIONS, 2, 2, "EXCLUDE"), "Loại trừ!B2", "unknown kind 'EXCLUDE'");
    }

    @Test
    void anUnknownSheetColumnOrFieldAndAValueUnderNoHeaderAreRefused() throws IOException {
        refused(wb -> wb.createSheet("Ghi chú"), "", "unknown sheet 'Ghi chú'");
        refused(wb -> set(wb, CostModelXlsx.INDICATORS, 1, 6, "Nguồn"), "Chi phí chỉ tiêu!F1",
                "unknown column 'Nguồn'");
        refused(wb -> set(wb, CostModelXlsx.INDICATORS, 3, 7, "x"), "Chi phí chỉ tiêu!G3",
                "a value in column G, which has no header");
        refused(wb -> set(wb, CostModelXlsx.CRITERIA, 1, 4, "Cost (đồng)"), "Chi phí tiêu chí!D1",
                "column 'Chi phí (đồng) / Cost (đồng)' appears twice (also in cell C1)");
        refused(wb -> clear(wb, CostModelXlsx.CRITERIA, 1, 3), "Chi phí tiêu chí!1:1",
                "no column 'Chi phí (đồng) / Cost (đồng)'");
        refused(wb -> number(wb, CostModelXlsx.CRITERIA, 1, 3, "3"), "Chi phí tiêu chí!C1",
                "a header cell must be text");
        refused(wb -> set(wb, CostModelXlsx.DESCRIPTION, 5, 1, "Tỉnh"), "Mô tả!A5", "unknown field 'Tỉnh'");
        refused(wb -> set(wb, CostModelXlsx.DESCRIPTION, 5, 1, "Synthetic"), "Mô tả!A5",
                "field 'Synthetic' appears twice (also in cell A4)");
        refused(wb -> wb.createSheet("Indicators"), "", "are both sheet 'Chi phí chỉ tiêu'");
        refused(wb -> {
            XSSFSheet s = wb.getSheet(CostModelXlsx.EXCLUSIONS);
            for (int i = s.getLastRowNum(); i >= 0; i--) {
                if (s.getRow(i) != null) {
                    s.removeRow(s.getRow(i));
                }
            }
        }, "Loại trừ!A1", "the sheet is empty");
    }

    @Test
    void theDescriptionSheetIsRequiredWithItsFormatAndFlag() throws IOException {
        refused(wb -> wb.removeSheetAt(wb.getSheetIndex(CostModelXlsx.DESCRIPTION)), "", "no sheet 'Mô tả'");
        refused(wb -> set(wb, CostModelXlsx.DESCRIPTION, 2, 2, "ntm.plan-costs/2"), "Mô tả!B2",
                "the format must be ntm.plan-costs/1, not 'ntm.plan-costs/2'");
        refused(wb -> wb.getSheet(CostModelXlsx.DESCRIPTION).removeRow(wb.getSheet(CostModelXlsx.DESCRIPTION)
                .getRow(1)), "Mô tả!1:1", "no row 'Định dạng / Format'");
        refused(wb -> wb.getSheet(CostModelXlsx.DESCRIPTION).removeRow(wb.getSheet(CostModelXlsx.DESCRIPTION)
                .getRow(3)), "Mô tả!1:1", "no row 'Số liệu giả định / Synthetic'");
        refused(wb -> set(wb, CostModelXlsx.DESCRIPTION, 4, 2, "có lẽ"), "Mô tả!B4", "expected 'có' (yes");
        assertThat(read(edit(bytes(example()), wb -> wb.getSheet(CostModelXlsx.DESCRIPTION).getRow(3).getCell(1)
                .setCellValue(false))).isSynthetic()).isFalse();
    }

    @Test
    void anErrorValueOrADateWhereANumberIsNeededIsRefused() throws IOException {
        refused(wb -> wb.getSheet(CostModelXlsx.CRITERIA).getRow(1).getCell(3).setCellErrorValue(FormulaError.NA),
                "Chi phí tiêu chí!D2", "the error value #N/A");
        refused(wb -> {
            XSSFCell c = wb.getSheet(CostModelXlsx.CRITERIA).getRow(1).getCell(2);
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            c.setCellValue(LocalDate.of(2026, 1, 1));
            c.setCellStyle(date);
        }, "Chi phí tiêu chí!C2", "expected a number but the cell holds the date");
    }

    @Test
    void whatIsNotAWorkbookIsRefusedNamingTheFile() {
        InvalidDataException e = BilingualErrors.thrownBy(() -> read("{\"schema\": \"ntm.plan-costs/1\"}"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(e.position().source()).isEqualTo("costs.xlsx");
    }

    // ------------------------------------------------------------------------------------ round trip

    /** What the generated models reached, counted over the property's examples. */
    enum Edge {
        FRACTIONAL_RATE, ZERO_RATE, ZERO_FIXED, LONG_MAX_AMOUNT, NO_INDICATORS, NO_CRITERIA, NO_EXCLUSIONS,
        EMPTY_MODEL, LONG_NOTE, VIETNAMESE_NOTE, MANY_ROWS, LEADING_ZERO_CODE, NOT_SYNTHETIC, EMPTY_DESCRIPTION
    }

    private static final String VI = "Đơn giá xây dựng đường giao thông nông thôn của huyện Hương Khê, ước tính năm 2026 ";
    private static final String CHARS = "abcxyz0123456789 .,;:-_/()%\"'ăâđêôơưáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ"
            + "ĂÂĐÊÔƠƯ\n\t&<>";

    static Gen<CostModel> models() {
        return longs().all().map(seed -> model(new SplittableRandom(seed)));
    }

    static CostModel model(SplittableRandom r) {
        CostModel.Builder b = CostModel.builder().description(r.nextInt(4) == 0 ? "" : text(r), r.nextBoolean());
        int size = r.nextInt(10) == 0 ? 150 + r.nextInt(150) : r.nextInt(6);
        // each section empty one time in five
        int indicators = r.nextInt(5) == 0 ? 0 : size;
        int criteria = r.nextInt(5) == 0 ? 0 : size;
        int exclusions = r.nextInt(5) == 0 ? 0 : size;
        for (int i = 0; i < indicators; i++) {
            BigDecimal rate = switch (r.nextInt(4)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> BigDecimal.valueOf(r.nextLong() & Long.MAX_VALUE, r.nextInt(12));
                case 2 -> new BigDecimal(r.nextInt(1000) + "." + r.nextInt(1000) + "1");
                default -> BigDecimal.valueOf(r.nextInt(1_000_000) * 1000L);
            };
            b.indicator(new IndicatorCost(code(r) + "." + i, rate, IndicatorCost.Basis.values()[r.nextInt(2)],
                    Vnd.ofDong(amount(r)), r.nextBoolean() ? "" : text(r)));
        }
        for (int i = 0; i < criteria; i++) {
            b.criterion(new CriterionCost(r.nextBoolean() ? "commune-advanced" : "commune-model", code(r) + "-" + i,
                    Vnd.ofDong(amount(r)), r.nextBoolean() ? "" : text(r)));
        }
        for (int i = 0; i < exclusions; i++) {
            b.exclude(new Exclusion((r.nextBoolean() ? "0" : "") + (18000 + i), Exclusion.Kind.values()[r.nextInt(2)],
                    r.nextBoolean() ? "" : text(r)));
        }
        return b.build();
    }

    private static long amount(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> Long.MAX_VALUE;
            default -> r.nextLong() & Long.MAX_VALUE;
        };
    }

    private static String code(SplittableRandom r) {
        return r.nextBoolean() ? "0" + r.nextInt(100) : "KHAC";
    }

    /** A non-blank text: Vietnamese, punctuation, line breaks, XML's special characters; now and then long. */
    private static String text(SplittableRandom r) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? VI : "");
        int n = r.nextInt(8) == 0 ? 2_000 + r.nextInt(8_000) : 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        String s = b.toString();
        return s.isBlank() ? "x" + s : s;
    }

    static void count(CostModel m, Map<Edge, Integer> reached) {
        java.util.function.Consumer<Edge> hit = e -> reached.merge(e, 1, Integer::sum);
        if (m.indicators().values().stream().anyMatch(c -> c.rate().scale() > 0)) {
            hit.accept(Edge.FRACTIONAL_RATE);
        }
        if (m.indicators().values().stream().anyMatch(c -> c.rate().signum() == 0)) {
            hit.accept(Edge.ZERO_RATE);
        }
        if (m.indicators().values().stream().anyMatch(c -> c.fixed().isZero())) {
            hit.accept(Edge.ZERO_FIXED);
        }
        if (m.criteria().values().stream().anyMatch(v -> v.dong() == Long.MAX_VALUE)) {
            hit.accept(Edge.LONG_MAX_AMOUNT);
        }
        if (m.indicators().isEmpty()) {
            hit.accept(Edge.NO_INDICATORS);
        }
        if (m.criteria().isEmpty()) {
            hit.accept(Edge.NO_CRITERIA);
        }
        if (m.exclusions().isEmpty()) {
            hit.accept(Edge.NO_EXCLUSIONS);
        }
        if (m.indicators().isEmpty() && m.criteria().isEmpty() && m.exclusions().isEmpty()) {
            hit.accept(Edge.EMPTY_MODEL);
        }
        if (m.exclusions().values().stream().anyMatch(e -> e.note().length() > 2_000)
                || m.criterionCosts().stream().anyMatch(e -> e.note().length() > 2_000)
                || m.indicators().values().stream().anyMatch(e -> e.note().length() > 2_000)) {
            hit.accept(Edge.LONG_NOTE);
        }
        if (m.criterionCosts().stream().anyMatch(c -> c.note().startsWith("Đơn giá"))) {
            hit.accept(Edge.VIETNAMESE_NOTE);
        }
        if (m.indicators().size() + m.criteria().size() + m.exclusions().size() > 300) {
            hit.accept(Edge.MANY_ROWS);
        }
        if (m.exclusions().keySet().stream().anyMatch(u -> u.startsWith("0"))) {
            hit.accept(Edge.LEADING_ZERO_CODE);
        }
        if (!m.isSynthetic()) {
            hit.accept(Edge.NOT_SYNTHETIC);
        }
        if (m.description().isEmpty()) {
            hit.accept(Edge.EMPTY_DESCRIPTION);
        }
    }

    @Test
    void everyModelSurvivesARoundTripThroughAWorkbookAndAgreesWithJson() {
        Map<Edge, Integer> reached = new EnumMap<>(Edge.class);
        int[] examples = {0};
        qt().withExamples(120).forAll(models()).check(m -> {
            count(m, reached);
            examples[0]++;
            CostModel viaXlsx = read(bytes(m));
            CostModel viaJson = CostModelJson.read(new ByteArrayInputStream(CostModelJson.write(m)
                    .getBytes(StandardCharsets.UTF_8)), "costs.json");
            return viaXlsx.equals(m) && viaJson.equals(m);
        });
        System.out.println("CostModelXlsxTest: " + examples[0] + " models, edges reached " + reached);
        assertThat(reached.keySet()).containsExactlyInAnyOrder(Edge.values());
    }

    // ------------------------------------------------------------------------------------ helpers

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFCell cell(XSSFWorkbook wb, String sheet, int row, int column) {
        XSSFSheet s = wb.getSheet(sheet);
        XSSFRow r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
        return r.getCell(column - 1) == null ? r.createCell(column - 1) : r.getCell(column - 1);
    }

    static void set(XSSFWorkbook wb, String sheet, int row, int column, String text) {
        cell(wb, sheet, row, column).setCellValue(text);
    }

    static void clear(XSSFWorkbook wb, String sheet, int row, int column) {
        cell(wb, sheet, row, column).setBlank();
    }

    /** A number cell with the decimal's own text. */
    static void number(XSSFWorkbook wb, String sheet, int row, int column, String plain) {
        XSSFCell c = cell(wb, sheet, row, column);
        c.setCellValue(0);
        c.getCTCell().setV(plain);
    }
}
