package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * The budget type of capital (loại vốn). The two types follow different carry-over law and are
 * reported separately; report totals are their sum.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CapitalType implements Labelled {
    /** Development investment (vốn đầu tư phát triển, ĐTPT). */
    DEVELOPMENT_INVESTMENT,
    /** Recurrent capital (vốn sự nghiệp). */
    RECURRENT;

}
