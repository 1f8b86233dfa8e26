package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code ntm finance allocate --format json}: for any pool and points, every amount is a JSON integer,
 * the library's to the đồng, and they add up exactly to the pool, also for pools beyond 2^53 đồng
 * (where a JavaScript reader's doubles stop telling integers apart).
 */
class AllocationJsonPropertiesTest {

    /** 2^53: from here on a double cannot hold every integer. */
    static final long DOUBLE_EXACT = 1L << 53;

    @Test
    void theAmountsAreTheLibrarysAndAddUpToThePool() {
        AtomicInteger beyondDoubles = new AtomicInteger();
        AtomicInteger single = new AtomicInteger();
        AtomicInteger tieBreaks = new AtomicInteger();
        AtomicInteger halves = new AtomicInteger();
        Gen<Long> millions = longs().between(1, 1_000).mix(longs().between(9_000_000_000L, 20_000_000_000L));
        // points in halves: 2 is 1.0, 3 is 1.5; few values, so equal claims are frequent
        Gen<List<Integer>> points = lists().of(integers().between(0, 8)).ofSizeBetween(1, 5);
        Gen<ApportionmentMethod> methods = integers().between(0, ApportionmentMethod.values().length - 1)
                .map(i -> ApportionmentMethod.values()[i]);
        qt().withExamples(150).forAll(millions, points, methods).assuming((m, p, x) -> p.stream().anyMatch(i -> i > 0))
                .checkAssert((m, p, method) -> {
                    List<String> args = new ArrayList<>(List.of("finance", "allocate", "--pool", grouped(m) + " triệu đồng",
                            "--method", method.name()));
                    List<Claimant> claimants = new ArrayList<>();
                    for (int i = 0; i < p.size(); i++) {
                        BigDecimal half = BigDecimal.valueOf(p.get(i)).divide(BigDecimal.valueOf(2));
                        args.add("--points");
                        args.add("u" + i + "=" + half.toPlainString());
                        claimants.add(Claimant.withPoints("u" + i, "--points", half));
                        if (half.scale() > 0) {
                            halves.incrementAndGet();
                        }
                    }
                    Allocation expected = Allocation.of(Vnd.ofMillions(m), claimants, method);
                    JsonNode doc = JsonOutputTest.json(args.toArray(String[]::new));
                    long pool = doc.get("pool").asLong();
                    assertThat(pool).isEqualTo(m * 1_000_000L);
                    long sum = 0;
                    for (JsonNode s : doc.get("shares")) {
                        assertThat(s.get("amount").isIntegralNumber()).isTrue();
                        long amount = s.get("amount").asLong();
                        sum += amount;
                        assertThat(amount).isEqualTo(expected.share(s.get("unit").asText()).orElseThrow().total().dong());
                        if (s.get("decidedByTieBreak").asBoolean()) {
                            tieBreaks.incrementAndGet();
                        }
                    }
                    assertThat(doc.get("shares")).hasSize(expected.shares().size());
                    assertThat(sum).isEqualTo(pool).isEqualTo(doc.get("sum").asLong());
                    if (pool > DOUBLE_EXACT) {
                        beyondDoubles.incrementAndGet();
                    }
                    if (p.size() == 1) {
                        single.incrementAndGet();
                    }
                });
        // the generators reach pools a double cannot hold, a single unit, ties decided by the tie-break and half points
        assertThat(beyondDoubles.get()).isPositive();
        assertThat(single.get()).isPositive();
        assertThat(tieBreaks.get()).isPositive();
        assertThat(halves.get()).isPositive();
    }

    /** A whole number with vi-VN thousands separators: 1.000, 20.000.000.000. */
    static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
