package io.github.ntmlib.ocop.certificate;

/** Why a certificate is revoked (lý do thu hồi), Decision 26/2026/QĐ-TTg Art. 8.1. */
public enum RevocationReason {
    /** a) Cung cấp thông tin không trung thực hoặc giả mạo hồ sơ: falsified information or dossier. */
    FALSIFIED_DOSSIER("Cung cấp thông tin không trung thực hoặc giả mạo hồ sơ"),
    /** b) Không còn đáp ứng các tiêu chí: no longer meets the criteria. */
    CRITERIA_NO_LONGER_MET("Không còn đáp ứng các tiêu chí"),
    /** c) Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn. */
    LEGAL_VIOLATION("Vi phạm quy định pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn"),
    /** d) Sử dụng nhãn hiệu OCOP không đúng quy định: misuse of the OCOP mark. */
    MARK_MISUSE("Sử dụng nhãn hiệu OCOP không đúng quy định"),
    /** đ) Không còn hoạt động sản xuất: production stopped. */
    PRODUCTION_STOPPED("Không còn hoạt động sản xuất sản phẩm OCOP"),
    /** e) Trường hợp khác theo kết luận của cơ quan có thẩm quyền: other, on a competent authority's finding. */
    OTHER("Trường hợp khác theo kết luận của cơ quan có thẩm quyền");

    private final String label;

    RevocationReason(String label) {
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
