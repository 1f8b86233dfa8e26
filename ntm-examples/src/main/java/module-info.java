/**
 * The ntm command and embedding examples.
 */
module io.github.ntmlib.examples {
    requires transitive io.github.ntmlib.core;
    requires io.github.ntmlib.criteria2021;
    requires io.github.ntmlib.criteria2026;
    requires io.github.ntmlib.ocop;
    requires io.github.ntmlib.finance;

    exports io.github.ntmlib.examples;
}
