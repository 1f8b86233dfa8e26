/**
 * Program finance (nguồn vốn Chương trình): exact VND money, capital plans, allocation,
 * counterpart funds, disbursement and carry-over.
 */
module io.github.ntmlib.finance {
    requires io.github.ntmlib.core;
}
