package io.github.ntmlib.finance.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.finance.money.Vnd;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The two money rules of the support checks against integer arithmetic: the counterpart minimum
 * is ⌈multiplier × central⌉ đồng and is met when local capital reaches it; the pilot-model ceiling
 * is ⌊share × cost⌋ đồng and is kept when central support does not pass it. The generators put
 * the amount checked within two đồng of the limit in most draws, and the tests count how often
 * they hit it exactly.
 */
class SupportPropertyTest {

    private static final int DRAWS = 1_000;

    /** Multipliers in hundredths: 0, 0.3, 1.0, 1.5 and 2.37. */
    private static final int[] HUNDREDTHS = {0, 30, 100, 150, 237};

    private static CounterpartRules rules(int hundredths) {
        String multiplier = BigInteger.valueOf(hundredths).toString() + "e-2";
        return CounterpartRules.fromJson(new ByteArrayInputStream(("{\"periods\":[{\"period\":\"2021-2025\","
                + "\"firstYear\":2021,\"lastYear\":2025,\"groups\":[{\"group\":\"G\",\"label\":\"nhóm G\","
                + "\"minimumMultiplier\":" + multiplier + "}]}]}").getBytes(StandardCharsets.UTF_8)), "rules.json");
    }

    private static long ceilDiv(BigInteger numerator, long denominator) {
        BigInteger[] qr = numerator.divideAndRemainder(BigInteger.valueOf(denominator));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    @Test
    void theCounterpartMinimumIsTheMultipleRoundedUpAndIsMetFromExactlyThatAmount() {
        CounterpartRules[] tables = new CounterpartRules[HUNDREDTHS.length];
        for (int i = 0; i < HUNDREDTHS.length; i++) {
            tables[i] = rules(HUNDREDTHS[i]);
        }
        AtomicInteger exactlyMet = new AtomicInteger();
        AtomicInteger oneShort = new AtomicInteger();
        AtomicInteger roundedUp = new AtomicInteger();
        qt().withExamples(DRAWS).forAll(integers().between(0, HUNDREDTHS.length - 1), longs().between(0, 1_000_000_000_000L),
                integers().between(-2, 2), longs().between(0, 1_000_000_000_000L))
                .checkAssert((m, central, delta, free) -> {
                    long required = ceilDiv(BigInteger.valueOf(central).multiply(BigInteger.valueOf(HUNDREDTHS[m])), 100);
                    // Four draws in five put local capital within two đồng of the minimum.
                    long local = free % 5 == 0 ? free : Math.max(0, required + delta);
                    CounterpartCheck check = tables[m].check("42", 2023, "G", Vnd.ofDong(central), Vnd.ofDong(local));
                    assertThat(check.required()).isEqualTo(Vnd.ofDong(required));
                    assertThat(check.satisfied()).isEqualTo(local >= required);
                    assertThat(check.shortfall()).isEqualTo(Vnd.ofDong(Math.max(0, required - local)));
                    if (local == required && required > 0) {
                        exactlyMet.incrementAndGet();
                    }
                    if (local == required - 1) {
                        oneShort.incrementAndGet();
                    }
                    if (BigInteger.valueOf(required).multiply(BigInteger.valueOf(100))
                            .compareTo(BigInteger.valueOf(central).multiply(BigInteger.valueOf(HUNDREDTHS[m]))) > 0) {
                        roundedUp.incrementAndGet();
                    }
                });
        assertThat(exactlyMet.get()).as("draws meeting the minimum exactly").isGreaterThan(DRAWS / 10);
        assertThat(oneShort.get()).as("draws one đồng short").isGreaterThan(DRAWS / 10);
        assertThat(roundedUp.get()).as("draws whose minimum was rounded up").isGreaterThan(DRAWS / 10);
    }

    @Test
    void thePilotCeilingIsTheShareRoundedDownAndIsKeptUpToExactlyThatAmount() {
        AtomicInteger atTheCeiling = new AtomicInteger();
        AtomicInteger oneOver = new AtomicInteger();
        qt().withExamples(DRAWS).forAll(integers().between(0, 100), longs().between(1, 1_000_000_000_000L),
                integers().between(-2, 2)).checkAssert((percent, cost, delta) -> {
                    PilotModelCeilings table = PilotModelCeilings.fromJson(new ByteArrayInputStream(("{\"models\":[{"
                            + "\"modelType\":\"T\",\"maxCentralShare\":" + percent + "e-2}]}")
                            .getBytes(StandardCharsets.UTF_8)), "ceilings.json");
                    long ceiling = BigInteger.valueOf(cost).multiply(BigInteger.valueOf(percent))
                            .divide(BigInteger.valueOf(100)).longValueExact();
                    long central = Math.max(0, ceiling + delta);
                    CeilingCheck check = table.check("m", "T", Vnd.ofDong(cost), Vnd.ofDong(central));
                    assertThat(check.maxCentral()).isEqualTo(Vnd.ofDong(ceiling));
                    // Kept exactly when 100 × central ≤ percent × cost, read in whole đồng.
                    assertThat(check.withinCeiling()).isEqualTo(central <= ceiling);
                    assertThat(check.excess()).isEqualTo(Vnd.ofDong(Math.max(0, central - ceiling)));
                    if (central == ceiling) {
                        atTheCeiling.incrementAndGet();
                    }
                    if (central == ceiling + 1) {
                        oneOver.incrementAndGet();
                    }
                });
        assertThat(atTheCeiling.get()).as("draws exactly at the ceiling").isGreaterThan(DRAWS / 10);
        assertThat(oneOver.get()).as("draws one đồng over").isGreaterThan(DRAWS / 10);
    }
}
