package io.github.ntmlib.core.internal;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleChoice;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.core.data.Observation;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The library's access to the non-public factories of indicator traces: a trace whose distance is
 * computed when first read (the engine) and a trace judged now (the criteria package's judge). The
 * spi package registers the factory when {@link IndicatorTrace} is loaded. Internal: not exported.
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

        /**
         * A judged trace with its distance known now.
         *
         * @param indicator   the indicator code
         * @param labels      its names
         * @param observation the value, or null
         * @param threshold   the threshold chosen, or null
         * @param choice      the rule choice, or null
         * @param verdict     the verdict
         * @param reasons     the reasons (empty unless not assessed)
         * @param distance    the distance, or null for none
         * @return the trace
         */
        IndicatorTrace judgedNow(String indicator, Labels labels, @Nullable Observation observation,
                @Nullable Threshold threshold, @Nullable RuleChoice choice, Verdict verdict, Set<Reason> reasons,
                @Nullable BigDecimal distance);
    }

    private static final Hook<Factory> HOOK = new Hook<>(IndicatorTrace.class);

    private Traces() {
    }

    /**
     * Registers the factory ({@link IndicatorTrace} does, once).
     *
     * @param f the factory
     */
    public static void register(Factory f) {
        HOOK.register(f);
    }

    /**
     * The factory.
     *
     * @return the factory
     */
    public static Factory factory() {
        return HOOK.get();
    }
}
