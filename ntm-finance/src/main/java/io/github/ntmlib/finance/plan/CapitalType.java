package io.github.ntmlib.finance.plan;

/**
 * The budget type of capital (loại vốn). The two types follow different carry-over law and are
 * reported separately; report totals are their sum.
 */
public enum CapitalType {
    /** Development investment (vốn đầu tư phát triển, ĐTPT). */
    DEVELOPMENT_INVESTMENT("vốn đầu tư phát triển"),
    /** Recurrent capital (vốn sự nghiệp). */
    RECURRENT("vốn sự nghiệp");

    private final String label;

    CapitalType(String label) {
        this.label = label;
    }

    /**
     * The Vietnamese label for reports.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
