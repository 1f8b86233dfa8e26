package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commune NTM thresholds (bộ tiêu chí xã NTM) of every commune of kind xã, as flat primitive
 * arrays: per commune and check, the value as a fraction num/den and the threshold chosen for the
 * commune as tn/td (rule selection done once here, from the library's trace of the choice; the
 * limit and the peer then only compare). A ratio's value is part × 100 / whole against a
 * percentage. Also keeps the library's verdict of each commune, to check the limit and the peer
 * against before timing.
 */
public final class FlatChecks {

    /** The check columns: indicator codes in the order of the standard. */
    public final List<String> columns;
    /** The indicator definitions of the columns. */
    public final List<IndicatorDefinition> definitions;
    /** Per column: the comparison. */
    public final Comparison[] comparison;
    /** Commune codes. */
    public final String[] communes;
    /** Values and thresholds, commune-major: index i * m + j. */
    public final long[] num;
    /** Denominators of the values. */
    public final long[] den;
    /** Threshold numerators. */
    public final long[] tn;
    /** Threshold denominators. */
    public final long[] td;
    /** The library's verdict (true for MET) of each commune. */
    public final boolean[] expected;
    /** The original values, for the peer. */
    public final Value[] values;
    /** The threshold values chosen (null for a flag), for the peer. */
    public final BigDecimal[] thresholds;

    private FlatChecks(Evaluation e) {
        Map<String, IndicatorDefinition> cols = new LinkedHashMap<>();
        e.standard(NationalCriteria2021.COMMUNE_NTM).criteria().forEach(c -> c.indicators()
                .forEach(i -> cols.putIfAbsent(i.code(), i)));
        List<UnitResult> units = new ArrayList<>();
        for (UnitResult u : e.units(UnitKind.COMMUNE)) {
            StandardResult r = u.standard(NationalCriteria2021.COMMUNE_NTM).orElseThrow();
            if (r.verdict() != Verdict.NOT_ASSESSED) {
                units.add(u);
            }
        }
        this.columns = List.copyOf(cols.keySet());
        this.definitions = List.copyOf(cols.values());
        int n = units.size();
        int m = columns.size();
        this.comparison = new Comparison[m];
        this.communes = new String[n];
        this.num = new long[n * m];
        this.den = new long[n * m];
        this.tn = new long[n * m];
        this.td = new long[n * m];
        this.expected = new boolean[n];
        this.values = new Value[n * m];
        this.thresholds = new BigDecimal[n * m];
        for (int i = 0; i < n; i++) {
            UnitResult u = units.get(i);
            communes[i] = u.unit();
            StandardResult r = u.standard(NationalCriteria2021.COMMUNE_NTM).orElseThrow();
            expected[i] = r.verdict() == Verdict.MET;
            for (CriterionResult c : r.criteria()) {
                if (c.origin() != io.github.ntmlib.core.criteria.Origin.INDICATORS) {
                    throw new IllegalStateException("commune " + u.unit() + " criterion " + c.code() + " is "
                            + c.origin() + ": the flat checks hold indicator criteria only");
                }
                for (IndicatorTrace t : c.indicators()) {
                    int j = columns.indexOf(t.indicator());
                    int k = i * m + j;
                    Threshold th = t.threshold().orElseThrow();
                    comparison[j] = th.comparison();
                    Value v = t.observation().orElseThrow().value();
                    values[k] = v;
                    set(k, v, definitions.get(j));
                    if (th.comparison() == Comparison.MET) {
                        tn[k] = 1;
                        td[k] = 1;
                    } else {
                        BigDecimal b = th.value().orElseThrow();
                        thresholds[k] = b;
                        tn[k] = b.unscaledValue().longValueExact();
                        td[k] = BigDecimal.TEN.pow(Math.max(0, b.scale())).longValueExact();
                        if (b.scale() < 0) {
                            tn[k] = b.longValueExact();
                        }
                    }
                }
            }
        }
    }

    private void set(int k, Value v, IndicatorDefinition def) {
        if (v instanceof Value.Flag) {
            num[k] = ((Value.Flag) v).met() ? 1 : 0;
            den[k] = 1;
        } else if (v instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) v;
            num[k] = r.numerator().multiply(BigDecimal.valueOf(100)).longValueExact();
            den[k] = r.denominator().longValueExact();
        } else if (v instanceof Value.Quantity) {
            BigDecimal a = ((Value.Quantity) v).amount();
            num[k] = a.unscaledValue().longValueExact();
            den[k] = BigDecimal.TEN.pow(Math.max(0, a.scale())).longValueExact();
        } else if (v instanceof Value.Count) {
            num[k] = ((Value.Count) v).count();
            den[k] = 1;
        } else {
            num[k] = def.grades().indexOf(((Value.Grade) v).grade()) + 1L;
            den[k] = 1;
        }
    }

    /**
     * The checks of an evaluation's communes.
     *
     * @param e an evaluation (computed counting) of a world
     * @return the checks
     */
    public static FlatChecks of(Evaluation e) {
        return new FlatChecks(e);
    }

    /** @return the number of communes */
    public int size() {
        return communes.length;
    }

    /** @return the number of checks per commune */
    public int width() {
        return columns.size();
    }
}
