package io.github.ntmlib.server;

import io.github.ntmlib.server.store.Role;
import io.github.ntmlib.server.store.RunInfo;
import java.nio.file.Path;

/**
 * The server as a child process for {@link CrashRecoveryTest}: opens the H2 file in the directory
 * given, loads the demo when asked, prints its URL and an importer token, and serves until killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /**
     * Starts serving.
     *
     * @param args the data directory, then "demo" to load the demo
     * @throws InterruptedException never in practice: it waits to be killed
     */
    public static void main(String[] args) throws InterruptedException {
        NtmServer server = NtmServer.start(ServerConfig.embedded(Path.of(args[0])).withAddress("127.0.0.1", 0));
        if (args.length > 1 && args[1].equals("demo")) {
            for (RunInfo r : server.loadDemo("crash test")) {
                server.store().runs().await(r.id(), 120_000);
            }
        }
        String token = server.store().tokens().create(Role.ADMIN, "crash test", "test");
        System.out.println("URL " + server.url());
        System.out.println("TOKEN " + token);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
