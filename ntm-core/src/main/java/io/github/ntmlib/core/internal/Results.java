package io.github.ntmlib.core.internal;

import io.github.ntmlib.core.criteria.AggregateTrace;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.spi.Criterion;
import io.github.ntmlib.core.criteria.spi.CriterionResult;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import java.util.List;

/**
 * The library's access to the non-public factories of criterion results: results computed from
 * indicator traces and from a count of units below, which only the criteria package's data
 * criteria create (a criterion written in code uses {@link CriterionResult#ofRule}). The spi
 * package registers the factory when {@link CriterionResult} is loaded. Internal: not exported.
 */
public final class Results {

    /** Makes computed criterion results. */
    public interface Factory {
        /**
         * A result computed from indicator traces.
         *
         * @param criterion the criterion
         * @param verdict   the verdict the traces give
         * @param traces    the traces
         * @return the result
         */
        CriterionResult ofIndicators(Criterion criterion, Verdict verdict, List<IndicatorTrace> traces);

        /**
         * A result computed by counting units below.
         *
         * @param criterion the criterion
         * @param verdict   the verdict the count gives
         * @param trace     the count
         * @return the result
         */
        CriterionResult ofAggregate(Criterion criterion, Verdict verdict, AggregateTrace trace);
    }

    private static final Hook<Factory> HOOK = new Hook<>(CriterionResult.class);

    private Results() {
    }

    /**
     * Registers the factory ({@link CriterionResult} does, once).
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
