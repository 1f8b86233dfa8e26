/**
 * Support mechanisms and checks (cơ chế hỗ trợ): counterpart rules by period and province group
 * ({@link io.github.ntmlib.finance.support.CounterpartRules}), pilot-model central ceilings
 * ({@link io.github.ntmlib.finance.support.PilotModelCeilings}), provincial rewards ({@link
 * io.github.ntmlib.finance.support.RewardPolicy}), cement support progress and norms ({@link
 * io.github.ntmlib.finance.support.CementProgress}, {@link
 * io.github.ntmlib.finance.support.CementNorms}) and policy-fund reconciliation ({@link
 * io.github.ntmlib.finance.support.FundReconciliation}). Tables marked not found in the sources
 * are data the caller supplies.
 */
@NullMarked
package io.github.ntmlib.finance.support;

import org.jspecify.annotations.NullMarked;
