package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link Figures#parseUndeclared}: one scan that reads a plain number no vi-VN
 * reading can take for another, and hands every other text to the slow path ({@code null}). Its
 * answers are pinned here: the slow path would give the same values, so a fast path that declined
 * too much would pass every other test while costing a pattern match per cell of a large file.
 */
class UndeclaredFastPathTest {

    @Test
    void aPlainNumberNoVietnameseReadingTakesIsReadInOneScan() {
        String[] plain = {"0", "9", "1205", "-1205", "61.5", "-61.5", "0.125", "-0.125", "1234.567", "12.3456",
            "1.2345", "12.34", "1.2", "09.999", "1000000"};
        for (String text : plain) {
            assertThat(Figures.plainAndUnambiguous(text)).as(text).isEqualTo(new BigDecimal(text));
        }
        // 64 characters, 40 significant digits, exponent -23: within every number bound
        String longest = "0." + "0".repeat(22) + "1234567890".repeat(4);
        assertThat(longest).hasSize(io.github.ntmlib.base.internal.Limits.NUMBER_TEXT);
        assertThat(Figures.plainAndUnambiguous(longest)).isEqualTo(new BigDecimal(longest));
    }

    @Test
    void everyOtherTextIsLeftToTheSlowPath() {
        String[] other = {"1.205", "-1.205", "999.999", "12.345", "1,5", "1,205", "", "-", ".5", "-.5", "5.", "1.2.3",
            "1e5", "1/2", "1:2", "+5", " 5", "5 ", "１２", "1" + "0".repeat(io.github.ntmlib.base.internal.Limits.NUMBER_TEXT)};
        for (String text : other) {
            assertThat(Figures.plainAndUnambiguous(text)).as(text).isNull();
        }
        assertThat(Figures.plainAndUnambiguous(null)).isNull();
    }

    @Test
    void theSlowPathNamesWhyAReadingDependsOnTheStyle() {
        SourcePosition at = SourcePosition.of("v.csv", 4);
        assertThatThrownBy(() -> Figures.parseUndeclared("1.205", at, "18001", "value"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("in vi-VN and in plain form");
        assertThatThrownBy(() -> Figures.parseUndeclared("1,205", at, "18001", "value"))
                .hasMessageContaining("in vi-VN and in English");
        assertThatThrownBy(() -> Figures.parseUndeclared("1,5", at, "18001", "value"))
                .hasMessageContaining("is written in vi-VN style");
        assertThat(Figures.parseUndeclared("1234.567", at, "18001", "value")).isEqualTo(new BigDecimal("1234.567"));
        assertThatThrownBy(() -> Figures.parseUndeclared("1 205", at, "18001", "value"))
                .hasMessageContaining("not a number in plain form");
    }
}
