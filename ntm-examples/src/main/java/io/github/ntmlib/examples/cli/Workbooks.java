package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.intake.Intake;
import io.github.ntmlib.intake.IntakeWarning;
import io.github.ntmlib.intake.WideMapping;
import io.github.ntmlib.intake.Workbook;
import io.github.ntmlib.intake.WorkbookInputs;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The command's data inputs by file extension: a {@code .xlsx} workbook (long layout, or wide
 * through {@code --mapping}) or a CSV file. Warnings of a workbook (formula cells read as their
 * cached values) are printed on standard error, never dropped.
 */
final class Workbooks {

    static {
        // Apache POI logs through the Log4j API; without a provider Log4j prints an error on first
        // use. Its own simple logger (errors only, on standard error) stands in unless one is set.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final CommandLine cl;
    private final @Nullable WideMapping mapping;
    /** How numbers typed as text are written (--number-style), or null when not declared. */
    private final @Nullable NumberStyle style;
    private boolean mappingUsed;

    Workbooks(CommandLine cl, @Nullable Path mapping, @Nullable NumberStyle style) {
        this.cl = cl;
        this.mapping = mapping == null ? null : Inputs.read(mapping, WideMapping::read);
        this.style = style;
    }

    static boolean isWorkbook(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private Workbook open(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.NO_SUCH_FILE);
        }
        return XlsxReader.read(file, WorkbookLimits.defaults());
    }

    private <T> T warned(Intake<T> intake) {
        return warned(cl, intake);
    }

    /** What a workbook gave, its warnings printed on standard error in the command's language. */
    static <T> T warned(CommandLine cl, Intake<T> intake) {
        Language language = Notes.language(cl);
        for (IntakeWarning w : intake.warnings()) {
            cl.getErr().println(Cli.name(cl) + ": " + (language == Language.VIETNAMESE ? "cảnh báo: " : "warning: ")
                    + w.toString(language));
        }
        cl.getErr().flush();
        return intake.value();
    }

    private @Nullable WideMapping mappingFor(WideMapping.Input input) {
        if (mapping != null && mapping.input() == input) {
            mappingUsed = true;
            return mapping;
        }
        return null;
    }

    List<Observation> observations(Path file) {
        if (!isWorkbook(file)) {
            return Inputs.csv(file, (r, f) -> DataCsv.readObservations(r, f, style));
        }
        WideMapping wide = mappingFor(WideMapping.Input.VALUES);
        Workbook book = open(file);
        return warned(wide != null ? wide.observations(book, null) : WorkbookInputs.observations(book, null, style));
    }

    List<RecordedOutcome> outcomes(Path file) {
        if (!isWorkbook(file)) {
            return Inputs.csv(file, (r, f) -> DataCsv.readOutcomes(r, f, style));
        }
        WideMapping wide = mappingFor(WideMapping.Input.OUTCOMES);
        Workbook book = open(file);
        return warned(wide != null ? wide.outcomes(book, null) : WorkbookInputs.outcomes(book, null, style));
    }

    List<StatusEvent> statuses(Path file) {
        return isWorkbook(file) ? warned(WorkbookInputs.statuses(open(file), null))
                : Inputs.csv(file, DataCsv::readStatuses);
    }

    Snapshot units(Path file, LocalDate date) {
        return isWorkbook(file) ? warned(WorkbookInputs.units(open(file), null, date))
                : Inputs.csv(file, (r, f) -> UnitsCsv.read(r, f, date));
    }

    /**
     * An input read by another CSV reader (the 2026-2030 group facts, say): the CSV file, or the
     * same columns in a workbook's sheet, number columns from number cells.
     */
    <T> T sheet(Path file, java.util.Set<String> numberColumns, java.util.function.BiFunction<java.io.Reader, String, T>
            reader) {
        return isWorkbook(file) ? warned(WorkbookInputs.sheet(open(file), null, numberColumns, style, reader))
                : Inputs.csv(file, reader);
    }

    /** A mapping no workbook input used is a usage error: it would otherwise be ignored silently. */
    void checkMappingUsed() {
        if (mapping != null && !mappingUsed) {
            String input = mapping.input().name().toLowerCase(Locale.ROOT);
            throw Usage.of(cl, "--mapping " + mapping.source() + " ánh xạ --" + input + ", nhưng không có sổ tính (.xlsx) --"
                    + input + " nào được cho", "--mapping " + mapping.source() + " maps " + input + ", but no --"
                    + input + " workbook (.xlsx) was given");
        }
    }
}
