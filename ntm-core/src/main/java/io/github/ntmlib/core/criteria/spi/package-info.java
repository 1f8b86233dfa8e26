/**
 * The service provider interface for criteria-set plugins (SPI v2): {@link
 * io.github.ntmlib.core.criteria.spi.CriteriaPlugin}, found with {@link java.util.ServiceLoader}.
 *
 * <p>A plugin contributes {@link io.github.ntmlib.core.criteria.CriteriaSet}s (built with their
 * {@link io.github.ntmlib.core.criteria.Period}, or read from JSON with {@link
 * io.github.ntmlib.core.criteria.io.CriteriaJson}), {@link
 * io.github.ntmlib.core.locality.ClassificationScheme}s and {@link
 * io.github.ntmlib.core.locality.ClassificationTable}s, and criteria written in code: those implement
 * {@link io.github.ntmlib.core.criteria.Criterion}, read a {@link
 * io.github.ntmlib.core.criteria.CriterionContext} and return a {@link
 * io.github.ntmlib.core.criteria.CriterionResult}. Those types stay in the criteria package because
 * consumers of evaluations read them too. {@code ntm-testkit}'s conformance kit checks a plugin's
 * sets.
 */
@NullMarked
package io.github.ntmlib.core.criteria.spi;

import org.jspecify.annotations.NullMarked;
