package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
/** The outcome of a rating. */
public enum Outcome implements Labelled {
    /** Đã phân hạng: the product was scored and given a star level. */
    RATED("Đã phân hạng", "rated"),
    /**
     * Đề nghị đánh giá 5 sao: a council below the centre found the product worth 5 stars (90 points or
     * more, every 5-star marker met), a level it cannot recognise; the province proposes the product to
     * the Ministry of Agriculture and Environment. Nothing is awarded yet.
     */
    FIVE_STAR_CANDIDATE("Đề nghị đánh giá 5 sao", "proposed for 5 stars"),
    /** Bị loại: a knock-out rejected the dossier; no score counts. */
    REJECTED("Bị loại", "rejected"),
    /** Không đánh giá: a stop rule ended the evaluation; the product is not rated. */
    NOT_RATED("Không đánh giá", "not rated");

    private final Labels labels;

    Outcome(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
