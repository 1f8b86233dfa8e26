/**
 * Allocation of program capital (phân bổ vốn): the coefficient method of Decision 07/2022/QĐ-TTg
 * ({@link io.github.ntmlib.finance.allocation.CommuneCoefficients}: 5.0 / 3.0 / 1.0 by {@link
 * io.github.ntmlib.finance.allocation.CommuneCategory}, from {@link
 * io.github.ntmlib.finance.allocation.CommuneStatus} data), points per unit ({@link
 * io.github.ntmlib.finance.allocation.Claimant}), and exact apportionment of a pool ({@link
 * io.github.ntmlib.finance.allocation.Allocation}) by largest remainder or a divisor method
 * ({@link io.github.ntmlib.finance.allocation.ApportionmentMethod}), with every share explained.
 */
@NullMarked
package io.github.ntmlib.finance.allocation;

import org.jspecify.annotations.NullMarked;
