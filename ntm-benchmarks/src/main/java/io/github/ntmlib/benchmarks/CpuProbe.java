package io.github.ntmlib.benchmarks;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.report.Tallies;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * A load-independent companion to the JMH figures on a shared machine: the mean CPU time of the
 * measuring thread per operation (what the operation costs when it has a core to itself), next to
 * wall time, the GC time of all collector threads and the bytes the thread allocated. Not a
 * replacement for JMH (no forks, no blackholes): each operation's result feeds a checksum.
 *
 * <p>Arguments: world ("national" or a number of communes), operations (evaluate, evaluateCached,
 * verdicts, verdictsCached, verdictsTallies, verdictsTalliesCached, explain, tallies, talliesOnly,
 * csv, json, limit, peer, incremental, and claims-INPUT for each input of {@link ClaimsBenchmarks}:
 * claims-seed, claims-plan-clause …; comma-separated), warm-up and measured repetitions.
 * Operations without "Cached" alternate two equal datasets, so that each one indexes its data
 * afresh; "Cached" ones judge the same dataset again and reuse its index.
 */
public final class CpuProbe {

    private CpuProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args world, operations, warm-up count, measured count
     */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "national";
        String[] ops = (args.length > 1 ? args[1] : "evaluate,explain,tallies,limit,peer").split(",");
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        World w = Worlds.get(name);
        Evaluator evaluator = w.evaluator();
        Evaluation e = evaluator.evaluate(w.request(), w.snapshot(), w.data(), w.register());
        io.github.ntmlib.core.engine.PreparedEvaluation prepared = evaluator.prepare(w.request(), w.snapshot(),
                w.data(), w.register());
        FlatChecks f = FlatChecks.of(e);
        boolean[] out = new boolean[f.size()];
        System.out.printf("world %s: %d communes, %d observations; machine load %s%n", name, w.communes(),
                w.observations().size(), load());
        for (String op : ops) {
            LongSupplier task;
            switch (op) {
                case "evaluate":
                    task = () -> evaluator.evaluate(w.request(), w.snapshot(), fresh(w), w.register()).units().size();
                    break;
                case "evaluateCached":
                    task = () -> evaluator.evaluate(w.request(), w.snapshot(), w.data(), w.register()).units().size();
                    break;
                case "verdicts":
                    task = () -> evaluator.verdicts(w.request(), w.snapshot(), fresh(w), w.register()).hashCode();
                    break;
                case "verdictsCached":
                    task = () -> prepared.verdicts().hashCode();
                    break;
                case "verdictsTallies":
                    task = () -> Tallies.of(evaluator.verdicts(w.request(), w.snapshot(), fresh(w), w.register())).all().size();
                    break;
                case "verdictsTalliesCached":
                    task = () -> Tallies.of(prepared.verdicts()).all().size();
                    break;
                case "explain":
                    task = () -> Checks.render(evaluator.evaluate(w.request(), w.snapshot(), fresh(w), w.register()),
                            Language.VIETNAMESE);
                    break;
                case "tallies":
                    task = () -> Tallies.of(evaluator.evaluate(w.request(), w.snapshot(), fresh(w), w.register())).all().size();
                    break;
                case "talliesOnly":
                    task = () -> Tallies.of(e).all().size();
                    break;
                case "csv":
                case "json":
                    LoadBenchmarks load = new LoadBenchmarks();
                    load.world = name;
                    try {
                        load.setUp();
                    } catch (java.io.IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                    task = op.equals("csv") ? () -> load.csv().observations().size()
                            : () -> load.json().observations().size();
                    break;
                case "roundTripJson":
                    // the national evaluation written in full (ntm.evaluation/3) to a file and read
                    // back as a stream; the result must equal the original (checksum: the characters)
                    task = () -> {
                        try {
                            java.nio.file.Path file = java.nio.file.Files.createTempFile("ntm-evaluation", ".json");
                            try {
                                try (java.io.Writer wr = java.nio.file.Files.newBufferedWriter(file)) {
                                    io.github.ntmlib.core.report.io.EvaluationJson.write(e, wr);
                                }
                                Evaluation back;
                                try (java.io.Reader rd = java.nio.file.Files.newBufferedReader(file)) {
                                    back = io.github.ntmlib.core.report.io.EvaluationJson.read(rd, file.toString(),
                                            e.criteriaSet(), e.snapshot());
                                }
                                if (!back.equals(e)) {
                                    throw new IllegalStateException("the evaluation read back is not the one written");
                                }
                                return java.nio.file.Files.size(file);
                            } finally {
                                java.nio.file.Files.deleteIfExists(file);
                            }
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    };
                    break;
                case "writeSummary":
                case "writeJson":
                    // the national evaluation with its trace facts, written as ntm.evaluation/3 (full or
                    // summary) to a writer that only counts characters (the size is the checksum)
                    io.github.ntmlib.core.report.io.EvaluationJson.Form form = op.equals("writeJson")
                            ? io.github.ntmlib.core.report.io.EvaluationJson.Form.FULL
                            : io.github.ntmlib.core.report.io.EvaluationJson.Form.SUMMARY;
                    task = () -> {
                        long[] chars = new long[1];
                        io.github.ntmlib.core.report.io.EvaluationJson.write(e, java.util.List.of(), form, new java.io.Writer() {
                            @Override
                            public void write(char[] cbuf, int off, int len) {
                                chars[0] += len;
                            }

                            @Override
                            public void flush() {
                            }

                            @Override
                            public void close() {
                            }
                        });
                        return chars[0];
                    };
                    break;
                case "limit":
                    task = () -> Limit.run(f, out);
                    break;
                case "peer":
                    Peer peer = Peer.of(f);
                    task = () -> peer.run(out);
                    break;
                case "claims-seed":
                case "claims-digits":
                case "claims-plan-clause":
                case "claims-no-line-end":
                case "claims-keywords":
                case "claims-next-sentence":
                case "claims-levels":
                    String text = ClaimsBenchmarks.text(op.substring("claims-".length()));
                    task = () -> ClaimsBenchmarks.scan(text);
                    break;
                case "incremental":
                    IncrementalBenchmarks inc = new IncrementalBenchmarks();
                    inc.world = name;
                    inc.setUp();
                    task = () -> inc.reevaluateOneCommune().units().size();
                    break;
                default:
                    throw new IllegalArgumentException("unknown operation " + op);
            }
            measure(op, task, op.equals("limit") || op.equals("incremental") ? warm * 200 : warm,
                    op.equals("limit") || op.equals("incremental") ? runs * 200 : runs);
        }
    }

    private static int flip;

    /** The world's two equal datasets in turn, so that each evaluation indexes its data afresh. */
    private static io.github.ntmlib.core.data.Dataset fresh(World w) {
        flip ^= 1;
        return flip == 0 ? w.data() : w.yearData();
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    private static void measure(String op, LongSupplier task, int warm, int runs) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (int i = 0; i < warm; i++) {
            sum += task.getAsLong();
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long gc0 = gcMillis();
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < runs; i++) {
            sum += task.getAsLong();
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs;
        double wall = (System.nanoTime() - wall0) / 1e6 / runs;
        double gc = (double) (gcMillis() - gc0) / runs;
        double mb = (threads.getCurrentThreadAllocatedBytes() - bytes0) / 1e6 / runs;
        System.out.printf("%-9s cpu %10.3f ms/op  wall %10.3f ms/op  gc %8.1f ms/op  alloc %8.1f MB/op  (load %s, %d"
                + " runs, checksum %d)%n", op, cpu, wall, gc, mb, load(), runs, sum);
    }
}
