/** Internals of the 2021-2025 plugin: the service provider and the criteria implemented in code. Not exported. */
@NullMarked
package io.github.ntmlib.criteria2021.internal;

import org.jspecify.annotations.NullMarked;
