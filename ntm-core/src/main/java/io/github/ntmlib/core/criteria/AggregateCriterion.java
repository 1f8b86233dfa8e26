package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A condition on the units below: "100% of its communes meet NTM", "at least 10% of its communes
 * meet NTM nâng cao", "100% of its thị trấn are đô thị văn minh". The share is decided exactly in
 * integers (count × 100 ≥ percent × total); with no unit of the kinds counted, the condition holds.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AggregateCriterion implements Criterion {

    private final String code;
    private final Labels labels;
    private final Set<UnitKind> kinds;
    private final String standard;
    private final Comparison comparison;
    private final BigDecimal percent;
    private final Provenance provenance;

    private AggregateCriterion(String code, Labels labels, Set<UnitKind> kinds, String standard,
            Comparison comparison, BigDecimal percent, Provenance provenance) {
        this.code = Objects.requireNonNull(code, "code");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.kinds = Set.copyOf(kinds);
        this.standard = Objects.requireNonNull(standard, "standard");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.percent = Objects.requireNonNull(percent, "percent");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        if (this.kinds.isEmpty()) {
            throw new IllegalArgumentException("aggregate " + code + " must name the kinds of unit it counts");
        }
        if (comparison == Comparison.MET || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("aggregate " + code + " needs a percentage between 0 and 100 and ≥ or ≤");
        }
    }

    /**
     * A condition "share of descendants of these kinds holding a standard compared with a percentage".
     *
     * @param code       the code
     * @param labels     the names
     * @param kinds      the kinds of descendant counted
     * @param standard   the standard they must hold
     * @param comparison at least or at most
     * @param percent    the percentage, 0 to 100
     * @param provenance the legal source
     * @return the criterion
     */
    public static AggregateCriterion of(String code, Labels labels, Set<UnitKind> kinds, String standard,
            Comparison comparison, BigDecimal percent, Provenance provenance) {
        return new AggregateCriterion(code, labels, kinds, standard, comparison, percent, provenance);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of();
    }

    /**
     * The kinds of unit counted.
     *
     * @return the kinds
     */
    public Set<UnitKind> kinds() {
        return kinds;
    }

    /**
     * The standard counted.
     *
     * @return the standard id
     */
    public String standard() {
        return standard;
    }

    /**
     * The required percentage.
     *
     * @return the percentage
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * The comparison.
     *
     * @return at least or at most
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * The legal source.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        List<String> holding = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int total = 0;
        for (AdminUnit unit : context.snapshot().descendants(context.unit().code())) {
            if (!kinds.contains(unit.kind())) {
                continue;
            }
            total++;
            Verdict v = context.holds(unit.code(), standard);
            if (v == Verdict.MET) {
                holding.add(unit.code());
            } else if (v == Verdict.NOT_ASSESSED) {
                unknown.add(unit.code());
            }
        }
        int needed = needed(holding.size(), total);
        Verdict verdict = verdict(holding.size(), unknown.size(), total);
        return CriterionResult.ofAggregate(this, verdict, AggregateTrace.counted(standard, context.mode(), holding,
                total, comparison, percent, needed, unknown, kinds, provenance));
    }

    /**
     * The verdict of the condition for counts of the units below: met when the units holding the
     * standard meet it; not assessed when the units not assessed could still decide it either way;
     * not met otherwise. Decided exactly ({@link #needed}).
     *
     * @param holding     the units counted that hold the standard
     * @param notAssessed the units counted whose verdict is not assessed
     * @param total       the units counted
     * @return the verdict
     * @throws IllegalArgumentException if the counts are negative or exceed the total
     */
    public Verdict verdict(int holding, int notAssessed, int total) {
        if (holding < 0 || notAssessed < 0 || holding + notAssessed > total) {
            throw new IllegalArgumentException("aggregate " + code + ": " + holding + " holding and " + notAssessed
                    + " not assessed of " + total);
        }
        int needed = needed(holding, total);
        if (comparison == Comparison.AT_LEAST) {
            return needed == 0 ? Verdict.MET : needed <= notAssessed ? Verdict.NOT_ASSESSED : Verdict.NOT_MET;
        }
        return needed > 0 ? Verdict.NOT_MET : needed(holding + notAssessed, total) > 0 ? Verdict.NOT_ASSESSED
                : Verdict.MET;
    }

    /**
     * How many more units must hold the standard (for "at least") or stop holding it (for "at
     * most") to meet the condition, decided exactly.
     *
     * @param count the units holding it
     * @param total the units counted
     * @return 0 when met
     */
    public int needed(int count, int total) {
        BigDecimal required = percent.multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(100), 0, comparison == Comparison.AT_LEAST ? RoundingMode.CEILING
                        : RoundingMode.FLOOR);
        int requiredCount = required.intValueExact();
        return comparison == Comparison.AT_LEAST ? Math.max(0, requiredCount - count)
                : Math.max(0, count - requiredCount);
    }

    @Override
    public String toString() {
        return "AggregateCriterion[" + code + " " + comparison.symbol() + percent + "% " + kinds + " " + standard + "]";
    }
}
