package io.github.ntmlib.base;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a piece of input came from: a file or resource name and, when known, a line number.
 *
 * <p>Errors about bad input carry a position so that the person who fixes the data can find the
 * row. A position made by code rather than read from a file has the source {@code "<api>"}.
 *
 * <p>A position in a spreadsheet ({@link #ofCell}) also names the cell as Excel writes it, sheet
 * and reference ({@code Giá trị!D17}); its line is the cell's row. It prints as {@code
 * gia-tri.xlsx, Giá trị!D17}. Positions in files with lines have no cell and print as before
 * ({@code units.csv:12}).
 *
 * @param source the file, resource or other source name; never blank
 * @param line   the 1-based line (or spreadsheet row) number, or 0 when the source has no lines
 * @param cell   the spreadsheet cell as {@code sheet!A1}, or {@code null} when the source is not a
 *               spreadsheet
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SourcePosition(String source, int line, @Nullable String cell) {

    /** The position of values built through the API rather than read from a file. */
    public static final SourcePosition API = new SourcePosition("<api>", 0);

    /**
     * Validates the components.
     *
     * @param source the file, resource or other source name; never blank
     * @param line   the 1-based line (or spreadsheet row) number, or 0 when the source has no lines
     * @param cell   the spreadsheet cell as {@code sheet!A1}, or {@code null}; never blank
     */
    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        if (cell != null && cell.isBlank()) {
            throw new IllegalArgumentException("cell must not be blank");
        }
    }

    /**
     * A position at a line of a source, without a cell.
     *
     * @param source the file, resource or other source name; never blank
     * @param line   the 1-based line number, or 0 when the source has no lines
     */
    public SourcePosition(String source, int line) {
        this(source, line, null);
    }

    /**
     * A cell of a spreadsheet: {@code ofCell("gia-tri.xlsx", "Giá trị", "D17", 17)} prints as
     * {@code gia-tri.xlsx, Giá trị!D17}.
     *
     * @param workbook  the workbook's file name
     * @param sheet     the sheet's name
     * @param reference the cell reference as Excel writes it ({@code D17}), or a row or column
     *                  range ({@code 17:17}, {@code D:D})
     * @param row       the cell's 1-based row, or 0 when the reference spans no single row
     * @return the position
     * @since 0.1
     */
    public static SourcePosition ofCell(String workbook, String sheet, String reference, int row) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(reference, "reference");
        return new SourcePosition(workbook, row, sheet + "!" + reference);
    }

    /**
     * A position at a line of a source.
     *
     * @param source the file or resource name
     * @param line   the 1-based line number
     * @return the position
     */
    public static SourcePosition of(String source, int line) {
        return new SourcePosition(source, line);
    }

    /**
     * A position in a source without line numbers (a JSON document, an API call).
     *
     * @param source the source name
     * @return the position
     */
    public static SourcePosition of(String source) {
        return new SourcePosition(source, 0);
    }

    /**
     * The line, if the source has lines.
     *
     * @return the 1-based line, or empty
     */
    public OptionalInt lineNumber() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /**
     * The spreadsheet cell, if this is a position in a spreadsheet.
     *
     * @return the cell as {@code sheet!A1}, or empty
     * @since 0.1
     */
    public Optional<String> cellReference() {
        return Optional.ofNullable(cell);
    }

    @Override
    public String toString() {
        if (cell != null) {
            return source + ", " + cell;
        }
        return line == 0 ? source : source + ":" + line;
    }
}
