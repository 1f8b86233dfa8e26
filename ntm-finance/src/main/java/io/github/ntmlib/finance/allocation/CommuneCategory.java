package io.github.ntmlib.finance.allocation;

/**
 * The allocation category of a commune under Decision 07/2022/QĐ-TTg (nhóm xã tính hệ số).
 */
public enum CommuneCategory {
    /** Meets fewer than 15 criteria, or a safe-zone commune not yet NTM (xã dưới 15 tiêu chí; xã ATK chưa đạt chuẩn). */
    UNDER_15_OR_SAFE_ZONE("xã dưới 15 tiêu chí hoặc xã an toàn khu chưa đạt chuẩn NTM"),
    /** Meets 15 to 18 criteria (xã đạt 15-18 tiêu chí). */
    FROM_15_TO_18("xã đạt 15-18 tiêu chí"),
    /** Recognised NTM (xã đã được công nhận đạt chuẩn NTM). */
    RECOGNISED_NTM("xã đã đạt chuẩn NTM"),
    /** Extremely difficult commune, excluded: funded by the ethnic-minority program (xã đặc biệt khó khăn). */
    EXCLUDED_EXTREMELY_DIFFICULT("xã đặc biệt khó khăn (không tính)");

    private final String label;

    CommuneCategory(String label) {
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
