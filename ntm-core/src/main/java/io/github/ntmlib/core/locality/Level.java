package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * The level of an administrative unit (cấp hành chính), from the top down.
 *
 * <p>The district level was abolished on 1 July 2025: from then on communes sit directly under
 * their province, and snapshots with two levels are valid.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Level implements Labelled {
    /** Province level (cấp tỉnh): tỉnh and thành phố trực thuộc trung ương. */
    PROVINCE,
    /** District level (cấp huyện), until 30 June 2025: huyện, thị xã, thành phố thuộc tỉnh, quận. */
    DISTRICT,
    /** Commune level (cấp xã): xã, phường, thị trấn, đặc khu. */
    COMMUNE,
    /** Village level (thôn, bản, ấp, xóm, tổ dân phố): not an administrative level in law. */
    VILLAGE;

    /**
     * Whether a unit of this level may sit directly under a unit of the given level.
     *
     * <p>Districts sit under provinces; communes under districts or, in two-level government,
     * under provinces; villages under communes. Provinces have no parent.
     *
     * @param parent the level of the would-be parent
     * @return true if the nesting is allowed
     */
    public boolean mayBeChildOf(Level parent) {
        switch (this) {
            case DISTRICT:
                return parent == PROVINCE;
            case COMMUNE:
                return parent == PROVINCE || parent == DISTRICT;
            case VILLAGE:
                return parent == COMMUNE;
            default:
                return false;
        }
    }
}
