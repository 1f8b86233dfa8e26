package io.github.ntmlib.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * An embedded H2 database in file mode ({@code jdbc:h2:file:<base>;...}, its data in
 * {@code <base>.mv.db}): a marker file {@code <base>.running} says a server has it open, and a
 * marker found on opening says the last server stopped without closing it (killed, power lost).
 *
 * <p>Such a file is rebuilt before it is served: H2 2.x replays its undo log on opening, but after
 * a kill during a large transaction it was seen (in CI) to keep entries of the rolled-back rows in
 * a secondary index while the table itself no longer had them, so that a query answered from that
 * index (the datasets, read from the unique key's index) listed a batch that was never committed,
 * and the start-up sweep, which scans the table, could not delete them. The rebuild writes every
 * table out with {@code SCRIPT} (which reads the tables themselves), runs the script into a new
 * file and puts that file in place of the old one with one atomic move, so every index is built
 * anew from the rows; the sweep ({@link Store#recover()}) then removes rows whose batch is gone. A
 * server killed during the rebuild leaves the old file and the marker, and the next start rebuilds
 * again. A file another process holds open is never touched: H2's file lock refuses the rebuild's
 * connection and the start fails with {@link StoreUnavailableException}.
 *
 * <p>Managed only for {@code jdbc:h2:file:} URLs without {@code AUTO_SERVER} (a file shared by
 * several processes has no single owner to leave a marker).
 */
final class EmbeddedFile {

    private static final String PREFIX = "jdbc:h2:file:";

    private final Path base;
    private final String options;

    private EmbeddedFile(Path base, String options) {
        this.base = base;
        this.options = options;
    }

    /**
     * The embedded file of a URL, if it names one the server owns.
     *
     * @param jdbcUrl the URL
     * @return the file, or empty for PostgreSQL, an in-memory or a shared (AUTO_SERVER) H2 database
     */
    static Optional<EmbeddedFile> of(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String options = semicolon < 0 ? "" : rest.substring(semicolon);
        if (path.isEmpty() || options.toUpperCase(Locale.ROOT).replace(" ", "").contains("AUTO_SERVER=TRUE")) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(new EmbeddedFile(Path.of(path).toAbsolutePath().normalize(), options));
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** The marker: present while a server has the file open. */
    Path marker() {
        return sibling(".running");
    }

    /**
     * Opens the file for a server: rebuilds it first when the last server left it open.
     *
     * @param user     the user, or {@code null}
     * @param password the password, or {@code null}
     * @return whether the file was rebuilt
     * @throws StoreUnavailableException if the file is held by another process or cannot be rebuilt
     */
    boolean open(@Nullable String user, @Nullable String password) {
        boolean rebuilt = false;
        if (Files.exists(marker()) && Files.exists(sibling(".mv.db"))) {
            rebuild(user, password);
            rebuilt = true;
        }
        try {
            Files.createDirectories(base.getParent());
            Files.writeString(marker(), "opened by process " + ProcessHandle.current().pid() + " at " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new StoreUnavailableException(e);
        }
        return rebuilt;
    }

    /** Marks the file closed (after the pool closed it). */
    void closed() {
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            // left in place: the next start rebuilds a file that was in fact closed, which is harmless
        }
    }

    private void rebuild(@Nullable String user, @Nullable String password) {
        Path script = sibling(".rebuild.sql");
        Path freshBase = sibling("-rebuild");
        Path fresh = freshBase.resolveSibling(freshBase.getFileName() + ".mv.db");
        try {
            Files.deleteIfExists(script);
            Files.deleteIfExists(fresh);
            try (Connection c = connect(PREFIX + base + options, user, password)) {
                try (PreparedStatement s = c.prepareStatement("SCRIPT TO ?")) {
                    s.setString(1, script.toString());
                    s.execute();
                }
                shutdown(c);
            }
            try (Connection c = connect(PREFIX + freshBase + options, user, password)) {
                try (PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ?")) {
                    s.setString(1, script.toString());
                    s.execute();
                }
                shutdown(c);
            }
            Files.move(fresh, sibling(".mv.db"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(script);
        } catch (SQLException e) {
            throw new StoreUnavailableException(e);
        } catch (IOException e) {
            throw new StoreUnavailableException(new UncheckedIOException(e));
        }
    }

    private static Connection connect(String url, @Nullable String user, @Nullable String password) throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    private static void shutdown(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
