package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's integration tests on the embedded H2 database (file mode); after them, every
 * operation of the OpenAPI document has had a response checked against it.
 */
class H2ServerTest extends ServerContract {

    @TempDir
    static Path dir;

    @Override
    ServerConfig config() {
        return ServerConfig.embedded(dir).withAddress("127.0.0.1", 0);
    }

    @AfterAll
    void everyDocumentedOperationWasChecked() throws Exception {
        Set<String> documented = new HashSet<>();
        OpenApiCheck.instance().parsed().getOpenAPI().getPaths().forEach((path, item) ->
                item.readOperationsMap().keySet().forEach(m -> documented.add(m.name() + " " + path)));
        Set<String> missing = new HashSet<>(documented);
        missing.removeAll(OpenApiCheck.instance().seen());
        assertThat(documented).hasSizeGreaterThan(20);
        assertThat(missing).as("documented operations no test called").isEmpty();
    }
}
