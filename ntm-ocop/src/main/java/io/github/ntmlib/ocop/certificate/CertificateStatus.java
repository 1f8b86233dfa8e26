package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
/** The state of a certificate on a date. */
public enum CertificateStatus implements Labelled {
    /** Chưa cấp: the date is before the issue date. */
    NOT_YET_ISSUED("Chưa cấp", "not yet issued"),
    /** Còn hiệu lực: valid (36 months from issue). */
    VALID("Còn hiệu lực", "valid"),
    /**
     * Còn hiệu lực (kéo dài): past expiry but kept valid while a late re-rating is decided, at most 180
     * days (Decision 26/2026/QĐ-TTg Art. 12.3).
     */
    EXTENDED("Kéo dài hiệu lực", "extended"),
    /** Hết hiệu lực: expired. */
    EXPIRED("Hết hiệu lực", "expired"),
    /** Bị thu hồi: revoked. */
    REVOKED("Bị thu hồi", "revoked");

    private final Labels labels;

    CertificateStatus(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Whether the certificate counts as valid (valid or extended).
     *
     * @return true for {@link #VALID} and {@link #EXTENDED}
     */
    public boolean isValid() {
        return this == VALID || this == EXTENDED;
    }
}
