package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The conformance kit for criteria-set plugins, in one call:
 *
 * <pre>{@code
 * Conformance.of(MyCriteria.criteriaSet(), Conformance.kindsOf(GsoLists.vietnam().asOf(date)))
 *         .check().assertPasses();
 * }</pre>
 *
 * <p>It checks (see {@link Check}): every threshold has a provenance or a declared status;
 * evaluation is monotone in each indicator's direction and changes at the verified value; a nested
 * standard applies within its base's kinds and is never met where its base is not; every standard
 * and criterion applies to a kind of the set's hierarchy; an overlay that tightens a verified value
 * takes effect and one that loosens it never does; an evaluation's JSON reads back to the same
 * text. Each probe is a one-unit world built for the case; the report counts the cases tried. A
 * JUnit 5 test class can extend {@link CriteriaSetConformanceTest} instead.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Conformance {

    private final CriteriaSet set;
    private final Set<UnitKind> hierarchyKinds;

    private Conformance(CriteriaSet set, Set<UnitKind> hierarchyKinds) {
        this.set = set;
        this.hierarchyKinds = hierarchyKinds;
    }

    /**
     * A kit for a set and the kinds of unit its hierarchy has.
     *
     * @param set            the criteria set
     * @param hierarchyKinds the unit kinds of the hierarchy the set is for ({@link #kindsOf})
     * @return the kit
     */
    public static Conformance of(CriteriaSet set, Set<UnitKind> hierarchyKinds) {
        return new Conformance(Objects.requireNonNull(set, "set"), Set.copyOf(hierarchyKinds));
    }

    /**
     * The kinds of unit in snapshots (a period's official lists, say).
     *
     * @param snapshots the snapshots
     * @return the kinds present
     */
    public static Set<UnitKind> kindsOf(Snapshot... snapshots) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (Snapshot s : snapshots) {
            s.units().forEach(u -> kinds.add(u.kind()));
        }
        return kinds;
    }

    /**
     * Runs every check.
     *
     * @return the report
     */
    public ConformanceReport check() {
        return check(Check.values());
    }

    /**
     * Runs some checks.
     *
     * @param checks the checks
     * @return the report
     */
    public ConformanceReport check(Check... checks) {
        List<Failure> failures = new ArrayList<>();
        Map<Check, Integer> tried = new EnumMap<>(Check.class);
        for (Check check : checks) {
            List<Failure> found = new ArrayList<>();
            int n = switch (check) {
                case PROVENANCE -> provenance(found);
                case MONOTONE -> new Monotonicity(set).check(found);
                case NESTING -> new Nesting(set).check(found);
                case KINDS -> kinds(found);
                case OVERLAYS -> new OverlayCheck(set).check(found);
                case JSON_ROUND_TRIP -> new JsonRoundTrip(set).check(found);
                case CRITERION_VERDICT -> new VerdictAgreement(set).criterionVerdicts(found);
                case VERDICTS_MODE -> new VerdictAgreement(set).verdictsMode(found);
            };
            if (n == 0 && hasCases(check)) {
                found.add(new Failure(check, set.id(), "no case was tried although the set has some"));
            }
            tried.put(check, n);
            failures.addAll(found);
        }
        return new ConformanceReport(set.id(), failures, tried);
    }

    private boolean hasCases(Check check) {
        return switch (check) {
            case NESTING -> set.standards().stream().anyMatch(s -> s.nestedIn().isPresent());
            case MONOTONE, OVERLAYS -> !Numeric.rules(set).isEmpty();
            default -> !set.standards().isEmpty();
        };
    }

    private int provenance(List<Failure> found) {
        int n = 0;
        for (Standard s : set.standards()) {
            for (Criterion c : s.criteria()) {
                if (c instanceof AggregateCriterion a) {
                    n++;
                    sourced(a.provenance(), s.id() + "/" + c.code(), found);
                }
                for (IndicatorDefinition i : c.indicators()) {
                    for (ThresholdRule r : i.rules()) {
                        n++;
                        String where = s.id() + "/" + c.code() + "/" + i.code();
                        Threshold t = r.threshold();
                        if (t.status() == ThresholdStatus.VERIFIED) {
                            sourced(t.provenance(), where, found);
                            if (t.value().isEmpty() && t.comparison() != io.github.ntmlib.core.criteria.Comparison.MET) {
                                found.add(new Failure(Check.PROVENANCE, where, "a verified " + t.comparison()
                                        + " threshold has no value"));
                            }
                        } else if (t.value().isPresent()) {
                            found.add(new Failure(Check.PROVENANCE, where, "declared " + t.status()
                                    + " but carries the value " + t.value().get()));
                        }
                    }
                }
            }
        }
        return n;
    }

    private static void sourced(Provenance p, String where, List<Failure> found) {
        if (p.equals(Provenance.CALLER) || p.document().isBlank()) {
            found.add(new Failure(Check.PROVENANCE, where, "a verified value without a source document (" + p + ")"));
        }
    }

    private int kinds(List<Failure> found) {
        int n = 0;
        for (Standard s : set.standards()) {
            n++;
            Set<UnitKind> standardKinds = new LinkedHashSet<>(s.appliesTo());
            standardKinds.retainAll(hierarchyKinds);
            if (standardKinds.isEmpty()) {
                found.add(new Failure(Check.KINDS, s.id(), "applies to " + s.appliesTo()
                        + ", none of which exists in the hierarchy " + hierarchyKinds));
                continue;
            }
            for (Criterion c : s.criteria()) {
                n++;
                Set<UnitKind> own = c instanceof AggregateCriterion a ? a.kinds() : c.appliesTo();
                if (own.isEmpty()) {
                    continue;
                }
                Set<UnitKind> within = new LinkedHashSet<>(own);
                within.retainAll(c instanceof AggregateCriterion ? hierarchyKinds : standardKinds);
                if (within.isEmpty()) {
                    found.add(new Failure(Check.KINDS, s.id() + "/" + c.code(), (c instanceof AggregateCriterion
                            ? "counts " : "applies to ") + own + ", none of which exists in the hierarchy "
                            + hierarchyKinds + (c instanceof AggregateCriterion ? "" : " among the standard's kinds "
                            + s.appliesTo())));
                }
            }
        }
        return n;
    }
}
