/**
 * Criteria sets (bộ tiêu chí) as values, the criterion contract and the kernel that judges them.
 *
 * <p>What this package owns and constructs: standards ({@link io.github.ntmlib.core.criteria.Standard})
 * with their criteria ({@link io.github.ntmlib.core.criteria.Criterion}: data criteria {@link
 * io.github.ntmlib.core.criteria.IndicatorCriterion} and {@link
 * io.github.ntmlib.core.criteria.AggregateCriterion}, or a rule written in code), indicators and
 * threshold rules with provenance, classification overrides and provincial overlays ({@link
 * io.github.ntmlib.core.criteria.Overlay}); what a criterion sees while judged
 * ({@link io.github.ntmlib.core.criteria.CriterionContext}, implemented by the engine) and what it
 * returns ({@link io.github.ntmlib.core.criteria.CriterionResult}, {@link
 * io.github.ntmlib.core.criteria.IndicatorTrace}), which consumers read too; and the kernel: {@link
 * io.github.ntmlib.core.criteria.IndicatorRule} chooses an indicator's threshold and compares a value
 * exactly, {@link io.github.ntmlib.core.criteria.Comparison#holds} is the one encoding of a
 * comparison's direction, {@link io.github.ntmlib.core.criteria.Verdict#and} of "every part must be
 * met", {@link io.github.ntmlib.core.criteria.AggregateCriterion#verdict(int, int, int)} of counting
 * units below. Depends on the data and locality packages only.
 */
@NullMarked
package io.github.ntmlib.core.criteria;

import org.jspecify.annotations.NullMarked;
