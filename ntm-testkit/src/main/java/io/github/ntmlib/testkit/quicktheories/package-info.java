/**
 * A thin adapter running the testkit's generators under QuickTheories, where every draw shrinks.
 * Needs {@code org.quicktheories:quicktheories} on the path (optional dependency).
 */
@NullMarked
package io.github.ntmlib.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
