/**
 * Exact money and ratios (tiền và tỷ lệ): {@link io.github.ntmlib.finance.money.Vnd} in whole đồng,
 * report units ({@link io.github.ntmlib.finance.money.ReportUnit}: đồng, triệu đồng, tỷ đồng),
 * exact rates rounded half-up only when printed ({@link io.github.ntmlib.finance.money.Rate}),
 * and reported totals checked against their parts ({@link io.github.ntmlib.finance.money.TotalCheck}).
 */
@NullMarked
package io.github.ntmlib.finance.money;

import org.jspecify.annotations.NullMarked;
