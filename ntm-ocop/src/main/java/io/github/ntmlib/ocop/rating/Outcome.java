package io.github.ntmlib.ocop.rating;

/** The outcome of a rating. */
public enum Outcome {
    /** Đã phân hạng: the product was scored and given a star level. */
    RATED("Đã phân hạng"),
    /** Bị loại: a knock-out rejected the dossier; no score counts. */
    REJECTED("Bị loại"),
    /** Không đánh giá: a stop rule ended the evaluation; the product is not rated. */
    NOT_RATED("Không đánh giá");

    private final String label;

    Outcome(String label) {
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
