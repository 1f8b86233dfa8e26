/**
 * ntm testkit, for users' own tests: generators of hierarchies (with villages, mergers and
 * reclassifications), datasets biased towards threshold edges, status registers and overlays, as
 * plain functions of a {@link java.util.random.RandomGenerator} (ntm-testkit-quicktheories adapts
 * them to QuickTheories, where every draw shrinks), and a conformance kit for criteria-set plugins.
 */
module io.github.ntmlib.testkit {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.core;
    requires transitive org.junit.jupiter.api;

    exports io.github.ntmlib.testkit;
    exports io.github.ntmlib.testkit.conformance;
}
