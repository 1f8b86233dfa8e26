/**
 * ntm claims: the claims of a Vietnamese report text — ratios with their printed percentage, shares
 * of a whole stated elsewhere, counts against a plan, totals with their parts — found on tokens
 * (vi-VN numbers, units, hedges, sentence and clause boundaries) and recomputed exactly, half-up at
 * the printed digits. The scanner behind {@code ntm check-report}; it reads only ntm-base.
 */
module io.github.ntmlib.claims {
    requires transitive io.github.ntmlib.base;
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;

    exports io.github.ntmlib.claims;
    exports io.github.ntmlib.claims.io;
}
