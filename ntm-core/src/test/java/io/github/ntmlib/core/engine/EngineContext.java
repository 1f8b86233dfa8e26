package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorRule;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** What a criterion sees while the engine judges it. */
final class EngineContext implements CriterionContext {

    private final RunView run;
    private final AdminUnit unit;
    private final String standard;
    private final Set<String> territory;

    /** The parts of a run a context reads. */
    interface RunView {
        Snapshot snapshot();

        io.github.ntmlib.core.data.Dataset data();

        io.github.ntmlib.core.data.StatusRegister register();

        EvaluationRequest request();

        CriteriaSet set();

        java.util.Map<String, ClassificationScheme> schemes();

        @org.jspecify.annotations.Nullable StandardResult result(String unit, String standard);
    }

    EngineContext(RunView run, AdminUnit unit, String standard, Set<String> territory) {
        this.run = run;
        this.unit = unit;
        this.standard = standard;
        this.territory = territory;
    }

    @Override
    public AdminUnit unit() {
        return unit;
    }

    @Override
    public Snapshot snapshot() {
        return run.snapshot();
    }

    @Override
    public LocalDate date() {
        return run.request().asOf();
    }

    @Override
    public int year() {
        return run.request().dataYear();
    }

    @Override
    public String standard() {
        return standard;
    }

    @Override
    public CountingMode mode() {
        return run.request().counting();
    }

    private Optional<String> own(String scheme) {
        ClassificationScheme known = run.schemes().get(scheme);
        return run.snapshot().classification(unit.code(),
                known != null ? known : ClassificationScheme.open(scheme, false, "undeclared"));
    }

    @Override
    public Optional<String> classification(String scheme) {
        return io.github.ntmlib.core.criteria.ClassificationOverride.effective(run.set().overrides(), scheme, this::own);
    }

    @Override
    public Optional<Observation> observation(String indicator) {
        return run.data().observation(unit.code(), indicator, year());
    }

    @Override
    public IndicatorTrace assess(IndicatorDefinition indicator) {
        return IndicatorRule.select(indicator, unit, year(), this::own, run.set().overrides(), territory::contains)
                .judge(observation(indicator.code()).orElse(null));
    }

    @Override
    public Verdict holds(String unitCode, String standardId) {
        Standard counted = run.set().standard(standardId).orElse(null);
        Optional<AdminUnit> other = run.snapshot().unit(unitCode);
        if (counted == null || other.isEmpty() || !counted.appliesTo(other.get(), run.snapshot())) {
            return Verdict.NOT_ASSESSED;
        }
        if (mode() == CountingMode.OFFICIAL) {
            return run.register().recognition(run.snapshot(), unitCode, standardId, date()).isPresent()
                    ? Verdict.MET : Verdict.NOT_MET;
        }
        StandardResult r = run.result(unitCode, standardId);
        return r == null ? Verdict.NOT_ASSESSED : r.verdict();
    }
}
