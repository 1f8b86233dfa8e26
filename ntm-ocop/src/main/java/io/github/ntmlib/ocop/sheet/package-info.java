/**
 * The scoring sheets (bộ tiêu chí đánh giá sản phẩm OCOP) as data: 26 sheets of Decision
 * 26/2026/QĐ-TTg Phụ lục II, read from versioned JSON files by {@link io.github.ntmlib.ocop.sheet.SheetCatalog}
 * and checked (every group, part and sheet sums to its stated total).
 */
@NullMarked
package io.github.ntmlib.ocop.sheet;

import org.jspecify.annotations.NullMarked;
