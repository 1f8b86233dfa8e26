package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.locality.io.UnitsDiffJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code ntm.units-diff/1} is written and read back by {@link UnitsDiffJson}: any diff round-trips
 * to an equal one, and the reader refuses another schema, an unknown or missing field, a value of
 * the wrong type, a wrong count and names that contradict the change's type, naming the field.
 */
class UnitsDiffJsonTest {

    private static final Gen<String> NAMES = strings().allPossible().ofLengthBetween(1, 12).assuming(s -> !s.isBlank())
            .mix(strings().basicLatinAlphabet().ofLengthBetween(1, 8).assuming(s -> !s.isBlank()))
            .mix(integers().between(0, 3).map(i -> List.of("Xã Hồng Lộc", "Phường \"Bắc\" Hà", "a\\b\n", "\u0000x").get(i)));

    private static Gen<PlainChange> changes() {
        Gen<PlainChange.Type> types = integers().between(0, 3).map(i -> PlainChange.Type.values()[i]);
        Gen<Optional<String>> parents = NAMES.map(Optional::of).mix(NAMES.map(n -> Optional.<String>empty()));
        return types.zip(NAMES, NAMES, NAMES, parents.zip(parents, (a, b) -> List.of(a, b)), (type, code, oldName, newName, p) -> {
            boolean hasOld = type != PlainChange.Type.NEW;
            boolean hasNew = type == PlainChange.Type.NEW || type == PlainChange.Type.RENAMED_OR_RECLASSIFIED;
            return PlainChange.of(type, code, hasOld ? Optional.of(oldName) : Optional.empty(), p.get(0), p.get(1),
                    hasNew ? Optional.of(newName) : Optional.empty());
        });
    }

    private static String write(UnitsDiffJson.Diff diff) {
        StringWriter out = new StringWriter();
        UnitsDiffJson.write(diff, out);
        return out.toString();
    }

    private static UnitsDiffJson.Diff read(String json) {
        return UnitsDiffJson.read(new StringReader(json), "diff.json");
    }

    @Test
    void anyDiffWrittenIsReadBackEqual() {
        qt().withExamples(300).forAll(NAMES, NAMES, lists().of(changes()).ofSizeBetween(0, 6)).checkAssert((from, to, list) -> {
            UnitsDiffJson.Diff diff = new UnitsDiffJson.Diff(from, to, list);
            String json = write(diff);
            assertThat(read(json)).isEqualTo(diff);
            assertThat(write(read(json))).isEqualTo(json);
        });
    }

    @Test
    void theRealDiffOfTheShippedListRoundTrips() {
        LocalityHistory history = io.github.ntmlib.core.locality.gso.GsoLists.haTinh();
        List<PlainChange> changes = LocalityHistory.diff(history.asOf(java.time.LocalDate.of(2024, 11, 1)),
                history.asOf(java.time.LocalDate.of(2025, 7, 1)));
        assertThat(changes).extracting(PlainChange::type).contains(PlainChange.Type.GONE, PlainChange.Type.MOVED,
                PlainChange.Type.RENAMED_OR_RECLASSIFIED);
        UnitsDiffJson.Diff diff = new UnitsDiffJson.Diff("2024-11-01", "2025-07-01", changes);
        assertThat(read(write(diff))).isEqualTo(diff);
    }

    private static final String GOOD = "{\"schema\": \"ntm.units-diff/1\", \"from\": \"a.csv\", \"to\": \"2025-03-01\","
            + " \"count\": 1, \"changes\": [{\"type\": \"MOVED\", \"code\": \"18077\", \"oldName\": \"Phường Nguyễn Du\","
            + " \"newName\": null, \"oldParent\": \"436\", \"newParent\": \"437\"}]}";

    @Test
    void aGoodDocumentReads() {
        UnitsDiffJson.Diff diff = read(GOOD);
        assertThat(diff.from()).isEqualTo("a.csv");
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(PlainChange.Type.MOVED);
            assertThat(c.newParent()).contains("437");
            assertThat(c.newName()).isEmpty();
        });
    }

    private static void refused(String json, String field, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("diff.json").hasMessageContaining(field).hasMessageContaining(message);
    }

    @Test
    void theReaderIsStrict() {
        refused(GOOD.replace("ntm.units-diff/1", "ntm.units-diff/2"), "$.schema", "expected 'ntm.units-diff/1'");
        refused(GOOD.replace("\"count\": 1,", "\"count\": 1, \"total\": 1,"), "$.total", "unknown field");
        refused(GOOD.replace("\"newName\": null,", "\"newName\": null, \"name\": \"x\","), "$.changes[0].name",
                "unknown field");
        refused(GOOD.replace("\"newName\": null,", ""), "$.changes[0].newName", "required field is missing");
        refused(GOOD.replace("\"count\": 1", "\"count\": \"1\""), "$.count", "whole number");
        refused(GOOD.replace("\"count\": 1", "\"count\": 2"), "$.count", "but 1 changes");
        refused(GOOD.replace("MOVED", "MERGED"), "$.changes[0].type", "unknown Type");
        refused(GOOD.replace("\"newName\": null", "\"newName\": \"Phường Bắc Hà\""), "$.changes[0]", "MOVED change");
        refused(GOOD.replace("\"code\": \"18077\"", "\"code\": 18077"), "$.changes[0].code", "non-blank string");
        refused(GOOD.replace("\"from\": \"a.csv\"", "\"from\": \" \""), "$.from", "non-blank string");
        refused("[]", "$", "not a JSON object");
        refused(GOOD + " {}", "diff.json", "");
    }
}
