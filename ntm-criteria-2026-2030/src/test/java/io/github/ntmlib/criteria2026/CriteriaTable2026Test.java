package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed CRITERIA.md matches the data. */
class CriteriaTable2026Test {

    private static final Path FILE = Path.of("CRITERIA.md");

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        String expected = CriteriaTable2026.render(NationalCriteria2026.criteriaSet());
        if (Boolean.getBoolean("ntm.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("CRITERIA.md is out of date: run mvn -pl ntm-criteria-2026-2030 -am verify"
                        + " -Dtest=CriteriaTable2026Test -Dsurefire.failIfNoSpecifiedTests=false -Dntm.regenerate=true")
                .isEqualTo(expected);
        assertThat(expected).contains("Tiếp cận pháp luật, quốc phòng và an ninh", "not encoded",
                "commune-group-2026-2030", "Phụ lục III");
    }
}
