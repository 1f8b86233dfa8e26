/**
 * ntm report: the report of any evaluation that an official signs — the official header (quốc
 * hiệu, cơ quan ban hành, số, ngày, người ký), overall results with the "Toàn tỉnh" total row,
 * results by district, the requirements of the unit reported on, plan progress, the units closest
 * to each standard, OCOP and finance sections when their data is given, and the phụ lục criterion
 * matrix — computed once into a {@link io.github.ntmlib.report.Report} and rendered as
 * self-contained HTML, PDF (headless Chromium's print), XLSX and DOCX.
 */
module io.github.ntmlib.report {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires transitive io.github.ntmlib.core;
    requires transitive io.github.ntmlib.ocop;
    requires transitive io.github.ntmlib.finance;
    requires static io.github.ntmlib.plan;
    requires com.fasterxml.jackson.databind;
    requires gg.jte.runtime;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    // the precompiled templates carry @javax.annotation.processing.Generated (compile time only)
    requires static java.compiler;

    exports io.github.ntmlib.report;
    exports io.github.ntmlib.report.html;
    exports io.github.ntmlib.report.pdf;
    exports io.github.ntmlib.report.xlsx;
    exports io.github.ntmlib.report.docx;

    opens io.github.ntmlib.report.html.generated to gg.jte.runtime;
}
