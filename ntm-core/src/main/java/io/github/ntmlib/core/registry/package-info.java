/**
 * The criteria sets an application has: {@link io.github.ntmlib.core.registry.CriteriaRegistry}
 * finds the plugins on the module path or the class path ({@link
 * io.github.ntmlib.core.criteria.spi.CriteriaPlugin}, through {@link java.util.ServiceLoader}) and
 * picks the set in force for a data year ({@link io.github.ntmlib.core.registry.CriteriaChoice}).
 *
 * <p>What this package owns: the registry and its choices. It reads the criteria and spi packages
 * and the locality package (to classify a snapshot with the plugins' tables); nothing of the
 * criteria packages reads it, so a plugin's discovery and a consumer's loading stay apart from the
 * values both share.
 */
@NullMarked
package io.github.ntmlib.core.registry;

import org.jspecify.annotations.NullMarked;
