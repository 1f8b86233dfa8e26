/**
 * Evaluations as JSON, with a versioned schema ({@link io.github.ntmlib.core.engine.io.EvaluationJson}).
 */
@NullMarked
package io.github.ntmlib.core.engine.io;

import org.jspecify.annotations.NullMarked;
