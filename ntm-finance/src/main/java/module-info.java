/**
 * Program finance (nguồn vốn Chương trình): exact VND money, capital plans, allocation,
 * counterpart funds, disbursement and carry-over.
 */
module io.github.ntmlib.finance {
    requires transitive io.github.ntmlib.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires commons.math3;

    exports io.github.ntmlib.finance;
    exports io.github.ntmlib.finance.money;
    exports io.github.ntmlib.finance.plan;
    exports io.github.ntmlib.finance.disbursement;
    exports io.github.ntmlib.finance.allocation;
    exports io.github.ntmlib.finance.support;
    exports io.github.ntmlib.finance.forecast;
}
