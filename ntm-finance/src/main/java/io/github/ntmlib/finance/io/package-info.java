/**
 * Finance results as JSON documents in versioned schemas (docs/formats.md, docs/schemas/):
 * disbursement rates ({@link io.github.ntmlib.finance.io.RatesJson}), deadlines of capital lines
 * ({@link io.github.ntmlib.finance.io.DeadlinesJson}) and allocations
 * ({@link io.github.ntmlib.finance.io.AllocationJson}). Money is a JSON integer of whole đồng;
 * rates and quotas are exact fractions beside the printed figure.
 */
@NullMarked
package io.github.ntmlib.finance.io;

import org.jspecify.annotations.NullMarked;
