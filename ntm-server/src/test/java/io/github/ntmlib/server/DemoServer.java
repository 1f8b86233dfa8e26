package io.github.ntmlib.server;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.server.store.Role;
import io.github.ntmlib.server.store.RunInfo;
import io.github.ntmlib.server.store.RunRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server on a fresh H2 file with the Hà Tĩnh demo evaluated (end of 2024, 30 September 2025) and
 * a third run of 2025 with a plan of 5 more communes, for the dashboard's tests.
 */
final class DemoServer implements AutoCloseable {

    final NtmServer server;
    final String reader;
    final String admin;
    final List<Long> runs = new ArrayList<>();

    DemoServer(Path dir, boolean anonymousReads) {
        server = NtmServer.start(ServerConfig.embedded(dir).withAddress("127.0.0.1", 0)
                .withAccess(anonymousReads, List.of()));
        reader = server.store().tokens().create(Role.READER, "dashboard reader", "test");
        admin = server.store().tokens().create(Role.ADMIN, "dashboard admin", "test");
        for (RunInfo r : server.loadDemo("test")) {
            runs.add(r.id());
        }
        runs.add(server.store().runs().start(new RunRequest(NtmServer.DEMO_HIERARCHY, NtmServer.DEMO_DATASETS.get(1),
                null, null, LocalDate.of(2025, 9, 30), null, CountingMode.OFFICIAL, false,
                Map.of("commune-ntm", 5)), "test").id());
        for (long id : runs) {
            RunInfo done = server.store().runs().await(id, 120_000);
            if (!done.status().equals(RunInfo.FINISHED)) {
                throw new IllegalStateException("demo run " + id + " ended " + done.status() + ": " + done.problem());
            }
        }
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
