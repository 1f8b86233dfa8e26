/**
 * The ntm command and embedding examples.
 */
module io.github.ntmlib.examples {
    requires transitive io.github.ntmlib.core;
    requires io.github.ntmlib.criteria2021;
    requires io.github.ntmlib.criteria2026;
    requires io.github.ntmlib.ocop;
    requires io.github.ntmlib.finance;
    requires io.github.ntmlib.claims;
    requires io.github.ntmlib.intake;
    requires io.github.ntmlib.report;
    requires io.github.ntmlib.plan;
    requires io.github.ntmlib.server;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires gg.jte.runtime;
    // the precompiled templates carry @javax.annotation.processing.Generated (compile time only)
    requires static java.compiler;

    exports io.github.ntmlib.examples;
    exports io.github.ntmlib.examples.demo;
    exports io.github.ntmlib.examples.html;

    opens io.github.ntmlib.examples.cli to info.picocli;
    opens io.github.ntmlib.examples.html.generated to gg.jte.runtime;
}
