package io.github.ntmlib.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sheet: its name, its rows that hold at least one cell (in row order) and its merged regions.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Sheet {

    private final String workbook;
    private final String name;
    private final List<Row> rows;
    private final List<MergedRegion> merged;
    /** The merged region of each covered cell (row * 16,385 + column), built on first use. */
    private volatile @Nullable Map<Long, MergedRegion> covered;

    Sheet(String workbook, String name, List<Row> rows, List<MergedRegion> merged) {
        this.workbook = workbook;
        this.name = name;
        this.rows = List.copyOf(rows);
        this.merged = List.copyOf(merged);
    }

    /**
     * The workbook's file name.
     *
     * @return the name
     */
    public String workbook() {
        return workbook;
    }

    /**
     * The sheet's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The rows holding cells, in row order; rows with no stored cell are absent.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The merged regions.
     *
     * @return the regions, in file order
     */
    public List<MergedRegion> mergedRegions() {
        return merged;
    }

    /**
     * A row by number.
     *
     * @param number the 1-based row
     * @return the row, or empty when it holds no cell
     */
    public Optional<Row> row(int number) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int n = rows.get(mid).number();
            if (n < number) {
                low = mid + 1;
            } else if (n > number) {
                high = mid - 1;
            } else {
                return Optional.of(rows.get(mid));
            }
        }
        return Optional.empty();
    }

    /**
     * The cell at a row and column as stored.
     *
     * @param row    the 1-based row
     * @param column the 1-based column
     * @return the cell, blank if none is stored
     */
    public Cell cell(int row, int column) {
        return row(row).map(r -> r.cell(column)).orElseGet(() -> Cell.blank(address(row, column)));
    }

    /**
     * The value that applies at a row and column: inside a merged region, the region's top-left
     * cell (a merged header's text applies to its whole span); elsewhere the cell itself.
     *
     * @param row    the 1-based row
     * @param column the 1-based column
     * @return the cell whose value applies (its address is the top-left cell's)
     */
    public Cell valueAt(int row, int column) {
        MergedRegion region = index().get(key(row, column));
        return region == null ? cell(row, column) : cell(region.firstRow(), region.firstColumn());
    }

    /**
     * The merged region a cell lies in (the first in file order if regions overlap).
     *
     * @param row    the row
     * @param column the column
     * @return the region, or empty
     */
    public Optional<MergedRegion> regionAt(int row, int column) {
        return Optional.ofNullable(index().get(key(row, column)));
    }

    private static long key(int row, int column) {
        return (long) row * (WorkbookLimits.EXCEL_COLUMNS + 1) + column;
    }

    /** Linear in the cells the regions cover, which the reader bounds ({@link WorkbookLimits#maxCells()}). */
    private Map<Long, MergedRegion> index() {
        Map<Long, MergedRegion> map = covered;
        if (map == null) {
            map = new HashMap<>();
            for (MergedRegion m : merged) {
                for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                    for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                        map.putIfAbsent(key(r, c), m);
                    }
                }
            }
            covered = map;
        }
        return map;
    }

    /**
     * An address in this sheet.
     *
     * @param row    the 1-based row
     * @param column the 1-based column
     * @return the address
     */
    public CellAddress address(int row, int column) {
        return new CellAddress(workbook, name, row, column);
    }

    @Override
    public String toString() {
        return workbook + ", " + name + " (" + rows.size() + " rows, " + merged.size() + " merged regions)";
    }
}
