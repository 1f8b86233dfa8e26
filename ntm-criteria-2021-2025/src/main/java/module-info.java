/**
 * The national NTM criteria sets of 2021-2025 (Decisions 318, 319, 320 and 321/QĐ-TTg of 8 March
 * 2022, 04/2022/QĐ-TTg and 18/2022/QĐ-TTg) as a plugin of ntm core. The set is data (one JSON
 * resource read with {@code CriteriaJson}); the module exports only the ids and the loader in
 * {@link io.github.ntmlib.criteria2021} and provides the set, its region tables and its code rule
 * through {@code CriteriaPlugin}.
 */
module io.github.ntmlib.criteria2021 {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.core;

    exports io.github.ntmlib.criteria2021;

    provides io.github.ntmlib.core.criteria.spi.CriteriaPlugin
            with io.github.ntmlib.criteria2021.internal.Criteria2021Plugin;
}
