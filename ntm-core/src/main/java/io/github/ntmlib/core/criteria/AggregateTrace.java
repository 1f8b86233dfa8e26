package io.github.ntmlib.core.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import io.github.ntmlib.core.locality.UnitKind;
import org.apiguardian.api.API;

/**
 * How an aggregate condition over units below was judged: which units hold the standard, of how
 * many counted, the required share, how many more are needed, and which units could not be
 * counted (no result of the standard, or a result not assessed), by code.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AggregateTrace {

    private final String standard;
    private final CountingMode mode;
    private final List<String> holding;
    private final int total;
    private final Comparison comparison;
    private final BigDecimal percent;
    private final int needed;
    private final List<String> notAssessed;
    private final Set<UnitKind> kinds;
    private final Provenance provenance;

    private AggregateTrace(String standard, CountingMode mode, List<String> holding, int total,
            Comparison comparison, BigDecimal percent, int needed, List<String> notAssessed, Set<UnitKind> kinds,
            Provenance provenance) {
        this.kinds = Set.copyOf(kinds);
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.standard = Objects.requireNonNull(standard, "standard");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.holding = List.copyOf(holding);
        this.total = total;
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.percent = Objects.requireNonNull(percent, "percent");
        this.needed = needed;
        this.notAssessed = List.copyOf(notAssessed);
        if (total < 0 || needed < 0 || this.holding.size() + this.notAssessed.size() > total) {
            throw new IllegalArgumentException("inconsistent aggregate trace: " + this.holding.size() + " holding, "
                    + this.notAssessed.size() + " not assessed of " + total);
        }
    }

    /**
     * Rebuilds a trace from stored facts (for readers of stored evaluations); the engine creates
     * traces by counting.
     *
     * @param standard    the standard counted
     * @param mode        how holding was counted
     * @param holding     the codes of the units holding it
     * @param total       how many units were counted
     * @param comparison  the comparison of the share with the required percentage
     * @param percent     the required percentage
     * @param needed      how many more units must hold it (0 if met)
     * @param notAssessed the codes of the units that could not be counted
     * @param kinds       the kinds of unit counted
     * @param provenance  the legal source of the condition
     * @return the trace
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public static AggregateTrace restore(String standard, CountingMode mode, List<String> holding, int total,
            Comparison comparison, BigDecimal percent, int needed, List<String> notAssessed, Set<UnitKind> kinds,
            Provenance provenance) {
        return new AggregateTrace(standard, mode, holding, total, comparison, percent, needed, notAssessed, kinds,
                provenance);
    }

    static AggregateTrace counted(String standard, CountingMode mode, List<String> holding, int total,
            Comparison comparison, BigDecimal percent, int needed, List<String> notAssessed, Set<UnitKind> kinds,
            Provenance provenance) {
        return new AggregateTrace(standard, mode, holding, total, comparison, percent, needed, notAssessed, kinds,
                provenance);
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
     * How holding was counted.
     *
     * @return official or computed
     */
    public CountingMode mode() {
        return mode;
    }

    /**
     * The units counted as holding the standard.
     *
     * @return their codes
     */
    public List<String> holding() {
        return holding;
    }

    /**
     * How many units hold the standard.
     *
     * @return the count
     */
    public int count() {
        return holding.size();
    }

    /**
     * How many units were counted.
     *
     * @return the total
     */
    public int total() {
        return total;
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
     * The required percentage.
     *
     * @return the percentage
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * How many more units must hold (or stop holding) the standard.
     *
     * @return 0 if met
     */
    public int needed() {
        return needed;
    }

    /**
     * The units that could not be counted: no result of the standard, or a result not assessed.
     *
     * @return their codes
     */
    public List<String> notAssessed() {
        return notAssessed;
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
     * The legal source of the condition.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AggregateTrace)) {
            return false;
        }
        AggregateTrace t = (AggregateTrace) o;
        return standard.equals(t.standard) && mode == t.mode && holding.equals(t.holding) && total == t.total
                && comparison == t.comparison && percent.equals(t.percent) && needed == t.needed
                && notAssessed.equals(t.notAssessed) && kinds.equals(t.kinds) && provenance.equals(t.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standard, mode, holding, total, needed, notAssessed);
    }

    @Override
    public String toString() {
        return "AggregateTrace[" + standard + " " + holding.size() + "/" + total + " " + comparison.symbol() + percent
                + "%]";
    }
}
