package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (7) OCOP and finance: rate 100,000 council results (2,000 distinct ones, two synthetic
 * scorecards each, drawn from a fixed seed over sheets 1-25, each rated 50 times; sheet 26 scores a
 * product in one of two cases, which random answers would mix); allocate a pool over every commune of the national list by
 * points, with exact sums.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class OcopFinanceBenchmarks {

    private static final int RESULTS = 100_000;

    /** The world whose communes share the pool. */
    @org.openjdk.jmh.annotations.Param({"national"})
    public String world;

    private List<CouncilResult> results;
    private List<Claimant> claimants;
    private Vnd pool;

    /** Draws the council results and the claimants. */
    @Setup
    public void setUp() {
        SheetCatalog catalog = SheetCatalog.of(Instrument.QD_26_2026);
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            sheets.add(catalog.sheet(i));
        }
        SplittableRandom random = new SplittableRandom(7);
        List<Scorecard> distinct = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Sheet sheet = sheets.get(i % sheets.size());
            distinct.add(Scorecard.builder("SP" + i, sheet, "Member 1")
                    .chooseAll(c -> 1 + random.nextInt(c.options().size())).build());
        }
        List<CouncilResult> drawn = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            Scorecard first = distinct.get(i);
            Scorecard second = Scorecard.builder(first.product(), first.sheet(), "Member 2")
                    .chooseAll(c -> 1 + random.nextInt(c.options().size())).build();
            drawn.add(new CouncilResult(first.product(), RatingAuthority.PROVINCE, LocalDate.of(2026, 6, 20),
                    List.of(first, second)));
        }
        results = new ArrayList<>(RESULTS);
        for (int i = 0; i < RESULTS; i++) {
            results.add(drawn.get(i % drawn.size()));
        }
        claimants = new ArrayList<>();
        Worlds.get(world).snapshot().units(Level.COMMUNE).forEach(u -> claimants.add(Claimant.withPoints(
                u.code(), "synthetic points", BigDecimal.valueOf(1 + random.nextInt(200)))));
        pool = Vnd.ofMillions(9_000_000);
    }

    /** Rates every council result. */
    @Benchmark
    public void rateCouncilResults(Blackhole bh) {
        Rater rater = Rater.standard();
        for (CouncilResult r : results) {
            Rating rating = rater.rate(r);
            bh.consume(rating);
        }
    }

    /** Allocates the pool over every commune (largest remainder), exact to the dong. */
    @Benchmark
    public Allocation allocateOverCommunes() {
        return Allocation.of(pool, claimants, ApportionmentMethod.LARGEST_REMAINDER);
    }
}
