package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * What a disbursement rate is measured against (cơ sở tính tỷ lệ giải ngân). Reports differ on
 * whether capital extended from earlier years counts, so every rate states its base.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RateBase implements Labelled {
    /** Only capital allocated for the plan year itself (kế hoạch vốn năm). */
    PLAN_YEAR_ONLY,
    /** The plan year's capital plus capital of earlier years extended into it (kể cả vốn kéo dài). */
    PLAN_YEAR_WITH_EXTENDED;

}
