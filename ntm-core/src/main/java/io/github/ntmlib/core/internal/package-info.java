/**
 * Internals shared by the criteria and engine packages (exact measures). Not exported: no
 * compatibility promise.
 */
@NullMarked
package io.github.ntmlib.core.internal;

import org.jspecify.annotations.NullMarked;
