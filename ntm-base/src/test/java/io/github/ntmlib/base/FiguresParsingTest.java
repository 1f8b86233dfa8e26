package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one number formatter of ntm: strict vi-VN and plain number text, read and printed. */
class FiguresParsingTest {

    @Test
    void readsBothStylesStrictly() {
        assertThat(Figures.parse("411.626", NumberStyle.VI_VN)).isEqualByComparingTo("411626");
        assertThat(Figures.parse("46,372", NumberStyle.VI_VN)).isEqualByComparingTo("46.372");
        assertThat(Figures.parse("2024", NumberStyle.VI_VN)).isEqualByComparingTo("2024");
        assertThat(Figures.parse("-1.234,50", NumberStyle.VI_VN)).isEqualTo(new BigDecimal("-1234.50"));
        assertThat(Figures.parse("46.372", NumberStyle.PLAIN)).isEqualByComparingTo("46.372");
        assertThat(Figures.parse("\u00a0411.626\u202f", NumberStyle.VI_VN)).isEqualByComparingTo("411626");
        assertThatThrownBy(() -> Figures.parse("1.2.3", NumberStyle.VI_VN, SourcePosition.of("a.csv", 4), "42",
                "amount")).isInstanceOf(InvalidDataException.class).hasMessageStartingWith("a.csv:4 [42] field 'amount'")
                .hasMessageContaining("exactly three digits");
        assertThatThrownBy(() -> Figures.parse("1,234,567", NumberStyle.VI_VN))
                .hasMessageContaining("thousands position");
        assertThatThrownBy(() -> Figures.parse("411\u00a0626", NumberStyle.VI_VN))
                .isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> Figures.parse("1,5", NumberStyle.PLAIN)).isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> Figures.parse(null, NumberStyle.PLAIN)).isInstanceOf(InvalidDataException.class);
    }

    @Test
    void spacesAreNormalised() {
        assertThat(Figures.normalizeSpaces(" 411.626\u00a0\u00a0triệu\u202fđồng\t")).isEqualTo("411.626 triệu đồng");
        assertThat(Figures.isSpace('\u00a0')).isTrue();
        assertThat(Figures.isSpace('\u202f')).isTrue();
        assertThat(Figures.isSpace('.')).isFalse();
    }

    /** format then parse is the identity, in both styles, for any sign, size and scale. */
    @Test
    void formatThenParseIsTheIdentity() {
        AtomicInteger grouped = new AtomicInteger();
        AtomicInteger draws = new AtomicInteger();
        qt().withExamples(2_000).forAll(longs().between(-999_999, 999_999).mix(longs().all()), integers().between(0, 9)).checkAssert((unscaled, scale) -> {
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            String vi = Figures.format(value, NumberStyle.VI_VN);
            draws.incrementAndGet();
            if (vi.contains(".")) {
                grouped.incrementAndGet();
            }
            assertThat(Figures.parse(vi, NumberStyle.VI_VN)).isEqualTo(value);
            assertThat(Figures.parse(Figures.format(value, NumberStyle.PLAIN), NumberStyle.PLAIN)).isEqualTo(value);
        });
        // The generator reaches grouped thousands and ungrouped numbers alike.
        assertThat(grouped.get()).isBetween(draws.get() / 10, draws.get() * 99 / 100);
    }
}
