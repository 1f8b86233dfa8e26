package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.report.CarryOverOutcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, "nothing silent", from the command line: each input the command used to accept with
 * exit 0 and no word is now an error (exit 3 naming file, line, unit and field) or, with
 * {@code --lenient}, a listed row; {@code units carry} shows a standard a predecessor held even
 * when the new unit cannot take it; the units commands read a province's own history.
 */
class SilentInputsCliTest {

    private static final String EX = "../docs/examples/";
    private static final String GSO = "../ntm-core/src/main/resources/io/github/ntmlib/core/locality/gso/ha-tinh/";
    private static final String STATUS_HEAD = "unit,standard,step,date,decision,authority\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aMisspeltStandardInTheRegisterIsAnErrorAndLenientListsIt() throws IOException {
        Path statuses = file("statuses.csv", STATUS_HEAD + "18001,commune-ntm,RECOGNISED,2019-12-20,1/QĐ,UBND tỉnh\n"
                + "18002,comune-ntm,RECOGNISED,2020-12-20,2/QĐ,UBND tỉnh\n");
        Run strict = Run.of("evaluate", "--units", EX + "units.csv", "--statuses", statuses.toString(), "--as-of",
                "2024-12-31", "--lang", "en");
        assertThat(strict.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(strict.err()).contains("statuses.csv:3").contains("18002").contains("field 'standard'")
                .contains("did you mean commune-ntm?");
        assertThat(strict.out()).isEmpty();
        Run lenient = Run.of("evaluate", "--units", EX + "units.csv", "--statuses", statuses.toString(), "--as-of",
                "2024-12-31", "--lenient", "--lang", "en");
        assertThat(lenient.code()).isEqualTo(Ntm.OK);
        assertThat(lenient.out()).contains("Rows ignored (--lenient): 1").contains("statuses.csv:3 18002, field standard");
        Run vi = Run.of("evaluate", "--units", EX + "units.csv", "--statuses", statuses.toString(), "--as-of",
                "2024-12-31", "--lenient", "--lang", "vi");
        assertThat(vi.out()).contains("Dòng dữ liệu bị bỏ qua (--lenient): 1").contains("statuses.csv:3 18002, cột standard");
        Run json = Run.of("evaluate", "--units", EX + "units.csv", "--statuses", statuses.toString(), "--as-of",
                "2024-12-31", "--lenient", "--format", "json");
        assertThat(json.out()).contains("\"ignored\"").contains("statuses.csv");
    }

    @Test
    void aRegisterRowForAnUnknownUnitOrAKindTheStandardSkipsIsAnError() throws IOException {
        for (String row : new String[] {"99999,commune-ntm,RECOGNISED,2019-12-20,1/QĐ,UBND tỉnh\n",
                "42,commune-ntm,RECOGNISED,2019-12-20,1/QĐ,UBND tỉnh\n"}) {
            Path statuses = file("statuses.csv", STATUS_HEAD + row);
            Run r = Run.of("evaluate", "--units", EX + "units.csv", "--statuses", statuses.toString(), "--as-of",
                    "2024-12-31");
            assertThat(r.code()).as(row).isEqualTo(Ntm.INVALID_INPUT);
            assertThat(r.err()).as(row).contains("statuses.csv:2").contains(row.substring(0, row.indexOf(',')));
        }
    }

    @Test
    void aValueCellTheKindDoesNotReadIsAnError() throws IOException {
        Path values = file("values.csv", "unit,indicator,year,kind,value,part,whole,unit_of_measure,reporter,reference\n"
                + "18001,3.1,2024,RATIO,8.000/10.000/1,86,100,,,\n");
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--values", values.toString(), "--as-of", "2024-12-31",
                "--lang", "en");
        assertThat(r.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(r.err()).contains("values.csv:2").contains("field 'value'").contains("must be empty");
    }

    @Test
    void anOverlayOverAProvinceNotInTheHierarchyIsAnError() throws IOException {
        String overlay = Files.readString(Path.of(EX + "overlay.json")).replace("\"jurisdiction\": \"42\"",
                "\"jurisdiction\": \"44\"");
        assertThat(overlay).contains("\"44\"");
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--overlay", file("overlay.json", overlay).toString(),
                "--as-of", "2024-12-31", "--lang", "en");
        assertThat(r.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(r.err()).contains("covers province 44").contains("not in the hierarchy");
        assertThat(Run.of("evaluate", "--units", EX + "units.csv", "--overlay", EX + "overlay.json", "--as-of",
                "2024-12-31").code()).isEqualTo(Ntm.OK);
    }

    @Test
    void aWardUnderARuralDistrictFailsUnitsCheck() throws IOException {
        Path units = file("units.csv", "code,parent_code,level,type,name\n42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "445,42,DISTRICT,Huyện,Huyện Thạch Hà\n6,445,COMMUNE,Phường,Phường Sáu\n");
        Run r = Run.of("units", "check", units.toString(), "--date", "2024-12-31", "--lang", "en");
        assertThat(r.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(r.err()).contains("units.csv:4").contains("cannot sit under Huyện Thạch Hà");
    }

    /**
     * Xã Hộ Độ (18598) held commune NTM and merged into Phường Trần Phú (18100) on 1 July 2025: the
     * carry-over used to print nothing; it now shows the standard, not applicable to a phường.
     */
    @Test
    void carryWithoutAStandardShowsOneThePredecessorHeldThatTheNewUnitCannotTake() throws IOException {
        Path statuses = file("statuses.csv", STATUS_HEAD + "18598,commune-ntm,RECOGNISED,2019-12-20,1/QĐ,UBND tỉnh\n");
        for (Language lang : Language.values()) {
            Run r = Run.of("units", "carry", "--statuses", statuses.toString(), "--unit", "18100", "--lang",
                    lang.locale().getLanguage());
            assertThat(r.code()).isEqualTo(Ntm.OK);
            assertThat(r.out()).as(lang.name()).contains("Phường Trần Phú (18100)").contains("Xã Hộ Độ (18598")
                    .contains(CarryOverOutcome.NOT_APPLICABLE_TO_UNIT.labels().in(lang));
        }
        Path none = file("none.csv", STATUS_HEAD + "18409,commune-ntm,RECOGNISED,2019-12-20,1/QĐ,UBND tỉnh\n");
        Run empty = Run.of("units", "carry", "--statuses", none.toString(), "--unit", "18100", "--lang", "en");
        assertThat(empty.code()).isEqualTo(Ntm.OK);
        assertThat(empty.out()).contains("No predecessor of Phường Trần Phú held any standard");
    }

    @Test
    void theUnitsCommandsReadAProvincesOwnHistoryAndSayTheRangeAListCovers() throws IOException {
        Path json = dir.resolve("history.json");
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            LocalityJson.write(GsoLists.haTinh(), w);
        }
        Run shipped = Run.of("units", "lineage", "18100", "--lang", "en");
        assertThat(shipped.code()).isEqualTo(Ntm.OK);
        assertThat(shipped.out()).contains("Xã Hộ Độ");
        Run own = Run.of("units", "lineage", "18100", "--history", json.toString(), "--lang", "en");
        assertThat(own.code()).isEqualTo(Ntm.OK);
        assertThat(own.out()).isEqualTo(shipped.out());
        Run csvs = Run.of("units", "lineage", "18100", "--history", "2024-11-01=" + GSO + "units-2024-11-01.csv",
                "--history", "2025-01-01=" + GSO + "units-2025-03-01.csv", "--history", "2025-07-01=" + GSO
                        + "units-2025-07-01.csv", "--merge-map", "2025-07-01=" + GSO + "reorg-2025-07-01.csv",
                "--lang", "en");
        assertThat(csvs.code()).as(csvs.err()).isEqualTo(Ntm.OK);
        assertThat(csvs.out()).isEqualTo(shipped.out());
        Run before = Run.of("units", "diff", "2024-11-01", "2025-07-01", "--list", "vietnam");
        assertThat(before.code()).isEqualTo(Ntm.USAGE);
        assertThat(before.err()).contains("bắt đầu từ ngày 01/03/2025").contains("--history");
        Run noDate = Run.of("units", "lineage", "18100", "--history", GSO + "units-2024-11-01.csv", "--history",
                GSO + "units-2025-07-01.csv");
        assertThat(noDate.code()).isEqualTo(Ntm.USAGE);
        assertThat(noDate.err()).contains("hãy viết DATE=FILE");
    }
}
