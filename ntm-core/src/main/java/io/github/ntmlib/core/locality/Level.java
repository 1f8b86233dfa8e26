package io.github.ntmlib.core.locality;

/**
 * The level of an administrative unit (cấp hành chính), from the top down.
 *
 * <p>The district level was abolished on 1 July 2025: from then on communes sit directly under
 * their province, and snapshots with two levels are valid.
 */
public enum Level {
    /** Province level (cấp tỉnh): tỉnh and thành phố trực thuộc trung ương. */
    PROVINCE("cấp tỉnh", "province"),
    /** District level (cấp huyện), until 30 June 2025: huyện, thị xã, thành phố thuộc tỉnh, quận. */
    DISTRICT("cấp huyện", "district"),
    /** Commune level (cấp xã): xã, phường, thị trấn, đặc khu. */
    COMMUNE("cấp xã", "commune"),
    /** Village level (thôn, bản, ấp, xóm, tổ dân phố): not an administrative level in law. */
    VILLAGE("thôn, tổ dân phố", "village");

    private final String vietnamese;
    private final String english;

    Level(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The Vietnamese label, for reports.
     *
     * @return the label, e.g. "cấp huyện"
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The English label.
     *
     * @return the label, e.g. "district"
     */
    public String english() {
        return english;
    }

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
