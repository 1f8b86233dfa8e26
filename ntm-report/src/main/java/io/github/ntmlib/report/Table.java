package io.github.ntmlib.report;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A table: a caption, a header row and rows of cells, the last of them possibly a total row.
 *
 * @param id            a stable identifier (an HTML id, a test's handle), e.g. "districts"
 * @param caption       the caption
 * @param sheet         the workbook sheet's name (at most 31 characters, none of {@code []:*?/\})
 * @param header        the column headings
 * @param rows          the rows, each as wide as the header
 * @param frozenColumns how many leading columns name the row (frozen in a workbook)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Table(String id, String caption, String sheet, List<String> header, List<Row> rows,
        int frozenColumns) implements Block {

    /**
     * A row of cells.
     *
     * @param cells the cells
     * @param total whether it is a total row (Toàn tỉnh)
     */
    public record Row(List<Cell> cells, boolean total) {

        /**
         * Copies the cells.
         *
         * @param cells the cells
         * @param total whether it is a total row
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Validates the components.
     *
     * @param id            the identifier
     * @param caption       the caption
     * @param sheet         the sheet name
     * @param header        the headings
     * @param rows          the rows
     * @param frozenColumns the naming columns
     * @throws IllegalArgumentException for a row of another width, a bad sheet name or frozen count
     */
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(sheet, "sheet");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        if (sheet.isBlank() || sheet.length() > 31 || sheet.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("bad sheet name '" + sheet + "'");
        }
        if (frozenColumns < 0 || frozenColumns > header.size()) {
            throw new IllegalArgumentException("frozen columns " + frozenColumns + " of " + header.size());
        }
        for (Row r : rows) {
            if (r.cells().size() != header.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + r.cells().size() + " cells under "
                        + header.size() + " headings");
            }
        }
    }
}
