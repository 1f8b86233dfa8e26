package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * The five blocks of the central pool under Decision 07/2022/QĐ-TTg (các khối phân bổ). How the
 * pool is split between blocks was not found: each block's pool is data the caller supplies.
 */
public enum AllocationBlock implements Labelled {
    /** Provinces by commune category (theo tiêu chí xã). */
    COMMUNES("phân bổ theo tiêu chí xã", "allocation by commune criteria"),
    /** Provinces by district category (theo tiêu chí huyện). */
    DISTRICTS("phân bổ theo tiêu chí huyện", "allocation by district criteria"),
    /** Priority provinces (tỉnh ưu tiên). */
    PRIORITY_PROVINCES("tỉnh ưu tiên", "priority provinces"),
    /** Thematic programs (chương trình chuyên đề). */
    THEMATIC_PROGRAMS("chương trình chuyên đề", "thematic programs"),
    /** The ADB grassroots-health program (chương trình y tế cơ sở vốn ADB). */
    ADB_GRASSROOTS_HEALTH("y tế cơ sở vốn vay ADB", "grassroots health (ADB loan)");

    private final Labels labels;

    AllocationBlock(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
