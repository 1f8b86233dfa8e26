package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverOutcome;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.finance.forecast.Forecast;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.UpgradeAdvice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs each embedding example the README links and checks what it prints. */
class EmbeddingExamplesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneCommune() {
        StandardResult ntm = EvaluateOneCommune.print(out);
        assertThat(ntm.criterion("4").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(ntm.criterion("2").orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(ntm.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(printed()).startsWith("Xã Tân Lộc: not met").contains("3.1: 86/100 = 86%");
    }

    @Test
    void overlay() {
        IndicatorTrace t = ProvincialOverlay.print(out);
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(t.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.OVERLAY);
        assertThat(printed()).contains("national: 3.1: 82/100 = 82%").contains("overlay:  3.1: 82/100 = 82% does not meet ≥ 85");
    }

    @Test
    void carryOverOfJuly2025() {
        List<CarryOver> strict = HaTinhCarryOver.print(CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT, out);
        assertThat(strict).extracting(CarryOver::unit).containsOnly("18409");
        assertThat(strict).extracting(CarryOver::outcome).containsOnly(CarryOverOutcome.REACKNOWLEDGEMENT_REQUIRED);
        List<CarryOver> full = HaTinhCarryOver.print(CarryOverPolicy.ALL_FULL_PREDECESSORS, out);
        assertThat(full).filteredOn(c -> c.standard().equals("commune-advanced")).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(CarryOverOutcome.CARRIED_OVER));
        assertThat(printed()).contains("Xã Hồng Lộc commune-advanced");
    }

    @Test
    void ocopScoringWithUpgradeAdvice() {
        UpgradeAdvice advice = OcopScoring.print(out);
        assertThat(advice.target()).isEqualTo(Stars.FIVE);
        assertThat(advice.changes()).singleElement().satisfies(c -> assertThat(c.criterion()).isEqualTo("1.3"));
        assertThat(printed()).contains("Bưởi Phúc Trạch");
    }

    @Test
    void disbursementForecast() {
        Forecast f = DisbursementOutlook.print(out);
        assertThat(f.isProjected()).isTrue();
        assertThat(f.projections()).hasSize(2);
        assertThat(f.projections().get(0).estimatePercent()).isBetween(40.0, 100.0);
        assertThat(f.projections().get(0).lowerPercent()).isLessThan(f.projections().get(0).upperPercent());
        assertThat(printed()).contains("an estimate, not a figure").contains("2024-12-31: about");
    }
}
