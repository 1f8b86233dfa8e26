package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * The state of a certificate on a date.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CertificateStatus implements Labelled {
    /** Chưa cấp: the date is before the issue date. */
    NOT_YET_ISSUED,
    /** Còn hiệu lực: valid (36 months from issue). */
    VALID,
    /**
     * Còn hiệu lực (kéo dài): past expiry but kept valid while a late re-rating is decided, at most 180
     * days (Decision 26/2026/QĐ-TTg Art. 12.3).
     */
    EXTENDED,
    /** Hết hiệu lực: expired. */
    EXPIRED,
    /** Bị thu hồi: revoked. */
    REVOKED;

    /**
     * Whether the certificate counts as valid (valid or extended).
     *
     * @return true for {@link #VALID} and {@link #EXTENDED}
     */
    public boolean isValid() {
        return this == VALID || this == EXTENDED;
    }
}
