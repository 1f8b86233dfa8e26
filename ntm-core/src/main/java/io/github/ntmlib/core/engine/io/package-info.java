/**
 * Evaluations as JSON, with a versioned schema ({@link io.github.ntmlib.core.engine.io.EvaluationJson}).
 */
package io.github.ntmlib.core.engine.io;
