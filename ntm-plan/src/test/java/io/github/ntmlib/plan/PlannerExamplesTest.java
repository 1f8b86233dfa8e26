package io.github.ntmlib.plan;

import static io.github.ntmlib.plan.PlanWorld.ADVANCED;
import static io.github.ntmlib.plan.PlanWorld.BASIC;
import static io.github.ntmlib.plan.PlanWorld.PROVINCE_STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.testkit.BilingualErrors;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's edge rules, one example each. */
class PlannerExamplesTest {

    private static CostModel.Builder costs() {
        return CostModel.builder().description("chi phí thử", true);
    }

    private static IndicatorCost perMeasure(String indicator, String rate) {
        return IndicatorCost.perMeasure(indicator, new BigDecimal(rate));
    }

    private static Improvement only(ImprovementPlan plan) {
        assertThat(plan.units()).hasSize(1);
        assertThat(plan.units().get(0).improvements()).hasSize(1);
        return plan.units().get(0).improvements().get(0);
    }

    @Test
    void aRatioOfWholeHouseholdsIsRaisedToWholeHouseholds() {
        // 69 of 169 households against ≥ 55%: 92.95 households, so 93 (never 92.95)
        PreparedEvaluation e = new Villages().commune("40101", "401", "1.1", Value.Ratio.of(69, 169)).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(ADVANCED, Target.more(1))
                .costs(costs().indicator(perMeasure("1.1", "1000")).build()).build());
        Improvement i = only(plan);
        assertThat(i.kind()).isEqualTo(Improvement.Kind.RAISE);
        assertThat(i.current()).isEqualTo(Value.Ratio.of(69, 169));
        assertThat(i.planned()).isEqualTo(Value.Ratio.of(93, 169));
        assertThat(i.change()).isEqualByComparingTo("24");
        assertThat(i.points()).isEqualTo(Fraction.of(2400, 169));
        assertThat(i.cost()).isEqualTo(Cost.of(Vnd.ofDong(24_000)));
        assertThat(plan.isComplete()).isTrue();
    }

    @Test
    void aCostPerPercentagePointIsRoundedUpToWholeDong() {
        // 60 of 169 against ≥ 40%: 67.6 → 68 households, 8 more = 800/169 points; 1,000 đồng a point = 4,733.7 → 4,734
        PreparedEvaluation e = new Villages().commune("40101", "401", "1.1", Value.Ratio.of(60, 169)).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().indicator(new IndicatorCost("1.1", new BigDecimal("1000"),
                        IndicatorCost.Basis.PERCENTAGE_POINT, Vnd.ofDong(500), "")).build()).build());
        Improvement i = only(plan);
        assertThat(i.planned()).isEqualTo(Value.Ratio.of(68, 169));
        assertThat(i.points()).isEqualTo(Fraction.of(800, 169));
        assertThat(i.cost()).isEqualTo(Cost.of(Vnd.ofDong(500 + 4_734)));
    }

    @Test
    void aDecimalRatioIsRaisedExactly() {
        // 10.5 of 20.4 km against ≥ 62.5%: 12.75 km exactly, no rounding to a whole
        PreparedEvaluation e = new Villages().commune("40101", "401", "6.1",
                new Value.Ratio(new BigDecimal("10.5"), new BigDecimal("20.4"))).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(ADVANCED, Target.more(1))
                .costs(costs().indicator(perMeasure("6.1", "1000")).build()).build());
        Improvement i = only(plan);
        Value.Ratio planned = (Value.Ratio) i.planned();
        assertThat(planned.numerator()).isEqualByComparingTo("12.75");
        assertThat(planned.denominator()).isEqualByComparingTo("20.4");
        assertThat(i.change()).isEqualByComparingTo("2.25");
        assertThat(i.cost()).isEqualTo(Cost.of(Vnd.ofDong(2_250)));
    }

    @Test
    void anAtMostThresholdIsLoweredAndItsCostRoundedUp() {
        // poverty 7.3% against ≤ 5%: lower by 2.3 points; 333.5 đồng × 2.3 = 767.05 → 768
        PreparedEvaluation e = new Villages().commune("40101", "401", "2.2",
                new Value.Quantity(new BigDecimal("7.3"), "%")).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().indicator(perMeasure("2.2", "333.5")).build()).build());
        Improvement i = only(plan);
        assertThat(i.kind()).isEqualTo(Improvement.Kind.LOWER);
        assertThat(i.planned()).isEqualTo(new Value.Quantity(new BigDecimal("5"), "%"));
        assertThat(i.change()).isEqualByComparingTo("2.3");
        assertThat(i.cost()).isEqualTo(Cost.of(Vnd.ofDong(768)));
        assertThat(GapCosting.ceilTimes(new BigDecimal("333.5"), Fraction.of(new BigDecimal("2.3"))))
                .isEqualTo(768);
        assertThat(GapCosting.ceilTimes(new BigDecimal("333.5"), Fraction.of(2))).isEqualTo(667);
    }

    @Test
    void aCriterionsFixedCostIsPaidOnceForTwoFlags() {
        PreparedEvaluation e = new Villages().commune("40101", "401", "4.1", new Value.Flag(false), "4.2",
                new Value.Flag(false)).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().criterion(BASIC, "4", Vnd.ofDong(250_000)).build()).build());
        UnitPlan u = plan.units().get(0);
        assertThat(u.improvements()).extracting(Improvement::kind).containsOnly(Improvement.Kind.MAKE_MET).hasSize(2);
        assertThat(u.improvements()).extracting(Improvement::indicator).containsExactlyInAnyOrder("4.1", "4.2");
        assertThat(u.cost()).isEqualTo(Cost.of(Vnd.ofDong(250_000)));
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofDong(250_000)));
    }

    @Test
    void aCriterionAssessedAsAWholeIsBroughtToMetAtItsFixedCost() {
        PreparedEvaluation e = new Villages().commune("40101", "401").outcome("40101", BASIC, "5", Assessment.NOT_MET)
                .computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().criterion(BASIC, "5", Vnd.ofDong(400_000)).build()).build());
        Improvement i = only(plan);
        assertThat(i.kind()).isEqualTo(Improvement.Kind.ASSESS_MET);
        assertThat(i.criterion()).isEqualTo("5");
        assertThat(i.indicator()).isNull();
        assertThat(i.cost()).isEqualTo(Cost.of(Vnd.ofDong(400_000)));
    }

    @Test
    void withoutACostModelAGapCostsItsNormalisedDistance() {
        // 50 of 100 against ≥ 55%: 5 points of 100 = 1/20; a recorded "not met" with no completion counts 1
        PreparedEvaluation e = new Villages().commune("40101", "401", "1.1", Value.Ratio.of(50, 100))
                .outcome("40101", ADVANCED, "7", Assessment.NOT_MET).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(ADVANCED, Target.more(1)).build());
        assertThat(plan.isMoney()).isFalse();
        assertThat(plan.cost()).isEqualTo(Cost.normalised(Fraction.of(21, 20)));
        assertThat(plan.cost().money()).isEmpty();
    }

    @Test
    void aMissingCostMakesTheUnitNotPlannableWithAReasonNamingTheIndicator() {
        PreparedEvaluation e = new Villages().commune("40101", "401", "2.1",
                new Value.Quantity(BigDecimal.valueOf(50), PlanWorld.INCOME_UNIT)).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().indicator(perMeasure("1.1", "1000")).build()).build());
        assertThat(plan.status()).isEqualTo(ImprovementPlan.Status.SHORT_OF_UNITS);
        assertThat(plan.units()).isEmpty();
        assertThat(plan.goals().get(0).shortfall()).isEqualTo(1);
        LeftOut left = plan.leftOut().get(0);
        assertThat(left.reason()).isEqualTo(LeftOut.Reason.NOT_PLANNABLE);
        assertThat(left.costIfChosen()).isEmpty();
        assertThat(left.details()).hasSize(1);
        assertThat(left.details().get(0).vietnamese()).contains("Thu nhập bình quân");
        assertThat(left.details().get(0).english()).contains("indicator 2.1");
        BilingualErrors.assertVietnamese(left.details().get(0).vietnamese());
    }

    @Test
    void anIndicatorTheSetDoesNotHaveInTheCostModelIsAnError() {
        PreparedEvaluation e = new Villages().commune("40101", "401", "1.1", Value.Ratio.of(10, 100)).computed();
        PlanRequest request = PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().indicator(perMeasure("1.1", "1000")).indicator(perMeasure("9.9", "1")).build()).build();
        PlanningException error = (PlanningException) BilingualErrors.thrownBy(() -> Planner.plan(request));
        assertThat(error.getMessage()).contains("9.9");
        assertThat(error.field()).contains("costs.indicators");
        PlanRequest criterion = PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().criterion(BASIC, "99", Vnd.ofDong(1)).build()).build();
        assertThatThrownBy(() -> Planner.plan(criterion)).isInstanceOf(PlanningException.class).hasMessageContaining("99");
    }

    @Test
    void goalsThatDoNotNestAreAnError() {
        PreparedEvaluation e = new Villages().commune("40101", "401").computed();
        PlanRequest request = PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .goal(PROVINCE_STANDARD, Target.all()).build();
        PlanningException error = (PlanningException) BilingualErrors.thrownBy(() -> Planner.plan(request));
        assertThat(error.field()).contains("goals");
        assertThatThrownBy(() -> Planner.candidates(request)).isInstanceOf(PlanningException.class);
    }

    @Test
    void aRequirementOfTheProvinceStandardAsksForWhatItStillNeeds() {
        // P1: at least 40% of the 5 communes advanced = 2; one is, so one more; the cheaper is chosen
        PreparedEvaluation e = new Villages()
                .commune("40101", "401")
                .commune("40102", "401", "6.1", Value.Ratio.of(50, 100))
                .commune("40103", "401", "6.1", Value.Ratio.of(60, 100))
                .commune("40204", "402", "6.1", Value.Ratio.of(10, 100))
                .commune("40205", "402", "6.1", null)
                .computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40")
                .goal(ADVANCED, Target.requirement(PROVINCE_STANDARD, "P1"))
                .costs(costs().indicator(perMeasure("6.1", "1000")).build()).build());
        GoalOutcome g = plan.goals().get(0);
        assertThat(g.total()).isEqualTo(5);
        assertThat(g.counted()).isEqualTo(1);
        assertThat(g.required()).isEqualTo(2);
        // 60 of 100 households against ≥ 62.5%: 63 (whole households), 3 more
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40103");
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofDong(3_000)));
        assertThat(plan.leftOut()).extracting(LeftOut::unit, LeftOut::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("40102", LeftOut.Reason.COSTLIER),
                org.assertj.core.groups.Tuple.tuple("40204", LeftOut.Reason.COSTLIER),
                org.assertj.core.groups.Tuple.tuple("40205", LeftOut.Reason.NOT_PLANNABLE));
        // a requirement counting another standard than the goal's
        PlanRequest wrong = PlanRequest.builder(e, "40").goal(BASIC, Target.requirement(PROVINCE_STANDARD, "P1")).build();
        assertThat(BilingualErrors.thrownBy(() -> Planner.plan(wrong))).isInstanceOf(PlanningException.class);
        PlanRequest unknown = PlanRequest.builder(e, "40").goal(ADVANCED, Target.requirement(PROVINCE_STANDARD, "P9"))
                .build();
        assertThat(BilingualErrors.thrownBy(() -> Planner.plan(unknown))).isInstanceOf(PlanningException.class);
    }

    @Test
    void anExcludedUnitIsListedAndNeverChosen() {
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "3.1", new Value.Count(2))
                .commune("40102", "401", "3.1", new Value.Count(0))
                .commune("40103", "401", "3.1", new Value.Count(1))
                .computed();
        CostModel model = costs().indicator(perMeasure("3.1", "1000000"))
                .exclude(new Exclusion("40101", Exclusion.Kind.EXCLUDED, "đang sáp nhập"))
                .exclude(new Exclusion("40103", Exclusion.Kind.IN_ANOTHER_PLAN, "")).build();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1)).costs(model).build());
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40102");
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofMillions(3)));
        assertThat(plan.leftOut()).extracting(LeftOut::unit, LeftOut::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("40101", LeftOut.Reason.EXCLUDED),
                org.assertj.core.groups.Tuple.tuple("40103", LeftOut.Reason.IN_ANOTHER_PLAN));
        assertThat(plan.leftOut().get(0).details()).extracting(d -> d.vietnamese()).containsExactly("đang sáp nhập");
        assertThat(Planner.candidates(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1)).costs(model).build()))
                .extracting(Candidate::unit).containsExactly("40102");
        // with every other unit excluded, the target cannot be reached
        ImprovementPlan two = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(2)).costs(model).build());
        assertThat(two.status()).isEqualTo(ImprovementPlan.Status.SHORT_OF_UNITS);
        assertThat(two.goals().get(0).shortfall()).isEqualTo(1);
    }

    @Test
    void theCheapestUnitsAreChosenNotTheClosest() {
        // 40101 misses one expensive criterion; 40102 misses three cheap ones (closer is not cheaper)
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "3.1", new Value.Count(2))
                .commune("40102", "401", "2.1", new Value.Quantity(new BigDecimal("59"), PlanWorld.INCOME_UNIT),
                        "1.1", Value.Ratio.of(39, 100), "2.2", new Value.Quantity(new BigDecimal("6"), "%"))
                .computed();
        CostModel model = costs().indicator(perMeasure("3.1", "1000000")).indicator(perMeasure("2.1", "1000"))
                .indicator(perMeasure("1.1", "1000")).indicator(perMeasure("2.2", "1000")).build();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1)).costs(model).build());
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40102");
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofDong(3_000)));
        assertThat(plan.baseline().units()).containsExactly("40101");
        assertThat(plan.baseline().cost()).isEqualTo(Cost.of(Vnd.ofMillions(1)));
        assertThat(plan.saving()).contains(Cost.of(Vnd.ofDong(997_000)));
    }

    @Test
    void aTieInCostGoesToTheUnitOfSmallerCode() {
        PreparedEvaluation e = new Villages()
                .commune("40205", "402", "3.1", new Value.Count(2))
                .commune("40101", "401", "3.1", new Value.Count(2))
                .commune("40103", "401", "3.1", new Value.Count(2))
                .computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(2))
                .costs(costs().indicator(perMeasure("3.1", "1000")).build()).build());
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40101", "40103");
    }

    @Test
    void aBudgetTooSmallIsReportedWithTheCostToComplete() {
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "3.1", new Value.Count(2))
                .commune("40102", "401", "3.1", new Value.Count(1))
                .computed();
        CostModel model = costs().indicator(perMeasure("3.1", "1000")).build();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(2)).costs(model)
                .budget(Vnd.ofDong(2_999)).build());
        assertThat(plan.status()).isEqualTo(ImprovementPlan.Status.SHORT_OF_BUDGET);
        assertThat(plan.isComplete()).isFalse();
        // the most within the budget: one unit, the cheaper
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40101");
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofDong(1_000)));
        assertThat(plan.costToComplete()).contains(Cost.of(Vnd.ofDong(3_000)));
        assertThat(plan.goals().get(0).shortfall()).isEqualTo(1);
        assertThat(plan.leftOut()).extracting(LeftOut::unit, LeftOut::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("40102", LeftOut.Reason.BEYOND_BUDGET));
        ImprovementPlan enough = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(2)).costs(model)
                .budget(Vnd.ofDong(3_000)).build());
        assertThat(enough.isComplete()).isTrue();
        assertThat(enough.costToComplete()).isEmpty();
    }

    @Test
    void twoNestedGoalsPayTheSecondGoalsCostOnce() {
        // 40101 lacks 6.1 only (advanced), 40102 lacks 3.1 (basic) and 6.1; one more of each goal
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "6.1", Value.Ratio.of(60, 100))
                .commune("40102", "401", "3.1", new Value.Count(2), "6.1", Value.Ratio.of(61, 100))
                .computed();
        CostModel model = costs().indicator(perMeasure("6.1", "1000")).indicator(perMeasure("3.1", "500")).build();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(ADVANCED, Target.more(1))
                .goal(BASIC, Target.more(1)).costs(model).build());
        assertThat(plan.goals()).extracting(g -> g.goal().standard()).containsExactly(BASIC, ADVANCED);
        // 40101 is counted for the basic standard already; the basic goal needs 40102 (500), the advanced one 40101 (3,000)
        // or 40102 at both levels (500 + 2,000 = 2,500, cheaper than 500 + 3,000)
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40102");
        assertThat(plan.units().get(0).standards()).containsExactly(BASIC, ADVANCED);
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofDong(2_500)));
        assertThat(plan.isComplete()).isTrue();
    }

    @Test
    void allocationsAreSetBesideEachDistrictsShare() {
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "3.1", new Value.Count(2))
                .commune("40202", "402", "3.1", new Value.Count(1))
                .computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.all())
                .costs(costs().indicator(perMeasure("3.1", "1000")).build())
                .allocation("401", Vnd.ofDong(1_000)).allocation("402", Vnd.ofDong(1_500)).build());
        assertThat(plan.funding()).extracting(DistrictFunding::unit).containsExactly("401", "402");
        DistrictFunding one = plan.funding().get(0);
        DistrictFunding two = plan.funding().get(1);
        assertThat(one.planCost()).isEqualTo(Vnd.ofDong(1_000));
        assertThat(one.isCovered()).isTrue();
        assertThat(one.uncovered()).isEqualTo(Vnd.ZERO);
        assertThat(two.planCost()).isEqualTo(Vnd.ofDong(2_000));
        assertThat(two.isCovered()).isFalse();
        assertThat(two.uncovered()).isEqualTo(Vnd.ofDong(500));
        assertThat(plan.units()).extracting(UnitPlan::district).containsExactly("401", "402");
        assertThat(new DistrictFunding("403", "Huyện Ba", Vnd.ofDong(7), null).uncovered()).isEqualTo(Vnd.ofDong(7));
        assertThat(new DistrictFunding("403", "Huyện Ba", Vnd.ofDong(7), null).isCovered()).isFalse();
        // an allocation (or an exclusion) naming a unit the hierarchy does not have is a typo: an error
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Planner.plan(PlanRequest.builder(e, "40")
                .goal(BASIC, Target.all()).costs(costs().indicator(perMeasure("3.1", "1000")).build())
                .allocation("999", Vnd.ofDong(1)).build())).isInstanceOfSatisfying(PlanningException.class,
                        x -> assertThat(x.field()).hasValue("allocations"));
        // without allocations there is no funding table
        assertThat(Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.all())
                .costs(costs().indicator(perMeasure("3.1", "1000")).build()).build()).funding()).isEmpty();
    }

    @Test
    void aRequestMisusedIsRefused() {
        PreparedEvaluation e = new Villages().commune("40101", "401").computed();
        CostModel model = costs().build();
        assertThatThrownBy(() -> PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .objective(Objective.MOST_WITHIN_BUDGET).costs(model).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
        assertThatThrownBy(() -> PlanRequest.builder(e, "40").goal(BASIC, Target.more(1)).budget(Vnd.ofDong(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost model");
        assertThatThrownBy(() -> PlanRequest.builder(e, "40").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanRequest.builder(e, "40").goal(BASIC, Target.more(1)).goal(BASIC, Target.all())
                .build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanRequest.builder(e, "40").allocation("401", Vnd.ZERO).allocation("401", Vnd.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.more(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.share(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.share(new BigDecimal("100.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> costs().criterion(BASIC, "4", Vnd.ofDong(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> costs().indicator(perMeasure("1.1", "1")).indicator(perMeasure("1.1", "2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> perMeasure("1.1", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1)).build().year()).isEqualTo(2025);
    }

    @Test
    void aShareTargetRoundsUpToWholeUnits() {
        // 62.5% of 3 communes = 1.875 → 2
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "3.1", new Value.Count(2))
                .commune("40102", "401", "3.1", new Value.Count(2))
                .commune("40103", "401", "3.1", new Value.Count(2))
                .computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "401").goal(BASIC, Target.share(new BigDecimal("62.5")))
                .build());
        assertThat(plan.goals().get(0).required()).isEqualTo(2);
        assertThat(plan.units()).hasSize(2);
        List<LeftOut> left = plan.leftOut();
        assertThat(left).extracting(LeftOut::unit).containsExactly("40103");
    }

    @Test
    void aUnitMeetingTheStandardOnItsDataNeedsOnlyItsRecognition() {
        // counted officially: 40101 is recognised; 40102 meets everything but is not; 40103 misses a school
        PreparedEvaluation e = new Villages()
                .commune("40101", "401")
                .commune("40102", "401")
                .commune("40103", "401", "3.1", new Value.Count(2))
                .recognised("40101", BASIC)
                .prepared(io.github.ntmlib.core.criteria.CountingMode.OFFICIAL);
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().indicator(perMeasure("3.1", "1000")).build()).build());
        assertThat(plan.goals().get(0).counted()).isEqualTo(1);
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40102");
        assertThat(plan.units().get(0).needsRecognitionOnly()).isTrue();
        assertThat(plan.cost()).isEqualTo(Cost.zero(true));
        assertThat(plan.text(io.github.ntmlib.base.Language.VIETNAMESE)).contains("cần quyết định công nhận");
    }

    @Test
    void aScopeWithoutUnitsOfTheStandardIsAnErrorAndAnUnknownScopeToo() {
        PreparedEvaluation e = new Villages().commune("40101", "401").computed();
        PlanRequest commune = PlanRequest.builder(e, "40101").goal(BASIC, Target.more(1)).build();
        PlanningException error = (PlanningException) BilingualErrors.thrownBy(() -> Planner.plan(commune));
        assertThat(error.field()).contains("scope");
        PlanRequest unknown = PlanRequest.builder(e, "99").goal(BASIC, Target.more(1)).build();
        assertThatThrownBy(() -> Planner.plan(unknown))
                .isInstanceOf(io.github.ntmlib.core.locality.UnknownUnitException.class);
        PlanRequest standard = PlanRequest.builder(e, "40").goal("no-such-standard", Target.more(1)).build();
        assertThatThrownBy(() -> Planner.plan(standard))
                .isInstanceOf(io.github.ntmlib.core.engine.UnknownStandardException.class);
    }

    @Test
    void theMostWithinABudgetTakesTheCheapestUnitsItCanPay() {
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "3.1", new Value.Count(0))
                .commune("40102", "401", "3.1", new Value.Count(2))
                .commune("40103", "401", "3.1", new Value.Count(1))
                .computed();
        CostModel model = costs().indicator(perMeasure("3.1", "1000")).build();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.all()).costs(model)
                .objective(Objective.MOST_WITHIN_BUDGET).budget(Vnd.ofDong(3_500)).build());
        // 1,000 + 2,000 within 3,500; all three would cost 6,000
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40102", "40103");
        assertThat(plan.status()).isEqualTo(ImprovementPlan.Status.SHORT_OF_BUDGET);
        assertThat(plan.costToComplete()).contains(Cost.of(Vnd.ofDong(6_000)));
        assertThat(plan.goals().get(0).shortfall()).isEqualTo(1);
        assertThat(plan.text(io.github.ntmlib.base.Language.VIETNAMESE)).contains("KHÔNG ĐỦ KINH PHÍ");
    }

    @Test
    void theClosestFirstPlanNeverTakesAUnitCountedForItsGoalAlready() {
        // officially: 40102 is recognised for the advanced standard (not for the basic one, which it
        // does not attain); planning it up to the advanced standard brings that goal nothing
        PreparedEvaluation e = new Villages()
                .commune("40101", "401")
                .commune("40102", "401", "3.1", new Value.Count(2))
                .recognised("40101", BASIC).recognised("40101", ADVANCED).recognised("40102", ADVANCED)
                .prepared(io.github.ntmlib.core.criteria.CountingMode.OFFICIAL);
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.share(new BigDecimal("25")))
                .goal(ADVANCED, Target.more(1)).costs(costs().indicator(perMeasure("3.1", "1000")).build()).build());
        assertThat(plan.status()).isEqualTo(ImprovementPlan.Status.SHORT_OF_UNITS);
        assertThat(plan.units()).isEmpty();
        assertThat(plan.baseline().units()).isEmpty();
        assertThat(plan.baseline().cost()).isEqualTo(Cost.zero(true));
    }

    @Test
    void anAtMostRatioOfWholeHouseholdsIsLoweredToWholeHouseholdsAndACountRoundsUp() {
        // 25 of 169 households without a latrine against ≤ 10%: 16.9 allowed, so 16 (never 16.9); 1 station against ≥ 2.5: 3
        PreparedEvaluation e = new Villages().commune("40101", "401", "8.1", Value.Ratio.of(25, 169), "8.2",
                new Value.Count(1)).computed();
        ImprovementPlan plan = Planner.plan(PlanRequest.builder(e, "40").goal(BASIC, Target.more(1))
                .costs(costs().indicator(perMeasure("8.1", "1000")).indicator(perMeasure("8.2", "1000000")).build())
                .build());
        List<Improvement> list = plan.units().get(0).improvements();
        Improvement ratio = list.stream().filter(i -> "8.1".equals(i.indicator())).findFirst().orElseThrow();
        assertThat(ratio.kind()).isEqualTo(Improvement.Kind.LOWER);
        assertThat(ratio.planned()).isEqualTo(Value.Ratio.of(16, 169));
        assertThat(ratio.change()).isEqualByComparingTo("9");
        assertThat(ratio.cost()).isEqualTo(Cost.of(Vnd.ofDong(9_000)));
        Improvement count = list.stream().filter(i -> "8.2".equals(i.indicator())).findFirst().orElseThrow();
        assertThat(count.planned()).isEqualTo(new Value.Count(3));
        assertThat(count.cost()).isEqualTo(Cost.of(Vnd.ofMillions(2)));
        assertThat(plan.cost()).isEqualTo(Cost.of(Vnd.ofDong(2_009_000)));
    }
}
