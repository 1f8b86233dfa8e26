/**
 * The report body as a Word document (.docx) that officials edit before signing.
 *
 * @since 0.1
 */
@NullMarked
package io.github.ntmlib.report.docx;

import org.jspecify.annotations.NullMarked;
