/**
 * Reading criteria sets and provincial overlays from their versioned JSON files ({@link
 * io.github.ntmlib.core.criteria.io.CriteriaJson}).
 */
@NullMarked
package io.github.ntmlib.core.criteria.io;

import org.jspecify.annotations.NullMarked;
