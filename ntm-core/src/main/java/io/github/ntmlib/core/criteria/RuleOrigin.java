package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * Which kind of threshold rule decided an indicator. A territorial rule (overlay or territory)
 * replaces the national or regional rule only where it is at least as strict: a province may
 * only tighten the national criteria, so an extremely difficult commune judged on the thresholds
 * of Trung du và miền núi phía Bắc keeps them where a province-wide value would be looser.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RuleOrigin implements Labelled {
    /** A national rule without classification conditions (ngưỡng chung toàn quốc). */
    NATIONAL,
    /** A national rule for a classification value, e.g. an NTM region (ngưỡng theo vùng). */
    REGIONAL,
    /** A rule a provincial overlay added for its territory (bộ tiêu chí của tỉnh). */
    OVERLAY,
    /** A rule of the set itself limited to a territory (ngưỡng theo địa bàn). */
    TERRITORY
}
