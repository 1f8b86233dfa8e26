package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * The budget type of capital (loại vốn). The two types follow different carry-over law and are
 * reported separately; report totals are their sum.
 */
public enum CapitalType implements Labelled {
    /** Development investment (vốn đầu tư phát triển, ĐTPT). */
    DEVELOPMENT_INVESTMENT("vốn đầu tư phát triển", "development investment capital"),
    /** Recurrent capital (vốn sự nghiệp). */
    RECURRENT("vốn sự nghiệp", "recurrent (non-investment) capital");

    private final Labels labels;

    CapitalType(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
