package io.github.ntmlib.core.internal;

import io.github.ntmlib.core.engine.Verdicts;

/**
 * The library's access to the table behind {@link Verdicts} (the engine package registers the
 * accessor when {@code Verdicts} is loaded; tallies read it). Internal: not exported.
 */
public final class VerdictTables {

    /** Reads the table of verdicts. */
    public interface Access {
        /**
         * The table.
         *
         * @param verdicts the verdicts
         * @return their table
         */
        VerdictTable table(Verdicts verdicts);
    }

    private static final Hook<Access> HOOK = new Hook<>(Verdicts.class);

    private VerdictTables() {
    }

    /**
     * Registers the accessor ({@link Verdicts} does, once).
     *
     * @param a the accessor
     */
    public static void register(Access a) {
        HOOK.register(a);
    }

    /**
     * The table of some verdicts.
     *
     * @param verdicts the verdicts
     * @return the table
     */
    public static VerdictTable table(Verdicts verdicts) {
        return HOOK.get().table(verdicts);
    }
}
