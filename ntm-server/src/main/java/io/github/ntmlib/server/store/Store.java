package io.github.ntmlib.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.io.LocalityJson;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;

/**
 * The server's database: a HikariCP pool, the schema brought up to date by Flyway on opening, and
 * every query through Jdbi with bound parameters (never text spliced into SQL). Embedded H2 in
 * file mode by default ({@link #embeddedUrl(Path)}), PostgreSQL by its JDBC URL. A database that
 * cannot be reached gives {@link StoreUnavailableException}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Store implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Importer importer;
    private final Runs runs;
    private final Tokens tokens;
    private final @Nullable EmbeddedFile file;
    private final boolean rebuilt;

    private Store(HikariDataSource pool, @Nullable EmbeddedFile file, boolean rebuilt) {
        this.pool = pool;
        this.file = file;
        this.rebuilt = rebuilt;
        this.jdbi = Jdbi.create(pool);
        this.importer = new Importer(this);
        this.runs = new Runs(this);
        this.tokens = new Tokens(this);
    }

    /**
     * The URL of the embedded database in a directory: H2 in file mode, {@code <dir>/ntm.mv.db}.
     *
     * @param dataDir the directory
     * @return the JDBC URL
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ntm") + ";MODE=PostgreSQL";
    }

    /**
     * Opens the database and migrates its schema.
     *
     * @param jdbcUrl  {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
     * @param user     the user, or {@code null} (then taken from the URL)
     * @param password the password, or {@code null}
     * @return the store
     * @throws StoreUnavailableException if the database cannot be reached
     */
    public static Store open(String jdbcUrl, @Nullable String user, @Nullable String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...) are supported");
        }
        // an embedded file a killed server left open is rebuilt before anything reads it (EmbeddedFile)
        EmbeddedFile file = EmbeddedFile.of(jdbcUrl).orElse(null);
        boolean rebuilt = file != null && file.open(user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setDriverClassName(jdbcUrl.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("ntm-server");
        config.setMaximumPoolSize(8);
        // a request waits at most this long for a connection, then gets a 503
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(1_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            if (file != null) {
                file.closed();
            }
            throw new StoreUnavailableException(e);
        }
        try {
            Migrations.migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            if (file != null) {
                file.closed();
            }
            throw e;
        }
        return new Store(pool, file, rebuilt);
    }

    /**
     * Imports files.
     *
     * @return the importer
     */
    public Importer imports() {
        return importer;
    }

    /**
     * Evaluation runs.
     *
     * @return the runs
     */
    public Runs runs() {
        return runs;
    }

    /**
     * Bearer tokens.
     *
     * @return the tokens
     */
    public Tokens tokens() {
        return tokens;
    }

    /**
     * Whether the database answers now.
     *
     * @return true if a connection could be taken and validated
     */
    public boolean isReachable() {
        try {
            return read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    /**
     * The imported batches, newest first.
     *
     * @param offset the first item's position
     * @param limit  the page size
     * @return the page
     */
    public Page<Batch> batches(int offset, int limit) {
        return read(h -> new Page<>(h.createQuery("SELECT * FROM import_batch ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> Importer.batch(rs)).list(), offset, limit,
                h.createQuery("SELECT COUNT(*) FROM import_batch").mapTo(Long.class).one()));
    }

    /**
     * The hierarchies: name, batch and digest.
     *
     * @return one map per hierarchy, by name
     */
    public List<Map<String, Object>> hierarchies() {
        return read(h -> h.createQuery("SELECT h.name, h.digest, h.batch_id, (SELECT COUNT(*) FROM unit_version u "
                + "WHERE u.hierarchy_id = h.id) AS versions FROM hierarchy h ORDER BY h.name")
                .map((rs, ctx) -> Map.<String, Object>of("name", rs.getString(1), "digest", rs.getString(2).trim(), "batch",
                        rs.getLong(3), "unitVersions", rs.getLong(4))).list());
    }

    /**
     * The units of a hierarchy in force on a date (every version when {@code asOf} is null), by code.
     *
     * @param hierarchy the hierarchy's name
     * @param asOf      the date, or {@code null}
     * @param offset    the first item's position
     * @param limit     the page size
     * @return the page: code, name, kind, parent, validFrom, validUntil
     */
    public Page<Map<String, @Nullable Object>> units(String hierarchy, @Nullable LocalDate asOf, int offset, int limit) {
        return read(h -> {
            long id = hierarchyId(h, hierarchy);
            String where = " WHERE hierarchy_id = :id" + (asOf == null ? ""
                    : " AND valid_from <= :d AND (valid_until IS NULL OR valid_until > :d)");
            var query = h.createQuery("SELECT code, name, kind, parent_code, valid_from, valid_until FROM unit_version"
                    + where + " ORDER BY code, valid_from LIMIT :limit OFFSET :offset").bind("id", id)
                    .bind("limit", limit).bind("offset", offset);
            var count = h.createQuery("SELECT COUNT(*) FROM unit_version" + where).bind("id", id);
            if (asOf != null) {
                query.bind("d", asOf);
                count.bind("d", asOf);
            }
            List<Map<String, @Nullable Object>> items = query.map((rs, ctx) -> {
                Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
                m.put("code", rs.getString(1));
                m.put("name", rs.getString(2));
                m.put("kind", rs.getString(3));
                m.put("parent", rs.getString(4));
                m.put("validFrom", rs.getObject(5, LocalDate.class).toString());
                LocalDate until = rs.getObject(6, LocalDate.class);
                m.put("validUntil", until == null ? null : until.toString());
                return m;
            }).list();
            return new Page<>(items, offset, limit, count.mapTo(Long.class).one());
        });
    }

    /**
     * The datasets: name and rows of each kind.
     *
     * @return one map per dataset, by name
     */
    public List<Map<String, Object>> datasets() {
        return read(h -> h.createQuery("SELECT dataset, SUM(o), SUM(r), SUM(s) FROM ("
                + "SELECT dataset, 1 AS o, 0 AS r, 0 AS s FROM observation UNION ALL "
                + "SELECT dataset, 0, 1, 0 FROM recorded_outcome UNION ALL "
                + "SELECT dataset, 0, 0, 1 FROM status_decision) t GROUP BY dataset ORDER BY dataset")
                .map((rs, ctx) -> Map.<String, Object>of("name", rs.getString(1), "observations", rs.getLong(2),
                        "outcomes", rs.getLong(3), "statuses", rs.getLong(4))).list());
    }

    /**
     * The overlays: name, criteria set, batch and digest.
     *
     * @return one map per overlay, by name
     */
    public List<Map<String, Object>> overlays() {
        return read(h -> h.createQuery("SELECT name, criteria_set, batch_id, digest FROM overlay ORDER BY name")
                .map((rs, ctx) -> Map.<String, Object>of("name", rs.getString(1), "criteriaSet", rs.getString(2),
                        "batch", rs.getLong(3), "digest", rs.getString(4).trim())).list());
    }

    /**
     * The audit trail, newest first.
     *
     * @param offset the first item's position
     * @param limit  the page size
     * @return the page: actor, at, action, digest, detail
     */
    public Page<Map<String, @Nullable Object>> audit(int offset, int limit) {
        return read(h -> new Page<>(h.createQuery("SELECT actor, happened_at, action, digest, detail FROM audit "
                + "ORDER BY id DESC LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> {
                    Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
                    m.put("actor", rs.getString(1));
                    m.put("at", rs.getObject(2, OffsetDateTime.class).toInstant().toString());
                    m.put("action", rs.getString(3));
                    String digest = rs.getString(4);
                    m.put("digest", digest == null ? null : digest.trim());
                    m.put("detail", rs.getString(5));
                    return m;
                }).list(), offset, limit, h.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one()));
    }

    /** A hierarchy's history, from its stored document. */
    LocalityHistory history(Handle h, String name) {
        String document = h.createQuery("SELECT document FROM hierarchy WHERE name = :n").bind("n", name)
                .mapTo(String.class).findOne().orElseThrow(() -> new NotFoundException(name, "hierarchy",
                        Labels.of("không có hệ thống đơn vị hành chính này", "no such hierarchy")));
        return LocalityJson.readHistory(new StringReader(document), "hierarchy " + name);
    }

    /** A stored hierarchy's digest. */
    String hierarchyDigest(Handle h, String name) {
        return h.createQuery("SELECT digest FROM hierarchy WHERE name = :n").bind("n", name).mapTo(String.class)
                .findOne().map(String::trim).orElseThrow(() -> new NotFoundException(name, "hierarchy",
                        Labels.of("không có hệ thống đơn vị hành chính này", "no such hierarchy")));
    }

    private long hierarchyId(Handle h, String name) {
        return h.createQuery("SELECT id FROM hierarchy WHERE name = :n").bind("n", name).mapTo(Long.class).findOne()
                .orElseThrow(() -> new NotFoundException(name, "hierarchy",
                        Labels.of("không có hệ thống đơn vị hành chính này", "no such hierarchy")));
    }

    /** A stored overlay and its digest. */
    Optional<Map.Entry<Overlay, String>> overlay(Handle h, String name) {
        return h.createQuery("SELECT document, digest FROM overlay WHERE name = :n").bind("n", name)
                .map((rs, ctx) -> Map.entry(OverlayTemplateJson.readOverlay(new StringReader(rs.getString(1)),
                        "overlay " + name), rs.getString(2).trim())).findOne();
    }

    /** Writes an audit row in the caller's transaction. */
    static void audit(Handle h, String actor, String action, @Nullable String digest, String detail) {
        h.createUpdate("INSERT INTO audit (actor, happened_at, action, digest, detail) VALUES (:a, :t, :x, :d, :m)")
                .bind("a", actor).bind("t", now()).bind("x", action).bind("d", digest)
                .bind("m", detail.length() > 1000 ? detail.substring(0, 1000) : detail).execute();
    }

    /** The time now, as stored. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A stored time. */
    static Instant instant(@Nullable OffsetDateTime time) {
        return Objects.requireNonNull(time, "time").toInstant();
    }

    /**
     * Makes the store consistent after a server died (SIGKILL, power loss): deletes rows whose batch,
     * hierarchy or run is not there (what an interrupted transaction can leave behind in an embedded
     * database whose undo log was not fully replayed — H2 2.5 was seen to keep a killed import's
     * observation rows without their batch row), the documents and results of runs that did not
     * finish, and marks runs left RUNNING as FAILED. Called once at start-up, before anything is
     * served or imported (a reused batch number must not adopt stale rows). An embedded file the last
     * server left open was rebuilt from its tables when the store was opened (its indexes built
     * anew); that is recorded in the audit trail here.
     *
     * @return the number of rows deleted and runs failed
     */
    public int recover() {
        int swept = write(h -> {
            int n = 0;
            n += h.execute("DELETE FROM unit_version WHERE hierarchy_id NOT IN (SELECT h.id FROM hierarchy h "
                    + "JOIN import_batch b ON b.id = h.batch_id)");
            for (String table : List.of("hierarchy", "observation", "recorded_outcome", "status_decision", "overlay")) {
                n += h.execute("DELETE FROM " + table + " WHERE batch_id NOT IN (SELECT id FROM import_batch)");
            }
            String unfinished = "(SELECT id FROM evaluation_run WHERE status <> '" + RunInfo.FINISHED + "')";
            n += h.execute("DELETE FROM run_document WHERE run_id IN " + unfinished
                    + " OR run_id NOT IN (SELECT id FROM evaluation_run)");
            n += h.execute("DELETE FROM evaluation_result WHERE run_id IN " + unfinished
                    + " OR run_id NOT IN (SELECT id FROM evaluation_run)");
            if (rebuilt) {
                audit(h, "ntm-server", "recover", Digests.sha256("rebuilt"),
                        "the embedded database was rebuilt from its tables: the last server stopped without closing it");
            }
            if (n > 0) {
                audit(h, "ntm-server", "recover", Digests.sha256(Integer.toString(n)), n
                        + " rows of interrupted imports or runs deleted");
            }
            return n;
        });
        return swept + runs.failInterrupted();
    }

    /**
     * Runs work in one transaction: all of it is written, or none.
     *
     * @param work the work
     * @param <T>  its result
     * @return its result
     */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    /** Runs reads on one connection. */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    /** A connection failure as {@link StoreUnavailableException}; any other database error as it is. */
    private static RuntimeException unavailable(JdbiException e) {
        if (e instanceof ConnectionException) {
            return new StoreUnavailableException(e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return new StoreUnavailableException(e);
            }
        }
        return e;
    }

    @Override
    public void close() {
        runs.close();
        pool.close();
        if (file != null) {
            file.closed();
        }
    }
}
