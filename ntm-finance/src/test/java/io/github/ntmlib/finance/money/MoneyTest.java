package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.Figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void seedDisbursementRatesAreReproducedFromTheirParts() {
        // Seed report, section 6.3: disbursed / plan in million VND as of 25 Feb 2025.
        Rate total = Rate.of(Vnd.parse("411.626 triệu đồng"), Vnd.parse("593.139 triệu đồng"));
        Rate investment = Rate.of(Vnd.parse("365.695 triệu đồng"), Vnd.parse("504.912 triệu đồng"));
        Rate recurrent = Rate.of(Vnd.parse("45.931 triệu đồng"), Vnd.parse("88.228 triệu đồng"));

        assertThat(total.format(1, NumberStyle.VI_VN)).isEqualTo("69,4%");
        assertThat(total.format(1, NumberStyle.PLAIN)).isEqualTo("69.4%");
        assertThat(investment.format(2, NumberStyle.VI_VN)).isEqualTo("72,43%");
        assertThat(recurrent.format(2, NumberStyle.VI_VN)).isEqualTo("52,06%");
        // Half-up at the printed scale, not truncation (52.0587... would truncate to 52.05).
        assertThat(recurrent.percent(4)).isEqualByComparingTo("52.0594");
    }

    @Test
    void seedSubTotalMismatchesAreWarningsAndTheReportedFigureIsKept() {
        TotalCheck plan = new TotalCheck("NTM plan 2024", Vnd.ofMillions(593_139),
                List.of(Vnd.ofMillions(504_912), Vnd.ofMillions(88_228)), ReportUnit.MILLION);
        assertThat(plan.matches()).isFalse();
        assertThat(plan.reported()).isEqualTo(Vnd.ofMillions(593_139));
        assertThat(plan.recomputed()).isEqualTo(Vnd.ofMillions(593_140));
        assertThat(plan.warning()).hasValueSatisfying(w -> assertThat(w.message())
                .contains("593.139 triệu đồng").contains("593.140 triệu đồng"));

        TotalCheck sponsorship = new TotalCheck("Sponsorship 2024", Vnd.parse("46,372 tỷ đồng"),
                List.of(Vnd.parse("388 triệu đồng"), Vnd.parse("45,985 tỷ đồng")), ReportUnit.BILLION);
        assertThat(sponsorship.difference()).isEqualTo(Vnd.ofMillions(1));
        assertThat(sponsorship.warning()).hasValueSatisfying(w -> assertThat(w.message())
                .contains("46,372 tỷ đồng").contains("46,373 tỷ đồng"));

        TotalCheck consistent = new TotalCheck("disbursed", Vnd.ofMillions(411_626),
                List.of(Vnd.ofMillions(365_695), Vnd.ofMillions(45_931)), ReportUnit.MILLION);
        assertThat(consistent.warning()).isEmpty();
    }

    @Test
    void parsesAndPrintsBothForms() {
        assertThat(Vnd.parse("411.626 triệu đồng")).isEqualTo(Vnd.ofDong(411_626_000_000L));
        assertThat(Vnd.parse("46,372 tỷ đồng")).isEqualTo(Vnd.ofDong(46_372_000_000L));
        assertThat(Vnd.parse("46,372 TY DONG")).isEqualTo(Vnd.ofDong(46_372_000_000L));
        assertThat(Vnd.parse("46,372 tỉ đồng")).isEqualTo(Vnd.ofDong(46_372_000_000L));
        assertThat(Vnd.parse("388 triệu")).isEqualTo(Vnd.ofMillions(388));
        assertThat(Vnd.parse("1.500 VNĐ")).isEqualTo(Vnd.ofDong(1_500));
        assertThat(Vnd.parse("411626", NumberStyle.PLAIN, ReportUnit.MILLION)).isEqualTo(Vnd.ofMillions(411_626));
        assertThat(Vnd.ofMillions(411_626).format(ReportUnit.MILLION, NumberStyle.VI_VN))
                .isEqualTo("411.626 triệu đồng");
        assertThat(Vnd.ofMillions(46_372).format(ReportUnit.BILLION, 3, NumberStyle.VI_VN))
                .isEqualTo("46,372 tỷ đồng");
        assertThat(Vnd.ofMillions(411_626).format(ReportUnit.MILLION, NumberStyle.PLAIN)).isEqualTo("411626");
        assertThat(Vnd.ofDong(1_234_567).format(ReportUnit.MILLION, 1, NumberStyle.VI_VN))
                .isEqualTo("1,2 triệu đồng");
        assertThat(Vnd.ofDong(-1_250_000).format(ReportUnit.MILLION, 1, NumberStyle.PLAIN)).isEqualTo("-1.3");
        assertThat(Figures.parse("231,487", NumberStyle.VI_VN)).isEqualByComparingTo("231.487");
        assertThat(Figures.parse("2024", NumberStyle.VI_VN)).isEqualByComparingTo("2024");
    }

    @Test
    void malformedNumbersAreTypedErrorsNamingTheField() {
        assertThatThrownBy(() -> Figures.parse("1.2.3", NumberStyle.VI_VN, SourcePosition.of("plan.csv", 7),
                "42", "plan")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("plan.csv:7").hasMessageContaining("[42]").hasMessageContaining("'plan'")
                .hasMessageContaining("exactly three digits");
        assertThatThrownBy(() -> Figures.parse("1,234,567", NumberStyle.VI_VN))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("thousands position");
        assertThatThrownBy(() -> Figures.parse("1,234.5", NumberStyle.VI_VN))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("thousands position");
        assertThatThrownBy(() -> Figures.parse("1.234,5", NumberStyle.PLAIN))
                .isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> Figures.parse("", NumberStyle.VI_VN)).isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> Figures.parse("12 345", NumberStyle.VI_VN))
                .isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> Vnd.parse("1.2.3 triệu đồng")).isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> Vnd.parse("411.626")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("no unit");
        assertThatThrownBy(() -> Vnd.parse("411.626 đô la")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("not a unit");
        assertThatThrownBy(() -> Vnd.parse("0,5 đồng")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("whole number of đồng");
        assertThatThrownBy(() -> Vnd.parse(null)).isInstanceOf(FinanceDataException.class);
    }

    @Test
    void ratesRejectABadBaseAndCompareExactly() {
        assertThatThrownBy(() -> Rate.of(1, 0)).isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> Rate.of(-1, 3)).isInstanceOf(FinanceDataException.class);
        assertThat(Rate.of(69, 169).isAtLeast(Rate.of(40, 100))).isTrue();
        assertThat(Rate.of(2, 4)).isEqualTo(Rate.of(1, 2)).hasSameHashCodeAs(Rate.of(1, 2));
        assertThat(Rate.of(new BigDecimal("231.487"), new BigDecimal("301.86")).format(0, NumberStyle.VI_VN))
                .isEqualTo("77%");
    }

    @Test
    void printedRatesAreCheckedAgainstTheirParts() {
        Rate total = Rate.of(Vnd.ofMillions(411_626), Vnd.ofMillions(593_139));
        assertThat(total.checkPrinted("NTM 2024", "69,4%", NumberStyle.VI_VN)).isEmpty();
        assertThat(Rate.of(45_931, 88_228).checkPrinted("sự nghiệp", "52,06%", NumberStyle.VI_VN)).isEmpty();
        assertThat(Rate.of(45_931, 88_228).checkPrinted("sự nghiệp", "52,05%", NumberStyle.VI_VN))
                .hasValueSatisfying(w -> assertThat(w.message()).contains("52,05%").contains("52,06%"));
        assertThat(total.checkPrinted("NTM 2024", "69.4%", NumberStyle.PLAIN)).isEmpty();
    }

    @Test
    void printedPercentagesAreExactRates() {
        assertThat(Rate.parsePercent("69,4%", NumberStyle.VI_VN)).isEqualTo(Rate.of(347, 500));
        assertThat(Rate.parsePercent("52.06%", NumberStyle.PLAIN)).isEqualTo(Rate.of(5206, 10_000));
        assertThatThrownBy(() -> Rate.parsePercent("69,4", NumberStyle.VI_VN))
                .isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> Rate.parsePercent("6,9,4%", NumberStyle.VI_VN))
                .isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> Rate.parsePercent("-1%", NumberStyle.PLAIN))
                .isInstanceOf(FinanceDataException.class);
    }

}
