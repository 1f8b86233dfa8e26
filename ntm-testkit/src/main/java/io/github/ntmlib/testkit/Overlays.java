package io.github.ntmlib.testkit;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Generators of provincial overlays of a set: each moves some verified numeric thresholds by a few
 * steps, tighter (which the set must accept) or looser (which it must refuse).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Overlays {

    /** Edge: an overlay moving a threshold by zero steps (the national value itself). */
    public static final String SAME = "same value";
    /** Edge: an overlay moving a threshold. */
    public static final String MOVED = "moved";

    private static final Provenance SOURCE = Provenance.of("ntm-testkit generated overlay", "");

    private Overlays() {
    }

    /**
     * Overlays tightening (or, with {@code loosen}, loosening) 1-3 thresholds by 0-5 steps.
     *
     * @param set      the set
     * @param province the overlay's province code
     * @param loosen   whether to move thresholds the looser way
     * @param reach    where to count the edges reached
     * @return the generator; empty overlays when the set has no verified numeric threshold
     */
    public static Gen<Overlay> moving(CriteriaSet set, String province, boolean loosen, Reach reach) {
        List<String[]> targets = new ArrayList<>();
        List<ThresholdRule> rules = new ArrayList<>();
        for (Standard s : set.standards()) {
            for (Criterion c : s.criteria()) {
                for (IndicatorDefinition i : c.indicators()) {
                    for (ThresholdRule r : i.rules()) {
                        if (r.threshold().status() == ThresholdStatus.VERIFIED && r.threshold().value().isPresent()
                                && r.threshold().comparison() != Comparison.MET && r.within().isEmpty()
                                && r.overlay().isEmpty()) {
                            targets.add(new String[] {s.id(), i.code()});
                            rules.add(r);
                        }
                    }
                }
            }
        }
        return r -> {
            List<Overlay.OverlayThreshold> thresholds = new ArrayList<>();
            int n = targets.isEmpty() ? 0 : 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                int pick = r.nextInt(targets.size());
                ThresholdRule rule = rules.get(pick);
                int steps = r.nextInt(6);
                reach.hit(steps == 0 ? SAME : MOVED);
                boolean atLeast = rule.threshold().comparison() == Comparison.AT_LEAST;
                BigDecimal delta = BigDecimal.valueOf(atLeast != loosen ? steps : -steps);
                BigDecimal value = rule.threshold().value().orElseThrow().add(delta).max(BigDecimal.ZERO);
                thresholds.add(new Overlay.OverlayThreshold(targets.get(pick)[0], targets.get(pick)[1],
                        ThresholdRule.of(rule.when(), rule.fromYear(), rule.toYear(), rule.kinds(), Optional.empty(),
                                Threshold.of(rule.threshold().comparison(), value, ThresholdStatus.VERIFIED, SOURCE))));
            }
            return new Overlay("generated", set.id(), province, thresholds, List.of(), SOURCE, SourcePosition.API);
        };
    }
}
