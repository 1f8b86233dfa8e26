/**
 * Disbursement (giải ngân), deadlines and carry-over: dated entries ({@link
 * io.github.ntmlib.finance.disbursement.Disbursement}) in a validated ledger ({@link
 * io.github.ntmlib.finance.disbursement.DisbursementLedger}); rates as of any date with their base
 * stated ({@link io.github.ntmlib.finance.disbursement.DisbursementRate}, {@link
 * io.github.ntmlib.finance.disbursement.RateBase}); deadlines from the public investment laws of
 * 2019 and 2024 with National Assembly overrides as data ({@link
 * io.github.ntmlib.finance.disbursement.DeadlineRules}); what is still disbursable and what lapsed
 * ({@link io.github.ntmlib.finance.disbursement.LinePosition}).
 */
@NullMarked
package io.github.ntmlib.finance.disbursement;

import org.jspecify.annotations.NullMarked;
