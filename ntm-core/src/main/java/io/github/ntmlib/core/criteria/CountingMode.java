package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * How aggregate conditions count the units that hold a standard: by official recognition or by
 * what the data says now. Always explicit: reports state "được công nhận" (recognised) and "đạt
 * chuẩn" (meeting the criteria) separately.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CountingMode implements Labelled {
    /** Units recognised by decision in the status register (được công nhận). */
    OFFICIAL,
    /** Units whose computed attainment holds (a projection, đạt chuẩn theo số liệu). */
    COMPUTED
}
