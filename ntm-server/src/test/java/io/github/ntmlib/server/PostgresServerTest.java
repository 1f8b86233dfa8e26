package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server's integration tests on PostgreSQL, when {@code NTM_PG_URL} gives a JDBC URL (with
 * {@code user} and {@code password} in it, or {@code NTM_PG_USER} / {@code NTM_PG_PASSWORD});
 * skipped without it, failed without it when {@code NTM_REQUIRE_PG=1}. The tests use a fresh
 * schema of that database ({@code currentSchema}).
 */
class PostgresServerTest extends ServerContract {

    private String adminUrl;
    private String user;
    private String password;

    @Override
    ServerConfig config() {
        String url = System.getenv("NTM_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("NTM_REQUIRE_PG"))) {
                fail("NTM_REQUIRE_PG=1 but NTM_PG_URL is not set");
            }
            Assumptions.abort("NTM_PG_URL is not set: PostgreSQL tests skipped");
        }
        String user = System.getenv("NTM_PG_USER");
        String password = System.getenv("NTM_PG_PASSWORD");
        String schema = "ntm_test_" + Long.toHexString(System.nanoTime());
        try (Connection c = user == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at NTM_PG_URL cannot be reached", e);
        }
        adminUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
        this.user = user;
        this.password = password;
        String fresh = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return ServerConfig.embedded(java.nio.file.Path.of("target")).withAddress("127.0.0.1", 0)
                .withDatabase(fresh, user, password);
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = user == null ? DriverManager.getConnection(adminUrl)
                : DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void anUnreachableDatabaseGives503ProblemsAndTheServerRecovers() throws Exception {
        String database = System.getenv("NTM_PG_URL").replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        assertThat(http.get(API + "/health", null).status()).isEqualTo(200);
        sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        try {
            sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                    + "' AND pid <> pg_backend_pid()");
            Http.Response health = http.get(API + "/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.contentType()).startsWith("application/problem+json");
            Http.Response read = http.get(API + "/batches", reader);
            assertThat(read.status()).isEqualTo(503);
            assertThat(json(read).get("detail").asText()).doesNotContain("Exception");
        } finally {
            sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        int status = 0;
        for (int i = 0; i < 50 && status != 200; i++) {
            status = http.get(API + "/batches", reader).status();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        assertThat(status).isEqualTo(200);
    }
}
