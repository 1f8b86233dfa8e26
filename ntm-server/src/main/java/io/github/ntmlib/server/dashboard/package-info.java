/**
 * The dashboard: server-rendered pages (precompiled jte templates, inline SVG charts, no script
 * fetched from elsewhere) over the store's runs — the runs, a run's drill-down from province to
 * commune with tallies, plan progress and explanations, the criterion matrix, the comparison of two
 * runs and the report downloads. Vietnamese by default, English with {@code ?lang=en}.
 */
@NullMarked
package io.github.ntmlib.server.dashboard;

import org.jspecify.annotations.NullMarked;
