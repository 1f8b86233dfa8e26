package io.github.ntmlib.intake;

import org.apiguardian.api.API;

/**
 * A merged range of a sheet: its top-left cell holds the value that applies to the whole span.
 *
 * @param firstRow    the first row (1-based)
 * @param firstColumn the first column (1-based)
 * @param lastRow     the last row, at least the first
 * @param lastColumn  the last column, at least the first
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MergedRegion(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    /**
     * Validates the region.
     *
     * @param firstRow    the first row
     * @param firstColumn the first column
     * @param lastRow     the last row
     * @param lastColumn  the last column
     */
    public MergedRegion {
        if (firstRow < 1 || firstColumn < 1 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range: rows " + firstRow + "-" + lastRow + ", columns "
                    + firstColumn + "-" + lastColumn);
        }
    }

    /**
     * Whether a cell lies in the region.
     *
     * @param row    the row
     * @param column the column
     * @return true if inside
     */
    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /**
     * The range as Excel writes it.
     *
     * @return such as {@code C1:E1}
     */
    @Override
    public String toString() {
        return CellAddress.columnName(firstColumn) + firstRow + ":" + CellAddress.columnName(lastColumn) + lastRow;
    }
}
