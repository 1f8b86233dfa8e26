/**
 * A statistical forecast of disbursement ({@link io.github.ntmlib.finance.forecast.DisbursementForecast}):
 * projected rates at future dates with an uncertainty band ({@link
 * io.github.ntmlib.finance.forecast.Projection}), or the reason the history is too short ({@link
 * io.github.ntmlib.finance.forecast.Forecast}). Estimates, not exact figures.
 */
@NullMarked
package io.github.ntmlib.finance.forecast;

import org.jspecify.annotations.NullMarked;
