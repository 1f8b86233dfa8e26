package io.github.ntmlib.core.internal;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleChoice;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Observation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The engine's access to an indicator trace whose distance is computed when first read (the
 * criteria package registers the factory; the engine uses it). Internal: not exported.
 */
public final class Traces {

    /** Makes traces with a distance computed on first read. */
    public interface Factory {
        /**
         * A judged trace.
         *
         * @param indicator   the indicator code
         * @param labels      its names
         * @param observation the value, or null
         * @param threshold   the threshold chosen, or null
         * @param choice      the rule choice, or null
         * @param verdict     the verdict
         * @param reasons     the reasons (empty unless not assessed)
         * @param distance    computes the distance (called at most once), or null for none
         * @return the trace
         */
        IndicatorTrace judged(String indicator, Labels labels, @Nullable Observation observation,
                @Nullable Threshold threshold, @Nullable RuleChoice choice, Verdict verdict, Set<Reason> reasons,
                @Nullable Supplier<BigDecimal> distance);
    }

    private static volatile @Nullable Factory factory;

    private Traces() {
    }

    /**
     * Registers the factory (the criteria package does, once).
     *
     * @param f the factory
     */
    public static void register(Factory f) {
        factory = Objects.requireNonNull(f, "f");
    }

    /**
     * The factory.
     *
     * @return the factory
     */
    public static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(IndicatorTrace.class.getName(), true, Traces.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            f = Objects.requireNonNull(factory, "IndicatorTrace registers the trace factory");
        }
        return f;
    }
}
