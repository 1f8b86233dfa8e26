package io.github.ntmlib.core.data;

/**
 * A step in the life of an official status (Decision 18/2022/QĐ-TTg and practice).
 */
public enum StatusStep {
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

    private final String vietnamese;
    private final String english;

    StatusStep(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The Vietnamese label.
     *
     * @return e.g. "công nhận"
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The English label.
     *
     * @return e.g. "recognised"
     */
    public String english() {
        return english;
    }
}
