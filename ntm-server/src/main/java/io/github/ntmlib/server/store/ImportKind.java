package io.github.ntmlib.server.store;

import org.apiguardian.api.API;

/**
 * What an imported file holds, and so which of the library's readers reads it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ImportKind {
    /** Units with their validity (units CSV with valid_from, history JSON, or a units workbook). */
    HIERARCHY,
    /** Indicator values (CSV or workbook). */
    OBSERVATIONS,
    /** Recorded criterion outcomes (CSV or workbook). */
    OUTCOMES,
    /** The status register: dated decisions (CSV or workbook). */
    STATUSES,
    /** A provincial overlay (overlay JSON or a filled template JSON). */
    OVERLAY
}
