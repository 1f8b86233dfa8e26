/**
 * ntm intake: Excel workbooks (.xlsx) read within bounds set before any byte is inflated — typed
 * cells that know their workbook, sheet and cell ({@code Giá trị!D17}), formula cells flagged,
 * merged regions known — and the evaluation inputs (units, values, recorded outcomes, status
 * register) read from them in the long layout of the CSV files or in a wide layout described by a
 * mapping file.
 */
module io.github.ntmlib.intake {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires transitive io.github.ntmlib.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;
    requires com.fasterxml.jackson.databind;

    exports io.github.ntmlib.intake;
    exports io.github.ntmlib.intake.template;
}
