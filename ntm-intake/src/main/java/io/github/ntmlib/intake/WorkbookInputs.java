package io.github.ntmlib.intake;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation inputs read from a workbook sheet in the <em>long layout</em>: the same columns
 * as the CSV files of {@code docs/formats.md} (a header row, then one row per value, outcome,
 * status or unit), validated by the CSV readers themselves ({@link DataCsv}, {@link UnitsCsv}) so
 * that a workbook and a CSV file obey one set of rules.
 *
 * <p>The sheet is the one named; when none is named, the workbook's only sheet, else the sheet
 * named for the input: {@code values} or {@code Giá trị}, {@code outcomes} or {@code Kết quả},
 * {@code statuses} or {@code Trạng thái}, {@code units} or {@code Đơn vị} (case and diacritics
 * ignored). The header is the sheet's first non-blank row; blank rows are skipped. Cells are taken by
 * type: a number column needs a number cell (text only when it is plain digits, or read in the
 * declared {@link NumberStyle}: "1.205" in a text cell is an error without one); a date column
 * needs a date cell or yyyy-mm-dd text; an error value ({@code #N/A}) is refused; a formula cell is
 * its cached value, with a warning. Every error names the workbook, sheet and cell. What is read
 * carries the position of its row's first header column ({@code values.xlsx, Giá trị!A17}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WorkbookInputs {

    private static final Set<String> NUMBERS = Set.of("year", "part", "whole", "completion_low", "completion_high");
    private static final Set<String> DATES = Set.of("as_of", "date", "valid_from", "valid_until");

    /** The conventional sheet names of indicator values. */
    static final String[] VALUES = {"values", "Giá trị"};
    /** The conventional sheet names of recorded outcomes. */
    static final String[] OUTCOMES = {"outcomes", "Kết quả"};
    /** The conventional sheet names of the status register. */
    static final String[] STATUSES = {"statuses", "Trạng thái"};
    /** The conventional sheet names of the units. */
    static final String[] UNITS = {"units", "Đơn vị"};

    private WorkbookInputs() {
    }

    /**
     * Reads indicator values (columns of {@link DataCsv#readObservations}).
     *
     * @param book  the workbook
     * @param sheet the sheet's name, or {@code null} for the only sheet or the conventional one
     * @param style how numbers typed as text are written, or {@code null} when not declared
     * @return the observations in row order, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell
     */
    public static Intake<List<Observation>> observations(Workbook book, @Nullable String sheet,
            @Nullable NumberStyle style) {
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = table(pick(book, sheet, VALUES), style, warnings);
        List<Observation> read = csv.read((r, f) -> DataCsv.readObservations(r, f, NumberStyle.PLAIN));
        List<Observation> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            Observation o = read.get(i);
            out.add(Observation.of(o.unit(), o.indicator(), o.year(), o.value(), at(o.source(), csv.rows().get(i)),
                    o.asOf()));
        }
        return new Intake<>(List.copyOf(out), warnings.list());
    }

    /**
     * Reads recorded criterion outcomes (columns of {@link DataCsv#readOutcomes}).
     *
     * @param book  the workbook
     * @param sheet the sheet's name, or {@code null} for the only sheet or the conventional one
     * @param style how numbers typed as text are written, or {@code null} when not declared
     * @return the outcomes in row order, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell
     */
    public static Intake<List<RecordedOutcome>> outcomes(Workbook book, @Nullable String sheet,
            @Nullable NumberStyle style) {
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = table(pick(book, sheet, OUTCOMES), style, warnings);
        return new Intake<>(relocate(csv.read((r, f) -> DataCsv.readOutcomes(r, f, NumberStyle.PLAIN)), csv), warnings.list());
    }

    static List<RecordedOutcome> relocate(List<RecordedOutcome> read, LongCsv csv) {
        List<RecordedOutcome> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            RecordedOutcome o = read.get(i);
            out.add(RecordedOutcome.of(o.unit(), o.standard(), o.criterion(), o.assessment(), o.completionLow(),
                    o.completionHigh(), o.date(), at(o.source(), csv.rows().get(i))));
        }
        return List.copyOf(out);
    }

    /**
     * Reads status-register entries (columns of {@link DataCsv#readStatuses}).
     *
     * @param book  the workbook
     * @param sheet the sheet's name, or {@code null} for the only sheet or the conventional one
     * @return the entries in row order, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell
     */
    public static Intake<List<StatusEvent>> statuses(Workbook book, @Nullable String sheet) {
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = table(pick(book, sheet, STATUSES), null, warnings);
        List<StatusEvent> read = csv.read(DataCsv::readStatuses);
        List<StatusEvent> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            StatusEvent e = read.get(i);
            out.add(new StatusEvent(e.unit(), e.standard(), e.step(), e.date(), e.decision(), e.authority(),
                    at(e.source(), csv.rows().get(i))));
        }
        return new Intake<>(List.copyOf(out), warnings.list());
    }

    /**
     * Reads the administrative units in force on a date (columns of {@link UnitsCsv#read}).
     *
     * @param book  the workbook
     * @param sheet the sheet's name, or {@code null} for the only sheet or the conventional one
     * @param date  the date the list is in force from
     * @return the snapshot, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell (a {@code HierarchyException}
     *                              listing every bad row)
     */
    public static Intake<Snapshot> units(Workbook book, @Nullable String sheet, LocalDate date) {
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = table(pick(book, sheet, UNITS), null, warnings);
        return new Intake<>(csv.read((r, s) -> UnitsCsv.read(r, s, date)), warnings.list());
    }

    /**
     * Reads a long-layout sheet with another CSV reader of ntm, one this module does not know (the
     * 2026-2030 commune-group facts, {@code GroupFactsCsv::read}, say): the sheet's cells become the
     * reader's CSV text by type, as for the inputs above — the named number columns from number
     * cells (text only as plain digits or in the declared style), every other column from text —
     * and the reader's errors name the cell.
     *
     * @param book          the workbook
     * @param sheet         the sheet's name, or {@code null} for the only sheet
     * @param numberColumns the columns that hold numbers
     * @param style         how numbers typed as text are written, or {@code null} when not declared
     * @param reader        the CSV reader, given the text and the sheet's name
     * @param <T>           what the reader reads
     * @return what was read, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell
     */
    public static <T> Intake<T> sheet(Workbook book, @Nullable String sheet, Set<String> numberColumns,
            @Nullable NumberStyle style, java.util.function.BiFunction<java.io.Reader, String, T> reader) {
        Set<String> numbers = Set.copyOf(numberColumns);
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = table(pick(book, sheet), style, warnings, (column, kind) -> numbers.contains(column)
                ? CellText.Need.NUMBER : DATES.contains(column) ? CellText.Need.DATE : CellText.Need.TEXT);
        return new Intake<>(csv.readDeclaringPlain(reader), warnings.list());
    }

    /**
     * A number where a column of a form needs one, by the rule of every workbook input (one rule,
     * one place): a number cell's exact stored value, or text of plain digits (the same in every
     * writing); nothing for a blank cell. Anything else — {@code 1.205} typed as text (1205 in
     * vi-VN writing, 1.205 in plain writing), a date, TRUE/FALSE, an error value — is an error
     * naming the cell, never guessed: a form has no declared number style. A formula cell is its
     * cached value; warning of it ({@link IntakeWarning#formula}) is the caller's.
     *
     * @param cell   the cell
     * @param column the column's name, for errors
     * @return the number, or empty for a blank cell
     * @throws InvalidDataException naming the cell
     * @since 0.1
     */
    public static java.util.Optional<java.math.BigDecimal> number(Cell cell, String column) {
        return CellText.numberOf(cell, column);
    }

    static DataSource at(DataSource source, SourcePosition position) {
        return new DataSource(source.reporter(), source.reference(), position);
    }

    /**
     * The sheet to read: the one named, else the only sheet, else the sheet with the input's
     * conventional name (English or Vietnamese, ignoring case and diacritics).
     */
    static Sheet pick(Workbook book, @Nullable String sheet, String... names) {
        if (sheet != null) {
            return book.sheet(sheet);
        }
        if (book.sheets().size() <= 1) {
            return book.firstSheet();
        }
        for (Sheet s : book.sheets()) {
            for (String name : names) {
                if (VietnameseText.fold(s.name()).equals(VietnameseText.fold(name))) {
                    return s;
                }
            }
        }
        throw new InvalidDataException(SourcePosition.of(book.name()), null, "sheet", Labels.of("trang tính nào? Sổ tính có " + book.sheets().size() + " trang tính (" + Limits.quote(book.sheets().stream().map(Sheet::name).collect(java.util.stream.Collectors.joining(", "))) + ") và không trang nào tên là " + java.util.Arrays.stream(names).map(Limits::quote).collect(java.util.stream.Collectors.joining(" hoặc ")),
                        "which sheet? The workbook has "
                + book.sheets().size() + " sheets (" + Limits.quote(book.sheets().stream().map(Sheet::name)
                        .collect(java.util.stream.Collectors.joining(", "))) + ") and none is named "
                + String.join(" or ", names)));
    }

    /** The long-layout sheet as CSV, each cell converted by what its column needs. */
    static LongCsv table(Sheet sheet, @Nullable NumberStyle style, Warnings warnings) {
        return table(sheet, style, warnings, WorkbookInputs::need);
    }

    /** The long-layout sheet as CSV, each cell converted by what its column needs (by column and row kind). */
    static LongCsv table(Sheet sheet, @Nullable NumberStyle style, Warnings warnings,
            java.util.function.BiFunction<String, String, CellText.Need> needs) {
        List<Row> rows = sheet.rows();
        int first = 0;
        while (first < rows.size() && rows.get(first).isBlank()) {
            first++;
        }
        if (first == rows.size()) {
            throw new InvalidDataException(SourcePosition.ofCell(sheet.workbook(), sheet.name(), "A1", 1), null, null, Labels.of("trang tính trống: cần một dòng tiêu đề",
                            "the sheet is empty: a header row is required"));
        }
        Row headerRow = rows.get(first);
        Map<Integer, String> columns = new LinkedHashMap<>();
        Map<String, CellAddress> headerCells = new HashMap<>();
        List<String> header = new ArrayList<>();
        for (Cell cell : headerRow.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (cell.kind() != CellKind.TEXT) {
                throw cell.error(null, null, Labels.of("ô tiêu đề phải là văn bản, không phải " + cell.describe(Language.VIETNAMESE),
                                "a header cell must be text, not " + cell.describe()));
            }
            String name = cell.text().strip();
            CellAddress before = headerCells.putIfAbsent(name, cell.address());
            if (before != null) {
                throw cell.error(null, name, Labels.of("cột " + Limits.quote(name) + " xuất hiện hai lần (cả ở " + before + ")",
                                "column " + Limits.quote(name) + " appears twice (also at " + before + ")"));
            }
            columns.put(cell.address().column(), name);
            header.add(name);
        }
        SourcePosition headerAt = SourcePosition.ofCell(sheet.workbook(), sheet.name(), headerRow.number() + ":"
                + headerRow.number(), headerRow.number());
        LongCsv csv = new LongCsv(sheet.workbook(), sheet.name(), header, headerCells, headerAt);
        int firstColumn = columns.keySet().stream().findFirst().orElse(1);
        for (int i = first + 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            Map<String, CellAddress> from = new HashMap<>();
            String kind = kind(row, headerCells);
            for (Cell cell : row.cells()) {
                String column = columns.get(cell.address().column());
                if (column == null) {
                    if (!cell.isBlank()) {
                        throw cell.error(null, null, Labels.of("có giá trị ở cột " + CellAddress.columnName(cell.address().column()) + ", cột không có tiêu đề",
                                        "a value in column " + CellAddress.columnName(cell.address()
                                .column()) + ", which has no header"));
                    }
                    continue;
                }
                values.put(column, CellText.of(cell, needs.apply(column, kind), column, style, warnings));
                from.put(column, cell.address());
            }
            for (Map.Entry<String, CellAddress> h : headerCells.entrySet()) {
                from.putIfAbsent(h.getKey(), sheet.address(row.number(), h.getValue().column()));
            }
            csv.add(row.number() - headerRow.number() + 1, values, from,
                    sheet.address(row.number(), firstColumn).position());
        }
        return csv;
    }

    /** The row's value kind, for the observation sheets whose value column holds a number for some kinds. */
    private static String kind(Row row, Map<String, CellAddress> headerCells) {
        CellAddress at = headerCells.get("kind");
        if (at == null) {
            return "";
        }
        Cell cell = row.cell(at.column());
        return cell.kind() == CellKind.TEXT ? VietnameseText.fold(cell.text()).strip().toUpperCase(Locale.ROOT) : "";
    }

    private static CellText.Need need(String column, String kind) {
        if (NUMBERS.contains(column)) {
            return CellText.Need.NUMBER;
        }
        if (DATES.contains(column)) {
            return CellText.Need.DATE;
        }
        if (column.equals("value") && (kind.equals("QUANTITY") || kind.equals("COUNT"))) {
            return CellText.Need.NUMBER;
        }
        return CellText.Need.TEXT;
    }
}
