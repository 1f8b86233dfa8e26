/**
 * The attainment engine ({@link io.github.ntmlib.core.engine.Evaluator}): evaluates a hierarchy
 * against a criteria set, bottom-up and in one pass, into immutable results ({@link
 * io.github.ntmlib.core.engine.Evaluation}) that keep computed attainment and official status
 * apart and explain every verdict, or into the verdicts alone ({@link
 * io.github.ntmlib.core.engine.Verdicts}).
 *
 * <p>What this package owns and constructs: the request ({@link
 * io.github.ntmlib.core.engine.EvaluationRequest}), the compiled engine, the prepared handle that
 * holds a validated index ({@link io.github.ntmlib.core.engine.PreparedEvaluation}), and every
 * result type of an evaluation (unit and standard results, verdicts and their table, ignored rows).
 * It runs the criteria package's kernel ({@link io.github.ntmlib.core.criteria.IndicatorRule}) over
 * a hierarchy and reads the criteria, data and locality packages; only the report package reads it.
 */
@NullMarked
package io.github.ntmlib.core.engine;

import org.jspecify.annotations.NullMarked;
