package io.github.ntmlib.examples.demo;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The embedded 2021-2025 demo: Hà Tĩnh's real units on the shipped GSO list of 1 March 2025,
 * with villages, indicator outcomes and status decisions that are <b>synthetic</b> — generated
 * deterministically (a fixed seed) and calibrated to the published aggregates of the province's
 * 2024 report (the seed): 69 communes nâng cao, 18 kiểu mẫu, 1,512 villages of which 1,205 kiểu
 * mẫu, 15 and 4 of them recognised in 2024 against plans of 20 and 5, 8 of 9 districts NTM, the
 * city of Hà Tĩnh the one town completed, thị trấn Nghèn and Đồng Lộc not văn minh. The province's
 * own values (tree-lined roads, green land, SIPAS) are the seed's real figures.
 */
public final class HaTinhDemo {

    /**
     * The demo's assessment date: early 2025, when the seed reports "lũy kế đến nay" on the units
     * of the 1 January 2025 rearrangement (9 huyện, 3 thị xã/thành phố).
     */
    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    /** The end of the report year, when the year's plan progress is measured. */
    public static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);
    /** The data year. */
    public static final int YEAR = 2024;
    /** The province. */
    public static final String PROVINCE = "42";

    static final DataSource SYNTHETIC = DataSource.of("ntm demo", "synthetic, generated (seed 2024)");
    static final DataSource SEED = DataSource.of("UBND tỉnh Hà Tĩnh", "báo cáo kết quả NTM 2024 (seed)");
    private static final LocalDate EARLIER = LocalDate.of(2023, 6, 1);
    private static final LocalDate IN_YEAR = LocalDate.of(2024, 11, 15);
    /** Districts the seed names as not yet recognised NTM: Hương Khê. */
    private static final Set<String> DISTRICT_PENDING = Set.of("444");
    /** Thị trấn the seed names as not văn minh: Nghèn and Đồng Lộc (Can Lộc). */
    private static final Set<String> TOWNSHIPS_NOT_CIVILISED = Set.of("nghen", "dong loc");

    private final CriteriaSet set;
    private final Snapshot snapshot;
    private final Dataset data;
    private final StatusRegister register;

    private HaTinhDemo(CriteriaSet set, Snapshot snapshot, Dataset data, StatusRegister register) {
        this.set = set;
        this.snapshot = snapshot;
        this.data = data;
        this.register = register;
    }

    /**
     * Builds the demo's inputs with the given 2021-2025 set.
     *
     * @param set the 2021-2025 national set (found through the registry)
     * @return the demo
     */
    public static HaTinhDemo generate(CriteriaSet set) {
        Snapshot units = GsoLists.haTinh().asOf(AS_OF);
        List<AdminUnit> communes = units.descendants(PROVINCE, UnitKind.COMMUNE).stream()
                .sorted(Comparator.comparing(AdminUnit::code)).toList();
        Snapshot snapshot = withVillages(units, communes);
        SplittableRandom random = new SplittableRandom(2024);
        List<AdminUnit> shuffled = new ArrayList<>(communes);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        Snapshot yearEnd = GsoLists.haTinh().asOf(YEAR_END);
        List<String> advanced = shuffled.stream().limit(SeedFigures.COMMUNES_ADVANCED).map(AdminUnit::code).toList();
        List<String> model = advanced.subList(0, SeedFigures.COMMUNES_MODEL);
        // recognised in the report year: 15 nâng cao (plan 20) and 4 kiểu mẫu (plan 5), among communes
        // that existed through 2024
        Set<String> stable = shuffled.stream().filter(c -> yearEnd.contains(c.code())
                && !c.validity().start().isAfter(IN_YEAR)).map(AdminUnit::code).collect(Collectors.toSet());
        Set<String> advancedInYear = advanced.stream().filter(c -> stable.contains(c) && !model.contains(c))
                .limit(SeedFigures.ADVANCED_2024 - SeedFigures.MODEL_2024).collect(Collectors.toSet());
        Set<String> modelInYear = model.stream().filter(stable::contains).limit(SeedFigures.MODEL_2024)
                .collect(Collectors.toSet());
        Dataset.Builder data = Dataset.builder();
        List<StatusEvent> events = new ArrayList<>();
        for (AdminUnit commune : shuffled) {
            String code = commune.code();
            LocalDate earlier = earlier(commune);
            events.add(StatusEvent.recognised(code, NationalCriteria2021.COMMUNE_NTM, earlier, "QĐ/UBND (synthetic)",
                    "Chủ tịch UBND tỉnh"));
            outcomes(set, data, code, NationalCriteria2021.COMMUNE_NTM, 0);
            if (advanced.contains(code)) {
                boolean inYear = advancedInYear.contains(code) || modelInYear.contains(code);
                events.add(StatusEvent.recognised(code, NationalCriteria2021.COMMUNE_ADVANCED, inYear ? IN_YEAR : earlier,
                        "QĐ/UBND (synthetic)", "Chủ tịch UBND tỉnh"));
                outcomes(set, data, code, NationalCriteria2021.COMMUNE_ADVANCED, 0);
            } else {
                // every commune short of nâng cao misses centralised clean water (the seed's reason), some more
                outcomes(set, data, code, NationalCriteria2021.COMMUNE_ADVANCED, 1 + random.nextInt(4));
            }
            if (model.contains(code)) {
                events.add(StatusEvent.recognised(code, NationalCriteria2021.COMMUNE_MODEL, modelInYear.contains(code)
                        ? IN_YEAR : earlier, "QĐ/UBND (synthetic)", "Chủ tịch UBND tỉnh"));
                outcomes(set, data, code, NationalCriteria2021.COMMUNE_MODEL, 0);
            } else if (advanced.contains(code)) {
                outcomes(set, data, code, NationalCriteria2021.COMMUNE_MODEL, 1 + random.nextInt(2));
            }
        }
        villageStatuses(snapshot, data, events);
        for (AdminUnit district : snapshot.units(UnitKind.RURAL_DISTRICT)) {
            outcomes(set, data, district.code(), NationalCriteria2021.DISTRICT_NTM, 0);
            if (!DISTRICT_PENDING.contains(district.code())) {
                events.add(StatusEvent.recognised(district.code(), NationalCriteria2021.DISTRICT_NTM, earlier(district),
                        "QĐ/TTg (synthetic)", "Thủ tướng Chính phủ"));
            }
        }
        for (AdminUnit town : snapshot.units(UnitKind.PROVINCIAL_CITY)) {
            events.add(StatusEvent.recognised(town.code(), NationalCriteria2021.TOWN_COMPLETED, earlier(town),
                    "QĐ/TTg (synthetic)", "Thủ tướng Chính phủ"));
        }
        for (AdminUnit township : snapshot.units(UnitKind.TOWNSHIP)) {
            if (!TOWNSHIPS_NOT_CIVILISED.contains(fold(township.baseName()))) {
                events.add(StatusEvent.recognised(township.code(), NationalCriteria2021.CIVILISED_URBAN, earlier(township),
                        "QĐ/UBND (synthetic)", "Chủ tịch UBND tỉnh"));
            }
        }
        provinceValues(data);
        return new HaTinhDemo(set, snapshot, data.build(), StatusRegister.of(events));
    }

    /**
     * A synthetic date of an earlier recognition: mid-2023, or for a unit formed by the 1 January
     * 2025 rearrangement the day it was formed.
     */
    private static LocalDate earlier(AdminUnit unit) {
        return unit.validity().start().isAfter(YEAR_END) ? unit.validity().start() : EARLIER;
    }

    private static String fold(String name) {
        return io.github.ntmlib.base.VietnameseText.fold(name);
    }

    /** Villages per commune (thôn), numbered, spread to the seed's total of 1,512. */
    private static Snapshot withVillages(Snapshot units, List<AdminUnit> communes) {
        List<AdminUnit> all = new ArrayList<>(units.units());
        int n = communes.size();
        int base = SeedFigures.VILLAGES / n;
        int extra = SeedFigures.VILLAGES % n;
        for (int c = 0; c < n; c++) {
            AdminUnit commune = communes.get(c);
            int count = base + (c < extra ? 1 : 0);
            for (int v = 1; v <= count; v++) {
                all.add(AdminUnit.of(commune.code() + "." + String.format("%02d", v), "Thôn " + v + " (synthetic)",
                        UnitKind.VILLAGE, commune.code(), commune.validity().start()));
            }
        }
        return Snapshot.of(units.date(), all);
    }

    private static void villageStatuses(Snapshot snapshot, Dataset.Builder data, List<StatusEvent> events) {
        List<AdminUnit> villages = snapshot.units(UnitKind.VILLAGE);
        // every fifth village of a commune first, so that the 307 without the title spread over communes
        List<AdminUnit> order = new ArrayList<>(villages);
        order.sort(Comparator.comparing((AdminUnit v) -> v.code().substring(v.code().indexOf('.') + 1))
                .thenComparing(AdminUnit::code));
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i).code();
            boolean model = i < SeedFigures.VILLAGES_MODEL;
            if (model) {
                events.add(StatusEvent.recognised(code, NationalCriteria2021.VILLAGE_MODEL,
                        i >= SeedFigures.VILLAGES_MODEL - SeedFigures.VILLAGES_MODEL_2024 ? IN_YEAR : earlier(order.get(i)),
                        "QĐ/UBND huyện (synthetic)", "Chủ tịch UBND huyện"));
            }
            data.add(RecordedOutcome.of(code, NationalCriteria2021.VILLAGE_MODEL, "1",
                    model ? Assessment.MET : Assessment.NOT_MET, AS_OF, SYNTHETIC));
        }
    }

    /**
     * Records every non-aggregate criterion of a standard as met, except {@code failing} of them:
     * clean water and environment (MT) first, then others drawn per unit (a fixed seed from the unit
     * and standard), so that communes missing as many criteria miss different ones.
     */
    private static void outcomes(CriteriaSet set, Dataset.Builder data, String unit, String standard, int failing) {
        List<Criterion> criteria = set.standard(standard).orElseThrow().criteria().stream()
                .filter(c -> !(c instanceof AggregateCriterion)).toList();
        List<Criterion> order = new ArrayList<>(criteria);
        java.util.Collections.shuffle(order, new java.util.Random((unit + "/" + standard).hashCode()));
        // clean water and environment (MT) first: the seed's reason communes fall short of nâng cao
        order.sort(Comparator.comparing((Criterion c) -> !c.code().equals("MT")));
        for (int i = 0; i < order.size(); i++) {
            Assessment a = i < failing ? Assessment.NOT_MET : Assessment.MET;
            RecordedOutcome o = RecordedOutcome.of(unit, standard, order.get(i).code(), a, AS_OF, SYNTHETIC);
            data.add(a == Assessment.NOT_MET ? o.withCompletion(BigDecimal.valueOf(60), BigDecimal.valueOf(85)) : o);
        }
    }

    /** The province's own values, as the seed prints them. */
    private static void provinceValues(Dataset.Builder data) {
        data.add(Observation.of(PROVINCE, "T1.scheme", YEAR, new Value.Flag(true), SEED))
                .add(Observation.of(PROVINCE, "T2.tree-lined", YEAR,
                        new Value.Ratio(new BigDecimal("907.58"), new BigDecimal("1246.15")), SEED))
                .add(Observation.of(PROVINCE, "T3.green-land", YEAR,
                        new Value.Quantity(new BigDecimal("5.27"), "m²/người"), SEED))
                .add(Observation.of(PROVINCE, "T4.sipas", YEAR,
                        new Value.Ratio(new BigDecimal("88.97"), BigDecimal.valueOf(100)), SEED));
    }

    /**
     * Evaluates the demo, counting official statuses.
     *
     * @return the evaluation
     */
    public Evaluation evaluate() {
        return Evaluator.of(set).evaluate(EvaluationRequest.of(AS_OF, YEAR, CountingMode.OFFICIAL), snapshot, data, register);
    }

    /**
     * Evaluates the demo's statuses at the end of the report year on the units of that date, for
     * the year's plan progress (a plan for 2024 is measured by an evaluation as of 2024).
     *
     * @return the evaluation as of 31 December 2024
     */
    public Evaluation evaluateYearEnd() {
        Snapshot yearEnd = GsoLists.haTinh().asOf(YEAR_END);
        List<StatusEvent> known = register.events().stream().filter(e -> yearEnd.contains(e.unit())
                && !e.date().isAfter(YEAR_END)).toList();
        return Evaluator.of(set).evaluate(EvaluationRequest.of(YEAR_END, YEAR, CountingMode.OFFICIAL), yearEnd, Dataset.empty(), StatusRegister.of(known));
    }

    /**
     * The hierarchy with the synthetic villages.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * The synthetic data with the province's seed values.
     *
     * @return the data
     */
    public Dataset data() {
        return data;
    }

    /**
     * The synthetic status register.
     *
     * @return the register
     */
    public StatusRegister register() {
        return register;
    }
}
