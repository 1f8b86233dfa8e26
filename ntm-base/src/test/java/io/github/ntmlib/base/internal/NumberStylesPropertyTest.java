package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Numbers of a CSV file in the vi and plain styles (issue 20): a number written in one style and
 * read back in the same style is the same number, scale included; with no style declared, a text
 * is read only when every style that reads it reads the same number, and never when an English
 * reader would see thousands in it.
 */
class NumberStylesPropertyTest {

    /** Thousands and millions boundaries, where grouping starts or grows. */
    private static final long[] EDGES = {0, 1, 9, 10, 99, 100, 999, 1_000, 1_001, 9_999, 10_000, 99_999, 100_000,
        999_999, 1_000_000, 1_000_001, 999_999_999, 1_000_000_000};

    private static Gen<BigDecimal> numbers() {
        Gen<BigInteger> unscaled = longs().between(-1_000_000_000L, 1_000_000_000L).map(BigInteger::valueOf)
                .mix(integers().between(0, EDGES.length - 1).map(i -> BigInteger.valueOf(EDGES[i])), 35)
                .mix(integers().between(1, 40).zip(longs().between(1, Long.MAX_VALUE), (digits, seed) ->
                        new BigInteger("9".repeat(digits)).multiply(BigInteger.valueOf(seed))
                                .mod(BigInteger.TEN.pow(digits))), 20)
                .zip(integers().between(0, 3), (u, negate) -> negate == 0 ? u.negate() : u);
        return unscaled.zip(integers().between(0, 6).mix(integers().between(0, 0), 40), (u, scale) -> {
            BigInteger bounded = u.abs().bitLength() > 128 ? u.mod(BigInteger.TEN.pow(38)) : u;
            return new BigDecimal(bounded, scale);
        });
    }

    /** An independent writer: digits grouped by three in vi-VN, "," before decimals; plain as is. */
    private static String write(BigDecimal value, NumberStyle style, boolean grouped) {
        if (style == NumberStyle.PLAIN) {
            return value.toPlainString();
        }
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return dot < 0 ? out.toString() : out + "," + plain.substring(dot + 1);
    }

    private static CsvTable.Row row(String cell, NumberStyle declared) {
        return CsvTable.read(new StringReader("unit,value\n18100,\"" + cell + "\"\n"), "v.csv",
                List.of("unit", "value"), Set.of(), null, CsvTable::error, declared).rows().get(0);
    }

    private static final Pattern ENGLISH_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private static BigDecimal readOrNull(String text, NumberStyle style) {
        try {
            return Figures.parse(text, style);
        } catch (InvalidDataException e) {
            return null;
        }
    }

    @Test
    void aNumberWrittenInAStyleReadsBackTheSameInThatStyleAndIsNeverGuessedWithoutOne() {
        AtomicInteger draws = new AtomicInteger();
        AtomicInteger grouped = new AtomicInteger();
        AtomicInteger decimals = new AtomicInteger();
        AtomicInteger ambiguous = new AtomicInteger();
        AtomicInteger readUndeclared = new AtomicInteger();
        AtomicInteger zeros = new AtomicInteger();
        AtomicInteger negatives = new AtomicInteger();
        AtomicInteger manyDigits = new AtomicInteger();
        qt().withExamples(3_000).forAll(numbers(), integers().between(0, 2)).checkAssert((value, form) -> {
            NumberStyle style = form == 0 ? NumberStyle.PLAIN : NumberStyle.VI_VN;
            String text = write(value, style, form == 2);
            draws.incrementAndGet();
            grouped.addAndGet(text.indexOf('.') >= 0 && style == NumberStyle.VI_VN ? 1 : 0);
            decimals.addAndGet(value.scale() > 0 ? 1 : 0);
            zeros.addAndGet(value.signum() == 0 ? 1 : 0);
            negatives.addAndGet(value.signum() < 0 ? 1 : 0);
            manyDigits.addAndGet(value.precision() >= 20 ? 1 : 0);

            BigDecimal back = row(text, style).number("value", "18100");
            assertThat(back).as(text).isEqualTo(value); // equal with the scale written

            // no style declared: read only when no style reads it otherwise
            BigDecimal undeclared;
            try {
                undeclared = row(text, null).number("value", "18100");
            } catch (InvalidDataException e) {
                ambiguous.incrementAndGet();
                assertThat(e.getMessage()).startsWith("v.csv:2 [18100] field 'value'");
                BigDecimal vi = readOrNull(text, NumberStyle.VI_VN);
                BigDecimal plain = readOrNull(text, NumberStyle.PLAIN);
                // refused only for a reason: the styles disagree, or only vi-VN reads it
                assertThat(vi != null && (plain == null || !vi.equals(plain))).as(text).isTrue();
                assertThat(e.getMessage()).contains("--number-style vi|plain");
                return;
            }
            readUndeclared.incrementAndGet();
            assertThat(undeclared).as(text).isEqualTo(value);
            for (NumberStyle any : NumberStyle.values()) {
                BigDecimal other = readOrNull(text, any);
                assertThat(other == null || other.equals(undeclared)).as(text + " in " + any).isTrue();
            }
            assertThat(ENGLISH_GROUPS.matcher(text).matches()).as(text).isFalse();
        });
        assertThat(draws.get()).isEqualTo(3_000);
        assertThat(grouped.get()).as("vi-VN numbers with thousands groups").isGreaterThan(300);
        assertThat(decimals.get()).as("numbers with decimals").isGreaterThan(600);
        assertThat(ambiguous.get()).as("texts refused without a style").isGreaterThan(300);
        assertThat(readUndeclared.get()).as("texts read without a style").isGreaterThan(300);
        assertThat(zeros.get()).as("zeros").isGreaterThan(20);
        assertThat(negatives.get()).as("negatives").isGreaterThan(300);
        assertThat(manyDigits.get()).as("numbers of 20 to 40 digits").isGreaterThan(100);
    }

    @Test
    void theAmbiguousEdgesAreRefusedWithoutAStyle() {
        for (String text : List.of("1.000", "999.999", "1.000.000", "1,000", "-1.205", "0,5")) {
            assertThat(readOrNullUndeclared(text)).as(text).isNull();
        }
        for (String text : List.of("999", "1000", "1000000", "0.5", "0", "-0.25", "1.5")) {
            assertThat(readOrNullUndeclared(text)).as(text).isEqualTo(new BigDecimal(text));
        }
    }

    private static BigDecimal readOrNullUndeclared(String text) {
        try {
            return row(text, null).number("value", "18100");
        } catch (InvalidDataException e) {
            return null;
        }
    }
}
