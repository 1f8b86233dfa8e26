package io.github.ntmlib.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file's marker and rebuild: a clean close leaves no marker and the next start does not
 * rebuild; a marker left behind (a killed server) makes the next start rebuild the file from its
 * tables, with every row, identity counter, token and audit entry kept; only {@code jdbc:h2:file:}
 * URLs without AUTO_SERVER are managed.
 */
class EmbeddedFileTest {

    @TempDir
    Path dir;

    private static final byte[] OBSERVATIONS = ("unit,indicator,year,kind,value,unit_of_measure\n"
            + "X1,1.1,2024,QUANTITY,3.5,km\nX2,1.1,2024,QUANTITY,4,km\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void aCleanCloseLeavesNoMarkerAndIsNotRebuilt() {
        try (Store store = Store.open(Store.embeddedUrl(dir), null, null)) {
            assertThat(dir.resolve("ntm.running")).exists();
            store.recover();
        }
        assertThat(dir.resolve("ntm.running")).doesNotExist();
        try (Store store = Store.open(Store.embeddedUrl(dir), null, null)) {
            store.recover();
            assertThat(store.audit(0, 50).items().toString()).doesNotContain("rebuilt");
        }
    }

    @Test
    void aMarkerLeftBehindRebuildsTheFileWithEveryRowKept() throws Exception {
        String token;
        List<Map<String, Object>> datasets;
        long firstBatch;
        try (Store store = Store.open(Store.embeddedUrl(dir), null, null)) {
            store.recover();
            firstBatch = store.imports().importFile(ImportKind.OBSERVATIONS, "d1", "a.csv", OBSERVATIONS, "tester", null)
                    .batch().id();
            token = store.tokens().create(Role.IMPORTER, "kept", "tester");
            datasets = store.datasets();
        }
        assertThat(datasets).hasSize(1);
        // what a killed server leaves: its marker
        Files.writeString(dir.resolve("ntm.running"), "opened by a process that was killed\n");
        try (Store store = Store.open(Store.embeddedUrl(dir), null, null)) {
            store.recover();
            assertThat(store.audit(0, 50).items().toString()).contains("the embedded database was rebuilt from its tables")
                    .contains("import observations");
            assertThat(store.datasets()).isEqualTo(datasets);
            assertThat(store.tokens().check(token)).isPresent();
            assertThat(store.batches(0, 10).items()).hasSize(1);
            // the identity counter continues: a new batch gets a new number
            long next = store.imports().importFile(ImportKind.OBSERVATIONS, "d2", "b.csv", OBSERVATIONS, "tester", null)
                    .batch().id();
            assertThat(next).isGreaterThan(firstBatch);
            // the same file again is still recognised (the unique key was rebuilt with its rows)
            assertThat(store.imports().importFile(ImportKind.OBSERVATIONS, "d1", "a.csv", OBSERVATIONS, "tester", null)
                    .created()).isFalse();
        }
        assertThat(dir.resolve("ntm.running")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no script or half-built file left").noneMatch(n -> n.contains("rebuild"));
        }
    }

    @Test
    void aMarkerWithoutADatabaseFileIsNoRebuild() throws Exception {
        Files.writeString(dir.resolve("ntm.running"), "left by a server killed before it created the file\n");
        try (Store store = Store.open(Store.embeddedUrl(dir), null, null)) {
            store.recover();
            assertThat(store.audit(0, 50).items().toString()).doesNotContain("rebuilt");
        }
        assertThat(dir.resolve("ntm.running")).doesNotExist();
    }

    @Test
    void onlyAFileTheServerOwnsIsManaged() {
        assertThat(EmbeddedFile.of("jdbc:postgresql://localhost/ntm")).isEmpty();
        assertThat(EmbeddedFile.of("jdbc:h2:mem:ntm")).isEmpty();
        assertThat(EmbeddedFile.of("jdbc:h2:file:/data/ntm;AUTO_SERVER=TRUE")).isEmpty();
        assertThat(EmbeddedFile.of("jdbc:h2:file:/data/ntm;auto_server = true")).isEmpty();
        assertThat(EmbeddedFile.of("jdbc:h2:file:/data/ntm;MODE=PostgreSQL").orElseThrow().marker())
                .isEqualTo(Path.of("/data/ntm.running"));
        assertThat(EmbeddedFile.of("JDBC:H2:FILE:/data/x").orElseThrow().marker()).isEqualTo(Path.of("/data/x.running"));
        assertThat(EmbeddedFile.of("jdbc:h2:file:~/ntm").orElseThrow().marker())
                .isEqualTo(Path.of(System.getProperty("user.home"), "ntm.running"));
    }

    @Test
    void aFileThatCannotBeReadIsNotServedAndNotReplaced() throws Exception {
        Files.writeString(dir.resolve("ntm.mv.db"), "not an H2 file");
        Files.writeString(dir.resolve("ntm.running"), "left behind\n");
        assertThatThrownBy(() -> Store.open(Store.embeddedUrl(dir), null, null))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(Files.readString(dir.resolve("ntm.mv.db"))).isEqualTo("not an H2 file");
        assertThat(dir.resolve("ntm.running")).exists();
    }
}
