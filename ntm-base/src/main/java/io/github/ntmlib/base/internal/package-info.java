/**
 * Readers shared by the ntm modules (a line-tracking CSV table, typed JSON fields). Exported only
 * to ntm's own modules: not an API.
 */
@NullMarked
package io.github.ntmlib.base.internal;

import org.jspecify.annotations.NullMarked;
