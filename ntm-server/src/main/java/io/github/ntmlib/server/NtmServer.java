package io.github.ntmlib.server;

import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.server.dashboard.Dashboard;
import io.github.ntmlib.server.http.ApiRoutes;
import io.github.ntmlib.server.http.HttpServer;
import io.github.ntmlib.server.http.StatelessRoutes;
import io.github.ntmlib.server.store.ImportKind;
import io.github.ntmlib.server.store.RunInfo;
import io.github.ntmlib.server.store.RunRequest;
import io.github.ntmlib.server.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The running server: the store and the HTTP API on one address. {@link #start(ServerConfig)}
 * opens (and migrates) the database and starts listening; {@link #close()} stops both.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NtmServer implements AutoCloseable {

    /** The demo hierarchy's name. */
    public static final String DEMO_HIERARCHY = "ha_tinh";
    /** The demo datasets: the status register at the end of 2024 and in September 2025. */
    public static final List<String> DEMO_DATASETS = List.of("ha_tinh-2024", "ha_tinh-2025");

    static {
        // Apache POI (reading uploaded workbooks) logs through the Log4j API; without a provider Log4j
        // prints an error on first use. Its own simple logger stands in unless one is set (as ntm's CLI does).
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final Store store;
    private final HttpServer http;

    private NtmServer(Store store, HttpServer http) {
        this.store = store;
        this.http = http;
    }

    /**
     * Opens the database and starts the API.
     *
     * @param config the configuration
     * @return the running server
     */
    public static NtmServer start(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        Store store = Store.open(config.jdbcUrl(), config.user(), config.password());
        try {
            store.recover();
            HttpServer http = HttpServer.start(store, config, List.of(new StatelessRoutes(config),
                    new ApiRoutes(store, config), new Dashboard(store)));
            return new NtmServer(store, http);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The store.
     *
     * @return the store
     */
    public Store store() {
        return store;
    }

    /**
     * The port listened on.
     *
     * @return the port
     */
    public int port() {
        return http.port();
    }

    /**
     * The base URL.
     *
     * @return e.g. {@code http://127.0.0.1:7070}
     */
    public String url() {
        return http.url();
    }

    /**
     * Loads the Hà Tĩnh demo (the shipped hierarchy with its 2025 reorganisation, the example status
     * registers of 2024 and 2025) and evaluates it at the end of 2024 and on 30 September 2025.
     * Loading twice adds nothing (the imports are idempotent); the evaluations run again.
     *
     * @param actor who loads it
     * @return the two runs started
     */
    public List<RunInfo> loadDemo(String actor) {
        StringWriter history = new StringWriter();
        LocalityJson.write(GsoLists.haTinh(), history);
        store.imports().importFile(ImportKind.HIERARCHY, DEMO_HIERARCHY, "ha_tinh.history.json",
                history.toString().getBytes(StandardCharsets.UTF_8), actor, null);
        store.imports().importFile(ImportKind.STATUSES, DEMO_DATASETS.get(0), "statuses-ha-tinh-2024.csv",
                resource("demo/statuses-ha-tinh-2024.csv"), actor, null);
        store.imports().importFile(ImportKind.STATUSES, DEMO_DATASETS.get(1), "statuses-ha-tinh-2025.csv",
                resource("demo/statuses-ha-tinh-2025.csv"), actor, null);
        RunInfo a = store.runs().start(new RunRequest(DEMO_HIERARCHY, DEMO_DATASETS.get(0), null, null,
                LocalDate.of(2024, 12, 31), null, CountingMode.OFFICIAL, false, Map.of()), actor);
        RunInfo b = store.runs().start(new RunRequest(DEMO_HIERARCHY, DEMO_DATASETS.get(1), null, null,
                LocalDate.of(2025, 9, 30), null, CountingMode.OFFICIAL, false, Map.of()), actor);
        return List.of(a, b);
    }

    private static byte[] resource(String name) {
        try (InputStream in = NtmServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + name + " is missing from the module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        http.stop();
        store.close();
    }
}
