package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
/** The kind of an OCOP subject (loại hình chủ thể OCOP), Decision 26/2026/QĐ-TTg Art. 2.3. */
public enum SubjectKind implements Labelled {
    /** Hợp tác xã (HTX): a cooperative. */
    COOPERATIVE("Hợp tác xã", "cooperative"),
    /** Tổ hợp tác (THT): a cooperative group. */
    COOPERATIVE_GROUP("Tổ hợp tác", "cooperative group"),
    /** Doanh nghiệp nhỏ và vừa: a small or medium enterprise. */
    ENTERPRISE("Doanh nghiệp nhỏ và vừa", "small or medium enterprise"),
    /** Trang trại: a farm. */
    FARM("Trang trại", "farm"),
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh: a registered production household. */
    HOUSEHOLD("Hộ sản xuất, hộ gia đình có đăng ký kinh doanh", "registered production household"),
    /** Hội, hiệp hội: an association (community tourism only). */
    ASSOCIATION("Hội, hiệp hội", "association"),
    /** Trung tâm điều hành hoặc tổ chức tương đương: an operating centre (community tourism only). */
    OPERATING_CENTRE("Trung tâm điều hành hoặc tổ chức tương đương", "operating centre");

    private final Labels labels;

    SubjectKind(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
