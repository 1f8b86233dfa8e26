/**
 * The geometry of the HTML report's SVG charts, read by the precompiled templates (not exported).
 */
@NullMarked
package io.github.ntmlib.report.html.internal;

import org.jspecify.annotations.NullMarked;
