package io.github.ntmlib.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.disbursement.Deadline;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.LinePosition;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code ntm.finance-rates/1} and {@code ntm.finance-deadlines/1} are written and read back by
 * their module: any rates and positions round-trip to equal values, amounts up to the largest
 * long included; the readers refuse another schema, unknown and missing fields, values of the
 * wrong type and derived figures that are not those of the amounts, naming the JSON path.
 */
class FinanceJsonRoundTripTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 25);

    /** Amounts of every size: small, around 2^53 and up to the largest long. */
    private static final Gen<Long> DONG = longs().between(0, 1_000_000_000_000L)
            .mix(longs().between((1L << 53) - 5, (1L << 53) + 5)).mix(longs().between(Long.MAX_VALUE - 10, Long.MAX_VALUE))
            .mix(longs().between(0, 3));

    private static String write(RatesJson.Rates rates) {
        StringWriter out = new StringWriter();
        RatesJson.write(rates, out);
        return out.toString();
    }

    private static String write(DeadlinesJson.Positions positions) {
        StringWriter out = new StringWriter();
        DeadlinesJson.write(positions, out);
        return out.toString();
    }

    @Test
    void anyRatesWrittenAreReadBackEqual() {
        Gen<RateBase> bases = integers().between(0, 1).map(i -> RateBase.values()[i]);
        qt().withExamples(300).forAll(bases, lists().of(DONG).ofSize(6), booleans().all()).checkAssert((base, d, one) -> {
            Map<CapitalType, DisbursementRate> byType = new LinkedHashMap<>();
            byType.put(CapitalType.DEVELOPMENT_INVESTMENT, new DisbursementRate(2024, base, AS_OF, Vnd.ofDong(d.get(0)),
                    Vnd.ofDong(d.get(1))));
            if (one) {
                byType.put(CapitalType.RECURRENT, new DisbursementRate(2024, base, AS_OF, Vnd.ofDong(d.get(2)),
                        Vnd.ofDong(d.get(3))));
            }
            RatesJson.Rates rates = new RatesJson.Rates(byType,
                    new DisbursementRate(2024, base, AS_OF, Vnd.ofDong(d.get(4)), Vnd.ofDong(d.get(5))));
            String json = write(rates);
            RatesJson.Rates read = RatesJson.read(new StringReader(json), "rates.json");
            assertThat(read).isEqualTo(rates);
            assertThat(write(read)).isEqualTo(json);
        });
    }

    private static LinePosition position(String unit, int vintage, CapitalSource source, CapitalType type, long plan,
            long disbursed, LocalDate deadline) {
        return new LinePosition(new CapitalLine(unit, 2024, "NTM-" + vintage, source, type, vintage), AS_OF,
                Vnd.ofDong(plan), Vnd.ofDong(disbursed), new Deadline(deadline, "Luật Đầu tư công 2024, Điều 68"));
    }

    @Test
    void anyPositionsWrittenAreReadBackEqual() {
        Gen<LinePosition> lines = integers().between(0, CapitalSource.values().length - 1)
                .zip(integers().between(2020, 2024), DONG, DONG, integers().between(-400, 400),
                        (s, vintage, plan, disbursed, days) -> position(List.of("42", "436", "18001").get(s % 3), vintage,
                                CapitalSource.values()[s], CapitalType.values()[s % 2], plan, disbursed,
                                AS_OF.plusDays(days)));
        qt().withExamples(300).forAll(lists().of(lines).ofSizeBetween(0, 5)).checkAssert(list -> {
            DeadlinesJson.Positions positions = new DeadlinesJson.Positions(2024, AS_OF, list);
            String json = write(positions);
            DeadlinesJson.Positions read = DeadlinesJson.read(new StringReader(json), "deadlines.json");
            assertThat(read).isEqualTo(positions);
            assertThat(write(read)).isEqualTo(json);
        });
    }

    private static void refused(Runnable read, String field, String message) {
        assertThatThrownBy(read::run).isInstanceOf(FinanceDataException.class).hasMessageContaining(field)
                .hasMessageContaining(message);
    }

    @Test
    void theRatesReaderIsStrict() {
        Map<CapitalType, DisbursementRate> byType = Map.of(CapitalType.RECURRENT,
                new DisbursementRate(2024, RateBase.PLAN_YEAR_ONLY, AS_OF, Vnd.ofDong(45_931), Vnd.ofDong(88_228)));
        String good = write(new RatesJson.Rates(byType, new DisbursementRate(2024, RateBase.PLAN_YEAR_ONLY, AS_OF,
                Vnd.ofDong(45_931), Vnd.ofDong(88_228))));
        assertThat(good).contains("\"percent\" : \"52.06\"");
        java.util.function.Function<String, Runnable> reading = json -> () -> RatesJson.read(new StringReader(json),
                "rates.json");
        refused(reading.apply(good.replace("finance-rates/1", "finance-rates/2")), "$.schema", "expected");
        refused(reading.apply(good.replace("\"percent\" : \"52.06\"", "\"percent\" : \"52.1\"")),
                "$.types[0].rate.percent", "the amounts give percent 52.06, not 52.1");
        refused(reading.apply(good.replace("\"numerator\" : \"1997\"", "\"numerator\" : \"45931\"")),
                "$.types[0].rate.numerator", "not 45931");
        refused(reading.apply(good.replace("\"plan\" : 88228", "\"plan\" : \"88228\"")), "$.types[0].plan",
                "whole number");
        refused(reading.apply(good.replace("\"plan\" : 88228", "\"plan\" : 88228.5")), "$.types[0].plan",
                "whole number");
        refused(reading.apply(good.replace("\"plan\" : 88228", "\"plan\" : 88228, \"planned\" : 1")),
                "$.types[0].planned", "unknown field");
        refused(reading.apply(good.replace("\"RECURRENT\"", "\"CURRENT\"")), "$.types[0].type", "unknown CapitalType");
        refused(reading.apply(good.replace("\"percentDigits\" : 2", "\"percentDigits\" : 1")), "$.percentDigits",
                "2 digits");
        refused(reading.apply(good.replace("\"disbursed\" : 45931", "\"disbursed\" : -1")), "rates.json", "negative");
        refused(reading.apply(good.replace("\"plan\" : 88228", "\"plan\" : 0")), "rates.json", "zero plan");
    }

    @Test
    void theDeadlinesReaderIsStrict() {
        LinePosition past = position("18001", 2023, CapitalSource.CENTRAL_BUDGET, CapitalType.DEVELOPMENT_INVESTMENT,
                100, 40, AS_OF.minusDays(1));
        String good = write(new DeadlinesJson.Positions(2024, AS_OF, List.of(past)));
        assertThat(good).contains("\"lapsed\" : 60", "\"pastDeadline\" : true", "\"stillDisbursable\" : 0");
        java.util.function.Function<String, Runnable> reading = json -> () -> DeadlinesJson.read(new StringReader(json),
                "deadlines.json");
        refused(reading.apply(good.replace("\"lapsed\" : 60", "\"lapsed\" : 0")), "$.lines[0].lapsed",
                "give 60 đồng, not 0");
        refused(reading.apply(good.replace("\"pastDeadline\" : true", "\"pastDeadline\" : false")),
                "$.lines[0].pastDeadline", "is past");
        refused(reading.apply(good.replace("\"unit\" : \"18001\"", "\"unit\" : \"1800\"")), "deadlines.json",
                "2, 3 or 5 digits");
        refused(reading.apply(good.replace("\"basis\" :", "\"basis2\" : \"x\", \"basis\" :")), "$.lines[0].basis2",
                "unknown field");
        refused(reading.apply(good.replace("\"deadline\" : \"", "\"deadline\" : \"x")), "$.lines[0].deadline", "ISO date");
        refused(reading.apply(good.replace(", \"lines\"", ", \"line\"").replace("\"lines\"", "\"line\"")), "$.line",
                "unknown field");
        refused(reading.apply("{\"schema\" : \"ntm.finance-deadlines/1\"} []"), "deadlines.json", "");
        assertThatThrownBy(() -> new DeadlinesJson.Positions(2024, AS_OF.plusDays(1), List.of(past)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("among positions on");
    }
}
