package io.github.ntmlib.core.data;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * A step in the life of an official status (Decision 18/2022/QĐ-TTg and practice).
 */
public enum StatusStep implements Labelled {
    /** Đăng ký (registered to attain the standard). */
    REGISTERED("đăng ký", "registered"),
    /** Tự đánh giá (self-assessed). */
    SELF_ASSESSED("tự đánh giá", "self-assessed"),
    /** Thẩm tra (verified by the level above). */
    VERIFIED("thẩm tra", "verified"),
    /** Thẩm định (appraised by the provincial council or central ministries). */
    APPRAISED("thẩm định", "appraised"),
    /** Công nhận (recognised by decision). */
    RECOGNISED("công nhận", "recognised"),
    /** Công bố (announced). */
    ANNOUNCED("công bố", "announced"),
    /** Thu hồi (revoked). */
    REVOKED("thu hồi", "revoked");

    private final Labels labels;

    StatusStep(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }


    @Override
    public Labels labels() {
        return labels;
    }
}
