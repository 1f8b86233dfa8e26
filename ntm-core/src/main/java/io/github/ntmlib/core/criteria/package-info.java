/**
 * Criteria sets (bộ tiêu chí) as values: standards ({@link io.github.ntmlib.core.criteria.Standard})
 * with their criteria ({@link io.github.ntmlib.core.criteria.spi.Criterion}), indicators and threshold
 * rules with provenance, classification overrides, provincial overlays ({@link
 * io.github.ntmlib.core.criteria.Overlay}), and the registry that finds sets provided by plugins
 * ({@link io.github.ntmlib.core.criteria.CriteriaRegistry}). Criterion results and traces explain
 * every verdict.
 */
@NullMarked
package io.github.ntmlib.core.criteria;

import org.jspecify.annotations.NullMarked;
