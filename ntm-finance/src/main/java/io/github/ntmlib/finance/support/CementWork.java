package io.github.ntmlib.finance.support;

/**
 * Kinds of work under the cement-support mechanism (cơ chế hỗ trợ xi măng).
 */
public enum CementWork {
    /** Rural roads (đường giao thông nông thôn). */
    ROAD("đường giao thông"),
    /** Drains (rãnh thoát nước). */
    DRAIN("rãnh thoát nước"),
    /** Restoration and upgrading of concrete road surfaces (phục hồi, nâng cấp mặt đường). */
    SURFACE_RESTORATION("nâng cấp phục hồi mặt đường"),
    /** Field canals (kênh mương nội đồng). */
    FIELD_CANAL("kênh mương nội đồng");

    private final String label;

    CementWork(String label) {
        this.label = label;
    }

    /**
     * The Vietnamese label for reports.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
