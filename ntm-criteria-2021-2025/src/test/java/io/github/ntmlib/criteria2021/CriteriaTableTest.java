package io.github.ntmlib.criteria2021;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed docs table matches the data. */
class CriteriaTableTest {

    private static final Path FILE = Path.of("CRITERIA.md");

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        String expected = CriteriaTable.render(NationalCriteria2021.criteriaSet());
        if (Boolean.getBoolean("ntm.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(FILE)).as("CRITERIA.md exists in " + Path.of("").toAbsolutePath()).isTrue();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("CRITERIA.md is out of date: run mvn -pl ntm-criteria-2021-2025 test -Dtest=CriteriaTableTest"
                        + " -Dntm.regenerate=true")
                .isEqualTo(expected);
    }

    @Test
    void theTableListsEveryStatusAndTheKeyValues() {
        String table = CriteriaTable.render(NationalCriteria2021.criteriaSet());
        assertThat(table).contains("| verified |", "| set by province |", "| not encoded |",
                "`3.1`", "≥ 80", "`17.water-centralised`", "≥ 55", "`T4.sipas`", "≥ 90", "SECONDARY_SOURCE_90",
                "rule in code: income ≥ 110%", "## `village-model`");
    }
}
