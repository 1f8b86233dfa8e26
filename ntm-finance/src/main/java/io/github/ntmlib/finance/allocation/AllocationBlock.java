package io.github.ntmlib.finance.allocation;

/**
 * The five blocks of the central pool under Decision 07/2022/QĐ-TTg (các khối phân bổ). How the
 * pool is split between blocks was not found: each block's pool is data the caller supplies.
 */
public enum AllocationBlock {
    /** Provinces by commune category (theo tiêu chí xã). */
    COMMUNES("phân bổ theo tiêu chí xã"),
    /** Provinces by district category (theo tiêu chí huyện). */
    DISTRICTS("phân bổ theo tiêu chí huyện"),
    /** Priority provinces (tỉnh ưu tiên). */
    PRIORITY_PROVINCES("tỉnh ưu tiên"),
    /** Thematic programs (chương trình chuyên đề). */
    THEMATIC_PROGRAMS("chương trình chuyên đề"),
    /** The ADB grassroots-health program (chương trình y tế cơ sở vốn ADB). */
    ADB_GRASSROOTS_HEALTH("y tế cơ sở vốn vay ADB");

    private final String label;

    AllocationBlock(String label) {
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
