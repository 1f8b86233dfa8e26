package io.github.ntmlib.plan;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A generated planning world: a small criteria set of two nested commune standards (and a province
 * standard counting them), a province of 1-3 districts and 2..12 communes, a dataset with values
 * below, at and above the thresholds (some missing, some criteria decided by recorded outcomes), a
 * register, a cost model (or none) and the goals. Every draw comes from QuickTheories, so a failing
 * world shrinks; the world is data, and {@link #prepared}, {@link #costs} and {@link #request}
 * build the library's values from it in an order that a {@link Random} may shuffle.
 */
record PlanWorld(List<Integer> districts, List<Commune> communes, boolean official, @Nullable Costs costs,
        int goalShape, List<Integer> targets, boolean provinceScope, int budgetPermille, boolean most, boolean lenient) {

    static final Provenance SOURCE = new Provenance("Quyết định thử 1/QĐ", "Phụ lục I", "", "");
    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final LocalDate EARLIER = LocalDate.of(2024, 6, 30);
    static final int YEAR = 2024;
    static final String BASIC = "commune-basic";
    static final String ADVANCED = "commune-advanced";
    static final String PROVINCE_STANDARD = "province-done";
    static final String PROVINCE = "40";
    static final DataSource DATA = DataSource.of("thử", "số liệu thử");

    /** The indicators with a measured value, in a fixed order. */
    static final List<String> MEASURED = List.of("1.1", "2.1", "2.2", "3.1", "6.1", "8.1", "8.2");
    /** The yes/no indicators. */
    static final List<String> FLAGS = List.of("4.1", "4.2", "5.1", "7.1");
    static final BigDecimal[] RATES = {new BigDecimal("1000"), new BigDecimal("2500"), new BigDecimal("333.5"),
        new BigDecimal("1000000"), new BigDecimal("1500.25")};
    static final long[] FIXED = {0, 0, 50_000, 200_000};
    static final long[] CRITERION = {100_000, 250_000, 400_000, 1_000_000};
    static final int[] SHARES_TENTHS = {250, 400, 500, 625, 1000};

    /**
     * One commune's draws: per measured indicator a position (0 missing, then below, at, above the
     * thresholds) and a magnitude; per flag 0 missing, 1 not met, 2 met; per recorded criterion an
     * outcome (0 none, 1 met, 2 not met, 3 not met with a completion, 4 not met earlier, 5 met earlier);
     * recognition of the two standards.
     */
    record Commune(int[] position, int[] magnitude, int[] flags, int[] outcomes, boolean recognisedBasic,
            boolean recognisedAdvanced) {
    }

    /**
     * A cost model's draws: per measured indicator 0 none, else a rate index, basis and fixed index;
     * per flag whether it has an indicator cost (its fixed part); per criterion of flags a cost index
     * or none; the exclusions (commune indexes and kinds).
     */
    record Costs(int[] rate, boolean[] perPoint, int[] fixed, boolean[] flagCost, int[] criterion,
            List<Integer> excluded, List<Boolean> anotherPlan) {
    }

    // ---------------------------------------------------------------------------------- the set

    static IndicatorDefinition indicator(String code, String vi, ValueKind kind, String unit, Threshold threshold) {
        return new IndicatorDefinition(code, Labels.of(vi, "indicator " + code), kind, unit, false, List.of(),
                List.of(ThresholdRule.always(threshold)));
    }

    static final String INCOME_UNIT = "triệu đồng/người/năm";

    static CriteriaSet set() {
        Standard basic = Standard.of(BASIC, Labels.of("Xã nông thôn mới", "new rural commune"), Set.of(UnitKind.COMMUNE),
                Optional.empty(), List.of(
                        IndicatorCriterion.of("1", Labels.of("Nước sạch", "clean water"), List.of(
                                indicator("1.1", "Tỷ lệ hộ dùng nước sạch", ValueKind.RATIO, "%",
                                        Threshold.atLeast("40", SOURCE)))),
                        IndicatorCriterion.of("2", Labels.of("Thu nhập và hộ nghèo", "income and poverty"), List.of(
                                indicator("2.1", "Thu nhập bình quân", ValueKind.QUANTITY, INCOME_UNIT,
                                        Threshold.atLeast("60", SOURCE)),
                                indicator("2.2", "Tỷ lệ hộ nghèo đa chiều", ValueKind.QUANTITY, "%",
                                        Threshold.atMost("5", SOURCE)))),
                        IndicatorCriterion.of("3", Labels.of("Trường học", "schools"), List.of(
                                indicator("3.1", "Số trường đạt chuẩn", ValueKind.COUNT, "trường",
                                        Threshold.atLeast("3", SOURCE)))),
                        IndicatorCriterion.of("4", Labels.of("Văn hóa", "culture"), List.of(
                                indicator("4.1", "Nhà văn hóa xã", ValueKind.FLAG, "", Threshold.met(SOURCE)),
                                indicator("4.2", "Sân thể thao xã", ValueKind.FLAG, "", Threshold.met(SOURCE)))),
                        IndicatorCriterion.of("8", Labels.of("Y tế", "health"), List.of(
                                indicator("8.1", "Tỷ lệ hộ chưa có nhà tiêu hợp vệ sinh", ValueKind.RATIO, "%",
                                        Threshold.atMost("10", SOURCE)),
                                indicator("8.2", "Số trạm y tế đạt chuẩn", ValueKind.COUNT, "trạm",
                                        Threshold.atLeast("2.5", SOURCE)))),
                        IndicatorCriterion.of("5", Labels.of("Quốc phòng", "defence"), List.of(
                                indicator("5.1", "Xây dựng lực lượng dân quân", ValueKind.FLAG, "",
                                        Threshold.met(SOURCE))))),
                SOURCE);
        Standard advanced = Standard.of(ADVANCED, Labels.of("Xã nông thôn mới nâng cao", "advanced new rural commune"),
                Set.of(UnitKind.COMMUNE), Optional.of(BASIC), List.of(
                        IndicatorCriterion.of("1", Labels.of("Nước sạch", "clean water"), List.of(
                                indicator("1.1", "Tỷ lệ hộ dùng nước sạch", ValueKind.RATIO, "%",
                                        Threshold.atLeast("55", SOURCE)))),
                        IndicatorCriterion.of("6", Labels.of("Giao thông", "roads"), List.of(
                                indicator("6.1", "Tỷ lệ đường được cứng hóa", ValueKind.RATIO, "%",
                                        Threshold.atLeast("62.5", SOURCE)))),
                        IndicatorCriterion.of("7", Labels.of("An ninh trật tự", "public order"), List.of(
                                indicator("7.1", "Không có tội phạm nghiêm trọng", ValueKind.FLAG, "",
                                        Threshold.met(SOURCE))))),
                SOURCE);
        Standard province = Standard.of(PROVINCE_STANDARD, Labels.of("Tỉnh hoàn thành nhiệm vụ", "province done"),
                Set.of(UnitKind.PROVINCE), Optional.empty(), List.of(
                        AggregateCriterion.of("P1", Labels.of("Ít nhất 40% xã đạt nâng cao", "40% advanced"),
                                Set.of(UnitKind.COMMUNE), ADVANCED, Comparison.AT_LEAST, BigDecimal.valueOf(40), SOURCE)),
                SOURCE);
        return CriteriaSet.builder("plan-test").labels(Labels.of("Bộ tiêu chí thử", "test set"))
                .validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).provenance(SOURCE)
                .standard(basic).standard(advanced).standard(province).build();
    }

    static final CriteriaSet SET = set();

    // ---------------------------------------------------------------------------- the generator

    private static int draw(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    static Gen<PlanWorld> worlds() {
        return in -> {
            int districtCount = draw(in, 1, 3);
            List<Integer> districts = new ArrayList<>();
            int total = 0;
            for (int d = 0; d < districtCount; d++) {
                int n = draw(in, d == 0 ? 2 : 0, 5);
                districts.add(n);
                total += n;
            }
            while (total > 12) {
                int last = districts.size() - 1;
                int cut = Math.min(districts.get(last) - (last == 0 ? 2 : 0), total - 12);
                districts.set(last, districts.get(last) - cut);
                total -= cut;
                if (districts.get(last) == 0 && last > 0) {
                    districts.remove(last);
                }
            }
            List<Commune> communes = new ArrayList<>();
            // a coarse world draws few magnitudes, so that candidates often cost the same
            int spread = draw(in, 0, 2) == 0 ? 3 : 1000;
            for (int c = 0; c < total; c++) {
                if (c > 0 && draw(in, 0, 5) == 0) {
                    // a twin of the commune before: the same gaps, the same costs, a tie to break
                    Commune twin = communes.get(c - 1);
                    communes.add(new Commune(twin.position(), twin.magnitude(), twin.flags(), twin.outcomes(),
                            twin.recognisedBasic(), twin.recognisedAdvanced()));
                    continue;
                }
                int[] position = new int[MEASURED.size()];
                int[] magnitude = new int[MEASURED.size()];
                for (int i = 0; i < position.length; i++) {
                    // one value in forty missing
                    int raw = draw(in, 0, 39);
                    position[i] = raw == 0 ? 0 : Math.max(1, raw / 2);
                    magnitude[i] = draw(in, 0, spread);
                }
                int[] flags = new int[FLAGS.size()];
                for (int i = 0; i < flags.length; i++) {
                    int f = draw(in, 0, 39);
                    flags[i] = f == 0 ? 0 : f < 12 ? 1 : 2;
                }
                int[] outcomes = {draw(in, 0, 5), draw(in, 0, 5)};
                communes.add(new Commune(position, magnitude, flags, outcomes, draw(in, 0, 4) == 0,
                        draw(in, 0, 8) == 0));
            }
            boolean official = draw(in, 0, 1) == 0;
            Costs costs = null;
            if (draw(in, 0, 9) < 7) {
                int[] rate = new int[MEASURED.size()];
                boolean[] perPoint = new boolean[MEASURED.size()];
                int[] fixed = new int[MEASURED.size()];
                for (int i = 0; i < rate.length; i++) {
                    rate[i] = draw(in, 0, 14) == 0 ? 0 : draw(in, 1, RATES.length);
                    String code = MEASURED.get(i);
                    perPoint[i] = (code.equals("1.1") || code.equals("6.1") || code.equals("8.1")) && draw(in, 0, 2) == 0;
                    fixed[i] = draw(in, 0, FIXED.length - 1);
                }
                boolean[] flagCost = new boolean[FLAGS.size()];
                for (int i = 0; i < flagCost.length; i++) {
                    flagCost[i] = draw(in, 0, 3) == 0;
                }
                int[] criterion = new int[3];
                for (int i = 0; i < criterion.length; i++) {
                    criterion[i] = draw(in, 0, 14) == 0 ? 0 : draw(in, 1, CRITERION.length);
                }
                List<Integer> excluded = new ArrayList<>();
                List<Boolean> another = new ArrayList<>();
                int ex = draw(in, 0, 5) < 4 ? 0 : draw(in, 1, 2);
                for (int i = 0; i < ex; i++) {
                    int u = draw(in, 0, total - 1);
                    if (!excluded.contains(u)) {
                        excluded.add(u);
                        another.add(draw(in, 0, 1) == 0);
                    }
                }
                costs = new Costs(rate, perPoint, fixed, flagCost, criterion, excluded, another);
            }
            int goalShape = draw(in, 0, 7);
            boolean provinceScope = draw(in, 0, 9) < 7;
            if (goalShape == 7 && !provinceScope) {
                goalShape = 2;
            }
            List<Integer> targets = List.of(draw(in, 0, 9), draw(in, 0, 9));
            // no budget; a share (‰) of a rough cost; exactly the least cost (-1); one đồng short of it (-2)
            int kind = costs == null ? 0 : draw(in, 0, 7);
            int budget = kind <= 1 ? 0 : kind <= 3 ? draw(in, 100, 1500) : kind <= 5 ? -1 : -2;
            boolean most = budget != 0 && draw(in, 0, 1) == 0;
            boolean lenient = draw(in, 0, 4) == 0;
            return new PlanWorld(districts, communes, official, costs, goalShape, targets, provinceScope, budget, most,
                    lenient);
        };
    }

    // ------------------------------------------------------------------------------ the values

    static String districtCode(int d) {
        return PROVINCE + "0" + (d + 1);
    }

    List<String> communeCodes() {
        List<String> codes = new ArrayList<>();
        int c = 0;
        for (int d = 0; d < districts.size(); d++) {
            for (int i = 0; i < districts.get(d); i++) {
                codes.add(districtCode(d) + String.format("%02d", ++c));
            }
        }
        return codes;
    }

    String scope() {
        return provinceScope ? PROVINCE : districtCode(0);
    }

    Snapshot snapshot(Random shuffle) {
        LocalDate from = LocalDate.of(2020, 1, 1);
        List<AdminUnit> units = new ArrayList<>();
        units.add(AdminUnit.of(PROVINCE, "Tỉnh Thử Nghiệm", UnitKind.PROVINCE, null, from));
        int c = 0;
        for (int d = 0; d < districts.size(); d++) {
            units.add(AdminUnit.of(districtCode(d), "Huyện Số " + (d + 1), UnitKind.RURAL_DISTRICT, PROVINCE, from));
            for (int i = 0; i < districts.get(d); i++) {
                c++;
                units.add(AdminUnit.of(districtCode(d) + String.format("%02d", c), "Xã Số " + c, UnitKind.COMMUNE,
                        districtCode(d), from));
            }
        }
        Collections.shuffle(units, shuffle);
        return Snapshot.of(from, units);
    }

    /** A value for a measured indicator: its position decides below (1-7), at (8-11) or above (12-19) the thresholds. */
    static @Nullable Value value(String code, int position, int magnitude) {
        if (position == 0) {
            return null;
        }
        int where = position < 8 ? -1 : position < 12 ? 0 : 1;
        switch (code) {
            case "1.1": {
                // wholes that are multiples of 20 reach 40% and 55% exactly; others need a rounded-up part
                long whole = magnitude % 2 == 0 ? 20L * (1 + magnitude % 10) : 10 + magnitude % 191;
                long at40 = (whole * 40 + 99) / 100;
                long at55 = (whole * 55 + 99) / 100;
                long part;
                if (where < 0) {
                    part = at40 == 0 ? 0 : magnitude % at40;
                } else if (where == 0) {
                    part = magnitude % 3 == 0 ? at55 : at40;
                } else {
                    long span = whole - at40 + 1;
                    part = at40 + magnitude % span;
                }
                return Value.Ratio.of(part, whole);
            }
            case "6.1": {
                // a whole with one decimal; 62.5% of it is exact
                BigDecimal whole = BigDecimal.valueOf(80 + magnitude % 321, 1);
                BigDecimal at = whole.multiply(new BigDecimal("0.625"));
                BigDecimal step = BigDecimal.valueOf(1 + magnitude % 37, 1);
                BigDecimal part = where == 0 ? at : where < 0 ? at.subtract(step).max(BigDecimal.ZERO)
                        : at.add(step).min(whole);
                return new Value.Ratio(part, whole);
            }
            case "2.1": {
                BigDecimal at = BigDecimal.valueOf(60);
                BigDecimal step = BigDecimal.valueOf(1 + magnitude % 200, 1);
                return new Value.Quantity(where == 0 ? at : where < 0 ? at.subtract(step) : at.add(step), INCOME_UNIT);
            }
            case "2.2": {
                // at most 5: "below" the requirement is above 5
                BigDecimal at = BigDecimal.valueOf(5);
                BigDecimal step = BigDecimal.valueOf(1 + magnitude % 49, 1);
                return new Value.Quantity(where == 0 ? at : where < 0 ? at.add(step) : at.subtract(step), "%");
            }
            case "8.1": {
                // at most 10% of whole households: "below" the requirement is above 10%, "at" is the largest part allowed
                long whole = 10 + magnitude % 191;
                long at = whole * 10 / 100;
                long part = where == 0 ? at : where < 0 ? at + 1 + magnitude % (whole - at) : magnitude % (at + 1);
                return Value.Ratio.of(part, whole);
            }
            case "8.2":
                // at least 2.5: 3 is the least whole count that meets it
                return new Value.Count(where == 0 ? 3 : where < 0 ? magnitude % 3 : 4 + magnitude % 3);
            case "3.1":
                return new Value.Count(where == 0 ? 3 : where < 0 ? magnitude % 3 : 4 + magnitude % 3);
            default:
                throw new IllegalArgumentException(code);
        }
    }

    /** Whether a commune has a value exactly at a threshold in force. */
    boolean anyAtThreshold() {
        for (Commune c : communes) {
            for (int i = 0; i < MEASURED.size(); i++) {
                if (c.position()[i] >= 8 && c.position()[i] < 12) {
                    return true;
                }
            }
        }
        return false;
    }

    Dataset dataset(Random shuffle) {
        List<Consumer<Dataset.Builder>> rows = new ArrayList<>();
        List<String> codes = communeCodes();
        for (int c = 0; c < codes.size(); c++) {
            String unit = codes.get(c);
            Commune k = communes.get(c);
            for (int i = 0; i < MEASURED.size(); i++) {
                Value v = value(MEASURED.get(i), k.position()[i], k.magnitude()[i]);
                if (v != null) {
                    Observation o = Observation.of(unit, MEASURED.get(i), YEAR, v, DATA);
                    rows.add(b -> b.add(o));
                }
            }
            for (int i = 0; i < FLAGS.size(); i++) {
                if (k.flags()[i] > 0) {
                    Observation o = Observation.of(unit, FLAGS.get(i), YEAR, new Value.Flag(k.flags()[i] == 2), DATA);
                    rows.add(b -> b.add(o));
                }
            }
            String[][] recorded = {{BASIC, "5"}, {ADVANCED, "7"}};
            for (int r = 0; r < 2; r++) {
                int o = k.outcomes()[r];
                String std = recorded[r][0];
                String crit = recorded[r][1];
                RecordedOutcome outcome;
                switch (o) {
                    case 1:
                        outcome = RecordedOutcome.of(unit, std, crit, Assessment.MET, AS_OF, DATA);
                        break;
                    case 2:
                        outcome = RecordedOutcome.of(unit, std, crit, Assessment.NOT_MET, AS_OF, DATA);
                        break;
                    case 3:
                        int low = 30 + k.magnitude()[r] % 60;
                        outcome = RecordedOutcome.of(unit, std, crit, Assessment.NOT_MET, AS_OF, DATA)
                                .withCompletion(BigDecimal.valueOf(low), BigDecimal.valueOf(Math.min(100, low + 10)));
                        break;
                    case 4:
                        outcome = RecordedOutcome.of(unit, std, crit, Assessment.NOT_MET, EARLIER, DATA);
                        break;
                    case 5:
                        outcome = RecordedOutcome.of(unit, std, crit, Assessment.MET, EARLIER, DATA);
                        break;
                    default:
                        outcome = null;
                }
                if (outcome != null) {
                    RecordedOutcome fixed = outcome;
                    rows.add(b -> b.add(fixed));
                }
            }
        }
        Collections.shuffle(rows, shuffle);
        Dataset.Builder b = Dataset.builder();
        rows.forEach(r -> r.accept(b));
        return b.build();
    }

    StatusRegister register(Random shuffle) {
        List<StatusEvent> events = new ArrayList<>();
        List<String> codes = communeCodes();
        for (int c = 0; c < codes.size(); c++) {
            if (communes.get(c).recognisedBasic()) {
                events.add(StatusEvent.recognised(codes.get(c), BASIC, LocalDate.of(2023, 5, 1), "12/QĐ-UBND", "UBND tỉnh"));
            }
            if (communes.get(c).recognisedAdvanced()) {
                events.add(StatusEvent.recognised(codes.get(c), ADVANCED, LocalDate.of(2023, 6, 1), "13/QĐ-UBND",
                        "UBND tỉnh"));
            }
        }
        Collections.shuffle(events, shuffle);
        return StatusRegister.of(events);
    }

    EvaluationRequest evaluationRequest() {
        EvaluationRequest r = EvaluationRequest.of(AS_OF, YEAR, official ? CountingMode.OFFICIAL : CountingMode.COMPUTED);
        return lenient ? r.asLenient() : r;
    }

    PreparedEvaluation prepared(Random shuffle) {
        return Evaluator.of(SET).prepare(evaluationRequest(), snapshot(shuffle), dataset(shuffle), register(shuffle));
    }

    Optional<CostModel> costs(Random shuffle) {
        if (costs == null) {
            return Optional.empty();
        }
        Costs k = costs;
        List<Consumer<CostModel.Builder>> entries = new ArrayList<>();
        for (int i = 0; i < MEASURED.size(); i++) {
            if (k.rate()[i] > 0) {
                IndicatorCost ic = new IndicatorCost(MEASURED.get(i), RATES[k.rate()[i] - 1],
                        k.perPoint()[i] ? IndicatorCost.Basis.PERCENTAGE_POINT : IndicatorCost.Basis.MEASURE,
                        Vnd.ofDong(FIXED[k.fixed()[i]]), "thử");
                entries.add(b -> b.indicator(ic));
            }
        }
        for (int i = 0; i < FLAGS.size(); i++) {
            if (k.flagCost()[i]) {
                IndicatorCost ic = new IndicatorCost(FLAGS.get(i), BigDecimal.ZERO, IndicatorCost.Basis.MEASURE,
                        Vnd.ofDong(FIXED[2 + i % 2]), "");
                entries.add(b -> b.indicator(ic));
            }
        }
        String[][] criteria = {{BASIC, "4"}, {BASIC, "5"}, {ADVANCED, "7"}};
        for (int i = 0; i < criteria.length; i++) {
            if (k.criterion()[i] > 0) {
                String[] sc = criteria[i];
                Vnd amount = Vnd.ofDong(CRITERION[k.criterion()[i] - 1]);
                entries.add(b -> b.criterion(sc[0], sc[1], amount));
            }
        }
        List<String> codes = communeCodes();
        for (int i = 0; i < k.excluded().size(); i++) {
            Exclusion e = new Exclusion(codes.get(k.excluded().get(i)), k.anotherPlan().get(i)
                    ? Exclusion.Kind.IN_ANOTHER_PLAN : Exclusion.Kind.EXCLUDED, i == 0 ? "ghi chú của tỉnh" : "");
            entries.add(b -> b.exclude(e));
        }
        Collections.shuffle(entries, shuffle);
        CostModel.Builder b = CostModel.builder().description("chi phí thử", true);
        entries.forEach(e -> e.accept(b));
        return Optional.of(b.build());
    }

    static Target target(int draw) {
        if (draw < 4) {
            return Target.more(1 + draw);
        }
        if (draw < 9) {
            return Target.share(BigDecimal.valueOf(SHARES_TENTHS[draw - 4], 1));
        }
        return Target.all();
    }

    /** The goals: 0-2 the basic standard alone, 3-4 the advanced alone, 5-6 both, 7 requirement P1 of the province. */
    List<Goal> goals() {
        if (goalShape <= 2) {
            return List.of(Goal.of(BASIC, target(targets.get(0))));
        }
        if (goalShape <= 4) {
            return List.of(Goal.of(ADVANCED, target(targets.get(0))));
        }
        if (goalShape <= 6) {
            return List.of(Goal.of(BASIC, target(targets.get(0))), Goal.of(ADVANCED, target(targets.get(1))));
        }
        return List.of(Goal.of(ADVANCED, Target.requirement(PROVINCE_STANDARD, "P1")));
    }

    /**
     * The request, with the budget (if any) drawn as a share of a rough least cost: the cheapest
     * plannable candidates of the first goal, as many as the target asks for.
     */
    PlanRequest request(Random shuffle) {
        PreparedEvaluation prepared = prepared(shuffle);
        Optional<CostModel> model = costs(shuffle);
        List<Goal> goals = new ArrayList<>(goals());
        Collections.shuffle(goals, shuffle);
        PlanRequest.Builder b = PlanRequest.builder(prepared, scope());
        goals.forEach(b::goal);
        model.ifPresent(b::costs);
        if (budgetPermille != 0) {
            b.budget(Vnd.ofDong(budget(prepared, model.orElseThrow())));
            if (most) {
                b.objective(Objective.MOST_WITHIN_BUDGET);
            }
        }
        return b.build();
    }

    /**
     * The budget: exactly the least cost of every goal found by exhaustive search (or one đồng
     * less) when the world is small enough, else a share of a rough cost (the cheapest three
     * candidates of the first goal).
     */
    private long budget(PreparedEvaluation prepared, CostModel model) {
        if (budgetPermille < 0) {
            PlanRequest.Builder plain = PlanRequest.builder(prepared, scope()).costs(model);
            goals().forEach(plain::goal);
            Oracle oracle = new Oracle(plain.build());
            if (oracle.movable().size() <= 10) {
                Cost least = oracle.search().leastUnbudgeted();
                if (least != null) {
                    return Math.max(0, least.money().orElseThrow().dong() + budgetPermille + 1);
                }
            }
        }
        int permille = budgetPermille < 0 ? 1000 : budgetPermille;
        PlanRequest plain = PlanRequest.builder(prepared, scope()).goal(goals().get(0)).costs(model).build();
        List<Long> costs = new ArrayList<>();
        for (Candidate c : Planner.candidates(plain)) {
            c.costIfPlanned().flatMap(Cost::money).ifPresent(v -> costs.add(v.dong()));
        }
        Collections.sort(costs);
        long rough = 0;
        for (int i = 0; i < Math.min(costs.size(), 3); i++) {
            rough += costs.get(i);
        }
        return rough * permille / 1000 + permille;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PlanWorld[districts=" + districts + ", official=" + official + ", goals="
                + goals() + ", scope=" + scope() + ", budget‰=" + budgetPermille + ", most=" + most + ", lenient=" + lenient + "\n");
        List<String> codes = communeCodes();
        for (int c = 0; c < communes.size(); c++) {
            Commune k = communes.get(c);
            s.append("  ").append(codes.get(c)).append(": ");
            for (int i = 0; i < MEASURED.size(); i++) {
                s.append(MEASURED.get(i)).append('=').append(value(MEASURED.get(i), k.position()[i], k.magnitude()[i]))
                        .append(' ');
            }
            s.append("flags=").append(java.util.Arrays.toString(k.flags())).append(" outcomes=")
                    .append(java.util.Arrays.toString(k.outcomes())).append(" recognised=").append(k.recognisedBasic())
                    .append('/').append(k.recognisedAdvanced()).append('\n');
        }
        if (costs != null) {
            s.append("  costs: rate=").append(java.util.Arrays.toString(costs.rate())).append(" perPoint=")
                    .append(java.util.Arrays.toString(costs.perPoint())).append(" fixed=")
                    .append(java.util.Arrays.toString(costs.fixed())).append(" flagCost=")
                    .append(java.util.Arrays.toString(costs.flagCost())).append(" criterion=")
                    .append(java.util.Arrays.toString(costs.criterion())).append(" excluded=").append(costs.excluded());
        } else {
            s.append("  no cost model");
        }
        return s.append(']').toString();
    }
}
