/**
 * The report as PDF, printed by headless Chromium from the HTML page.
 *
 * @since 0.1
 */
@NullMarked
package io.github.ntmlib.report.pdf;

import org.jspecify.annotations.NullMarked;
