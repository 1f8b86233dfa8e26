package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded load test on loopback (not part of the normal test run: its name matches none of
 * Surefire's patterns). 32 clients (ntm.load.clients) for 60 s (ntm.load.seconds) against a server
 * on a fresh H2 file with the demo loaded, mixing reads of the API and the dashboard (80 %),
 * evaluations that wait for their result (10 %) and imports of small new observation files and of
 * files already imported (10 %). Prints p50/p99 per kind, the statuses, the heap and the CPU time,
 * and fails on any 5xx or a request that got no answer. Run it once:
 *
 * <pre>mvn -pl ntm-server surefire:test@class-path -Dtest=LoadRun -DargLine=-Xmx512m</pre>
 */
class LoadRun {

    @TempDir
    static Path dir;

    private static final int CLIENTS = Integer.getInteger("ntm.load.clients", 32);
    private static final int SECONDS = Integer.getInteger("ntm.load.seconds", 60);

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    private int send(String base, String method, String path, String token, byte[] body, String type) {
        long start = System.nanoTime();
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setConnectTimeout(5_000);
            c.setReadTimeout(90_000);
            c.setRequestMethod(method);
            c.setRequestProperty("Authorization", "Bearer " + token);
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", type);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            return status;
        } catch (IOException e) {
            failures.incrementAndGet();
            return -1;
        } finally {
            String kind = method + " " + path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/{n}")
                    .replaceAll("units/[^/]+$", "units/{code}");
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - start);
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    @Test
    void load() throws Exception {
        try (DemoServer demo = new DemoServer(dir, false)) {
            String base = demo.url();
            String token = demo.admin;
            List<Long> runs = demo.runs;
            Map<Long, List<String>> units = new java.util.HashMap<>();
            for (long run : runs) {
                units.put(run, demo.server.store().runs().evaluation(run).units().stream().map(u -> u.unit()).toList());
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong maxHeap = new AtomicLong();
            long cpuBefore = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            AtomicInteger imports = new AtomicInteger();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Thread t = new Thread(() -> {
                    Random random = new Random(client);
                    try {
                        while (System.nanoTime() < deadline) {
                            int pick = random.nextInt(100);
                            long run = runs.get(random.nextInt(runs.size()));
                            if (pick < 15) {
                                send(base, "GET", "/api/v1/runs", token, null, null);
                            } else if (pick < 30) {
                                send(base, "GET", "/api/v1/runs/" + run + "/summary", token, null, null);
                            } else if (pick < 45) {
                                send(base, "GET", "/api/v1/runs/" + run + "/units/" + units.get(run).get(random.nextInt(units.get(run).size()))
                                        + "?lang=vi", token, null, null);
                            } else if (pick < 55) {
                                send(base, "GET", "/api/v1/runs/" + run + "/tallies?limit=50", token, null, null);
                            } else if (pick < 62) {
                                send(base, "GET", "/api/v1/comparisons?from=" + runs.get(0) + "&to=" + runs.get(1), token,
                                        null, null);
                            } else if (pick < 80) {
                                send(base, "GET", "/dashboard/runs/" + run, token, null, null);
                            } else if (pick < 90) {
                                String body = "{\"hierarchy\":\"ha_tinh\",\"dataset\":\"ha_tinh-2025\",\"asOf\":\"2025-09-30\"}";
                                send(base, "POST", "/api/v1/runs?wait=60000", token,
                                        body.getBytes(StandardCharsets.UTF_8), "application/json");
                            } else {
                                int n = random.nextInt(4) == 0 ? 0 : imports.incrementAndGet();
                                StringBuilder csv = new StringBuilder("unit,indicator,year,kind,value,unit_of_measure\n");
                                for (int r = 0; r < 50; r++) {
                                    csv.append("L").append(n).append('-').append(r).append(",1.1,2024,QUANTITY,")
                                            .append(r).append(".5,km\n");
                                }
                                send(base, "POST", "/api/v1/imports?kind=observations&target=load-" + client + "&file=load-"
                                        + n + ".csv", token, csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, "load-" + i);
                t.setDaemon(true);
                t.start();
            }
            while (done.getCount() > 0) {
                maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.sleep(250);
            }
            long cpuAfter = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            StringBuilder report = new StringBuilder();
            report.append(String.format("load: %d clients, %d s, loopback, H2 file; JVM max heap %d MB%n", CLIENTS, SECONDS,
                    memory.getHeapMemoryUsage().getMax() >> 20));
            long total = 0;
            for (var e : new TreeMap<>(latencies).entrySet()) {
                List<Long> sorted = new ArrayList<>(e.getValue());
                Collections.sort(sorted);
                total += sorted.size();
                report.append(String.format("  %-42s n=%6d  p50=%7.1f ms  p99=%7.1f ms  max=%7.1f ms%n", e.getKey(),
                        sorted.size(), percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                        sorted.get(sorted.size() - 1) / 1e6));
            }
            report.append(String.format("  requests %d (%.0f/s), statuses %s, no answer %d%n", total, (double) total / SECONDS,
                    new TreeMap<>(statuses), failures.get()));
            report.append(String.format("  heap: max used %d MB during, %d MB after GC; CPU time %.1f s over %d s "
                    + "(server and clients, one JVM); load average %s%n", maxHeap.get() >> 20, heapAfter >> 20,
                    (cpuAfter - cpuBefore) / 1000.0, SECONDS, Files.readString(Path.of("/proc/loadavg")).trim()));
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-run.txt"), report);
            assertThat(failures.get()).as("requests with no answer").isZero();
            assertThat(statuses.keySet()).as("statuses").allMatch(s -> s < 500);
        }
    }
}
