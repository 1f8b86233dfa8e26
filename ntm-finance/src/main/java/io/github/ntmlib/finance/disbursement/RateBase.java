package io.github.ntmlib.finance.disbursement;

/**
 * What a disbursement rate is measured against (cơ sở tính tỷ lệ giải ngân). Reports differ on
 * whether capital extended from earlier years counts, so every rate states its base.
 */
public enum RateBase {
    /** Only capital allocated for the plan year itself (kế hoạch vốn năm). */
    PLAN_YEAR_ONLY("kế hoạch vốn năm"),
    /** The plan year's capital plus capital of earlier years extended into it (kể cả vốn kéo dài). */
    PLAN_YEAR_WITH_EXTENDED("kế hoạch vốn năm và vốn các năm trước kéo dài sang");

    private final String label;

    RateBase(String label) {
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
