/**
 * The data an evaluation reads: indicator values with their unit, period and source ({@link
 * io.github.ntmlib.core.data.Observation}), criterion outcomes recorded by sector departments
 * ({@link io.github.ntmlib.core.data.RecordedOutcome}), and the register of official statuses
 * ({@link io.github.ntmlib.core.data.StatusRegister}). All values are exact: amounts are {@link
 * java.math.BigDecimal}, ratios keep their two parts.
 *
 * <p>What this package owns and constructs: the data values above, {@link
 * io.github.ntmlib.core.data.Dataset} with its builder, and {@link io.github.ntmlib.core.data.ValueCell},
 * the exact primitive encoding of a value the kernel compares. It reads only the locality package:
 * nothing here knows a criterion or a verdict.
 */
@NullMarked
package io.github.ntmlib.core.data;

import org.jspecify.annotations.NullMarked;
