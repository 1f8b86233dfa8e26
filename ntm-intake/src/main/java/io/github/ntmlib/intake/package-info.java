/**
 * Excel workbooks in (sổ tính Excel): {@link io.github.ntmlib.intake.XlsxReader} reads a workbook
 * within {@link io.github.ntmlib.intake.WorkbookLimits} into {@link io.github.ntmlib.intake.Workbook}
 * sheets of typed {@link io.github.ntmlib.intake.Cell}s, each with its
 * {@link io.github.ntmlib.intake.CellAddress}.
 */
@NullMarked
package io.github.ntmlib.intake;

import org.jspecify.annotations.NullMarked;
