package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.PlainChange;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's embedding example, kept compiling and true. */
class ReadmeHierarchyExampleTest {

    @Test
    void theReadmeExampleRuns() {
        LocalityHistory haTinh = GsoLists.haTinh();                       // shipped GSO lists + merge map
        Snapshot march = haTinh.asOf(LocalDate.of(2025, 3, 1));
        AdminUnit thachHa = march.findUnique("huyen thach ha");           // accents, case, kind word optional
        Map<UnitKind, Integer> kinds = march.countByKind(thachHa.code()); // {COMMUNE=21, TOWNSHIP=2}
        Snapshot july = haTinh.asOf(LocalDate.of(2025, 7, 1));            // 69 communes under the province
        int lines = 0;
        for (AdminUnit commune : july.children("42")) {
            Set<AdminUnit> before = haTinh.predecessorsOn(commune.code(), july.date(), march.date(), Level.COMMUNE);
            assertThat(before).isNotEmpty().allMatch(u -> u.level() == Level.COMMUNE);
            lines++;
        }
        List<PlainChange> changes = haTinh.diff(LocalDate.of(2024, 11, 1), march.date());

        assertThat(kinds).isEqualTo(Map.of(UnitKind.COMMUNE, 21, UnitKind.TOWNSHIP, 2));
        assertThat(lines).isEqualTo(69);
        assertThat(changes).hasSize(47);
    }
}
