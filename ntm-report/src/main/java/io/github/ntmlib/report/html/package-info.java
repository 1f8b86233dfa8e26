/**
 * The report as one self-contained HTML page (jte, precompiled): inline CSS and SVG charts with titles, legends and text alternatives, and a print stylesheet for A4.
 *
 * @since 0.1
 */
@NullMarked
package io.github.ntmlib.report.html;

import org.jspecify.annotations.NullMarked;
