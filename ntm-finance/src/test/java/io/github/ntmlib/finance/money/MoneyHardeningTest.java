package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.NumberStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, finance: overflow is a typed error; no-break spaces stand where a space may. */
class MoneyHardeningTest {

    @Test
    void overflowIsATypedErrorNotABareArithmeticException() {
        Vnd max = Vnd.ofDong(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Vnd.ofDong(1))).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> Vnd.ofDong(Long.MIN_VALUE).minus(Vnd.ofDong(1)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("overflow");
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> Vnd.sum(List.of(max, Vnd.ofDong(1)))).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> Vnd.ofMillions(Long.MAX_VALUE / 10)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("overflow");
        // The largest amounts that fit are still exact.
        assertThat(max.minus(Vnd.ofDong(1)).plus(Vnd.ofDong(1))).isEqualTo(max);
        assertThat(Vnd.ofMillions(Long.MAX_VALUE / 1_000_000).dong()).isEqualTo(Long.MAX_VALUE / 1_000_000 * 1_000_000);
    }

    @Test
    void noBreakAndNarrowNoBreakSpacesStandWhereASpaceMay() {
        Vnd expected = Vnd.ofMillions(411_626);
        assertThat(Vnd.parse("411.626\u00a0triệu đồng")).isEqualTo(expected);
        assertThat(Vnd.parse("411.626\u202ftriệu\u00a0đồng")).isEqualTo(expected);
        assertThat(Vnd.parse("\u00a0411.626 triệu\u202fđồng\u00a0")).isEqualTo(expected);
        assertThat(ReportUnit.fromLabel("triệu\u00a0đồng")).contains(ReportUnit.MILLION);
        assertThat(Rate.parsePercent("69,4\u00a0%", NumberStyle.VI_VN)).isEqualTo(Rate.of(347, 500));
        // A no-break space is still not a digit separator.
        assertThatThrownBy(() -> Vnd.parse("411\u00a0626 triệu đồng")).isInstanceOf(InvalidDataException.class);
    }
}
