package io.github.ntmlib.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The server's integration tests on the embedded H2 database (file mode). */
class H2ServerTest extends ServerContract {

    @TempDir
    static Path dir;

    @Override
    ServerConfig config() {
        return ServerConfig.embedded(dir).withAddress("127.0.0.1", 0);
    }
}
