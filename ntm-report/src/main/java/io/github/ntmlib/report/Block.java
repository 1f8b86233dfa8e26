package io.github.ntmlib.report;

import org.apiguardian.api.API;

/**
 * A part of a report section: a paragraph, a table or a bar chart. Every renderer renders every
 * kind, so that a new section needs no renderer change.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Block permits Paragraph, Table, BarChart {
}
