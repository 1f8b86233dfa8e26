package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a national evaluation's summary covers the whole country, with a row per province —
 * never the first province's tally printed as "Tổng hợp" — and its JSON summary stays small.
 */
class NationalSummaryTest {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    @Test
    void theTextSummaryOfTheNationalListIsTheCountrysWithARowPerProvince() {
        Run r = Run.of("evaluate", "--list", "vietnam", "--as-of", "30/06/2025");
        assertThat(r.code()).as(r.err()).isZero();
        Snapshot s = GsoLists.vietnam().asOf(DATE);
        int provinces = s.roots().size();
        int communes = s.units(UnitKind.COMMUNE).size();
        assertThat(provinces).isGreaterThan(60);
        String out = r.out();
        assertThat(out).contains("Tổng hợp toàn quốc (" + provinces + " tỉnh, thành phố):")
                .contains("Theo tỉnh, thành phố:")
                // no data: nothing recognised, every xã of the country counted
                .contains("  0/" + io.github.ntmlib.base.Figures.format(communes, io.github.ntmlib.base.Figures.VI)
                        + " xã được công nhận đạt chuẩn nông thôn mới (đạt 0%)");
        String haTinh = s.roots().stream().filter(u -> u.name().contains("Hà Tĩnh")).findFirst().orElseThrow().code();
        int haTinhCommunes = s.descendants(haTinh, UnitKind.COMMUNE).size();
        assertThat(out).contains("  Tỉnh Hà Tĩnh (" + haTinh + ")\n    0/" + haTinhCommunes + " xã được công nhận");
        // every province has its row
        for (var root : s.roots()) {
            assertThat(out).contains("  " + root.name() + " (" + root.code() + ")\n");
        }
    }

    @Test
    void theNationalJsonSummaryIsUnderFiveMegabytesAndCoversEveryProvince() throws Exception {
        Run r = Run.of("evaluate", "--list", "vietnam", "--as-of", "2025-06-30", "--format", "json", "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        byte[] bytes = r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThan(5_000_000);
        JsonNode doc = new ObjectMapper().readTree(bytes);
        assertThat(doc.get("form").asText()).isEqualTo("summary");
        Snapshot s = GsoLists.vietnam().asOf(DATE);
        assertThat(doc.get("units").size()).isEqualTo(s.size());
        Set<String> tallied = new HashSet<>();
        doc.get("tallies").forEach(t -> tallied.add(t.get("unit").asText()));
        s.roots().forEach(root -> assertThat(tallied).contains(root.code()));
    }
}
