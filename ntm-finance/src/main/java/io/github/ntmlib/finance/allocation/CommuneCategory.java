package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * The allocation category of a commune under Decision 07/2022/QĐ-TTg (nhóm xã tính hệ số).
 */
public enum CommuneCategory implements Labelled {
    /** Meets fewer than 15 criteria, or a safe-zone commune not yet NTM (xã dưới 15 tiêu chí; xã ATK chưa đạt chuẩn). */
    UNDER_15_OR_SAFE_ZONE("xã dưới 15 tiêu chí hoặc xã an toàn khu chưa đạt chuẩn NTM", "communes under 15 criteria or safe-zone communes not yet NTM"),
    /** Meets 15 to 18 criteria (xã đạt 15-18 tiêu chí). */
    FROM_15_TO_18("xã đạt 15-18 tiêu chí", "communes meeting 15-18 criteria"),
    /** Recognised NTM (xã đã được công nhận đạt chuẩn NTM). */
    RECOGNISED_NTM("xã đã đạt chuẩn NTM", "communes recognised NTM"),
    /** Extremely difficult commune, excluded: funded by the ethnic-minority program (xã đặc biệt khó khăn). */
    EXCLUDED_EXTREMELY_DIFFICULT("xã đặc biệt khó khăn (không tính)", "extremely difficult communes (not counted)");

    private final Labels labels;

    CommuneCategory(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
