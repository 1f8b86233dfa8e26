/**
 * ntm OCOP: scoring sheets of the OCOP programme (Chương trình Mỗi xã một sản phẩm) as versioned
 * data, star rating by evaluator councils with explanations and upgrade advice, certificates and
 * the portfolio of recognised products (Decision 26/2026/QĐ-TTg).
 */
module io.github.ntmlib.ocop {
    requires transitive io.github.ntmlib.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.apache.commons.numbers.fraction;

    exports io.github.ntmlib.ocop;
    exports io.github.ntmlib.ocop.sheet;
    exports io.github.ntmlib.ocop.rating;
    exports io.github.ntmlib.ocop.certificate;
    exports io.github.ntmlib.ocop.portfolio;
    exports io.github.ntmlib.ocop.io;

    opens io.github.ntmlib.ocop.sheet to com.fasterxml.jackson.databind;
}
