package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * What a knock-out does to an evaluation.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum KnockOutKind implements Labelled {
    /** The dossier is rejected (hồ sơ bị loại / bị loại): no score is given. */
    REJECTED,
    /** The evaluation stops (không đánh giá các bước tiếp theo / không xem xét): the product is not rated. */
    NOT_RATED;

}
