package io.github.ntmlib.ocop.certificate;

/** The kind of an OCOP subject (loại hình chủ thể OCOP), Decision 26/2026/QĐ-TTg Art. 2.3. */
public enum SubjectKind {
    /** Hợp tác xã (HTX): a cooperative. */
    COOPERATIVE("Hợp tác xã"),
    /** Tổ hợp tác (THT): a cooperative group. */
    COOPERATIVE_GROUP("Tổ hợp tác"),
    /** Doanh nghiệp nhỏ và vừa: a small or medium enterprise. */
    ENTERPRISE("Doanh nghiệp nhỏ và vừa"),
    /** Trang trại: a farm. */
    FARM("Trang trại"),
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh: a registered production household. */
    HOUSEHOLD("Hộ sản xuất, hộ gia đình có đăng ký kinh doanh"),
    /** Hội, hiệp hội: an association (community tourism only). */
    ASSOCIATION("Hội, hiệp hội"),
    /** Trung tâm điều hành hoặc tổ chức tương đương: an operating centre (community tourism only). */
    OPERATING_CENTRE("Trung tâm điều hành hoặc tổ chức tương đương");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    /**
     * The Vietnamese label.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
