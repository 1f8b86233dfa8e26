package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ntm serve}: starts on an embedded database with the Hà Tĩnh demo, prints its URL and a
 * first admin token that the API accepts; {@code ntm serve token create} makes tokens for it.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    private static int get(String url, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    /**
     * {@code ntm serve --db jdbc:postgresql://…} runs the same on PostgreSQL (when {@code NTM_PG_URL}
     * gives one: skipped without it, required with {@code NTM_REQUIRE_PG=1}, as in CI).
     */
    @Test
    void servesTheSameOnPostgresql() throws Exception {
        String jdbc = System.getenv("NTM_PG_URL");
        if (jdbc == null || jdbc.isBlank()) {
            assertThat(System.getenv("NTM_REQUIRE_PG")).as("NTM_REQUIRE_PG=1 needs NTM_PG_URL").isNotEqualTo("1");
            org.junit.jupiter.api.Assumptions.abort("NTM_PG_URL is not set: PostgreSQL skipped");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread serving = new Thread(() -> code[0] = Ntm.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--port", "0", "--db", jdbc, "--lang", "en"));
        serving.start();
        for (int i = 0; i < 900 && !out.toString().contains("Ctrl+C") && serving.isAlive(); i++) {
            Thread.sleep(100);
        }
        String printed = out.toString();
        assertThat(printed).as(err.toString()).contains("Ctrl+C");
        Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/api/v1)").matcher(printed);
        assertThat(url.find()).isTrue();
        assertThat(printed).contains(url.group(1).replace("/api/v1", "/dashboard (the dashboard)"));
        assertThat(get(url.group(1) + "/health", null)).isEqualTo(200);
        assertThat(get(url.group(1) + "/runs", null)).isEqualTo(401);
        Matcher token = Pattern.compile("(ntm_[A-Za-z0-9_-]+)").matcher(printed);
        if (token.find()) { // a database served before keeps its admin: no new token is printed
            assertThat(get(url.group(1) + "/runs", token.group(1))).isEqualTo(200);
        }
        serving.interrupt();
        serving.join(30_000);
        assertThat(code[0]).isZero();
    }

    @Test
    void servesTheDemoAndPrintsItsUrlAndAFirstAdminToken() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread serving = new Thread(() -> code[0] = Ntm.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--port", "0", "--data-dir", dir.toString()));
        serving.start();
        Matcher token = Pattern.compile("(ntm_[A-Za-z0-9_-]+)").matcher("");
        Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/api/v1)").matcher("");
        for (int i = 0; i < 600 && !out.toString().contains("Ctrl+C"); i++) {
            Thread.sleep(100);
        }
        String printed = out.toString();
        assertThat(printed).as(err.toString()).contains("Ctrl+C");
        assertThat(url.reset(printed).find()).isTrue();
        assertThat(token.reset(printed).find()).isTrue();
        assertThat(printed).contains(url.group(1).replace("/api/v1", "/dashboard (bảng điều khiển)"));
        String base = url.group(1);
        assertThat(get(base + "/health", null)).isEqualTo(200);
        assertThat(get(base + "/runs", null)).isEqualTo(401);
        assertThat(get(base + "/runs", token.group(1))).isEqualTo(200);
        serving.interrupt();
        serving.join(30_000);
        assertThat(code[0]).isZero();

        // a token made by the command is accepted by the next start, which prints no new admin token
        StringWriter created = new StringWriter();
        assertThat(Ntm.run(new PrintWriter(created, true), new PrintWriter(new StringWriter(), true), "serve", "token",
                "create", "--role", "reader", "--label", "portal", "--data-dir", dir.toString())).isZero();
        String reader = created.toString().trim();
        assertThat(reader).startsWith("ntm_");
        StringWriter again = new StringWriter();
        Thread second = new Thread(() -> Ntm.run(new PrintWriter(again, true), new PrintWriter(new StringWriter(), true),
                "serve", "--port", "0", "--no-demo", "--data-dir", dir.toString()));
        second.start();
        for (int i = 0; i < 600 && !again.toString().contains("Ctrl+C"); i++) {
            Thread.sleep(100);
        }
        assertThat(again.toString()).doesNotContain("mã truy cập quản trị đầu tiên", "first admin token");
        assertThat(url.reset(again.toString()).find()).isTrue();
        assertThat(get(url.group(1) + "/runs", reader)).isEqualTo(200);
        second.interrupt();
        second.join(30_000);
    }
}
