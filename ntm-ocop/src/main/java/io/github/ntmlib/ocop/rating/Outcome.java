package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * The outcome of a rating.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Outcome implements Labelled {
    /** Đã phân hạng: the product was scored and given a star level. */
    RATED,
    /**
     * Đề nghị đánh giá 5 sao: a council below the centre found the product worth 5 stars (90 points or
     * more, every 5-star marker met), a level it cannot recognise; the province proposes the product to
     * the Ministry of Agriculture and Environment. Nothing is awarded yet.
     */
    FIVE_STAR_CANDIDATE,
    /** Bị loại: a knock-out rejected the dossier; no score counts. */
    REJECTED,
    /** Không đánh giá: a stop rule ended the evaluation; the product is not rated. */
    NOT_RATED;

}
