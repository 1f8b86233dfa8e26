/**
 * Generators for users' own tests, as plain functions of a {@link java.util.random.RandomGenerator}
 * ({@link io.github.ntmlib.testkit.Gen}), each counting the edges it reaches in a {@link
 * io.github.ntmlib.testkit.Reach}; and {@link io.github.ntmlib.testkit.BilingualErrors}, the
 * assertion that a typed error reads in Vietnamese as in English.
 */
@NullMarked
package io.github.ntmlib.testkit;

import org.jspecify.annotations.NullMarked;
