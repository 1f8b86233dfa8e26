/**
 * ntm server: the engine as a service for provincial portals — an HTTP JSON API (documented by
 * docs/openapi/ntm-server.yaml, errors as RFC 9457 problem documents, bearer tokens for every write)
 * over a relational store with history: imports as idempotent batches, units with validity
 * intervals, observations, recorded outcomes and status decisions with their source line, overlays,
 * evaluation runs with their inputs' digests and flattened results. Embedded H2 by default,
 * PostgreSQL by JDBC URL. No library module depends on it.
 */
module io.github.ntmlib.server {
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive io.github.ntmlib.base;
    requires transitive io.github.ntmlib.core;
    requires io.github.ntmlib.intake;
    requires io.github.ntmlib.ocop;
    requires io.github.ntmlib.finance;
    requires io.github.ntmlib.claims;
    requires io.github.ntmlib.report;
    requires io.github.ntmlib.plan;
    requires gg.jte.runtime;
    // the precompiled templates carry @javax.annotation.processing.Generated (compile time only)
    requires static java.compiler;
    requires com.fasterxml.jackson.databind;
    requires java.sql;
    requires io.javalin;
    requires org.eclipse.jetty.server;
    requires com.zaxxer.hikari;
    requires org.jdbi.v3.core;
    // Jdbi (an automatic module) needs it at run time; a named module nobody requires is not resolved
    requires io.leangen.geantyref;
    requires com.h2database;
    requires org.postgresql.jdbc;

    exports io.github.ntmlib.server;
    exports io.github.ntmlib.server.store;

    opens io.github.ntmlib.server.dashboard.generated to gg.jte.runtime;
}
