package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * A reporting category of valid OCOP products, as provincial reports count them (e.g. Hà Nội: 6
 * five-star, 12 potential five-star, 1,473 four-star and 1,220 three-star products).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Category implements Labelled {
    /** Sản phẩm 3 sao. */
    THREE_STARS,
    /** Sản phẩm 4 sao, not proposed for 5 stars. */
    FOUR_STARS,
    /** Sản phẩm tiềm năng 5 sao: certified 4 stars, proposed to the ministry for 5 stars. */
    FIVE_STAR_CANDIDATES,
    /** Sản phẩm 5 sao. */
    FIVE_STARS;

}
