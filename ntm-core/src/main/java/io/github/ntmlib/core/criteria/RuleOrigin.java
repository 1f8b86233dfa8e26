package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/**
 * Which kind of threshold rule decided an indicator. A territorial rule (overlay or territory)
 * replaces the national or regional rule only where it is at least as strict: a province may
 * only tighten the national criteria, so an extremely difficult commune judged on the thresholds
 * of Trung du và miền núi phía Bắc keeps them where a province-wide value would be looser.
 */
public enum RuleOrigin implements Labelled {
    /** A national rule without classification conditions (ngưỡng chung toàn quốc). */
    NATIONAL("ngưỡng chung toàn quốc", "national"),
    /** A national rule for a classification value, e.g. an NTM region (ngưỡng theo vùng). */
    REGIONAL("ngưỡng theo vùng", "regional"),
    /** A rule a provincial overlay added for its territory (bộ tiêu chí của tỉnh). */
    OVERLAY("ngưỡng của tỉnh", "provincial overlay"),
    /** A rule of the set itself limited to a territory (ngưỡng theo địa bàn). */
    TERRITORY("ngưỡng theo địa bàn", "territorial");

    private final Labels labels;

    RuleOrigin(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
