package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * The outcome of judging an indicator, a criterion or a standard.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Verdict implements Labelled {
    /** Met (đạt). */
    MET(0),
    /** Not met (chưa đạt). */
    NOT_MET(2),
    /** Not assessed (chưa đánh giá): data missing or threshold not set. Never counted as met. */
    NOT_ASSESSED(1);

    /** How much a part with this verdict weighs on a whole that needs every part: the heavier wins. */
    private final int weight;

    Verdict(int weight) {
        this.weight = weight;
    }

    /**
     * Combines the verdicts of parts that must all be met: any not met gives not met; otherwise
     * any not assessed gives not assessed; otherwise met.
     *
     * @param verdicts the parts' verdicts
     * @return the combined verdict; met for no parts
     */
    public static Verdict allOf(Iterable<Verdict> verdicts) {
        Verdict all = MET;
        for (Verdict v : verdicts) {
            all = all.and(v);
        }
        return all;
    }

    /**
     * This verdict and another part's, both required: the one encoding of "every part must be
     * met" ({@link #allOf} folds it). Not met wins over not assessed, which wins over met.
     *
     * @param other the other part's verdict
     * @return the combined verdict
     */
    public Verdict and(Verdict other) {
        return weight >= other.weight ? this : other;
    }

    /**
     * How much a part with this verdict weighs on a whole that needs every part: met 0, not
     * assessed 1, not met 2. {@link #and} keeps the heavier, so "every part must be met" over
     * weights is their maximum (what the engine's flat loops compute).
     *
     * @return the weight
     */
    public int weight() {
        return weight;
    }

    /**
     * The verdict of a weight.
     *
     * @param weight 0, 1 or 2
     * @return met, not assessed or not met
     * @throws IllegalArgumentException for another number
     */
    public static Verdict ofWeight(int weight) {
        switch (weight) {
            case 0:
                return MET;
            case 1:
                return NOT_ASSESSED;
            case 2:
                return NOT_MET;
            default:
                throw new IllegalArgumentException("no verdict weighs " + weight);
        }
    }
}
