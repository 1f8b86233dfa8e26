package io.github.ntmlib.core.criteria.spi.bad;

import io.github.ntmlib.core.engine.Evaluator;

/** A deliberately bad spi class that reads the engine: the contract test must reject it. */
public final class ReadsTheEngine {

    private ReadsTheEngine() {
    }

    /**
     * Names the engine.
     *
     * @return the engine's class
     */
    public static Class<?> engine() {
        return Evaluator.class;
    }
}
