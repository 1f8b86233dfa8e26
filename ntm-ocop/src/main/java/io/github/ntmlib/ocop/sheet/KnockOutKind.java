package io.github.ntmlib.ocop.sheet;

/** What a knock-out does to an evaluation. */
public enum KnockOutKind {
    /** The dossier is rejected (hồ sơ bị loại / bị loại): no score is given. */
    REJECTED("Bị loại"),
    /** The evaluation stops (không đánh giá các bước tiếp theo / không xem xét): the product is not rated. */
    NOT_RATED("Không đánh giá");

    private final String label;

    KnockOutKind(String label) {
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
