package io.github.ntmlib.intake;

import org.apiguardian.api.API;

/**
 * What a workbook cell holds, by the cell's type as stored, never by the look of its text.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CellKind {
    /** Nothing (an empty cell, or a formula never calculated). */
    BLANK,
    /** Text (a shared or inline string, or a formula's text result). */
    TEXT,
    /** A number, exactly as stored in the file. */
    NUMBER,
    /** A date: a number in a cell formatted as a date. */
    DATE,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** An error value such as {@code #DIV/0!} or {@code #N/A}. */
    ERROR
}
