package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.Snapshot;
import java.util.Collection;

/**
 * For the engine's tests: an engine with one request, so that a test asks the same question of
 * many inputs in one line, and the test oracle ({@link ReferenceEvaluator}) beside it.
 *
 * @param engine  the compiled engine
 * @param request the request
 */
record Bound(Evaluator engine, EvaluationRequest request) {

    static Bound of(CriteriaSet set, EvaluationRequest request) {
        return new Bound(Evaluator.of(set), request);
    }

    Bound counting(CountingMode mode) {
        return new Bound(engine, new EvaluationRequest(request.asOf(), request.dataYear(), mode, request.lenient()));
    }

    Bound dataYear(int year) {
        return new Bound(engine, new EvaluationRequest(request.asOf(), year, request.counting(), request.lenient()));
    }

    Bound lenient() {
        return new Bound(engine, request.asLenient());
    }

    Bound parallel() {
        return new Bound(engine.parallel(), request);
    }

    io.github.ntmlib.core.criteria.CriteriaSet criteriaSet() {
        return engine.criteriaSet();
    }

    PreparedEvaluation prepare(Snapshot s, Dataset d, StatusRegister r) {
        return engine.prepare(request, s, d, r);
    }

    Evaluation evaluate(Snapshot s, Dataset d, StatusRegister r) {
        return engine.evaluate(request, s, d, r);
    }

    Verdicts verdicts(Snapshot s, Dataset d, StatusRegister r) {
        return engine.verdicts(request, s, d, r);
    }

    Evaluation evaluateReference(Snapshot s, Dataset d, StatusRegister r) {
        return ReferenceEvaluator.evaluate(engine, request, s, d, r);
    }

    /** The incremental re-evaluation of a handle prepared on the previous data. */
    Evaluation reevaluate(PreparedEvaluation previous, Dataset d, Collection<String> changed) {
        return previous.update(d, changed).evaluate();
    }
}
