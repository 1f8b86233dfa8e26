package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Score on base Fraction: signs, reduction, decimals. */
class ScoreTest {

    @Test
    void aNegativeDenominatorMovesItsSignToTheNumerator() {
        Score s = Score.of(-139, -2);
        assertThat(s.isAtLeast(70)).as("-139/-2 = 69.5 is below 70").isFalse();
        assertThat(s.isAtLeast(69)).isTrue();
        assertThat(s).isEqualTo(Score.of(139, 2)).hasSameHashCodeAs(Score.of(139, 2));
        assertThat(s.toString()).isEqualTo("69.5");
        assertThat(Rater.band(s)).isEqualTo(Stars.THREE);
        assertThat(Score.of(139, -2).isAtLeast(-70)).isTrue();
        assertThat(Score.of(139, -2).isAtLeast(-69)).isFalse();
        assertThat(Score.of(139, -2).toString()).isEqualTo("-69.5");
    }

    @Test
    void scoresAreReducedAndPrintedExactly() {
        assertThat(Score.of(278, 4).fraction().numerator().intValue()).isEqualTo(139);
        assertThat(Score.of(200, 3).toString()).isEqualTo("200/3");
        assertThat(Score.of(new BigDecimal("89.990")).toString()).isEqualTo("89.99");
        assertThat(Score.of(new BigDecimal("90.00")).toString()).isEqualTo("90");
        assertThat(Score.of(Fraction.of(180, 2)).isAtLeast(90)).isTrue();
        assertThat(Score.of(0, 5).isZero()).isTrue();
        assertThat(Score.of(2, 3).plus(Score.of(1, 3))).isEqualTo(Score.of(1));
        assertThatThrownBy(() -> Score.of(1, 0)).isInstanceOf(OcopDataException.class);
    }
}
