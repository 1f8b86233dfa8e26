package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.report.io.EvaluationJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The national evaluation through its JSON document under a small heap (run with {@code
 * -Xmx512m}): written in full to a file, read back as a stream, and written again; the two texts
 * must be the same (SHA-256), and, when the heap holds both, the evaluation read back must equal
 * the original. Prints sizes, CPU and wall time of each step and the heap in use after each.
 *
 * <p>Arguments: world ("national" or a number of communes), then "equals" to also hold both
 * evaluations and compare them with {@code equals}.
 */
public final class EvaluationJsonProbe {

    private EvaluationJsonProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args world, and optionally "equals"
     * @throws IOException when the temporary file fails
     */
    public static void main(String[] args) throws IOException {
        String name = args.length > 0 ? args[0] : "national";
        boolean compare = args.length > 1 && args[1].equals("equals");
        Path file = Files.createTempFile("ntm-evaluation", ".json");
        try {
            World w = Worlds.get(name);
            Evaluation e = w.evaluator().evaluate(w.request(), w.snapshot(), w.data(), w.register());
            CriteriaSet set = e.criteriaSet();
            Snapshot snapshot = e.snapshot();
            System.out.printf("world %s: %d units; heap in use %d MB%n", name, e.units().size(), heap());
            long[] t = start();
            String first;
            try (OutputStream out = Files.newOutputStream(file)) {
                first = write(e, out, EvaluationJson.Form.FULL);
            }
            report("write full", t, Files.size(file));
            t = start();
            long[] count = new long[1];
            String summary = write(e, new OutputStream() {
                @Override
                public void write(int b) {
                    count[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    count[0] += len;
                }
            }, EvaluationJson.Form.SUMMARY);
            report("write summary", t, count[0]);
            System.out.printf("summary sha-256 %s%n", summary);
            if (!compare) {
                w = null;
                e = null;
            }
            t = start();
            Evaluation back;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                back = EvaluationJson.read(in, file.toString(), set, snapshot);
            }
            report("read full", t, Files.size(file));
            String again = write(back, OutputStream.nullOutputStream(), EvaluationJson.Form.FULL);
            System.out.printf("written again: %s (%s)%n", again.equals(first) ? "same text" : "DIFFERENT TEXT", again);
            if (compare) {
                System.out.printf("read back equals the original: %s%n", back.equals(e));
            }
            if (!again.equals(first) || compare && !back.equals(e)) {
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String write(Evaluation e, OutputStream out, EvaluationJson.Form form) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, sha),
                    StandardCharsets.UTF_8), 1 << 16);
            EvaluationJson.write(e, List.of(), form, writer);
            writer.flush();
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long[] start() {
        return new long[] {THREADS.getCurrentThreadCpuTime(), System.nanoTime()};
    }

    private static void report(String step, long[] start, long bytes) {
        double cpu = (THREADS.getCurrentThreadCpuTime() - start[0]) / 1e9;
        double wall = (System.nanoTime() - start[1]) / 1e9;
        System.out.printf("%-14s cpu %6.2f s  wall %6.2f s%s  heap in use after GC %d MB%n", step, cpu, wall,
                bytes < 0 ? "" : String.format("  %,d bytes", bytes), heap());
    }

    private static long heap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
