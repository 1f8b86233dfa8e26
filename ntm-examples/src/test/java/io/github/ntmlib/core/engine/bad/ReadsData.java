package io.github.ntmlib.core.engine.bad;

import io.github.ntmlib.core.data.bad.ReadsTheEngine;

/** The other half of a deliberate package cycle (engine.bad ↔ data.bad). */
public final class ReadsData {

    private ReadsData() {
    }

    /**
     * Reads the data floor.
     *
     * @return the other class
     */
    public static Class<?> down() {
        return ReadsTheEngine.class;
    }
}
