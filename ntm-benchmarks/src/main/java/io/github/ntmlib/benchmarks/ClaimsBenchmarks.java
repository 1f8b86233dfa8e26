package io.github.ntmlib.benchmarks;

import io.github.ntmlib.claims.Claim;
import io.github.ntmlib.claims.LineIndex;
import io.github.ntmlib.claims.ReportClaims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (10) ntm check-report's scan: the claims of a 1 MiB report text and the line of each (what the
 * command does before printing). Inputs: the seed report repeated to 1 MiB (a real report's mix of
 * claims), and the texts that were time breaches in issue 24 or are a recogniser's worst case, each
 * repeated to 1 MiB: a run of digits, a plan clause, ratios with breakdowns and no line end, breakdown
 * keywords, breakdowns whose parts run into the next sentence, changes between two levels.
 *
 * <p>The seed is read from {@code ntm-core/src/test/resources/seed/} (the system property
 * {@code ntm.seed} overrides the path); run from the repository root or the module's directory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ClaimsBenchmarks {

    /** The size of every input text, in characters. */
    static final int SIZE = 1 << 20;

    /** The input: seed, digits, plan-clause, no-line-end, keywords, next-sentence, levels. */
    @Param({"seed", "digits", "plan-clause", "no-line-end", "keywords", "next-sentence", "levels"})
    public String input;

    private String text;

    /** Builds the input text. */
    @Setup
    public void setUp() {
        text = text(input);
    }

    /**
     * Scans the text and finds the line of every claim.
     *
     * @return a checksum of the claims' lines and the totals checked
     */
    @Benchmark
    public long scan() {
        return scan(text);
    }

    static long scan(String text) {
        ReportClaims.Result result = ReportClaims.scan(text);
        LineIndex lines = LineIndex.of(text);
        long sum = result.sums().size() + result.amounts().size();
        for (Claim c : result.claims()) {
            sum += lines.line(c.offset());
        }
        return sum;
    }

    /** The input text of one kind, 1 MiB. */
    static String text(String input) {
        String unit = switch (input) {
            case "seed" -> seed();
            case "digits" -> "1234567890";
            case "plan-clause" -> "có 15 xã, đạt 75% KH, ";
            case "no-line-end" -> "Có 69/169 xã đạt chuẩn (đạt 40,8%), trong đó 4/10 xã (đạt 40%), 6/10 xã (đạt 60%); ";
            case "keywords" -> "trong đó gồm bao gồm Trong đó, Cụ thể, Trong số 5 xã, có 1 xã ";
            case "next-sentence" -> "Tỉnh có 5 xã đạt chuẩn.\n\nTrong đó, có 3 xã năm 2020. 2 xã khác năm 2019. ";
            case "levels" -> "Số xã tăng từ 12 xã lên 18 xã (tăng 50%); có 100 xã, tăng 6 xã (6,4%). ";
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
        StringBuilder b = new StringBuilder(SIZE + unit.length());
        while (b.length() < SIZE) {
            b.append(unit);
        }
        b.setLength(SIZE);
        return b.toString();
    }

    private static String seed() {
        Path path = Path.of(System.getProperty("ntm.seed", "ntm-core/src/test/resources/seed/ha-tinh-ntm-2024-report.txt"));
        if (!Files.exists(path)) {
            path = Path.of("..").resolve(path);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("the seed report (set -Dntm.seed=PATH)", e);
        }
    }
}
