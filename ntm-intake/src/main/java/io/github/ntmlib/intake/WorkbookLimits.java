package io.github.ntmlib.intake;

import org.apiguardian.api.API;

/**
 * The bounds a workbook is read within, all checked before or while the bytes are inflated, so
 * that reading an untrusted .xlsx takes time and memory linear in its size whatever it holds.
 *
 * <p>A workbook beyond any bound is refused with an error naming the bound, never cut silently.
 * The zip bounds ({@code maxInflation}, {@code maxEntryBytes}) are handed to Apache POI's {@code
 * ZipSecureFile}, whose settings are process-wide: they are set for each read.
 *
 * @param maxFileBytes      the most bytes of the .xlsx file itself
 * @param maxInflation      the most an entry may expand: inflated size / compressed size (a zip
 *                          bomb expands a thousandfold and more)
 * @param maxEntryBytes     the most bytes of one inflated part (a sheet's XML, the shared strings)
 * @param maxSheets         the most sheets
 * @param maxRows           the largest row number of a sheet
 * @param maxColumns        the largest column number of a sheet (A = 1)
 * @param maxCells          the most non-blank cells of the whole workbook
 * @param maxSharedStrings  the most shared strings
 * @param maxTextChars      the most characters of all shared strings together
 * @param maxCellChars      the most characters of one cell's text (Excel's own bound is 32,767)
 * @param maxMergedRegions  the most merged regions of a sheet
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WorkbookLimits(long maxFileBytes, int maxInflation, long maxEntryBytes, int maxSheets, int maxRows,
        int maxColumns, long maxCells, int maxSharedStrings, long maxTextChars, int maxCellChars,
        int maxMergedRegions) {

    /** Excel's largest row number. */
    public static final int EXCEL_ROWS = 1_048_576;
    /** Excel's largest column number (XFD). */
    public static final int EXCEL_COLUMNS = 16_384;

    /**
     * Validates the bounds: every one positive, rows and columns within Excel's.
     *
     * @param maxFileBytes      the most bytes of the file
     * @param maxInflation      the most an entry may expand
     * @param maxEntryBytes     the most bytes of one inflated part
     * @param maxSheets         the most sheets
     * @param maxRows           the largest row number
     * @param maxColumns        the largest column number
     * @param maxCells          the most non-blank cells
     * @param maxSharedStrings  the most shared strings
     * @param maxTextChars      the most characters of all shared strings
     * @param maxCellChars      the most characters of one cell
     * @param maxMergedRegions  the most merged regions of a sheet
     */
    public WorkbookLimits {
        positive("maxFileBytes", maxFileBytes);
        positive("maxInflation", maxInflation);
        positive("maxEntryBytes", maxEntryBytes);
        positive("maxSheets", maxSheets);
        positive("maxRows", maxRows);
        positive("maxColumns", maxColumns);
        positive("maxCells", maxCells);
        positive("maxSharedStrings", maxSharedStrings);
        positive("maxTextChars", maxTextChars);
        positive("maxCellChars", maxCellChars);
        positive("maxMergedRegions", maxMergedRegions);
        if (maxRows > EXCEL_ROWS) {
            throw new IllegalArgumentException("maxRows must be at most " + EXCEL_ROWS + ": " + maxRows);
        }
        if (maxColumns > EXCEL_COLUMNS) {
            throw new IllegalArgumentException("maxColumns must be at most " + EXCEL_COLUMNS + ": " + maxColumns);
        }
    }

    /**
     * Bounds for a province's reporting workbooks: 32 MiB file, 100-fold inflation, 128 MiB per
     * part, 64 sheets, 100,000 rows, 1,024 columns, 2,000,000 cells, 1,000,000 shared strings of
     * 16,000,000 characters together, 32,767 characters a cell, 10,000 merged regions a sheet.
     *
     * @return the default bounds
     */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(32L << 20, 100, 128L << 20, 64, 100_000, 1_024, 2_000_000, 1_000_000, 16_000_000,
                32_767, 10_000);
    }

    /**
     * These bounds with another file size.
     *
     * @param bytes the most bytes of the file
     * @return the bounds
     */
    public WorkbookLimits withMaxFileBytes(long bytes) {
        return new WorkbookLimits(bytes, maxInflation, maxEntryBytes, maxSheets, maxRows, maxColumns, maxCells,
                maxSharedStrings, maxTextChars, maxCellChars, maxMergedRegions);
    }

    /**
     * These bounds with other sheet, row, column and cell counts.
     *
     * @param sheets  the most sheets
     * @param rows    the largest row number
     * @param columns the largest column number
     * @param cells   the most non-blank cells
     * @return the bounds
     */
    public WorkbookLimits withShape(int sheets, int rows, int columns, long cells) {
        return new WorkbookLimits(maxFileBytes, maxInflation, maxEntryBytes, sheets, rows, columns, cells,
                maxSharedStrings, maxTextChars, maxCellChars, maxMergedRegions);
    }

    /**
     * These bounds with other text bounds.
     *
     * @param sharedStrings the most shared strings
     * @param textChars     the most characters of all shared strings
     * @param cellChars     the most characters of one cell
     * @return the bounds
     */
    public WorkbookLimits withText(int sharedStrings, long textChars, int cellChars) {
        return new WorkbookLimits(maxFileBytes, maxInflation, maxEntryBytes, maxSheets, maxRows, maxColumns, maxCells,
                sharedStrings, textChars, cellChars, maxMergedRegions);
    }

    /**
     * These bounds with other zip bounds.
     *
     * @param inflation  the most an entry may expand
     * @param entryBytes the most bytes of one inflated part
     * @return the bounds
     */
    public WorkbookLimits withZip(int inflation, long entryBytes) {
        return new WorkbookLimits(maxFileBytes, inflation, entryBytes, maxSheets, maxRows, maxColumns, maxCells,
                maxSharedStrings, maxTextChars, maxCellChars, maxMergedRegions);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
