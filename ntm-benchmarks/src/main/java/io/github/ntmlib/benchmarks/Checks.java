package io.github.ntmlib.benchmarks;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;

/**
 * The equivalence checks of the benchmarks, without timings (CI runs them): on a world, the
 * limit and the DMN peer give the library's verdict for every commune, and a parallel evaluation
 * equals the sequential one.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Runs the checks on a world.
     *
     * @param args the world: "national" or a number of synthetic communes (default 1000)
     */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "1000";
        World w = Worlds.get(name);
        Evaluator evaluator = Evaluator.of(w.set()).asOf(World.AS_OF).dataYear(World.YEAR)
                .counting(CountingMode.COMPUTED);
        Evaluation e = evaluator.evaluate(w.snapshot(), w.data(), w.register());
        FlatChecks f = FlatChecks.of(e);
        boolean[] out = new boolean[f.size()];
        agree("limit", f, out, Limit.run(f, out));
        Peer peer = Peer.of(f);
        agree("DMN peer", f, out, peer.run(out));
        if (!evaluator.parallel().evaluate(w.snapshot(), w.data(), w.register()).equals(e)) {
            throw new IllegalStateException("parallel evaluation differs from the sequential one");
        }
        System.out.println("checks (" + name + ": " + w.communes() + " communes, " + w.observations().size()
                + " observations, " + f.size() + " communes x " + f.width() + " checks): limit, DMN peer and"
                + " parallel agree with the library");
    }

    static void agree(String who, FlatChecks f, boolean[] out, int met) {
        for (int i = 0; i < f.size(); i++) {
            if (out[i] != f.expected[i]) {
                throw new IllegalStateException(who + " disagrees with the library on commune " + f.communes[i]
                        + ": " + out[i] + " vs " + f.expected[i]);
            }
        }
        if (met == 0 || met == f.size()) {
            throw new IllegalStateException(who + ": verdicts are not mixed (" + met + " of " + f.size() + ")");
        }
    }

    /** Renders every explanation of an evaluation; returns the total length. */
    static long render(Evaluation e, Language language) {
        long length = 0;
        for (UnitResult u : e.units()) {
            for (StandardResult s : u.standards()) {
                length += s.explanation(language).length();
                for (CriterionResult c : s.criteria()) {
                    length += c.explanation(language).length();
                    for (IndicatorTrace t : c.indicators()) {
                        length += t.explanation(language).length();
                    }
                }
            }
        }
        return length;
    }
}
