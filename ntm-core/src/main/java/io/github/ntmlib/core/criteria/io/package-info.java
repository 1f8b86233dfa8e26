/**
 * Reading criteria sets and provincial overlays from their versioned JSON files ({@link
 * io.github.ntmlib.core.criteria.io.CriteriaJson}), and the fill-in templates of what the law leaves
 * to the province ({@link io.github.ntmlib.core.criteria.io.OverlayTemplate}, JSON form {@link
 * io.github.ntmlib.core.criteria.io.OverlayTemplateJson}).
 */
@NullMarked
package io.github.ntmlib.core.criteria.io;

import org.jspecify.annotations.NullMarked;
