package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
/** What a knock-out does to an evaluation. */
public enum KnockOutKind implements Labelled {
    /** The dossier is rejected (hồ sơ bị loại / bị loại): no score is given. */
    REJECTED("Bị loại", "rejected"),
    /** The evaluation stops (không đánh giá các bước tiếp theo / không xem xét): the product is not rated. */
    NOT_RATED("Không đánh giá", "not rated");

    private final Labels labels;

    KnockOutKind(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
