package io.github.ntmlib.finance.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.support.CounterpartRules;
import io.github.ntmlib.finance.support.PilotModelCeilings;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 15: the finance readers' and parsers' breaches, as regression tests. */
class FinanceReaderBreachesTest {

    private static final String PLAN_HEADER = "date,decision,kind,unit,plan_year,component,source,type,vintage,amount\n";

    @Test
    void aHugeExponentInARuleTableIsATypedErrorNotAnOutOfMemory() {
        String json = "{\"table\": \"pilot-model-central-ceilings\", \"version\": \"x\", \"models\": [\n"
                + "{\"modelType\": \"T\", \"label\": \"l\", \"maxCentralShare\": 1e999999999, \"source\": \"s\"}]}";
        assertThatThrownBy(() -> PilotModelCeilings.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "ceilings.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ceilings.json:2")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void anExponentBeyondWhatBigDecimalHoldsInARuleTableIsATypedErrorNotANumberFormatException() {
        // The CI fuzz pass's crash input (kept in FinanceReadersFuzzTestInputs/pilotModelCeilingsJson).
        byte[] crash = "{\"tablalShare\": 1e9999999999999, (\"source{\"tabla9, (\"source{\"tablalS"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PilotModelCeilings.fromJson(new ByteArrayInputStream(crash), "ceilings.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ceilings.json:1")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        String json = "{\"table\": \"pilot-model-central-ceilings\", \"version\": \"x\", \"models\": [\n"
                + "{\"modelType\": \"T\", \"label\": \"l\", \"maxCentralShare\": 1e9999999999999, \"source\": \"s\"}]}";
        assertThatThrownBy(() -> PilotModelCeilings.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "ceilings.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ceilings.json:2");
    }

    @Test
    void aMultiplierWithinTheNumberLimitsThatOverflowsTheRequiredAmountIsATypedError() {
        // Found auditing the table bindings for numbers converted outside the guard: the table
        // reads 1e20 (within the limits), then check's longValueExact threw ArithmeticException.
        CounterpartRules rules = CounterpartRules.fromJson(new ByteArrayInputStream(("{\"periods\":[{\"period\":"
                + "\"2021-2025\",\"firstYear\":2021,\"lastYear\":2025,\"groups\":[{\"group\":\"G\",\"label\":\"l\","
                + "\"minimumMultiplier\":1e20}]}]}").getBytes(StandardCharsets.UTF_8)), "rules.json");
        assertThatThrownBy(() -> rules.check("42", 2024, "G", Vnd.ofMillions(1_000), Vnd.ZERO))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("42")
                .hasMessageContaining("rules.json").hasMessageContaining("range");
    }

    @Test
    void theQuadraticAmountIsABoundedTypedError() {
        String text = "1.".repeat(32_768) + "x đồng";
        assertThatThrownBy(() -> Vnd.parse(text)).isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void aMebibyteDecimalRateIsABoundedTypedError() {
        String text = "1," + "5".repeat(1 << 20) + "%";
        assertThatThrownBy(() -> Rate.parsePercent(text, NumberStyle.VI_VN)).isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void aMebibyteAmountCellInALedgerIsABoundedTypedErrorWithItsLine() {
        String csv = PLAN_HEADER + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,"
                + "1.".repeat(1 << 19) + "x đồng\n";
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(csv), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("plan.csv:2")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void anEmptyLedgerIsAnErrorAtLineOne() {
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(""), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:1");
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader("\n"), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:1");
    }

    @Test
    void extraCellsInALedgerAreAnErrorNamingLineAndColumn() {
        String csv = PLAN_HEADER + "2024-01-10,A,ALLOCATION,42,2024,NTM,CENTRAL_BUDGET,RECURRENT,,5 triệu đồng,oops\n";
        assertThatThrownBy(() -> LedgerCsv.readPlan(new StringReader(csv), "plan.csv"))
                .isInstanceOf(FinanceDataException.class).hasMessageStartingWith("plan.csv:2")
                .hasMessageContaining("column 11");
    }
}
