/**
 * ntm OCOP: scoring sheets of the OCOP programme (Chương trình Mỗi xã một sản phẩm) as versioned
 * data, star rating by evaluator councils with explanations and upgrade advice, certificates and
 * the portfolio of recognised products (Decision 26/2026/QĐ-TTg).
 *
 * <p>It needs ntm-base and Jackson only. ntm-core is optional ({@code requires static}): only
 * {@link io.github.ntmlib.ocop.portfolio.SnapshotResolver}, which groups a portfolio by the
 * province a commune belongs to in a snapshot of the locality hierarchy, uses it, and a caller of
 * that class has ntm-core already.
 */
module io.github.ntmlib.ocop {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires static io.github.ntmlib.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.ntmlib.ocop;
    exports io.github.ntmlib.ocop.sheet;
    exports io.github.ntmlib.ocop.rating;
    exports io.github.ntmlib.ocop.certificate;
    exports io.github.ntmlib.ocop.portfolio;
    exports io.github.ntmlib.ocop.io;

    opens io.github.ntmlib.ocop.sheet to com.fasterxml.jackson.databind;
}
