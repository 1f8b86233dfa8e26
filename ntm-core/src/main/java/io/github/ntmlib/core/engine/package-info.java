/**
 * The attainment engine ({@link io.github.ntmlib.core.engine.Evaluator}): evaluates a hierarchy
 * against a criteria set, bottom-up and in one pass, into immutable results ({@link
 * io.github.ntmlib.core.engine.Evaluation}) that keep computed attainment and official status
 * apart and explain every verdict, or into the verdicts alone ({@link
 * io.github.ntmlib.core.engine.Verdicts}).
 */
@NullMarked
package io.github.ntmlib.core.engine;

import org.jspecify.annotations.NullMarked;
