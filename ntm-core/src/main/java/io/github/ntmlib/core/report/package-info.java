/**
 * Report figures as Vietnamese reports print them: exact shares rounded half-up at the printed
 * digits ({@link io.github.ntmlib.base.Figures}), tallies of units holding a standard
 * ({@link io.github.ntmlib.core.report.Tally}), plan progress ({@link
 * io.github.ntmlib.core.report.Progress}) and gaps to the next standard ({@link
 * io.github.ntmlib.core.report.Gaps}), in vi-VN ("69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%)")
 * and in English.
 *
 * <p>What this package owns and constructs: tallies, plan progress, gaps, carry-over of statuses
 * across mergers, and comparisons of evaluations year over year ({@link
 * io.github.ntmlib.core.report.EvaluationComparison}, {@link io.github.ntmlib.core.report.ComparisonSeries}:
 * units matched through the lineage, counts per standard, targets). It is the top floor: it reads the engine's results (through their public API,
 * such as {@link io.github.ntmlib.core.engine.Verdicts}' positional view) and nothing reads it.
 */
@NullMarked
package io.github.ntmlib.core.report;

import org.jspecify.annotations.NullMarked;
