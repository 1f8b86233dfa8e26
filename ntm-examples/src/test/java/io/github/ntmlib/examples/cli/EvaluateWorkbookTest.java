package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ntm evaluate} reads .xlsx workbooks by extension: the long layout, and the wide one with --mapping. */
class EvaluateWorkbookTest {

    private static final String EX = FormatsDocTest.EX;
    private static final String BOOK = EX + "ho-so-ha-tinh-2024.xlsx";
    private static final String WIDE = EX + "gia-tri-theo-xa-2024.xlsx";
    private static final String MAPPING = EX + "gia-tri-theo-xa-2024.mapping.json";

    @Test
    void theLongWorkbookGivesTheSameEvaluationAsItsCsvTwinsAndListsItsFormulaCell() {
        Run csv = Run.of("evaluate", "--units", EX + "units.csv", "--values", EX + "values.csv", "--outcomes",
                EX + "outcomes.csv", "--statuses", EX + "statuses.csv", "--overlay", EX + "overlay.json", "--as-of",
                "2024-12-31", "--unit", "445", "--lang", "en");
        Run xlsx = Run.of("evaluate", "--units", BOOK, "--values", BOOK, "--outcomes", BOOK, "--statuses", BOOK,
                "--overlay", EX + "overlay.json", "--as-of", "2024-12-31", "--unit", "445", "--lang", "en");
        assertThat(xlsx.code()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).isEqualTo(csv.out()).contains("82/100 = 82% does not meet ≥ 85");
        assertThat(xlsx.err()).isEqualTo("ntm evaluate: warning: ho-so-ha-tinh-2024.xlsx, Giá trị!G4: a formula cell is "
                + "read as the value Excel saved with it (100), not recalculated" + System.lineSeparator());
        Run vi = Run.of("evaluate", "--units", BOOK, "--values", BOOK, "--outcomes", BOOK, "--statuses", BOOK,
                "--overlay", EX + "overlay.json", "--as-of", "2024-12-31", "--unit", "445");
        assertThat(vi.err()).startsWith("ntm evaluate: cảnh báo: ho-so-ha-tinh-2024.xlsx, Giá trị!G4: ")
                .doesNotContain("formula", "warning");
    }

    @Test
    void theWideWorkbookIsReadThroughItsMapping() {
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--values", WIDE, "--mapping", MAPPING, "--overlay",
                EX + "overlay.json", "--as-of", "2024-12-31", "--unit", "445", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("82/100 = 82% does not meet ≥ 85");
        assertThat(r.err()).contains("gia-tri-theo-xa-2024.xlsx, Giá trị!G4: a formula cell");
    }

    @Test
    void aHeaderTheMappingDoesNotNameIsInvalidInputNamingTheCell(@TempDir Path dir) throws IOException {
        String json = Files.readString(Path.of(MAPPING), StandardCharsets.UTF_8)
                .replace("\"ignore\": [{\"header\": \"STT\"}, {\"header\": \"Tên xã\"}],", "\"ignore\": [{\"header\": \"STT\"}],");
        Path mapping = Files.writeString(dir.resolve("map.json"), json, StandardCharsets.UTF_8);
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--values", WIDE, "--mapping", mapping.toString(),
                "--as-of", "2024-12-31", "--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("gia-tri-theo-xa-2024.xlsx, Giá trị!C1: unknown header 'Tên xã'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMappingNoWorkbookUsesIsAUsageError() {
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--values", EX + "values.csv", "--mapping", MAPPING,
                "--as-of", "2024-12-31");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--mapping", "ánh xạ --values, nhưng không có sổ tính (.xlsx) --values nào được cho");
    }

    @Test
    void aFileThatIsNotAWorkbookIsInvalidInput(@TempDir Path dir) throws IOException {
        Path fake = Files.writeString(dir.resolve("values.xlsx"), "unit,indicator\n", StandardCharsets.UTF_8);
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--values", fake.toString(), "--as-of", "2024-12-31",
                "--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("values.xlsx: not a readable .xlsx workbook");
    }
}
