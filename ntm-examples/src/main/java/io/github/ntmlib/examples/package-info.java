/** Runnable examples of embedding ntm (not published). */
@NullMarked
package io.github.ntmlib.examples;

import org.jspecify.annotations.NullMarked;
