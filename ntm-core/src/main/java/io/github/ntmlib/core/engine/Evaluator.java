package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.SourcePosition;

import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attainment engine: evaluates every unit of a snapshot against a criteria set, bottom-up
 * (village, commune, district, province) in one pass. Stateless and thread-safe: one evaluator
 * serves any number of evaluations at once.
 */
public final class Evaluator {

    private final CriteriaSet set;
    private final List<Standard> order;
    private final Map<String, ClassificationScheme> schemes = new HashMap<>();
    private final Map<String, List<IndicatorDefinition>> indicators = new HashMap<>();

    private Evaluator(CriteriaSet set) {
        this.set = Objects.requireNonNull(set, "set");
        this.order = dependencyOrder(set);
        set.schemes().forEach(s -> schemes.put(s.id(), s));
        for (Standard s : set.standards()) {
            for (Criterion c : s.criteria()) {
                c.indicators().forEach(i -> indicators.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i));
            }
        }
    }

    /**
     * An evaluator for a criteria set.
     *
     * @param set the criteria set (with any overlays already applied)
     * @return the evaluator
     */
    public static Evaluator of(CriteriaSet set) {
        return new Evaluator(set);
    }

    /**
     * The criteria set.
     *
     * @return the set
     */
    public CriteriaSet criteriaSet() {
        return set;
    }

    private static List<Standard> dependencyOrder(CriteriaSet set) {
        Set<String> done = new LinkedHashSet<>();
        List<Standard> order = new ArrayList<>();
        while (order.size() < set.standards().size()) {
            boolean progress = false;
            for (Standard s : set.standards()) {
                if (!done.contains(s.id()) && s.nestedIn().map(done::contains).orElse(true)) {
                    order.add(s);
                    done.add(s.id());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalArgumentException("standards of " + set.id() + " nest in a cycle");
            }
        }
        return List.copyOf(order);
    }

    /**
     * Evaluates a hierarchy.
     *
     * @param snapshot the hierarchy in force on {@code date}
     * @param data     indicator values and recorded outcomes
     * @param register official statuses
     * @param year     the data year judged
     * @param date     the date of the evaluation (statuses and recorded outcomes up to it)
     * @param mode     how aggregate conditions count units below
     * @return the evaluation
     * @throws EvaluationException if the data names an unknown unit, indicator or criterion, has a
     *                             value of the wrong kind or an impossible ratio, or the date is
     *                             outside the set's period
     */
    public Evaluation evaluate(Snapshot snapshot, Dataset data, StatusRegister register, int year, LocalDate date,
            CountingMode mode) {
        validate(snapshot, data, year, date);
        Map<String, Map<String, StandardResult>> results = new HashMap<>();
        List<AdminUnit> bottomUp = new ArrayList<>(snapshot.units());
        bottomUp.sort(Comparator.comparing((AdminUnit u) -> u.level()).reversed());
        for (AdminUnit unit : bottomUp) {
            Map<String, StandardResult> own = new HashMap<>();
            for (Standard standard : order) {
                if (standard.appliesTo(unit.kind())) {
                    own.put(standard.id(), evaluate(new Context(snapshot, unit, data, register, year, date, mode,
                            standard.id(), results), standard, own, data, register));
                }
            }
            results.put(unit.code(), own);
        }
        List<UnitResult> units = new ArrayList<>();
        for (AdminUnit unit : snapshot.units()) {
            List<StandardResult> list = new ArrayList<>();
            for (Standard s : set.standards()) {
                StandardResult r = results.get(unit.code()).get(s.id());
                if (r != null) {
                    list.add(r);
                }
            }
            units.add(new UnitResult(unit.code(), unit.name(), list));
        }
        return new Evaluation(set.id(), date, year, mode, units);
    }

    private StandardResult evaluate(Context context, Standard standard, Map<String, StandardResult> own,
            Dataset data, StatusRegister register) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (Criterion criterion : standard.criteria()) {
            if (!criterion.appliesTo().isEmpty() && !criterion.appliesTo().contains(context.unit.kind())) {
                continue;
            }
            Optional<RecordedOutcome> recorded = data.outcome(context.unit.code(), standard.id(), criterion.code(),
                    context.date);
            criteria.add(recorded.isPresent() ? recorded(criterion, recorded.get()) : criterion.evaluate(context));
        }
        List<Verdict> verdicts = criteria.stream().map(CriterionResult::verdict).collect(Collectors.toList());
        String explanation;
        Optional<String> nested = standard.nestedIn();
        Verdict required = Verdict.MET;
        if (nested.isPresent()) {
            StandardResult base = own.get(nested.get());
            required = base == null ? Verdict.NOT_ASSESSED : base.verdict();
            verdicts.add(required);
        }
        Verdict verdict = Verdict.allOf(verdicts);
        long met = criteria.stream().filter(c -> c.verdict() == Verdict.MET).count();
        explanation = met + "/" + criteria.size() + " criteria met";
        List<String> missing = criteria.stream().filter(c -> c.verdict() != Verdict.MET)
                .map(c -> c.code() + " " + c.verdict().english()).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            explanation += " (" + String.join(", ", missing) + ")";
        }
        if (required != Verdict.MET) {
            explanation += "; requires " + nested.get() + ", which is " + required.english();
        }
        return new StandardResult(standard.id(), verdict, criteria,
                register.recognition(context.snapshot, context.unit.code(), standard.id(), context.date), explanation);
    }

    private static CriterionResult recorded(Criterion criterion, RecordedOutcome outcome) {
        Verdict verdict = outcome.assessment() == Assessment.MET ? Verdict.MET : Verdict.NOT_MET;
        String completion = outcome.completionLow().map(low -> ", " + low.toPlainString()
                + outcome.completionHigh().filter(h -> h.compareTo(low) != 0).map(h -> "-" + h.toPlainString()).orElse("")
                + "% of the requirement").orElse("");
        String text = "recorded " + outcome.assessment().english() + " (" + outcome.assessment().vietnamese() + ")"
                + completion + " by " + outcome.source().reporter()
                + (outcome.source().reference().isEmpty() ? "" : ", " + outcome.source().reference()) + " on "
                + outcome.date();
        return new CriterionResult(criterion.code(), criterion.labels(), verdict, Origin.RECORDED, List.of(),
                Optional.empty(), Optional.of(outcome), text);
    }

    private void validate(Snapshot snapshot, Dataset data, int year, LocalDate date) {
        if (!set.isValidOn(date)) {
            throw new EvaluationException(io.github.ntmlib.base.SourcePosition.API, null, null, "date " + date
                    + " is outside the period of criteria set " + set.id() + " (" + set.validFrom() + " to "
                    + set.validUntil() + ")");
        }
        for (Observation o : data.observations()) {
            if (o.year() != year) {
                continue;
            }
            if (!snapshot.contains(o.unit())) {
                throw new EvaluationException(o.source().position(), o.unit(), o.indicator(),
                        "unknown unit: no unit with this code on " + snapshot.date());
            }
            List<IndicatorDefinition> defs = indicators.get(o.indicator());
            if (defs == null) {
                throw new EvaluationException(o.source().position(), o.unit(), o.indicator(),
                        "unknown indicator: criteria set " + set.id() + " has no indicator " + o.indicator());
            }
            for (IndicatorDefinition def : defs) {
                if (def.kind() != o.value().kind()) {
                    throw new EvaluationException(o.source().position(), o.unit(), o.indicator(), "value of the wrong kind: "
                            + o.value().kind() + " given, indicator takes " + def.kind());
                }
                if (o.value() instanceof io.github.ntmlib.core.data.Value.Quantity
                        && !((io.github.ntmlib.core.data.Value.Quantity) o.value()).unit().equals(def.unit())) {
                    throw new EvaluationException(o.source().position(), o.unit(), o.indicator(), "unit '"
                            + ((io.github.ntmlib.core.data.Value.Quantity) o.value()).unit() + "' given, indicator is in '"
                            + def.unit() + "'");
                }
                if (o.value() instanceof io.github.ntmlib.core.data.Value.Ratio && !def.mayExceedWhole()
                        && ((io.github.ntmlib.core.data.Value.Ratio) o.value()).exceedsWhole()) {
                    throw new EvaluationException(o.source().position(), o.unit(), o.indicator(),
                            "the part exceeds the whole, which this indicator forbids: " + IndicatorJudge.describeValue(o.value()));
                }
                if (o.value() instanceof io.github.ntmlib.core.data.Value.Grade
                        && !def.grades().contains(((io.github.ntmlib.core.data.Value.Grade) o.value()).grade())) {
                    throw new EvaluationException(o.source().position(), o.unit(), o.indicator(), "grade '"
                            + ((io.github.ntmlib.core.data.Value.Grade) o.value()).grade() + "' is not on the scale "
                            + def.grades());
                }
            }
        }
        for (RecordedOutcome r : data.outcomes()) {
            if (r.date().isAfter(date)) {
                continue;
            }
            if (!snapshot.contains(r.unit())) {
                throw new EvaluationException(r.source().position(), r.unit(), r.standard() + "/" + r.criterion(),
                        "unknown unit: no unit with this code on " + snapshot.date());
            }
            Optional<Standard> standard = set.standard(r.standard());
            if (standard.isEmpty() || standard.get().criterion(r.criterion()).isEmpty()) {
                throw new EvaluationException(r.source().position(), r.unit(), r.standard() + "/" + r.criterion(),
                        "unknown criterion: criteria set " + set.id() + " has no criterion " + r.criterion()
                                + " in standard " + r.standard());
            }
        }
    }

    /** What a criterion sees. */
    private final class Context implements CriterionContext {
        private final Snapshot snapshot;
        private final AdminUnit unit;
        private final Dataset data;
        private final StatusRegister register;
        private final int year;
        private final LocalDate date;
        private final CountingMode mode;
        private final String standard;
        private final Map<String, Map<String, StandardResult>> results;

        Context(Snapshot snapshot, AdminUnit unit, Dataset data, StatusRegister register, int year, LocalDate date,
                CountingMode mode, String standard, Map<String, Map<String, StandardResult>> results) {
            this.snapshot = snapshot;
            this.unit = unit;
            this.data = data;
            this.register = register;
            this.year = year;
            this.date = date;
            this.mode = mode;
            this.standard = standard;
            this.results = results;
        }

        @Override
        public AdminUnit unit() {
            return unit;
        }

        @Override
        public Snapshot snapshot() {
            return snapshot;
        }

        @Override
        public LocalDate date() {
            return date;
        }

        @Override
        public int year() {
            return year;
        }

        @Override
        public String standard() {
            return standard;
        }

        @Override
        public CountingMode mode() {
            return mode;
        }

        private Optional<String> own(String scheme) {
            ClassificationScheme known = schemes.get(scheme);
            return snapshot.classification(unit.code(),
                    known != null ? known : ClassificationScheme.open(scheme, false, "undeclared"));
        }

        @Override
        public Optional<String> classification(String scheme) {
            for (ClassificationOverride override : set.overrides()) {
                if (override.scheme().equals(scheme)) {
                    Optional<String> value = override.apply(this::own);
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
            return own(scheme);
        }

        @Override
        public Optional<Observation> observation(String indicator) {
            return data.observation(unit.code(), indicator, year);
        }

        @Override
        public IndicatorTrace assess(IndicatorDefinition indicator) {
            return IndicatorJudge.judge(indicator, IndicatorJudge.select(indicator, unit, year, this::classification,
                    code -> code.equals(unit.code()) || snapshot.ancestors(unit.code()).stream()
                            .anyMatch(a -> a.code().equals(code))),
                    observation(indicator.code()), year, this::classification);
        }

        @Override
        public Verdict holds(String unitCode, String standardId) {
            if (mode == CountingMode.OFFICIAL) {
                return register.recognition(snapshot, unitCode, standardId, date).isPresent()
                        ? Verdict.MET : Verdict.NOT_MET;
            }
            StandardResult r = results.getOrDefault(unitCode, Map.of()).get(standardId);
            return r == null ? Verdict.NOT_MET : r.verdict();
        }
    }
}
