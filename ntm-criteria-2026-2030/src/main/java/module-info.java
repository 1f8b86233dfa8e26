/**
 * The national NTM criteria of 2026-2030 (Decision 51/2025/QĐ-TTg of 29 December 2025, in force
 * 15 February 2026) as a plugin of ntm core, built only on its SPI. What is known is encoded: the
 * commune standard with its 10 criteria (their 47 indicators are declared, not encoded), the
 * commune groups derived from facts a province supplies, the pilot "xã NTM hiện đại" framework and
 * the province conditions as declared standards, and a loader for the official appendix I table.
 */
module io.github.ntmlib.criteria2026 {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.github.ntmlib.criteria2026;

    provides io.github.ntmlib.core.criteria.spi.CriteriaPlugin
            with io.github.ntmlib.criteria2026.internal.Criteria2026Plugin;
}
