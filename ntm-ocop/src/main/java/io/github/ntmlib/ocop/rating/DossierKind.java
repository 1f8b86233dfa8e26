package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * The kind of a rating dossier (hồ sơ), Decision 26/2026/QĐ-TTg Art. 6.1.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DossierKind implements Labelled {
    /** Đánh giá, phân hạng lần đầu: a first rating. */
    FIRST_RATING,
    /** Đánh giá, nâng hạng: an upgrade. */
    UPGRADE,
    /** Đánh giá, phân hạng lại: a re-rating before the certificate expires. */
    RERATING;

}
