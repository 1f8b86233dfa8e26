package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.server.store.ImportKind;
import io.github.ntmlib.server.store.RunInfo;
import io.github.ntmlib.server.store.RunRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV imports in the encodings Excel saves (ntm-base's TextFiles): a status register saved as
 * Windows-1258 (Vietnamese Windows) imports to the same rows and the same results as its UTF-8
 * original; JSON stays strict UTF-8.
 */
class EncodingImportTest {

    @TempDir
    Path dir;

    @Test
    void aWindows1258StatusRegisterGivesTheSameResultsAsItsUtf8Original() throws IOException {
        byte[] utf8;
        try (InputStream in = NtmServer.class.getResourceAsStream("demo/statuses-ha-tinh-2024.csv")) {
            utf8 = in.readAllBytes();
        }
        String text = new String(utf8, StandardCharsets.UTF_8);
        assertThat(text).containsPattern("[ạ-ỹ]");
        // Windows-1258 writes the tone marks as combining characters
        byte[] cp1258 = Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(Charset.forName("windows-1258"));
        assertThat(new String(cp1258, StandardCharsets.UTF_8)).isNotEqualTo(text);
        try (NtmServer server = NtmServer.start(ServerConfig.embedded(dir).withAddress("127.0.0.1", 0))) {
            server.loadDemo("test");
            var a = server.store().imports().importFile(ImportKind.STATUSES, "utf8", "statuses.csv", utf8, "test", null);
            var b = server.store().imports().importFile(ImportKind.STATUSES, "cp1258", "statuses.csv", cp1258, "test", null);
            assertThat(b.added()).isEqualTo(a.added()).isPositive();
            List<String> digests = new java.util.ArrayList<>();
            for (String dataset : List.of("utf8", "cp1258")) {
                RunInfo r = server.store().runs().start(new RunRequest(NtmServer.DEMO_HIERARCHY, dataset, null, null,
                        LocalDate.of(2024, 12, 31), null, CountingMode.OFFICIAL, false, Map.of()), "test");
                RunInfo done = server.store().runs().await(r.id(), 120_000);
                assertThat(done.status()).isEqualTo(RunInfo.FINISHED);
                digests.add(done.resultsDigest());
            }
            assertThat(digests.get(1)).isEqualTo(digests.get(0));
            // a JSON document is UTF-8 or nothing
            assertThatThrownBy(() -> server.store().imports().importFile(ImportKind.HIERARCHY, "other", "h.json",
                    "{\"name\": \"Hà Tĩnh\"}".getBytes(Charset.forName("windows-1258")), "test", null))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("UTF-8");
        }
    }
}
