/**
 * Report figures as Vietnamese reports print them: exact shares rounded half-up at the printed
 * digits ({@link io.github.ntmlib.base.Figures}), tallies of units holding a standard
 * ({@link io.github.ntmlib.core.report.Tally}), plan progress ({@link
 * io.github.ntmlib.core.report.Progress}) and gaps to the next standard ({@link
 * io.github.ntmlib.core.report.Gaps}), in vi-VN ("69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%)")
 * and in English.
 */
@NullMarked
package io.github.ntmlib.core.report;

import org.jspecify.annotations.NullMarked;
