package io.github.ntmlib.core.data.bad;

import io.github.ntmlib.core.engine.bad.ReadsData;

/** A deliberately bad data-floor class reading the engine floor: the layer and cycle rules must reject it. */
public final class ReadsTheEngine {

    private ReadsTheEngine() {
    }

    /**
     * Reads the engine floor.
     *
     * @return the other class
     */
    public static Class<?> up() {
        return ReadsData.class;
    }
}
