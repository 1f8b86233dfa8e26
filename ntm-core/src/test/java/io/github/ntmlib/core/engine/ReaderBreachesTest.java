package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: each breach of the core readers the fuzzing run found, as a regression test. */
class ReaderBreachesTest {

    private static final String SET_HEAD = "{\"schema\": \"ntm.criteria-set/1\", \"id\": \"s\","
            + " \"labels\": {\"vi\": \"v\", \"en\": \"e\"}, \"validFrom\": \"2022-01-01\", \"validUntil\": \"2025-12-31\","
            + " \"provenance\": {\"document\": \"d\"},";

    @Test
    void aBadSchemeIdIsATypedErrorNamingTheFile() {
        String json = SET_HEAD + " \"schemes\": [{\"id\": \"A\", \"values\": [\"x\"]}], \"standards\": []}";
        assertThatThrownBy(() -> CriteriaJson.readSet(new StringReader(json), "set.json", Map.of()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("set.json")
                .hasMessageContaining("schemes[0]");
    }

    @Test
    void criteriaFilesRejectDuplicateKeysAndTrailingTokens() {
        String ok = SET_HEAD + " \"standards\": []}";
        assertThat(CriteriaJson.readSet(new StringReader(ok), "set.json", Map.of()).id()).isEqualTo("s");
        assertThatThrownBy(() -> CriteriaJson.readSet(new StringReader(ok.replace("\"id\": \"s\",",
                "\"id\": \"s\",\n\"id\": \"t\",")), "set.json", Map.of()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("set.json:2")
                .hasMessageContaining("Duplicate field 'id'");
        assertThatThrownBy(() -> CriteriaJson.readSet(new StringReader(ok + "\n]"), "set.json", Map.of()))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("set.json:2");
    }

    @Test
    void overlayThresholdsAreBoundedNumbers() {
        String overlay = "{\"schema\": \"ntm.overlay/1\", \"id\": \"o\", \"criteriaSet\": \"s\", \"jurisdiction\": \"42\","
                + " \"provenance\": {\"document\": \"d\"}, \"thresholds\": [{\"standard\": \"x\", \"indicator\": \"y\","
                + " \"threshold\": {\"comparison\": \"AT_LEAST\", \"value\": \"" + "9".repeat(1 << 20)
                + "\", \"provenance\": {\"document\": \"d\"}}}]}";
        assertThatThrownBy(() -> CriteriaJson.readOverlay(new StringReader(overlay), "overlay.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("overlay.json")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void localityJsonRejectsDuplicateKeysAndTrailingTokens() {
        String snapshot = "{\"schema\": \"ntm.locality.snapshot/1\", \"date\": \"2025-01-01\", \"units\": []}";
        assertThatThrownBy(() -> LocalityJson.readSnapshot(new StringReader(snapshot.replace("\"units\": []",
                "\"units\": [],\n\"units\": []")), "s.json"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("s.json:2");
        assertThatThrownBy(() -> LocalityJson.readSnapshot(new StringReader(snapshot + " {}"), "s.json"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("s.json:1");
    }

    @Test
    void localityJsonContentErrorsNameTheirLineAndPath() {
        // issue 20: errors about a field's content named neither line nor path
        String snapshot = "{\"schema\": \"ntm.locality.snapshot/1\",\n\"date\": \"31/12/2024\",\n\"units\": []}";
        assertThatThrownBy(() -> LocalityJson.readSnapshot(new StringReader(snapshot), "s.json"))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("s.json:2")
                .hasMessageContaining("date").hasMessageContaining("'31/12/2024'");
    }

    @Test
    void historyErrorsNameTheFileNotTheApi() {
        String history = "{\"schema\": \"ntm.locality.history/1\", \"snapshots\": [], \"events\": []}";
        assertThatThrownBy(() -> LocalityJson.readHistory(new StringReader(history), "history.json"))
                .isInstanceOf(HierarchyException.class)
                .satisfies(e -> assertThat(((HierarchyException) e).position().source()).isEqualTo("history.json"));
        assertThatThrownBy(() -> UnitsCsv.readVersions(new StringReader("code,parent_code,level,type,name\n"),
                "versions.csv", List.of()))
                .isInstanceOf(HierarchyException.class)
                .satisfies(e -> assertThat(((HierarchyException) e).position().source()).isEqualTo("versions.csv"));
    }

    @Test
    void extraCellsInAUnitsFileAreAnErrorNamingLineAndColumn() {
        String csv = "code,parent_code,level,type,name\n42,,1,Tỉnh,Hà Tĩnh,extra\n";
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader(csv), "units.csv", java.time.LocalDate.of(2025, 1, 1)))
                .isInstanceOf(HierarchyException.class).hasMessageContaining("units.csv:2")
                .hasMessageContaining("column 6");
    }

    @Test
    void aMebibyteNumberCellIsABoundedTypedError() {
        String csv = "unit,indicator,year,kind,value,unit_of_measure\n1,10.1,2024,QUANTITY," + "9".repeat(1 << 20)
                + ",ha\n";
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(csv), "values.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("values.csv:2")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        String decimal = "unit,indicator,year,kind,value,unit_of_measure\n1,10.1,2024,QUANTITY,0." + "9".repeat(60)
                + ",ha\n";
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(decimal), "values.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("values.csv:2");
    }

    @Test
    void aLongUnknownColumnIsAnErrorWithABoundedMessage() {
        // Found by the 60 s fuzz run (observationsCsv, outcomesCsv): the column, shown as the
        // error's field, made a message of 2,355 characters.
        String column = "unit_of_measu" + "9".repeat(2_400);
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader("unit,indicator,year,kind,value," + column
                + "\n"), "values.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("values.csv:1")
                .hasMessageContaining("unknown column").hasMessageContaining("(2413 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
        assertThatThrownBy(() -> DataCsv.readOutcomes(new StringReader("unit,standard,criterion,assessment,date,"
                + column + "\n"), "outcomes.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("outcomes.csv:1")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }
}
