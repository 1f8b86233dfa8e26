package io.github.ntmlib.examples.cli;

import io.github.ntmlib.server.NtmServer;
import io.github.ntmlib.server.ServerConfig;
import io.github.ntmlib.server.store.Role;
import io.github.ntmlib.server.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ntm serve}: the HTTP JSON API (ntm-server) on embedded H2 or PostgreSQL, with the Hà Tĩnh
 * demo loaded; {@code ntm serve token create} makes a bearer token.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the HTTP JSON API (docs/server.md, docs/openapi/ntm-server.yaml) on an embedded H2 database "
                + "in --data-dir, or on PostgreSQL with --db; loads the Hà Tĩnh demo (hierarchy, status registers of 2024 "
                + "and 2025, two evaluations) and prints the URL and, on a new database, a first admin token.",
                "Binds 127.0.0.1 unless --host says otherwise; every write needs a token; reads too unless "
                + "--anonymous-reads."},
        subcommands = ServeCommand.TokenCommand.class)
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Database database = new Database();

    @Option(names = "--host", paramLabel = "ADDRESS", description = "the address to listen on (default: 127.0.0.1)")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "the port (default: 7070; 0: any free port)")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--anonymous-reads", description = "let reads through without a token")
    boolean anonymousReads;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "a browser origin allowed to call the API, "
            + "e.g. https://portal.hatinh.gov.vn (repeated; none by default)")
    List<String> origins = new ArrayList<>();

    @Option(names = "--no-demo", description = "do not load the Hà Tĩnh demo")
    boolean noDemo;

    @Mixin
    Options options = new Options();

    /** The database options shared by serve and token create. */
    static final class Database {
        @Option(names = "--db", paramLabel = "JDBC_URL", description = "a PostgreSQL database, e.g. "
                + "jdbc:postgresql://127.0.0.1:5432/ntm (password from NTM_DB_PASSWORD); default: embedded H2 in --data-dir")
        String url;

        @Option(names = "--db-user", paramLabel = "USER", description = "the database user")
        String user;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "the directory of the embedded database "
                + "(default: ntm-data)")
        Path dataDir = Path.of("ntm-data");

        ServerConfig config() {
            ServerConfig config = ServerConfig.embedded(dataDir);
            return url == null ? config : config.withDatabase(url, user, System.getenv("NTM_DB_PASSWORD"));
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        options.format(spec.commandLine(), java.util.EnumSet.of(Options.Format.text));
        boolean vi = options.language() == io.github.ntmlib.base.Language.VIETNAMESE;
        ServerConfig config = database.config().withAddress(host, port).withAccess(anonymousReads, origins);
        PrintWriter out = spec.commandLine().getOut();
        NtmServer server = NtmServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "ntm-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (!noDemo) {
                server.loadDemo("ntm serve");
            }
            out.println("ntm serve: " + server.url() + "/api/v1 (" + (vi ? "mô tả" : "described in")
                    + " docs/openapi/ntm-server.yaml)");
            out.println("ntm serve: " + server.url() + "/dashboard (" + (vi ? "bảng điều khiển" : "the dashboard")
                    + ")");
            if (!server.store().tokens().hasAdmin()) {
                String token = server.store().tokens().create(Role.ADMIN, "first admin", "ntm serve");
                out.println("ntm serve: " + (vi ? "mã truy cập quản trị đầu tiên (chỉ hiện một lần, chỉ lưu mã băm): "
                        : "first admin token (shown once, only its SHA-256 is kept): ") + token);
            }
            out.println("ntm serve: " + (vi ? "nhấn Ctrl+C để dừng" : "Ctrl+C stops"));
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            // stopped by the caller (a test, an embedding program)
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
        return Ntm.OK;
    }

    /** {@code ntm serve token}: bearer tokens. */
    @Command(name = "token", mixinStandardHelpOptions = true, description = "Bearer tokens of the server.",
            subcommands = CreateToken.class)
    static final class TokenCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** {@code ntm serve token create}: prints a new token; only its SHA-256 is stored. */
    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Creates a bearer token and prints it (shown once: only its SHA-256 is stored).")
    static final class CreateToken implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Database database = new Database();

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reader, importer or admin")
        Role role;

        @Option(names = "--label", paramLabel = "TEXT", description = "who holds it (kept in the audit trail)")
        String label = "token";

        @Override
        public Integer call() {
            ServerConfig config = database.config();
            try (Store store = Store.open(config.jdbcUrl(), config.user(), config.password())) {
                spec.commandLine().getOut().println(store.tokens().create(role, label, "ntm serve token create"));
            }
            return Ntm.OK;
        }
    }
}
