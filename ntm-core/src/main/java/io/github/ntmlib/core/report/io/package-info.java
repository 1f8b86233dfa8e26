/**
 * Report results as JSON documents in versioned schemas (docs/formats.md, docs/schemas/): what the
 * {@code core.report} layer computes from an evaluation — tallies, plan progress, closest units,
 * carry-over, comparisons — written and read by the module that owns the types.
 */
@NullMarked
package io.github.ntmlib.core.report.io;

import org.jspecify.annotations.NullMarked;
