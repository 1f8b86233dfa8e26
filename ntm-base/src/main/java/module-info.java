/**
 * ntm base: what every ntm module shares and nothing more — source positions and the typed error
 * for bad input, Vietnamese text folding, bilingual labels, exact fractions, report figures, and
 * (for ntm modules only) the line-tracking CSV and JSON readers.
 */
module io.github.ntmlib.base {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.github.ntmlib.base;
    exports io.github.ntmlib.base.internal to io.github.ntmlib.core, io.github.ntmlib.criteria2026,
            io.github.ntmlib.ocop, io.github.ntmlib.finance, io.github.ntmlib.intake, io.github.ntmlib.examples,
            io.github.ntmlib.claims, io.github.ntmlib.server, io.github.ntmlib.plan;
}
