/** The plugin class the registry finds (not API). */
@NullMarked
package io.github.ntmlib.criteria2026.internal;

import org.jspecify.annotations.NullMarked;
