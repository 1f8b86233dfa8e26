package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.CostModel;
import io.github.ntmlib.plan.IndicatorCost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The planner's national-scale world (issue 23): every xã of the province with the most xã on the
 * shipped national GSO list of 1 March 2025 (before the 1 July 2025 merger), the legal 2021-2025 set
 * (no overlay), and <b>synthetic</b> deterministic data: each xã misses up to 10 criteria over the
 * chain xã NTM → nâng cao → kiểu mẫu. A criterion whose every indicator has an encoded threshold is
 * judged from indicator values (criterion 3 of xã NTM, health YT of nâng cao: ratios drawn below or
 * above the thresholds); every other criterion is recorded as a whole, "đạt" or "không đạt" with a
 * completion range, as {@code HaTinhDemo} records them. The cost model is synthetic too: a different
 * fixed cost per criterion (200 to 3,000 million đồng) and a rate per percentage point for each
 * ratio indicator, so that a commune's cost depends on which criteria it misses and by how much.
 * Counting is computed attainment (no status register). Nothing here is real data.
 */
final class PlanWorld {

    /** The evaluation date: the national list of 1 March 2025 is in force (before the merger). */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** The data year. */
    static final int YEAR = 2024;
    /** The most criteria a commune misses over the chain. */
    static final int MOST_MISSING = 10;

    private static final DataSource SOURCE = DataSource.of("ntm-benchmarks", "synthetic plan world (seed 23)");
    private static final String NTM = NationalCriteria2021.COMMUNE_NTM;
    private static final String ADVANCED = NationalCriteria2021.COMMUNE_ADVANCED;
    private static final String MODEL = NationalCriteria2021.COMMUNE_MODEL;

    private static PlanWorld instance;

    final String province;
    final String provinceName;
    final int communes;
    final Snapshot snapshot;
    final CriteriaSet set;
    final Dataset data;
    final CostModel costs;
    final PreparedEvaluation prepared;
    /** Criteria missed per commune, over the chain, for the summary. */
    final int[] missingHistogram = new int[MOST_MISSING + 1];

    private PlanWorld() {
        set = CriteriaRegistry.load().byId(NationalCriteria2021.SET_ID);
        Snapshot national = CriteriaRegistry.load().classify(GsoLists.vietnam().asOf(GsoLists.NATIONAL_FIRST_LIST));
        // the province with the most xã (ties: the smaller code)
        AdminUnit largest = null;
        int most = -1;
        for (AdminUnit p : national.units(UnitKind.PROVINCE)) {
            int n = national.descendants(p.code(), UnitKind.COMMUNE).size();
            if (n > most || (n == most && p.code().compareTo(largest.code()) < 0)) {
                largest = p;
                most = n;
            }
        }
        province = largest.code();
        provinceName = largest.name();
        List<AdminUnit> units = new ArrayList<>();
        units.add(largest);
        units.addAll(national.descendants(province));
        snapshot = CriteriaRegistry.load().classify(Snapshot.of(national.date(), units));
        List<AdminUnit> xa = snapshot.descendants(province, UnitKind.COMMUNE).stream()
                .sorted(Comparator.comparing(AdminUnit::code)).toList();
        communes = xa.size();
        data = data(xa);
        costs = costs();
        prepared = Evaluator.of(set).prepare(EvaluationRequest.of(AS_OF, YEAR, CountingMode.COMPUTED), snapshot, data,
                StatusRegister.empty());
    }

    static synchronized PlanWorld get() {
        if (instance == null) {
            instance = new PlanWorld();
        }
        return instance;
    }

    /** The criteria of a standard a commune can miss, in the set's order. */
    private List<Criterion> criteria(String standard) {
        return set.standard(standard).orElseThrow().criteria();
    }

    /** Whether every indicator of the criterion has an encoded threshold in every rule (judged from values). */
    private static boolean computed(Criterion c) {
        if (c.indicators().isEmpty()) {
            return false;
        }
        for (IndicatorDefinition i : c.indicators()) {
            for (ThresholdRule r : i.rules()) {
                if (!r.threshold().isKnown() || (r.threshold().comparison() != Comparison.MET
                        && r.threshold().value().isEmpty())) {
                    return false;
                }
            }
        }
        return true;
    }

    private Dataset data(List<AdminUnit> xa) {
        SplittableRandom random = new SplittableRandom(23);
        Dataset.Builder b = Dataset.builder();
        List<Criterion> ntm = criteria(NTM);
        List<Criterion> advanced = criteria(ADVANCED);
        List<Criterion> model = criteria(MODEL);
        for (AdminUnit commune : xa) {
            int r = random.nextInt(100);
            // 10% not NTM, 60% NTM not nâng cao, 30% nâng cao (two thirds of them kiểu mẫu)
            int missNtm = r < 10 ? 1 + random.nextInt(3) : 0;
            int missAdvanced = r < 70 ? 1 + random.nextInt(advanced.size()) : 0;
            int missModel = r < 80 ? 1 + random.nextInt(model.size()) : 0;
            // at most 10 over the whole chain: fewer kiểu mẫu criteria first (at least one), then fewer nâng cao
            int over = missNtm + missAdvanced + missModel - MOST_MISSING;
            if (over > 0) {
                int less = Math.min(over, missModel - 1);
                missModel -= less;
                missAdvanced -= over - less;
            }
            missingHistogram[missNtm + missAdvanced + missModel]++;
            standard(b, commune.code(), NTM, ntm, missNtm, random);
            standard(b, commune.code(), ADVANCED, advanced, missAdvanced, random);
            standard(b, commune.code(), MODEL, model, missModel, random);
        }
        return b.build();
    }

    /** Records a standard's criteria for a commune: {@code missing} of them, drawn at random, not met. */
    private void standard(Dataset.Builder b, String unit, String standard, List<Criterion> criteria, int missing,
            SplittableRandom random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            order.add(i);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            java.util.Collections.swap(order, i, random.nextInt(i + 1));
        }
        java.util.Set<Integer> missed = new java.util.HashSet<>(order.subList(0, missing));
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            boolean miss = missed.contains(i);
            if (computed(c)) {
                // at least one indicator below its threshold when missed; the others drawn either way
                int fail = random.nextInt(c.indicators().size());
                for (int k = 0; k < c.indicators().size(); k++) {
                    boolean below = miss && (k == fail || random.nextInt(3) == 0);
                    b.add(Observation.of(unit, c.indicators().get(k).code(), YEAR, value(c.indicators().get(k), below,
                            random), SOURCE));
                }
            } else {
                RecordedOutcome o = RecordedOutcome.of(unit, standard, c.code(), miss ? Assessment.NOT_MET
                        : Assessment.MET, AS_OF, SOURCE);
                int low = 40 + random.nextInt(40);
                b.add(miss ? o.withCompletion(BigDecimal.valueOf(low), BigDecimal.valueOf(low + 5 + random.nextInt(15)))
                        : o);
            }
        }
    }

    /** A value of an indicator with encoded thresholds: below the lowest or at or above the highest. */
    private static Value value(IndicatorDefinition i, boolean below, SplittableRandom random) {
        if (i.rules().stream().allMatch(r -> r.threshold().comparison() == Comparison.MET)) {
            return new Value.Flag(!below);
        }
        int lowest = 100;
        int highest = 0;
        for (ThresholdRule r : i.rules()) {
            BigDecimal v = r.threshold().value().orElseThrow();
            lowest = Math.min(lowest, v.intValue());
            highest = Math.max(highest, v.setScale(0, java.math.RoundingMode.CEILING).intValue());
        }
        long whole = 300 + random.nextInt(2700);
        int percent = below ? Math.max(0, lowest - 1 - random.nextInt(25)) : Math.min(100, highest + random.nextInt(6));
        long part = below ? whole * percent / 100 : (whole * percent + 99) / 100;
        return Value.Ratio.of(part, whole);
    }

    /** Synthetic costs: a fixed cost per criterion of the chain, a rate per percentage point per ratio. */
    private CostModel costs() {
        CostModel.Builder b = CostModel.builder().description("SYNTHETIC benchmark costs (issue 23), not a province's",
                true);
        SplittableRandom random = new SplittableRandom(2023);
        Map<String, IndicatorDefinition> ratios = new TreeMap<>();
        for (String s : List.of(NTM, ADVANCED, MODEL)) {
            for (Criterion c : criteria(s)) {
                b.criterion(s, c.code(), Vnd.ofMillions(200 + 10L * random.nextInt(281)));
                if (computed(c)) {
                    for (IndicatorDefinition i : c.indicators()) {
                        if (i.rules().stream().noneMatch(r -> r.threshold().comparison() == Comparison.MET)) {
                            ratios.putIfAbsent(i.code(), i);
                        }
                    }
                }
            }
        }
        for (String code : ratios.keySet()) {
            // 5 to 40 million đồng per percentage point
            b.indicator(new IndicatorCost(code, BigDecimal.valueOf(5_000_000L + 1_000_000L * random.nextInt(36)),
                    IndicatorCost.Basis.PERCENTAGE_POINT, Vnd.ZERO, "SYNTHETIC benchmark rate"));
        }
        return b.build();
    }

    /** A one-line description of the world. */
    String describe() {
        Map<Integer, Integer> h = new LinkedHashMap<>();
        for (int i = 0; i <= MOST_MISSING; i++) {
            h.put(i, missingHistogram[i]);
        }
        return String.format("province %s %s: %d xã, %d units in all, %d observations, %d recorded outcomes;"
                + " criteria missed per xã over the chain (count: xã) %s", province, provinceName, communes,
                snapshot.units().size(), data.observations().size(), data.outcomes().size(), h);
    }
}
