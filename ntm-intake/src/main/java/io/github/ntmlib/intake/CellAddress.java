package io.github.ntmlib.intake;

import io.github.ntmlib.base.SourcePosition;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a cell is: workbook, sheet, row and column. It prints as Excel writes a reference, {@code
 * Giá trị!D17}; {@link #position()} adds the workbook for errors ({@code gia-tri.xlsx, Giá trị!D17}).
 *
 * @param workbook the workbook's file name
 * @param sheet    the sheet's name
 * @param row      the 1-based row
 * @param column   the 1-based column (A = 1)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CellAddress(String workbook, String sheet, int row, int column) {

    /**
     * Validates the address.
     *
     * @param workbook the workbook's file name
     * @param sheet    the sheet's name
     * @param row      the 1-based row
     * @param column   the 1-based column
     */
    public CellAddress {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1 || row > WorkbookLimits.EXCEL_ROWS) {
            throw new IllegalArgumentException("row out of range: " + row);
        }
        if (column < 1 || column > WorkbookLimits.EXCEL_COLUMNS) {
            throw new IllegalArgumentException("column out of range: " + column);
        }
    }

    /**
     * The reference without the sheet.
     *
     * @return such as {@code D17}
     */
    public String reference() {
        return columnName(column) + row;
    }

    /**
     * The position for errors and provenance: the workbook, the sheet and the cell, the row as the line.
     *
     * @return the position
     */
    public SourcePosition position() {
        return SourcePosition.ofCell(workbook, sheet, reference(), row);
    }

    /**
     * The sheet and the reference.
     *
     * @return such as {@code Giá trị!D17}
     */
    @Override
    public String toString() {
        return sheet + "!" + reference();
    }

    /**
     * A column's letters.
     *
     * @param column the 1-based column
     * @return such as {@code A}, {@code Z}, {@code AA}, {@code XFD}
     */
    public static String columnName(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("column out of range: " + column);
        }
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.append((char) ('A' + (c - 1) % 26));
        }
        return name.reverse().toString();
    }

    /**
     * A column's number from its letters.
     *
     * @param letters such as {@code D} or {@code AA} (any case)
     * @return the 1-based column, or -1 if the letters are not a column within Excel's bounds
     */
    public static int columnNumber(String letters) {
        if (letters.isEmpty() || letters.length() > 3) {
            return -1;
        }
        int column = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column <= WorkbookLimits.EXCEL_COLUMNS ? column : -1;
    }
}
