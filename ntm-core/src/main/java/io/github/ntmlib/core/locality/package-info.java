/**
 * The administrative hierarchy (đơn vị hành chính) and its history: units ({@link
 * io.github.ntmlib.core.locality.AdminUnit}) with their kind, level, parent, validity and
 * classifications; the hierarchy on one date ({@link io.github.ntmlib.core.locality.Snapshot});
 * and the hierarchy through reorganisations ({@link io.github.ntmlib.core.locality.LocalityHistory})
 * with change events, lineage and plain differences between official lists.
 *
 * <p>What this package owns and constructs: units, snapshots, histories, change events, lineage and
 * classification tables. It is the ground floor of the core: it reads only ntm-base.
 */
@NullMarked
package io.github.ntmlib.core.locality;

import org.jspecify.annotations.NullMarked;
