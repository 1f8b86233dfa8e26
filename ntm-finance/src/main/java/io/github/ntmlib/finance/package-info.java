/**
 * Program finance of the National Target Program on New Rural Development: the typed error for
 * bad finance input ({@link io.github.ntmlib.finance.FinanceDataException}) and warnings
 * ({@link io.github.ntmlib.finance.FinanceWarning}). The concerns live in sub-packages: {@code
 * money} (exact VND, rates, vi-VN numbers), {@code plan} (capital plans as dated events), {@code
 * disbursement} (rates, deadlines, carry-over), {@code allocation} (Decision 07/2022 coefficient
 * method and apportionment), {@code support} (counterpart rules, pilot-model ceilings, Hà Tĩnh
 * policies, fund reconciliation) and {@code forecast} (a statistical projection).
 */
@NullMarked
package io.github.ntmlib.finance;

import org.jspecify.annotations.NullMarked;
