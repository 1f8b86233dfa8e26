/**
 * Plugin discovery (SPI v2): {@link io.github.ntmlib.core.criteria.spi.CriteriaPlugin}, found
 * with {@link java.util.ServiceLoader}, contributes {@link io.github.ntmlib.core.criteria.CriteriaSet}s
 * with their {@link io.github.ntmlib.core.criteria.Period} (built in code or read from JSON with
 * {@link io.github.ntmlib.core.criteria.io.CriteriaJson}), {@link
 * io.github.ntmlib.core.locality.ClassificationScheme}s and {@link
 * io.github.ntmlib.core.locality.ClassificationTable}s, its name and version.
 *
 * <p>What this package owns: the plugin interface and nothing else; it depends only on the
 * criteria package. The types a plugin may implement are {@code CriteriaPlugin} here and {@link
 * io.github.ntmlib.core.criteria.Criterion} (a rule of another shape, written in code); everything
 * else a plugin builds its sets from, and the results it returns ({@link
 * io.github.ntmlib.core.criteria.CriterionResult#ofRule}), are values of the criteria package,
 * shared with consumers. {@code ntm-testkit}'s conformance kit checks a plugin.
 */
@NullMarked
package io.github.ntmlib.core.criteria.spi;

import org.jspecify.annotations.NullMarked;
