package io.github.ntmlib.ocop.rating;

import org.apiguardian.api.API;

/**
 * How star markers (dấu sao: {@code ***}, {@code ****}, {@code *****}, "yêu cầu tối thiểu phải đạt
 * theo các cấp độ sao") combine with the points band. The decision does not say whether markers are
 * cumulative nor what happens when the points reach a band but a marker is missed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum MarkerPolicy {
    /**
     * The default, the natural reading: markers are cumulative (5 stars also needs every 4- and
     * 3-star marker) and the product is rated at the highest level the points allow whose markers
     * are all met. A 99-point product missing a 5-star marker is rated 4 stars; one missing a 4-star
     * marker is rated 3 stars.
     */
    CUMULATIVE,
    /**
     * Each level needs only its own markers; the product is rated at the highest level the points
     * allow whose own markers are met.
     */
    PER_LEVEL,
    /** Markers are reported but do not decide: the points band alone gives the stars. */
    POINTS_ONLY
}
