/** The store: schema migrations, imports as batches, evaluation runs and their results, tokens and the audit trail, through JDBC (Jdbi, prepared statements only). */
@NullMarked
package io.github.ntmlib.server.store;

import org.jspecify.annotations.NullMarked;
