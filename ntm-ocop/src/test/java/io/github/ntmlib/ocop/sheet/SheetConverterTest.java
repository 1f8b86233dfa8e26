package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed sheet files are exactly the converter's output from the source text. Run with
 * {@code -Docop.regenerate=true} (from the module directory) to rewrite them after changing the
 * converter or its corrections.
 */
class SheetConverterTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ntmlib/ocop/sheet/qd-26-2026");

    @Test
    void committedJsonEqualsTheConvertersOutput() throws IOException {
        Map<String, String> files = SheetConverter.render(SheetConverter.fromResource().convert());
        if (Boolean.getBoolean("ocop.regenerate")) {
            SheetConverter.write(RESOURCES, files);
        }
        assertThat(files).hasSize(26);
        for (Map.Entry<String, String> e : files.entrySet()) {
            String name = Instrument.QD_26_2026.directory() + "/" + e.getKey();
            try (InputStream in = SheetCatalog.class.getResourceAsStream(name)) {
                assertThat(in).as("committed %s", name).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(name).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void everyCorrectionIsWrittenIntoTheData() throws IOException {
        Map<String, String> files = SheetConverter.render(SheetConverter.fromResource().convert());
        for (SheetConverter.Correction c : SheetConverter.CORRECTIONS) {
            assertThat(files.get(SheetCatalog.fileName(c.sheet()))).as("sheet %d", c.sheet())
                    .contains(SheetCatalog.writer().writeValueAsString(c.note()));
        }
    }
}
