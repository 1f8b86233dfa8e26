package io.github.ntmlib.examples.demo;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.core.registry.CriteriaChoice;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.core.report.StatusCarrier;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.CommuneGroups;
import io.github.ntmlib.criteria2026.GroupFacts;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import io.github.ntmlib.examples.PeriodSwap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The embedded 2026-2030 demo: Hà Tĩnh's 69 units of 1 July 2025 (60 xã, 9 phường, the real GSO
 * list) assessed with the 2026-2030 set the registry picks for 2026 data, from recorded outcomes per
 * criterion that are <b>synthetic</b> (generated deterministically, seed 2026): the set's 47
 * indicators are declared, not encoded, so a recorded outcome decides each criterion and a criterion
 * without one is not assessed. The commune groups come from synthetic group facts, some left unknown
 * (their xã are "not assessed", never given a default group). Each new unit's 2021-2025 statuses are
 * carried over from the 2021-2025 demo's (synthetic) recognitions of its predecessors under {@link
 * #POLICY}.
 */
public final class HaTinhDemo2026 {

    /** The assessment date: the end of the first year under Decision 51/2025. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    /** The data year. */
    public static final int YEAR = 2026;
    /** The carry-over policy: a status passes when every wholly merged predecessor it applies to held it. */
    public static final CarryOverPolicy POLICY = CarryOverPolicy.ALL_FULL_PREDECESSORS;
    /** The 2021-2025 standards whose carry-over the report shows, in nesting order. */
    public static final List<String> CARRIED = List.of(NationalCriteria2021.COMMUNE_NTM,
            NationalCriteria2021.COMMUNE_ADVANCED, NationalCriteria2021.COMMUNE_MODEL,
            NationalCriteria2021.CIVILISED_URBAN);

    static final DataSource SYNTHETIC = DataSource.of("ntm demo", "synthetic, generated (seed 2026)");
    private static final LocalDate RECORDED = LocalDate.of(2026, 11, 30);

    private final CriteriaChoice choice;
    private final CriteriaSet previous;
    private final Evaluation evaluation;
    private final CommuneGroups.Assignment groups;
    private final Map<String, List<CarryOver>> carried;

    private HaTinhDemo2026(CriteriaChoice choice, CriteriaSet previous, Evaluation evaluation, CommuneGroups.Assignment groups,
            Map<String, List<CarryOver>> carried) {
        this.choice = choice;
        this.previous = previous;
        this.evaluation = evaluation;
        this.groups = groups;
        this.carried = carried;
    }

    /**
     * Generates the synthetic outcomes and group facts, evaluates them with the set the registry
     * picks for {@value #YEAR} data as of {@link #AS_OF}, and carries each new unit's statuses over
     * from the 2021-2025 demo.
     *
     * @param registry the plugins on the path (both periods' plugins)
     * @return the demo
     */
    public static HaTinhDemo2026 generate(CriteriaRegistry registry) {
        LocalityHistory haTinh = GsoLists.haTinh();
        CriteriaChoice choice = registry.pick(YEAR, AS_OF);
        Snapshot units = registry.classify(haTinh.asOf(AS_OF));
        List<AdminUnit> communes = units.descendants(HaTinhDemo.PROVINCE, UnitKind.COMMUNE).stream()
                .sorted(Comparator.comparing(AdminUnit::code)).toList();
        SplittableRandom random = new SplittableRandom(YEAR);
        Dataset.Builder data = Dataset.builder();
        Map<String, GroupFacts> facts = new LinkedHashMap<>();
        List<Criterion> criteria = choice.set().standard(NationalCriteria2026.COMMUNE_NTM).orElseThrow().criteria();
        for (int i = 0; i < communes.size(); i++) {
            String code = communes.get(i).code();
            // about half meet every criterion; the others miss one to three, and every seventh has one unrecorded
            int failing = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(3);
            boolean unrecorded = i % 7 == 3;
            for (int c = 0; c < criteria.size(); c++) {
                if (unrecorded && c == criteria.size() - 1) {
                    continue;
                }
                int pick = (c + i) % criteria.size();
                Assessment a = pick < failing ? Assessment.NOT_MET : Assessment.MET;
                data.add(RecordedOutcome.of(code, NationalCriteria2026.COMMUNE_NTM, criteria.get(c).code(), a,
                        RECORDED, SYNTHETIC));
            }
            facts(random, i).ifPresent(f -> facts.put(code, f));
        }
        CommuneGroups.Assignment groups = CommuneGroups.classify(units, facts, CommuneGroups.Precedence.AREA_FIRST);
        // statuses under the 2026-2030 standards: none yet (the assessment is computed from the outcomes)
        Evaluation evaluation = PeriodSwap.evaluate(registry, groups.snapshot(), YEAR, AS_OF, data.build(),
                StatusRegister.empty()).evaluation();
        CriteriaSet before = registry.pick(HaTinhDemo.YEAR, HaTinhDemo.AS_OF).set();
        Map<String, List<CarryOver>> carried = carryOver(haTinh, HaTinhDemo.generate(before).register(), before, units);
        return new HaTinhDemo2026(choice, before, evaluation, groups, carried);
    }

    /** Synthetic group facts; every sixth xã has none known (its group is not assessed). */
    private static Optional<GroupFacts> facts(SplittableRandom random, int i) {
        int draw = random.nextInt(10);
        if (i % 6 == 5) {
            return Optional.empty();
        }
        GroupFacts.Area area = draw < 2 ? GroupFacts.Area.AREA_III : draw < 3 ? GroupFacts.Area.AREA_II
                : GroupFacts.Area.NOT_IN_AREA;
        GroupFacts.Fact adjacent = draw == 9 ? GroupFacts.Fact.YES : GroupFacts.Fact.NO;
        Fraction agriculture = Fraction.of(5 + random.nextInt(40), 100);
        return Optional.of(GroupFacts.of(area, adjacent, GroupFacts.Fact.NO, agriculture,
                "synthetic (ntm demo, seed 2026)"));
    }

    private static Map<String, List<CarryOver>> carryOver(LocalityHistory history, StatusRegister register,
            CriteriaSet before, Snapshot units) {
        StatusCarrier carrier = StatusCarrier.of(history, register, before, POLICY);
        Map<String, List<CarryOver>> all = new LinkedHashMap<>();
        for (AdminUnit unit : units.children(HaTinhDemo.PROVINCE)) {
            List<CarryOver> list = new ArrayList<>();
            for (String standard : CARRIED) {
                list.add(carrier.carry(unit.code(), GsoLists.TWO_LEVEL_GOVERNMENT, standard));
            }
            all.put(unit.code(), List.copyOf(list));
        }
        return all;
    }

    /**
     * The registry's choice of set for 2026 data.
     *
     * @return the choice
     */
    public CriteriaChoice choice() {
        return choice;
    }

    /**
     * The 2021-2025 set whose statuses are carried over (the registry's pick for the 2021-2025 demo).
     *
     * @return the set
     */
    public CriteriaSet previousSet() {
        return previous;
    }

    /**
     * The 2026-2030 assessment of the 69 units.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return evaluation;
    }

    /**
     * The commune groups of the xã, with their derivations.
     *
     * @return the assignment
     */
    public CommuneGroups.Assignment groups() {
        return groups;
    }

    /**
     * Each new unit's carry-over of {@link #CARRIED}, in that order (a standard that does not apply
     * to the unit's kind is there with outcome not applicable).
     *
     * @param unit the new unit's code
     * @return the carry-overs
     */
    public List<CarryOver> carried(String unit) {
        List<CarryOver> list = carried.get(unit);
        if (list == null) {
            throw new IllegalArgumentException("not a unit of the demo: " + unit);
        }
        return list;
    }
}
