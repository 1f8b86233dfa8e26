package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 2021-2025 plugin is found through the SPI on the module path and on the class path. */
class CriteriaDiscoveryTest {

    @Test
    void theRegistryFindsTheNationalSetOf2021To2025() {
        CriteriaRegistry registry = CriteriaRegistry.load();
        CriteriaSet set = registry.byId("vn-2021-2025");
        assertThat(set.standard("commune-ntm")).isPresent();
        assertThat(set.standard("commune-ntm").orElseThrow().criteria()).hasSize(19);
        assertThat(registry.forDate(LocalDate.of(2024, 12, 31))).contains(set);
        assertThat(registry.forDate(LocalDate.of(2021, 12, 31))).isEmpty();
    }

    @Test
    void bothPeriodPluginsAreFoundAndEachPeriodHasOneSet() {
        CriteriaRegistry registry = CriteriaRegistry.load();
        assertThat(registry.plugins()).extracting(p -> p.name())
                .contains("ntm-criteria-2021-2025", "ntm-criteria-2026-2030");
        assertThat(registry.forDataYear(2024).id()).isEqualTo("vn-2021-2025");
        assertThat(registry.forDataYear(2026).id()).isEqualTo("vn-2026-2030");
        assertThat(registry.forDate(LocalDate.of(2026, 3, 1)).orElseThrow().id()).isEqualTo("vn-2026-2030");
    }
}
