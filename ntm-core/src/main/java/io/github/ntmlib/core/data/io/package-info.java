/**
 * Reading evaluation data from CSV files a provincial office can export from its spreadsheets:
 * indicator values, recorded criterion outcomes and status register entries ({@link
 * io.github.ntmlib.core.data.io.DataCsv}). Every bad cell is reported with file, line, unit and
 * column.
 */
@NullMarked
package io.github.ntmlib.core.data.io;

import org.jspecify.annotations.NullMarked;
