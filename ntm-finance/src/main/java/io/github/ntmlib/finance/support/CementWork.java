package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * Kinds of work under the cement-support mechanism (cơ chế hỗ trợ xi măng).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CementWork implements Labelled {
    /** Rural roads (đường giao thông nông thôn). */
    ROAD,
    /** Drains (rãnh thoát nước). */
    DRAIN,
    /** Restoration and upgrading of concrete road surfaces (phục hồi, nâng cấp mặt đường). */
    SURFACE_RESTORATION,
    /** Field canals (kênh mương nội đồng). */
    FIELD_CANAL;

}
