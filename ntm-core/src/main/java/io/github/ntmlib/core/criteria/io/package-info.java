/**
 * Reading criteria sets and provincial overlays from their versioned JSON files ({@link
 * io.github.ntmlib.core.criteria.io.CriteriaJson}).
 */
package io.github.ntmlib.core.criteria.io;
