package io.github.ntmlib.intake.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import io.github.ntmlib.core.criteria.io.TemplateFinding;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The overlay template's workbook: Vietnamese headers under a frozen pane, descriptive columns
 * locked, value cells open with data validation (0-100 for a percentage, whole numbers for a
 * count, the list "Đạt" for a flag); written and read back unfilled it is all empty, filled it is
 * the same template; a wrong type or an out-of-range value is a typed error naming its sheet and
 * cell; an empty value is reported with its sheet and cell; a moved row is refused.
 */
class OverlayTemplateXlsxTest {

    private static final Provenance LAW = new Provenance("318/QĐ-TTg ngày 08/3/2022", "Phụ lục I", "", "");
    private static final ClassificationScheme REGION = new ClassificationScheme("ntm-region-2021-2025", true,
            Set.of("BAC_TRUNG_BO", "TAY_NGUYEN"), "NTM region");

    static CriteriaSet set() {
        IndicatorDefinition irrigation = new IndicatorDefinition("3.1", Labels.of("Tỷ lệ diện tích được tưới",
                "irrigated share"), ValueKind.RATIO, "%", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.atLeast("80", LAW)),
                        ThresholdRule.when(REGION.id(), "BAC_TRUNG_BO", Threshold.notEncoded(Comparison.AT_LEAST, LAW)),
                        ThresholdRule.when(REGION.id(), "TAY_NGUYEN", Threshold.notEncoded(Comparison.AT_LEAST, LAW))));
        IndicatorDefinition schools = new IndicatorDefinition("5.1", Labels.of("Số trường đạt chuẩn", "schools"),
                ValueKind.COUNT, "trường", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.notEncoded(Comparison.AT_LEAST, LAW))));
        IndicatorDefinition income = new IndicatorDefinition("10.1", Labels.of("Thu nhập bình quân", "income"),
                ValueKind.QUANTITY, "triệu đồng/người/năm", false, List.of(), List.of(
                        ThresholdRule.of(Map.of(), Optional.of(2024), Optional.of(2024), Set.of(), Optional.empty(),
                                Threshold.notEncoded(Comparison.AT_LEAST, LAW))));
        IndicatorDefinition planning = new IndicatorDefinition("1.1", Labels.of("Quy hoạch chung xã", "planning"),
                ValueKind.FLAG, "", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.setByProvince(Comparison.MET, LAW))));
        Standard ntm = Standard.of("commune-ntm", Labels.of("Xã NTM", "commune NTM"), Set.of(UnitKind.COMMUNE),
                Optional.empty(), List.of(
                        IndicatorCriterion.of("1", Labels.of("Quy hoạch", "planning"), List.of(planning)),
                        IndicatorCriterion.of("3", Labels.of("Thủy lợi", "irrigation"), List.of(irrigation)),
                        IndicatorCriterion.of("5", Labels.of("Trường học", "schools"), List.of(schools)),
                        IndicatorCriterion.of("10", Labels.of("Thu nhập", "income"), List.of(income))),
                LAW);
        return CriteriaSet.builder("xlsx-set").labels(Labels.of("Bộ thử", "test set"))
                .validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).provenance(LAW).scheme(REGION)
                .standard(ntm).build();
    }

    static OverlayTemplate blank() {
        return OverlayTemplate.of(set(), "99", "Tỉnh Thử Nghiệm");
    }

    static byte[] bytes(OverlayTemplate t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OverlayTemplateXlsx.write(t, out);
        return out.toByteArray();
    }

    static TemplateCheck check(byte[] bytes) {
        return OverlayTemplateXlsx.check(new ByteArrayInputStream(bytes), "mau-99.xlsx");
    }

    /** The workbook edited as an officer would in Excel. */
    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static org.apache.poi.ss.usermodel.Cell value(XSSFWorkbook wb, int row) {
        XSSFSheet sheet = wb.getSheet(OverlayTemplateXlsx.VALUES);
        return sheet.getRow(row - 1).getCell(17);
    }

    @Test
    void theWorkbookHasAFrozenVietnameseHeaderLockedDescriptionsAndValidatedValueCells() throws IOException {
        OverlayTemplate t = blank();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(t)))) {
            XSSFSheet sheet = wb.getSheet(OverlayTemplateXlsx.VALUES);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
            assertThat(sheet.getRow(0).getCell(17).getStringCellValue()).isEqualTo("Giá trị do tỉnh quy định");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(2).getCell(6).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(2).getCell(17).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Tỷ lệ diện tích được tưới");
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("ntm-region-2021-2025 = BAC_TRUNG_BO");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(t.rows().size());
            for (DataValidation v : validations) {
                int row = v.getRegions().getCellRangeAddress(0).getFirstRow() + 1;
                OverlayTemplate.Row r = t.rows().get(row - 2);
                DataValidationConstraint c = v.getValidationConstraint();
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(17);
                switch (r.kind()) {
                    case RATIO:
                        assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
                        assertThat(c.getFormula1()).isEqualTo("0");
                        assertThat(c.getFormula2()).isEqualTo("100");
                        break;
                    case COUNT:
                        assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                        break;
                    case FLAG:
                        assertThat(c.getExplicitListValues()).containsExactly("Đạt");
                        break;
                    default:
                        assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
                }
            }
            XSSFSheet help = wb.getSheet(OverlayTemplateXlsx.INSTRUCTIONS);
            assertThat(help.getRow(6).getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(help.getRow(3).getCell(1).getStringCellValue()).isEqualTo("99");
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(OverlayTemplateXlsx.DEFINITION)))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void unfilledItReadsBackAllEmptyEachCellNamed() {
        TemplateCheck check = check(bytes(blank()));
        assertThat(check.template()).isEqualTo(blank());
        assertThat(check.invalid()).isEmpty();
        assertThat(check.empty()).extracting(TemplateFinding::where).containsExactly("Hướng dẫn!B7", "Giá trị!R2",
                "Giá trị!R3", "Giá trị!R4", "Giá trị!R5", "Giá trị!R6");
    }

    /** Values written by the form itself or typed in Excel read back as the same template. */
    @Test
    void filledItReadsBackTheSameValues() {
        OverlayTemplate blank = blank();
        AtomicInteger typed = new AtomicInteger();
        AtomicInteger edges = new AtomicInteger();
        qt().withExamples(40).forAll(lists().of(integers().between(-1, 10_000)).ofSize(blank.rows().size()),
                integers().between(0, 1)).checkAssert((choices, viaExcel) -> {
                    OverlayTemplate t = blank.withDecision("Quyết định 5/2024/QĐ-UBND");
                    for (int i = 0; i < choices.size(); i++) {
                        t = t.withValue(i, value(t.rows().get(i), choices.get(i)));
                    }
                    byte[] bytes;
                    if (viaExcel == 1) {
                        typed.incrementAndGet();
                        OverlayTemplate target = t;
                        bytes = edit(bytes(blank), wb -> {
                            wb.getSheet(OverlayTemplateXlsx.INSTRUCTIONS).getRow(6).getCell(1)
                                    .setCellValue(target.decision());
                            for (int i = 0; i < target.rows().size(); i++) {
                                OverlayTemplate.Row r = target.rows().get(i);
                                if (r.value() != null) {
                                    if (r.comparison() == Comparison.MET) {
                                        value(wb, i + 2).setCellValue("Đạt");
                                    } else {
                                        value(wb, i + 2).setCellValue(r.value().doubleValue());
                                    }
                                }
                            }
                        });
                    } else {
                        bytes = bytes(t);
                    }
                    if (choices.contains(10_000) || choices.contains(0)) {
                        edges.incrementAndGet();
                    }
                    TemplateCheck back = check(bytes);
                    assertThat(back.invalid()).isEmpty();
                    assertThat(back.template()).isEqualTo(t);
                });
        assertThat(typed.get()).as("typed in Excel").isPositive();
        assertThat(edges.get()).as("bounds reached").isPositive();
    }

    /** -1 empty; else choice/100 clipped to the row's range (0-100.00 with two decimals, whole when needed). */
    private static BigDecimal value(OverlayTemplate.Row row, int choice) {
        if (choice < 0) {
            return null;
        }
        if (row.comparison() == Comparison.MET) {
            return BigDecimal.ONE;
        }
        BigDecimal v = BigDecimal.valueOf(choice, 2);
        if (row.whole()) {
            v = BigDecimal.valueOf(choice);
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    @Test
    void aWrongTypeOrAnOutOfRangeValueIsATypedErrorNamingItsCell() {
        byte[] filled = edit(bytes(blank()), wb -> {
            wb.getSheet(OverlayTemplateXlsx.INSTRUCTIONS).getRow(6).getCell(1).setCellValue("QĐ 5/2024/QĐ-UBND");
            value(wb, 2).setCellValue("Có"); // planning: only "Đạt"
            value(wb, 3).setCellValue(100.5); // irrigation %
            value(wb, 4).setCellValue("61,5"); // irrigation %, a number typed as text
            value(wb, 5).setCellValue(2.5); // a count
        });
        TemplateCheck check = check(filled);
        assertThat(check.invalid()).extracting(TemplateFinding::where).containsExactly("Giá trị!R2", "Giá trị!R3",
                "Giá trị!R4", "Giá trị!R5");
        assertThat(check.invalid().get(1).message()).contains("0 to 100");
        assertThat(check.invalid().get(2).message()).contains("number cell", "61,5");
        assertThat(check.invalid().get(3).message()).contains("whole number");
        assertThat(check.empty()).extracting(TemplateFinding::where).containsExactly("Giá trị!R6");
        assertThatThrownBy(() -> OverlayTemplateXlsx.read(new ByteArrayInputStream(filled), "mau-99.xlsx"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("mau-99.xlsx")
                .hasMessageContaining("Giá trị!R2").hasMessageContaining("commune-ntm/1.1");
    }

    @Test
    void aMovedRowIsRefusedNamingTheCell() {
        byte[] moved = edit(bytes(blank()), wb -> wb.getSheet(OverlayTemplateXlsx.VALUES).getRow(3).getCell(5)
                .setCellValue("5.1"));
        assertThatThrownBy(() -> check(moved)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("Giá trị!F4").hasMessageContaining("moved");
    }

    @Test
    void aFilledWorkbookIsAnOverlayOfTheProvince() {
        byte[] filled = edit(bytes(blank()), wb -> {
            wb.getSheet(OverlayTemplateXlsx.INSTRUCTIONS).getRow(6).getCell(1).setCellValue("QĐ 5/2024/QĐ-UBND");
            value(wb, 3).setCellValue(85);
        });
        var overlay = OverlayTemplateXlsx.read(new ByteArrayInputStream(filled), "mau-99.xlsx").toOverlay("mau-99.xlsx");
        assertThat(overlay.jurisdiction()).isEqualTo("99");
        assertThat(overlay.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.indicator()).isEqualTo("3.1");
            assertThat(t.rule().when()).containsEntry("ntm-region-2021-2025", "BAC_TRUNG_BO");
            assertThat(t.rule().threshold().value()).contains(new BigDecimal("85"));
        });
        assertThat(overlay.applyTo(set()).standard("commune-ntm")).isPresent();
    }
}
