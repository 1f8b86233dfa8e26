package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * Kinds of work under the cement-support mechanism (cơ chế hỗ trợ xi măng).
 */
public enum CementWork implements Labelled {
    /** Rural roads (đường giao thông nông thôn). */
    ROAD("đường giao thông", "roads"),
    /** Drains (rãnh thoát nước). */
    DRAIN("rãnh thoát nước", "drains"),
    /** Restoration and upgrading of concrete road surfaces (phục hồi, nâng cấp mặt đường). */
    SURFACE_RESTORATION("nâng cấp phục hồi mặt đường", "road surface restoration"),
    /** Field canals (kênh mương nội đồng). */
    FIELD_CANAL("kênh mương nội đồng", "field canals");

    private final Labels labels;

    CementWork(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
