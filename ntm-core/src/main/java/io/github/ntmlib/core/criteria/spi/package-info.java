/**
 * The service provider interface for criteria-set plugins: {@link
 * io.github.ntmlib.core.criteria.spi.CriteriaPlugin}, found with {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.ntmlib.core.criteria.spi;

import org.jspecify.annotations.NullMarked;
