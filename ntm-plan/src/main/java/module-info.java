/**
 * ntm plan: from the gaps of an evaluation to a plan — the units to register for a target (k more
 * units of a standard, a share requirement, every commune of a district), the improvements each
 * must make under the rules in force, and their cost, chosen at the least cost (or the most units
 * within a budget) by an exact integer programme (ojAlgo) whose every answer is checked in exact
 * arithmetic and re-judged by the engine. A province's cost model is read from JSON or from an
 * Excel workbook (ntm-intake's bounded reader).
 */
module io.github.ntmlib.plan {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires transitive io.github.ntmlib.core;
    requires transitive io.github.ntmlib.finance;
    requires transitive io.github.ntmlib.intake;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires ojalgo;

    exports io.github.ntmlib.plan;
    exports io.github.ntmlib.plan.io;
}
