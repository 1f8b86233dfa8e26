package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The server's integration tests on PostgreSQL, when {@code NTM_PG_URL} gives a JDBC URL (with
 * {@code user} and {@code password} in it, or {@code NTM_PG_USER} / {@code NTM_PG_PASSWORD});
 * skipped without it, failed without it when {@code NTM_REQUIRE_PG=1}. The tests use a fresh
 * schema of that database ({@code currentSchema}).
 */
class PostgresServerTest extends ServerContract {

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
        String fresh = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return ServerConfig.embedded(java.nio.file.Path.of("target")).withAddress("127.0.0.1", 0)
                .withDatabase(fresh, user, password);
    }
}
