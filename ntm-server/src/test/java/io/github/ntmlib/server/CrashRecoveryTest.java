package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed with SIGKILL in the middle of a large import, then restarted on the same H2
 * file: the batch is not there at all (one transaction), the earlier state is served unchanged, and
 * a run left RUNNING by the crash is marked FAILED at start-up. The server runs in a child JVM on
 * this test's class path.
 */
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 300_000;

    @TempDir
    Path dir;

    /** A running child server. */
    record Child(Process process, String url, String token) {
    }

    static Child start(Path dir, boolean demo) throws IOException {
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            classPath = modulePath + File.pathSeparator + classPath;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath, CrashChild.class.getName(), dir.toString()));
        if (demo) {
            command.add("demo");
        }
        Path log = java.nio.file.Files.createTempFile("ntm-crash-child", ".log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String url = null;
        String token = null;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while ((url == null || token == null) && System.nanoTime() < end) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            if (line.startsWith("URL ")) {
                url = line.substring(4);
            } else if (line.startsWith("TOKEN ")) {
                token = line.substring(6);
            }
        }
        if (url == null || token == null) {
            p.destroyForcibly();
            throw new AssertionError("the child server did not start: " + java.nio.file.Files.readString(log));
        }
        // keep draining its output so that it never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // nothing
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Child(p, url, token);
    }

    static String get(Child c, String path) {
        try {
            HttpURLConnection h = (HttpURLConnection) URI.create(c.url() + path).toURL().openConnection();
            h.setRequestProperty("Authorization", "Bearer " + c.token());
            int status = h.getResponseCode();
            assertThat(status).as(path).isEqualTo(200);
            return new String(h.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long databaseSize(Path dir) throws IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static byte[] bigObservations() {
        StringBuilder b = new StringBuilder(ROWS * 40);
        b.append("unit,indicator,year,kind,value,unit_of_measure\n");
        for (int i = 0; i < ROWS; i++) {
            b.append("U").append(i).append(",1.1,2024,QUANTITY,").append(i % 1000).append(".5,km\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whatACrashLeftIsSweptAtStartUp(@TempDir Path other) throws Exception {
        try (NtmServer server = NtmServer.start(ServerConfig.embedded(other).withAddress("127.0.0.1", 0))) {
            assertThat(server.store().runs().list(0, 10).total()).isZero();
        }
        // what a killed server leaves: a run RUNNING, with no thread to finish it
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                io.github.ntmlib.server.store.Store.embeddedUrl(other));
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO evaluation_run (request, as_of, counting, requested_by, started_at, status) "
                    + "VALUES ('{}', DATE '2025-09-30', 'OFFICIAL', 'crashed', CURRENT_TIMESTAMP, 'RUNNING')");
            // and what H2 was seen to leave of a killed import: rows whose batch row is gone
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            st.executeUpdate("INSERT INTO observation (dataset, unit, indicator, data_year, kind, value_text, reporter, "
                    + "reference, batch_id, source_file, source_line) VALUES ('orphan', 'U1', '1.1', 2024, 'QUANTITY', "
                    + "'1', '', '', 999, 'big.csv', 2)");
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        try (NtmServer server = NtmServer.start(ServerConfig.embedded(other).withAddress("127.0.0.1", 0))) {
            var run = server.store().runs().list(0, 10).items().get(0);
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.problem()).contains("the server stopped before the run finished");
            assertThat(run.problemVi()).contains("máy chủ đã dừng trước khi lượt đánh giá xong");
            assertThat(run.finishedAt()).isNotNull();
            assertThat(server.store().audit(0, 10).items().toString()).contains("recover")
                    .contains("1 rows of interrupted imports or runs deleted");
            assertThat(server.store().datasets()).isEmpty();
        }
    }

    @Test
    void aServerKilledDuringAnImportServesThePreviousStateAndNoPartialBatch() throws Exception {
        Child first = start(dir, true);
        String runs;
        String summary;
        String batches;
        AtomicBoolean sent = new AtomicBoolean();
        CompletableFuture<Integer> answer;
        try {
            runs = get(first, "/api/v1/runs");
            long finished = JSON.readTree(runs).get("items").findValuesAsText("status").stream()
                    .filter("FINISHED"::equals).count();
            assertThat(finished).isEqualTo(2);
            long run = JSON.readTree(runs).get("items").get(0).get("id").asLong();
            summary = get(first, "/api/v1/runs/" + run + "/summary");
            batches = get(first, "/api/v1/batches");
            byte[] body = bigObservations();
            long before = databaseSize(dir);
            answer = CompletableFuture.supplyAsync(() -> {
                try {
                    HttpURLConnection h = (HttpURLConnection) URI.create(first.url()
                            + "/api/v1/imports?kind=observations&target=big&file=big.csv").toURL().openConnection();
                    h.setRequestMethod("POST");
                    h.setDoOutput(true);
                    h.setFixedLengthStreamingMode(body.length);
                    h.setRequestProperty("Authorization", "Bearer " + first.token());
                    h.setRequestProperty("Content-Type", "text/csv");
                    try (OutputStream out = h.getOutputStream()) {
                        out.write(body);
                    }
                    sent.set(true);
                    int status = h.getResponseCode();
                    if (status >= 300) {
                        System.err.println(new String(h.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                    }
                    return status;
                } catch (IOException e) {
                    return -1;
                }
            });
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!sent.get() && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertThat(sent.get()).as("the upload was sent").isTrue();
            // kill it once the database file grows: the batch's rows are being written, uncommitted
            long grown = before;
            while (grown < before + 1024 * 1024 && !answer.isDone() && System.nanoTime() < end) {
                Thread.sleep(2);
                grown = Math.max(grown, databaseSize(dir));
            }
            long seen = grown;
            assertThat(seen).as(() -> "the import was writing when killed; its answer: "
                    + (answer.isDone() ? answer.join() : "none")).isGreaterThanOrEqualTo(before + 1024 * 1024);
        } finally {
            first.process().destroyForcibly();
            first.process().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(answer.get(30, TimeUnit.SECONDS)).as("the import had not answered when the server was killed")
                .isEqualTo(-1);

        Child second = start(dir, false);
        try {
            assertThat(get(second, "/api/v1/health")).contains("\"database\":\"UP\"");
            // no batch of the killed import, no row of it, the same batches as before
            assertThat(get(second, "/api/v1/batches")).isEqualTo(batches);
            JsonNode datasets = JSON.readTree(get(second, "/api/v1/datasets"));
            assertThat(datasets.findValuesAsText("name")).doesNotContain("big");
            // the previous results, served unchanged
            long run = JSON.readTree(runs).get("items").get(0).get("id").asLong();
            assertThat(get(second, "/api/v1/runs/" + run + "/summary")).isEqualTo(summary);
            assertThat(get(second, "/api/v1/runs")).doesNotContain("\"RUNNING\"");
            String audit = get(second, "/api/v1/audit");
            // the killed server left its marker: the file was rebuilt from its tables before serving
            assertThat(audit).contains("the embedded database was rebuilt from its tables");
            java.util.regex.Matcher swept = java.util.regex.Pattern.compile("(\\d+) rows of interrupted").matcher(audit);
            System.out.println("crash recovery: " + (swept.find() ? swept.group(1) + " rows left by the killed import swept"
                    : "nothing left by the killed import"));
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
