/**
 * An outside consumer of ntm, built as a user builds it: the BOM for versions, the README's
 * {@code module-info} for the engine ({@code requires io.github.ntmlib.core}, and the plugin whose
 * constants it names), OCOP and finance. Its code is the README's snippets, verbatim. Not
 * published.
 */
module io.github.ntmlib.consumer {
    requires io.github.ntmlib.core;
    requires io.github.ntmlib.criteria2021;
    requires io.github.ntmlib.ocop;
    requires io.github.ntmlib.finance;

    exports io.github.ntmlib.consumer;
}
