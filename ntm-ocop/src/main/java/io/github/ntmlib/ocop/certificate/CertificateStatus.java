package io.github.ntmlib.ocop.certificate;

/** The state of a certificate on a date. */
public enum CertificateStatus {
    /** Chưa cấp: the date is before the issue date. */
    NOT_YET_ISSUED("Chưa cấp"),
    /** Còn hiệu lực: valid (36 months from issue). */
    VALID("Còn hiệu lực"),
    /**
     * Còn hiệu lực (kéo dài): past expiry but kept valid while a late re-rating is decided, at most 180
     * days (Decision 26/2026/QĐ-TTg Art. 12.3).
     */
    EXTENDED("Kéo dài hiệu lực"),
    /** Hết hiệu lực: expired. */
    EXPIRED("Hết hiệu lực"),
    /** Bị thu hồi: revoked. */
    REVOKED("Bị thu hồi");

    private final String label;

    CertificateStatus(String label) {
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

    /**
     * Whether the certificate counts as valid (valid or extended).
     *
     * @return true for {@link #VALID} and {@link #EXTENDED}
     */
    public boolean isValid() {
        return this == VALID || this == EXTENDED;
    }
}
