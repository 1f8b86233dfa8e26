package io.github.ntmlib.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example workbooks of docs/examples are what {@link ExampleWorkbooks} writes, and they read
 * as the figures they show: the long workbook as its CSV twins, the wide one through its mapping.
 */
class ExampleWorkbooksTest {

    private static final LocalDate DATE = LocalDate.of(2024, 12, 31);

    @BeforeAll
    static void writeWhenAsked() throws IOException {
        if (Boolean.getBoolean("ntm.writeExamples")) {
            ExampleWorkbooks.write();
        }
    }

    private static Workbook committed(String name) {
        return XlsxReader.read(ExampleWorkbooks.docs().resolve(name), WorkbookLimits.defaults());
    }

    private static <T> T csv(String name, BiFunction<Reader, String, T> reader) throws IOException {
        try (Reader in = Files.newBufferedReader(ExampleWorkbooks.docs().resolve(name), StandardCharsets.UTF_8)) {
            return reader.apply(in, name);
        }
    }

    private static String cells(Workbook book) {
        return book.sheets().stream().map(s -> s.name() + s.rows().stream().flatMap(r -> r.cells().stream())
                .map(Cell::toString).collect(Collectors.joining("\n")) + s.mergedRegions())
                .collect(Collectors.joining("\n\n"));
    }

    @Test
    void theCommittedWorkbooksAreWhatTheGeneratorWrites() {
        assertThat(cells(committed(ExampleWorkbooks.LONG))).isEqualTo(cells(TestWorkbooks.read(
                ExampleWorkbooks.longLayout(), ExampleWorkbooks.LONG)));
        assertThat(cells(committed(ExampleWorkbooks.WIDE))).isEqualTo(cells(TestWorkbooks.read(
                ExampleWorkbooks.wideLayout(), ExampleWorkbooks.WIDE)));
    }

    @Test
    void theLongWorkbookReadsAsItsCsvTwinsWithCellPositions() throws IOException {
        Workbook book = committed(ExampleWorkbooks.LONG);
        Intake<List<Observation>> values = WorkbookInputs.observations(book, null, null);
        assertThat(strip(values.value())).isEqualTo(strip(csv("values.csv", DataCsv::readObservations)));
        assertThat(values.value().get(0).source().position()).hasToString("ho-so-ha-tinh-2024.xlsx, Giá trị!A2");
        assertThat(values.value().get(1).source().position()).hasToString("ho-so-ha-tinh-2024.xlsx, Giá trị!A4");
        assertThat(values.value().get(0).asOf()).hasValue(LocalDate.of(2024, 11, 30));
        assertThat(values.warnings()).extracting(IntakeWarning::toString).containsExactly(
                "ho-so-ha-tinh-2024.xlsx, Giá trị!G4: a formula cell is read as the value Excel saved with it (100), "
                        + "not recalculated");

        List<RecordedOutcome> outcomes = WorkbookInputs.outcomes(book, null, null).value();
        List<RecordedOutcome> twins = csv("outcomes.csv", DataCsv::readOutcomes);
        assertThat(outcomes).hasSameSizeAs(twins);
        for (int i = 0; i < twins.size(); i++) {
            assertThat(outcomes.get(i).toString().replaceAll(", source=.*", ""))
                    .isEqualTo(twins.get(i).toString().replaceAll(", source=.*", ""));
            assertThat(outcomes.get(i).completionLow()).isEqualTo(twins.get(i).completionLow());
            assertThat(outcomes.get(i).date()).isEqualTo(twins.get(i).date());
        }

        List<StatusEvent> statuses = WorkbookInputs.statuses(book, null).value();
        List<StatusEvent> statusTwins = csv("statuses.csv", DataCsv::readStatuses);
        assertThat(statuses).extracting(StatusEvent::unit, StatusEvent::step, StatusEvent::date, StatusEvent::decision)
                .isEqualTo(statusTwins.stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.unit(), e.step(), e.date(),
                        e.decision())).collect(Collectors.toList()));

        Snapshot units = WorkbookInputs.units(book, null, DATE).value();
        Snapshot unitTwins = csv("units.csv", (r, s) -> UnitsCsv.read(r, s, DATE));
        assertThat(units.size()).isEqualTo(unitTwins.size()).isEqualTo(5);
        assertThat(units.require("18003").name()).isEqualTo("Thị trấn Thạch Hà");
        assertThat(units.parent("18001").map(u -> u.code())).hasValue("445");
    }

    private static List<String> strip(List<Observation> list) {
        return list.stream().map(o -> o.unit() + " " + o.indicator() + " " + o.year() + " " + o.value() + " "
                + o.asOf() + " " + o.source().reporter() + " " + o.source().reference()).collect(Collectors.toList());
    }

    @Test
    void theWideWorkbookWithMergedTwoRowHeadersReadsThroughItsMapping() throws IOException {
        WideMapping mapping;
        try (Reader in = Files.newBufferedReader(ExampleWorkbooks.docs().resolve(ExampleWorkbooks.WIDE_MAPPING),
                StandardCharsets.UTF_8)) {
            mapping = WideMapping.read(in, ExampleWorkbooks.WIDE_MAPPING);
        }
        Intake<List<Observation>> read = mapping.observations(committed(ExampleWorkbooks.WIDE), null);
        assertThat(read.value()).extracting(o -> o.unit() + " " + o.indicator() + " " + o.value() + " @ "
                + o.source().position()).containsExactly(
                        "18001 3.1 " + new Value.Ratio(new BigDecimal("86"), new BigDecimal("100"))
                                + " @ gia-tri-theo-xa-2024.xlsx, Giá trị!D3",
                        "18001 3.2 " + new Value.Flag(true) + " @ gia-tri-theo-xa-2024.xlsx, Giá trị!F3",
                        "18001 10.income " + new Value.Quantity(new BigDecimal("61.5"), "triệu đồng/người/năm")
                                + " @ gia-tri-theo-xa-2024.xlsx, Giá trị!G3",
                        "18002 3.1 " + new Value.Ratio(new BigDecimal("82"), new BigDecimal("100"))
                                + " @ gia-tri-theo-xa-2024.xlsx, Giá trị!D4",
                        "18002 3.2 " + new Value.Flag(false) + " @ gia-tri-theo-xa-2024.xlsx, Giá trị!F4",
                        "18002 10.income " + new Value.Quantity(new BigDecimal("58.2"), "triệu đồng/người/năm")
                                + " @ gia-tri-theo-xa-2024.xlsx, Giá trị!G4");
        assertThat(read.value()).allMatch(o -> o.year() == 2024 && o.source().reporter().equals("UBND huyện Thạch Hà"));
        assertThat(read.warnings()).extracting(IntakeWarning::toString).containsExactly(
                "gia-tri-theo-xa-2024.xlsx, Giá trị!G4: a formula cell is read as the value Excel saved with it (58.2), "
                        + "not recalculated");
    }

    static Path docs() {
        return ExampleWorkbooks.docs();
    }
}
