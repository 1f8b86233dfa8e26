package io.github.ntmlib.core.criteria.bad;

/** A deliberately misplaced core interface: the contract test must reject it. */
public interface Judge {
    /**
     * Judges something.
     *
     * @return a verdict
     */
    boolean judge();
}
