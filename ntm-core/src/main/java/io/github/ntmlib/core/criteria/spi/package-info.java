/**
 * The service provider interface for criteria-set plugins (SPI v2): what a plugin author
 * implements, and the types the engine hands to it and takes back.
 *
 * <ul>
 *   <li>{@link io.github.ntmlib.core.criteria.spi.CriteriaPlugin}, found with {@link
 *       java.util.ServiceLoader}: contributes {@link io.github.ntmlib.core.criteria.CriteriaSet}s
 *       with their {@link io.github.ntmlib.core.criteria.Period} (built in code or read from JSON
 *       with {@link io.github.ntmlib.core.criteria.io.CriteriaJson}), {@link
 *       io.github.ntmlib.core.locality.ClassificationScheme}s and {@link
 *       io.github.ntmlib.core.locality.ClassificationTable}s, its name and version;</li>
 *   <li>{@link io.github.ntmlib.core.criteria.spi.Criterion}: a criterion of a standard. Data
 *       criteria ({@link io.github.ntmlib.core.criteria.IndicatorCriterion}, {@link
 *       io.github.ntmlib.core.criteria.AggregateCriterion}) are built from values; a rule of
 *       another shape implements it in code;</li>
 *   <li>{@link io.github.ntmlib.core.criteria.spi.CriterionContext}: what such a criterion sees
 *       while judged (the unit, its classifications, its data, the verdicts of units below), given
 *       by the engine; {@link io.github.ntmlib.core.criteria.spi.CriterionContext#assess} judges an
 *       indicator the way data criteria do;</li>
 *   <li>{@link io.github.ntmlib.core.criteria.spi.CriterionResult} and {@link
 *       io.github.ntmlib.core.criteria.spi.IndicatorTrace}: the verdict on a criterion with its
 *       facts. A criterion written in code returns {@link
 *       io.github.ntmlib.core.criteria.spi.CriterionResult#ofRule}; consumers read the same types in
 *       every evaluation.</li>
 * </ul>
 *
 * <p>The values a plugin builds its sets from (standards, indicators, threshold rules, provenance,
 * verdicts) are the criteria package's public values, shared with consumers. {@code ntm-testkit}'s
 * conformance kit checks a plugin's sets.
 */
@NullMarked
package io.github.ntmlib.core.criteria.spi;

import org.jspecify.annotations.NullMarked;
