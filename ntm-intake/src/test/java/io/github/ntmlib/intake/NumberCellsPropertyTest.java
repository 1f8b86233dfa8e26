package io.github.ntmlib.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Numbers are read as stored, never guessed: a number cell in any notation Excel or another
 * writer may store ({@code 1205}, {@code 1205.0}, {@code 1.205E3}, {@code -0.000125}) reads as
 * exactly that number; a number typed as text in a declared style reads back as the number written
 * in that style, and without a declared style any text but plain digits is an error naming the
 * cell.
 */
class NumberCellsPropertyTest {

    /** Numbers within the readers' bounds: up to 18 digits, scale from -12 to 20, both signs, zero often. */
    private static final Gen<BigDecimal> NUMBERS = longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
            .zip(integers().between(-12, 20), integers().between(0, 4), (unscaled, scale, shape) ->
                    shape == 0 ? BigDecimal.valueOf(unscaled % 1000, Math.max(0, scale % 4))
                            : BigDecimal.valueOf(shape == 1 ? unscaled % 100_000 : unscaled, scale));

    /** The ways a writer may store the number in {@code <v>}. */
    private static String stored(BigDecimal n, int how) {
        switch (how) {
            case 0:
                return n.toPlainString();
            case 1:
                return n.toString();
            case 2:
                return n.setScale(Math.max(n.scale(), 0) + 2).toPlainString();
            default:
                return n.unscaledValue() + "E" + (-n.scale());
        }
    }

    private static byte[] sheet(String cells) {
        return TestWorkbooks.replace(TestWorkbooks.build(w -> w.createSheet("Giá trị")), "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + cells
                        + "</sheetData></worksheet>");
    }

    @Test
    void aNumberCellReadsAsExactlyTheStoredNumberWhateverItsNotation() {
        AtomicInteger cells = new AtomicInteger();
        AtomicInteger exponent = new AtomicInteger();
        AtomicInteger negative = new AtomicInteger();
        AtomicInteger trailingZeros = new AtomicInteger();
        AtomicInteger zero = new AtomicInteger();
        qt().withExamples(25).forAll(lists().of(NUMBERS).ofSizeBetween(1, 60), integers().between(0, 3))
                .checkAssert((numbers, how) -> {
                    StringBuilder xml = new StringBuilder();
                    for (int i = 0; i < numbers.size(); i++) {
                        String v = stored(numbers.get(i), (how + i) % 4);
                        exponent.addAndGet(v.contains("E") ? 1 : 0);
                        trailingZeros.addAndGet(v.contains(".") && v.endsWith("0") ? 1 : 0);
                        xml.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\"><v>")
                                .append(v).append("</v></c></row>");
                    }
                    Sheet sheet = TestWorkbooks.read(sheet(xml.toString()), "so.xlsx").sheet("Giá trị");
                    for (int i = 0; i < numbers.size(); i++) {
                        BigDecimal read = sheet.cell(i + 1, 1).number();
                        assertThat(read).isEqualByComparingTo(numbers.get(i));
                        assertThat(read.scale()).isGreaterThanOrEqualTo(0);
                        // no trailing zeros after the decimal point, no exponent form
                        assertThat(read.scale() == 0 || read.unscaledValue().mod(java.math.BigInteger.TEN).signum() != 0)
                                .as(read.toString()).isTrue();
                        cells.incrementAndGet();
                        negative.addAndGet(read.signum() < 0 ? 1 : 0);
                        zero.addAndGet(read.signum() == 0 ? 1 : 0);
                    }
                });
        // the generator reaches every shape
        assertThat(exponent.get()).isGreaterThan(20);
        assertThat(negative.get()).isGreaterThan(20);
        assertThat(trailingZeros.get()).isGreaterThan(20);
        assertThat(zero.get()).isGreaterThan(0);
        assertThat(cells.get()).isGreaterThan(200);
    }

    /** A values sheet of QUANTITY rows whose value cells are the given texts. */
    private static Workbook quantities(List<String> texts) {
        return TestWorkbooks.read(TestWorkbooks.build(w -> {
            XSSFSheet s = w.createSheet("Giá trị");
            String[] header = {"unit", "indicator", "year", "kind", "value", "unit_of_measure"};
            XSSFRow h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < texts.size(); r++) {
                XSSFRow row = s.createRow(r + 1);
                row.createCell(0).setCellValue("18001");
                row.createCell(1).setCellValue("i" + r);
                row.createCell(2).setCellValue(2024);
                row.createCell(3).setCellValue("QUANTITY");
                row.createCell(4).setCellValue(texts.get(r));
                row.createCell(5).setCellValue("ha");
            }
        }), "text.xlsx");
    }

    @Test
    void aTextNumberReadsBackInItsDeclaredStyleAndIsNeverGuessedWithoutOne() {
        AtomicInteger grouped = new AtomicInteger();
        AtomicInteger decimals = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        qt().withExamples(20).forAll(lists().of(NUMBERS.map(n -> n.abs().setScale(Math.max(0, Math.min(n.scale(), 6)),
                java.math.RoundingMode.DOWN))).ofSizeBetween(1, 20), integers().between(0, 1))
                .checkAssert((numbers, which) -> {
                    NumberStyle style = which == 0 ? NumberStyle.VI_VN : NumberStyle.PLAIN;
                    List<String> texts = numbers.stream().map(n -> Figures.format(n, style)).toList();
                    texts.forEach(t -> {
                        grouped.addAndGet(style == NumberStyle.VI_VN && t.contains(".") ? 1 : 0);
                        decimals.addAndGet(t.contains(style == NumberStyle.VI_VN ? "," : ".") ? 1 : 0);
                    });
                    Workbook book = quantities(texts);
                    List<Observation> read = WorkbookInputs.observations(book, null, style).value();
                    for (int i = 0; i < numbers.size(); i++) {
                        assertThat(((Value.Quantity) read.get(i).value()).amount()).isEqualByComparingTo(numbers.get(i));
                    }
                    int firstNotDigits = -1;
                    for (int i = 0; i < texts.size() && firstNotDigits < 0; i++) {
                        if (!texts.get(i).matches("[0-9]+")) {
                            firstNotDigits = i;
                        }
                    }
                    if (firstNotDigits >= 0) {
                        int row = firstNotDigits + 2;
                        assertThatThrownBy(() -> WorkbookInputs.observations(book, null, null))
                                .isInstanceOf(InvalidDataException.class)
                                .hasMessageStartingWith("text.xlsx, Giá trị!E" + row + " field 'value': expected a number");
                        refused.incrementAndGet();
                    } else {
                        assertThat(WorkbookInputs.observations(book, null, null).value()).hasSameSizeAs(numbers);
                    }
                });
        assertThat(grouped.get()).isGreaterThan(10);
        assertThat(decimals.get()).isGreaterThan(10);
        assertThat(refused.get()).isGreaterThan(10);
    }
}
