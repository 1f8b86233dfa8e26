/**
 * The report as an Excel workbook (.xlsx): the tallies and the phụ lục matrix with conditional formatting, frozen headers and text cells that are never formulas.
 *
 * @since 0.1
 */
@NullMarked
package io.github.ntmlib.report.xlsx;

import org.jspecify.annotations.NullMarked;
