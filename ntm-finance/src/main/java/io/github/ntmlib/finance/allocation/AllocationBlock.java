package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * The five blocks of the central pool under Decision 07/2022/QĐ-TTg (các khối phân bổ). How the
 * pool is split between blocks was not found: each block's pool is data the caller supplies.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AllocationBlock implements Labelled {
    /** Provinces by commune category (theo tiêu chí xã). */
    COMMUNES,
    /** Provinces by district category (theo tiêu chí huyện). */
    DISTRICTS,
    /** Priority provinces (tỉnh ưu tiên). */
    PRIORITY_PROVINCES,
    /** Thematic programs (chương trình chuyên đề). */
    THEMATIC_PROGRAMS,
    /** The ADB grassroots-health program (chương trình y tế cơ sở vốn ADB). */
    ADB_GRASSROOTS_HEALTH;

}
