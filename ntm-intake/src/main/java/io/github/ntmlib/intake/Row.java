package io.github.ntmlib.intake;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A row of a sheet: its number and its non-blank cells by column. A column without a stored
 * cell reads as a blank cell with its address.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Row {

    private final String workbook;
    private final String sheet;
    private final int number;
    private final List<Cell> cells;

    Row(String workbook, String sheet, int number, List<Cell> cells) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.number = number;
        this.cells = List.copyOf(cells);
    }

    /**
     * The row number.
     *
     * @return the 1-based row
     */
    public int number() {
        return number;
    }

    /**
     * The stored cells, left to right (blank cells may be among them only when typed as text of
     * spaces).
     *
     * @return the cells
     */
    public List<Cell> cells() {
        return cells;
    }

    /**
     * The cell of a column.
     *
     * @param column the 1-based column
     * @return the cell, blank if none is stored
     */
    public Cell cell(int column) {
        int low = 0;
        int high = cells.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = cells.get(mid).address().column();
            if (c < column) {
                low = mid + 1;
            } else if (c > column) {
                high = mid - 1;
            } else {
                return cells.get(mid);
            }
        }
        return Cell.blank(new CellAddress(workbook, sheet, number, column));
    }

    /**
     * The last column with a stored cell.
     *
     * @return the column, 0 for an empty row
     */
    public int lastColumn() {
        return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).address().column();
    }

    /**
     * Whether every cell is blank.
     *
     * @return true for a blank row
     */
    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row && ((Row) o).number == number && ((Row) o).sheet.equals(sheet)
                && ((Row) o).workbook.equals(workbook) && ((Row) o).cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workbook, sheet, number, cells);
    }

    @Override
    public String toString() {
        return sheet + "!" + number + ":" + number + " " + cells;
    }
}
