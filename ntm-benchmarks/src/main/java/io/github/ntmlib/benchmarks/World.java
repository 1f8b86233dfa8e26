package io.github.ntmlib.benchmarks;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The deterministic national synthetic world: the real national unit list (63 provinces, 696
 * district-level and 10,047 commune-level units, as of 1 March 2025) or a synthetic country of any
 * size, every unit with a value for every indicator that applies to its kind for 2022-2025, a
 * status register, and the 2021-2025 set with a SYNTHETIC overlay that supplies every threshold the
 * legal texts leave unencoded or to the province. Values are drawn from a fixed seed around each
 * threshold, so that verdicts are mixed. Nothing here is real data.
 */
public final class World {

    /** The evaluation date: the national list of 1 March 2025 is in force. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** The data year evaluated. */
    public static final int YEAR = 2024;
    /** The years generated. */
    public static final int FIRST_YEAR = 2022;
    /** The years generated. */
    public static final int LAST_YEAR = 2025;
    /** Where every synthetic threshold says it comes from. */
    public static final Provenance SYNTHETIC = new Provenance("SYNTHETIC benchmark overlay (not a legal threshold)",
            "ntm-benchmarks", "", "supplied so that every criterion is computed; never use for a real evaluation");

    private static final DataSource SOURCE = new DataSource("synthetic", "ntm-benchmarks", SourcePosition.API);

    private final Snapshot snapshot;
    private final CriteriaSet set;
    private final List<Observation> observations;
    private final Dataset data;
    private final StatusRegister register;

    private World(Snapshot snapshot, CriteriaSet set, long seed) {
        this.snapshot = snapshot;
        this.set = set;
        this.observations = observations(snapshot, set, seed);
        this.data = Dataset.builder().addAll(observations).build();
        this.register = register(snapshot, seed);
    }

    /**
     * The real national unit list with synthetic data.
     *
     * @return the world
     */
    public static World national() {
        Snapshot s = CriteriaRegistry.load().classify(GsoLists.vietnam().asOf(GsoLists.NATIONAL_FIRST_LIST));
        return new World(difficult(s), synthetic(NationalCriteria2021.criteriaSet()), 2025L);
    }

    /**
     * A synthetic country of about {@code communes} communes: provinces of 10 districts of 16
     * communes (one province in 8 a city with wards), so that a province's size does not change
     * with the country's.
     *
     * @param communes the number of commune-level units wanted
     * @return the world
     */
    public static World synthetic(int communes) {
        LocalDate d = LocalDate.of(2020, 1, 1);
        List<AdminUnit> units = new ArrayList<>();
        Map<String, String> regions = new LinkedHashMap<>();
        String[] regionIds = {"BAC_TRUNG_BO", "DONG_BANG_SONG_HONG", "TRUNG_DU_MIEN_NUI_PHIA_BAC", "DONG_NAM_BO"};
        int made = 0;
        for (int p = 0; made < communes; p++) {
            String province = String.format("P%03d", p);
            units.add(AdminUnit.of(province, "Tỉnh " + province, UnitKind.PROVINCE, null, d));
            regions.put(province, regionIds[p % regionIds.length]);
            for (int k = 0; k < 10 && made < communes; k++) {
                String district = province + "D" + k;
                boolean urban = k == 0 && p % 8 == 0;
                // a provincial city holds the wards: a quận exists only in a centrally governed city
                units.add(AdminUnit.of(district, (urban ? "Thành phố " : "Huyện ") + district,
                        urban ? UnitKind.PROVINCIAL_CITY : UnitKind.RURAL_DISTRICT, province, d));
                for (int c = 0; c < 16 && made < communes; c++, made++) {
                    String code = district + "C" + c;
                    UnitKind kind = urban ? UnitKind.WARD : c == 15 ? UnitKind.TOWNSHIP : UnitKind.COMMUNE;
                    units.add(AdminUnit.of(code, kind.namePrefixes().get(0) + " " + code, kind, district, d));
                }
            }
        }
        Snapshot s = Snapshot.of(d, units).withClassifications(NationalCriteria2021.NTM_REGION, regions);
        return new World(difficult(s), synthetic(NationalCriteria2021.criteriaSet()), communes);
    }

    /** Every tenth xã marked extremely difficult (xã đặc biệt khó khăn), to exercise the region override. */
    private static Snapshot difficult(Snapshot s) {
        Map<String, String> marks = new LinkedHashMap<>();
        List<AdminUnit> communes = s.units(UnitKind.COMMUNE);
        for (int i = 0; i < communes.size(); i += 10) {
            marks.put(communes.get(i).code(), ClassificationScheme.YES);
        }
        return s.withClassifications(NationalCriteria2021.EXTREMELY_DIFFICULT, marks);
    }

    /**
     * The set with every unknown threshold replaced by a synthetic one (same conditions, years,
     * kinds and territory; value 50 for a percentage, or the median of the indicator's known
     * thresholds), labelled {@link #SYNTHETIC}.
     *
     * @param set the legal set
     * @return the set every criterion of which can be computed
     */
    public static CriteriaSet synthetic(CriteriaSet set) {
        CriteriaSet.Builder b = set.toBuilder();
        for (Standard s : set.standards()) {
            List<Criterion> criteria = new ArrayList<>();
            for (Criterion c : s.criteria()) {
                if (c.indicators().isEmpty()) {
                    criteria.add(c);
                    continue;
                }
                List<IndicatorDefinition> defs = new ArrayList<>();
                for (IndicatorDefinition i : c.indicators()) {
                    List<ThresholdRule> rules = new ArrayList<>();
                    for (ThresholdRule r : i.rules()) {
                        rules.add(r.threshold().isKnown() ? r : ThresholdRule.of(r.when(), r.fromYear(), r.toYear(),
                                r.kinds(), r.within(), synthetic(i, r.threshold().comparison())));
                    }
                    defs.add(new IndicatorDefinition(i.code(), i.labels(), i.kind(), i.unit(), i.mayExceedWhole(),
                            i.grades(), rules));
                }
                criteria.add(c.withIndicators(defs));
            }
            b.replaceStandard(Standard.of(s.id(), s.labels(), s.appliesTo(), s.nestedIn(), criteria, s.provenance()));
        }
        return b.build();
    }

    private static Threshold synthetic(IndicatorDefinition i, Comparison comparison) {
        if (comparison == Comparison.MET) {
            return Threshold.met(SYNTHETIC);
        }
        return Threshold.of(comparison, centre(i), ThresholdStatus.VERIFIED, SYNTHETIC);
    }

    /** A value around which data is drawn: a known threshold of the indicator, else a default. */
    static BigDecimal centre(IndicatorDefinition i) {
        for (ThresholdRule r : i.rules()) {
            if (r.threshold().isKnown() && r.threshold().value().isPresent()) {
                return r.threshold().value().get();
            }
        }
        switch (i.kind()) {
            case GRADE:
                return BigDecimal.valueOf((i.grades().size() + 1) / 2);
            case COUNT:
                return BigDecimal.ONE;
            case QUANTITY:
                return BigDecimal.valueOf(50);
            default:
                return BigDecimal.valueOf(50);
        }
    }

    private static List<Observation> observations(Snapshot snapshot, CriteriaSet set, long seed) {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        Map<UnitKind, List<IndicatorDefinition>> byKind = new java.util.EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            Map<String, IndicatorDefinition> seen = new LinkedHashMap<>();
            for (Standard s : set.standards()) {
                if (!s.appliesTo(kind)) {
                    continue;
                }
                for (Criterion c : s.criteria()) {
                    if (c.appliesTo().isEmpty() || c.appliesTo().contains(kind)) {
                        c.indicators().forEach(i -> seen.putIfAbsent(i.code(), i));
                    }
                }
            }
            byKind.put(kind, List.copyOf(seen.values()));
            byCode.putAll(seen);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> list = new ArrayList<>();
        for (AdminUnit u : snapshot.units()) {
            for (IndicatorDefinition i : byKind.get(u.kind())) {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    list.add(Observation.of(u.code(), i.code(), year, value(i, random), SOURCE));
                }
            }
        }
        return List.copyOf(list);
    }

    /** A value drawn around the indicator's centre; about three in four meet it. */
    static Value value(IndicatorDefinition i, SplittableRandom random) {
        BigDecimal centre = centre(i);
        switch (i.kind()) {
            case FLAG:
                return new Value.Flag(random.nextInt(100) < 90);
            case GRADE:
                return new Value.Grade(i.grades().get(random.nextInt(i.grades().size())));
            case COUNT:
                return new Value.Count(Math.max(0, centre.longValue() + random.nextInt(-1, 4)));
            case QUANTITY:
                BigDecimal amount = centre.multiply(BigDecimal.valueOf(80 + random.nextInt(60)))
                        .divide(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
                return new Value.Quantity(amount.max(BigDecimal.ZERO), i.unit());
            case RATIO:
            default:
                long whole = 50 + random.nextInt(4950);
                int percent = Math.min(100, Math.max(0, centre.intValue() + random.nextInt(-15, 30)));
                long part = Math.min(whole, whole * percent / 100 + random.nextInt(3));
                return Value.Ratio.of(part, whole);
        }
    }

    private static StatusRegister register(Snapshot snapshot, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        List<StatusEvent> events = new ArrayList<>();
        for (AdminUnit u : snapshot.units()) {
            if (u.kind() == UnitKind.COMMUNE && random.nextInt(100) < 70) {
                events.add(StatusEvent.recognised(u.code(), NationalCriteria2021.COMMUNE_NTM,
                        LocalDate.of(2021 + random.nextInt(4), 6, 1), "QĐ " + u.code() + "/synthetic", "synthetic"));
            }
        }
        return StatusRegister.of(events);
    }

    /** @return an evaluator of the data year as of {@link #AS_OF}, counting computed attainment */
    public io.github.ntmlib.core.engine.Evaluator evaluator() {
        return io.github.ntmlib.core.engine.Evaluator.of(set);
    }

    /** @return the request of the data year as of {@link #AS_OF}, counting computed attainment */
    public io.github.ntmlib.core.engine.EvaluationRequest request() {
        return io.github.ntmlib.core.engine.EvaluationRequest.of(AS_OF, YEAR,
                io.github.ntmlib.core.criteria.CountingMode.COMPUTED);
    }

    /** @return the hierarchy */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** @return the set with the synthetic overlay */
    public CriteriaSet set() {
        return set;
    }

    /** @return every observation, in generation order */
    public List<Observation> observations() {
        return observations;
    }

    private Dataset yearData;

    /** @return the dataset */
    public Dataset data() {
        return data;
    }

    /**
     * A second dataset with the data year's observations and every recorded outcome: a different
     * (immutable) dataset that evaluates the same as {@link #data()}. Alternating the two makes
     * every evaluation index its data afresh (an evaluator keeps the index of the last dataset).
     *
     * @return the dataset, made on first use
     */
    public synchronized Dataset yearData() {
        if (yearData == null) {
            Dataset.Builder b = Dataset.builder();
            for (Observation o : observations) {
                if (o.year() == YEAR) {
                    b.add(o);
                }
            }
            b.addAllOutcomes(data.outcomes());
            yearData = b.build();
        }
        return yearData;
    }

    /** @return the status register */
    public StatusRegister register() {
        return register;
    }

    /** @return the number of commune-level units */
    public int communes() {
        return snapshot.units(Level.COMMUNE).size();
    }
}
