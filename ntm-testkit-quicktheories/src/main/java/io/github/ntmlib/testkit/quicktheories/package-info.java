/**
 * A thin adapter running the testkit's generators under QuickTheories, where every draw shrinks.
 * Artifact {@code ntm-testkit-quicktheories}, an automatic module: QuickTheories 0.26 has no module
 * name of its own, and a named module requiring it would be published with a file-name dependency.
 */
@NullMarked
package io.github.ntmlib.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
