package io.github.ntmlib.ocop.rating;

/** The kind of a rating dossier (hồ sơ), Decision 26/2026/QĐ-TTg Art. 6.1. */
public enum DossierKind {
    /** Đánh giá, phân hạng lần đầu: a first rating. */
    FIRST_RATING("Đánh giá, phân hạng lần đầu"),
    /** Đánh giá, nâng hạng: an upgrade. */
    UPGRADE("Đánh giá, nâng hạng"),
    /** Đánh giá, phân hạng lại: a re-rating before the certificate expires. */
    RERATING("Đánh giá, phân hạng lại");

    private final String label;

    DossierKind(String label) {
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
