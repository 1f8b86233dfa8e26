/**
 * ntm core: the locality hierarchy with its history (đơn vị hành chính), the criterion SPI and the
 * attainment engine of the National Target Program on New Rural Development (Chương trình MTQG
 * xây dựng nông thôn mới).
 */
module io.github.ntmlib.core {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires com.google.common;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports io.github.ntmlib.core.locality;
    exports io.github.ntmlib.core.locality.io;
    exports io.github.ntmlib.core.locality.gso;
    exports io.github.ntmlib.core.data;
    exports io.github.ntmlib.core.data.io;
    exports io.github.ntmlib.core.criteria;
    exports io.github.ntmlib.core.criteria.spi;
    exports io.github.ntmlib.core.criteria.io;
    exports io.github.ntmlib.core.registry;
    exports io.github.ntmlib.core.engine;
    exports io.github.ntmlib.core.report.io;
    exports io.github.ntmlib.core.report;

    uses io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
}
