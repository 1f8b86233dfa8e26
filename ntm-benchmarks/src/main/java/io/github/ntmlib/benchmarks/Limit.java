package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.criteria.Comparison;

/**
 * The limit (benchmark 8): a hand-written loop over flat primitive arrays checking the same
 * thresholds for the same data: no objects, no traces, no rule selection.
 */
public final class Limit {

    private Limit() {
    }

    /**
     * Checks every commune.
     *
     * @param f   the checks
     * @param out the verdict of each commune (true for met)
     * @return the number of communes that meet every check
     */
    public static int run(FlatChecks f, boolean[] out) {
        int n = f.size();
        int m = f.width();
        byte[] sign = new byte[m];
        for (int j = 0; j < m; j++) {
            sign[j] = (byte) (f.comparison[j] == Comparison.AT_MOST ? -1 : 1);
        }
        long[] num = f.num;
        long[] den = f.den;
        long[] tn = f.tn;
        long[] td = f.td;
        int met = 0;
        for (int i = 0, k = 0; i < n; i++) {
            boolean all = true;
            for (int j = 0; j < m; j++, k++) {
                long diff = num[k] * td[k] - tn[k] * den[k];
                all &= sign[j] > 0 ? diff >= 0 : diff <= 0;
            }
            out[i] = all;
            met += all ? 1 : 0;
        }
        return met;
    }
}
