/**
 * Program finance (nguồn vốn Chương trình): exact VND money, capital plans, allocation,
 * counterpart funds, disbursement and carry-over.
 *
 * <p>It reads only ntm-base (positions, typed errors, figures, exact fractions, the shared CSV and
 * JSON readers, which bring Jackson) and Commons Statistics (the forecast's Student-t quantile):
 * not the engine, nor the GSO lists. Base is required transitively because the API speaks its
 * types ({@code InvalidDataException}, {@code NumberStyle}, {@code
 * Fraction}).
 */
module io.github.ntmlib.finance {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires org.apache.commons.statistics.distribution;

    exports io.github.ntmlib.finance;
    exports io.github.ntmlib.finance.money;
    exports io.github.ntmlib.finance.plan;
    exports io.github.ntmlib.finance.disbursement;
    exports io.github.ntmlib.finance.allocation;
    exports io.github.ntmlib.finance.support;
    exports io.github.ntmlib.finance.forecast;
    exports io.github.ntmlib.finance.io;
}
