package io.github.ntmlib.finance.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: which lines a deadline override and a selection cover, the late-addition rule across
 * the calendar year, the law table's own checks and the order of the ledger's lists.
 */
class DeadlineAndSelectionRulesTest {

    private static final DeadlineRules RULES = DeadlineRules.bundled();

    private static CapitalLine line(String unit, CapitalSource source, CapitalType type, int planYear, int vintage) {
        return new CapitalLine(unit, planYear, "NTM", source, type, vintage);
    }

    private static final CapitalLine CENTRAL_INVEST = line("42", CapitalSource.CENTRAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT, 2025, 2022);
    private static final CapitalLine CENTRAL_RECURRENT = line("42", CapitalSource.CENTRAL_BUDGET,
            CapitalType.RECURRENT, 2025, 2022);
    private static final CapitalLine PROVINCE_INVEST = line("42", CapitalSource.PROVINCIAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT, 2025, 2022);
    private static final CapitalLine OTHER_VINTAGE = line("42", CapitalSource.CENTRAL_BUDGET,
            CapitalType.DEVELOPMENT_INVESTMENT, 2025, 2023);

    @Test
    void anOverrideCoversOnlyItsVintagesSourcesAndTypes() {
        DeadlineOverride narrow = new DeadlineOverride("111/2024/QH15", Set.of(2022),
                Set.of(CapitalSource.CENTRAL_BUDGET), Set.of(CapitalType.DEVELOPMENT_INVESTMENT),
                LocalDate.of(2025, 12, 31));
        assertThat(narrow.covers(CENTRAL_INVEST)).isTrue();
        assertThat(narrow.covers(CENTRAL_RECURRENT)).as("another type").isFalse();
        assertThat(narrow.covers(PROVINCE_INVEST)).as("another source").isFalse();
        assertThat(narrow.covers(OTHER_VINTAGE)).as("another vintage").isFalse();
        DeadlineOverride wide = new DeadlineOverride("111/2024/QH15", Set.of(2022), Set.of(), Set.of(),
                LocalDate.of(2025, 12, 31));
        assertThat(wide.covers(CENTRAL_RECURRENT)).isTrue();
        assertThat(wide.covers(PROVINCE_INVEST)).isTrue();
        assertThat(wide.covers(OTHER_VINTAGE)).isFalse();
    }

    @Test
    void aLineNoOverrideCoversKeepsTheLawsRule() {
        CapitalLine annual = line("42", CapitalSource.CENTRAL_BUDGET, CapitalType.RECURRENT, 2024, 2024);
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2024, 2, 1), "A", annual,
                Vnd.ofMillions(1))));
        DeadlineOverride elsewhere = new DeadlineOverride("R", Set.of(2024), Set.of(CapitalSource.PROVINCIAL_BUDGET),
                Set.of(), LocalDate.of(2026, 6, 30));
        Deadline d = RULES.withOverrides(List.of(elsewhere)).deadlineOf(plan, annual);
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(d.basis()).doesNotContain("National Assembly");
        // Of two overrides covering the line, the later deadline holds.
        DeadlineOverride early = new DeadlineOverride("R1", Set.of(2024), Set.of(), Set.of(),
                LocalDate.of(2025, 6, 30));
        DeadlineOverride late = new DeadlineOverride("R2", Set.of(2024), Set.of(), Set.of(),
                LocalDate.of(2025, 9, 30));
        assertThat(RULES.withOverrides(List.of(late, early)).deadlineOf(plan, annual).basis()).contains("R2");
        assertThatThrownBy(() -> RULES.withOverrides(Arrays.asList(early, null)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("override");
    }

    @Test
    void aLineTheDeadlineIsAskedForMustBeInThePlan() {
        CapitalLine annual = line("42", CapitalSource.CENTRAL_BUDGET, CapitalType.RECURRENT, 2024, 2024);
        CapitalLine other = line("44", CapitalSource.CENTRAL_BUDGET, CapitalType.RECURRENT, 2024, 2024);
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2024, 2, 1), "A", annual,
                Vnd.ofMillions(1))));
        assertThatThrownBy(() -> RULES.deadlineOf(plan, other)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("no such capital line");
    }

    @Test
    void anOverrideNeedsAResolutionYearsAndADeadlineAfterEachYear() {
        assertThatThrownBy(() -> new DeadlineOverride(" ", Set.of(2022), Set.of(), Set.of(),
                LocalDate.of(2025, 12, 31))).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("resolution number");
        assertThatThrownBy(() -> new DeadlineOverride(null, Set.of(2022), Set.of(), Set.of(),
                LocalDate.of(2025, 12, 31))).isInstanceOf(FinanceDataException.class);
        assertThatThrownBy(() -> new DeadlineOverride("R", Set.of(), Set.of(), Set.of(),
                LocalDate.of(2025, 12, 31))).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("names the capital years");
        assertThat(new DeadlineOverride("R", Set.of(2024), Set.of(), Set.of(), LocalDate.of(2025, 1, 1)).deadline())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void capitalAddedAfter30SeptemberRunsTo31DecemberOfNextYearEvenWhenAddedInThatNextYear() {
        // Plan-year 2025 capital first allocated on 15 January 2026 is added after 30 Sep 2025: under
        // the 2024 law it runs to 31 Dec 2026, never to 31 Jan 2026 (nearly before it exists).
        CapitalLine line = line("42", CapitalSource.CENTRAL_BUDGET, CapitalType.DEVELOPMENT_INVESTMENT, 2025, 2025);
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2026, 1, 15), "A", line,
                Vnd.ofMillions(1))));
        assertThat(RULES.deadlineOf(plan, line).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        // Allocated on 30 Sep itself, it keeps the annual deadline; planned in December of N-1 too.
        CapitalPlan onTheDay = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2025, 9, 30), "A", line,
                Vnd.ofMillions(1))));
        assertThat(RULES.deadlineOf(onTheDay, line).date()).isEqualTo(LocalDate.of(2026, 1, 31));
        CapitalPlan early = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2024, 12, 20), "A", line,
                Vnd.ofMillions(1))));
        assertThat(RULES.deadlineOf(early, line).date()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void theLawTableRefusesReversedYearsReversedDeadlinesAndOverlaps() {
        assertThatThrownBy(() -> table("{\"law\":\"x\",\"firstPlanYear\":2020,\"lastPlanYear\":2019,"
                + "\"deadline\":\"01-31\",\"extendedDeadline\":\"12-31\"}"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("lastPlanYear is before firstPlanYear");
        assertThat(table("{\"law\":\"x\",\"firstPlanYear\":2020,\"lastPlanYear\":2020,"
                + "\"deadline\":\"01-31\",\"extendedDeadline\":\"01-31\"}")).isNotNull();
        assertThatThrownBy(() -> table("{\"law\":\"x\",\"firstPlanYear\":2020,"
                + "\"deadline\":\"12-31\",\"extendedDeadline\":\"01-31\"}"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("extendedDeadline is before deadline");
        String second = "{\"law\":\"y\",\"firstPlanYear\":2024,\"deadline\":\"01-31\",\"extendedDeadline\":\"12-31\"}";
        String first = "{\"law\":\"x\",\"firstPlanYear\":2020,\"lastPlanYear\":2024,"
                + "\"deadline\":\"01-31\",\"extendedDeadline\":\"12-31\"}";
        assertThatThrownBy(() -> table(second + "," + first)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("overlap at plan year 2024");
        String adjacent = "{\"law\":\"y\",\"firstPlanYear\":2025,\"deadline\":\"01-31\",\"extendedDeadline\":\"12-31\"}";
        DeadlineRules rules = table(adjacent + "," + first);
        CapitalLine l2024 = line("42", CapitalSource.CENTRAL_BUDGET, CapitalType.RECURRENT, 2024, 2024);
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2024, 2, 1), "A", l2024,
                Vnd.ofMillions(1))));
        assertThat(rules.deadlineOf(plan, l2024).basis()).startsWith("x:");
    }

    private static DeadlineRules table(String laws) {
        return DeadlineRules.fromJson(new ByteArrayInputStream(("{\"laws\":[" + laws + "]}")
                .getBytes(StandardCharsets.UTF_8)), "laws.json");
    }

    @Test
    void aSelectionRestrictsByEveryDimensionItNames() {
        assertThat(Selection.all().includes(CENTRAL_INVEST)).isTrue();
        assertThat(Selection.all().units("42").includes(CENTRAL_INVEST)).isTrue();
        assertThat(Selection.all().units("44").includes(CENTRAL_INVEST)).isFalse();
        assertThat(Selection.all().sources(CapitalSource.CENTRAL_BUDGET).includes(CENTRAL_INVEST)).isTrue();
        assertThat(Selection.all().sources(CapitalSource.CENTRAL_BUDGET).includes(PROVINCE_INVEST)).isFalse();
        assertThat(Selection.all().types(CapitalType.RECURRENT).includes(CENTRAL_RECURRENT)).isTrue();
        assertThat(Selection.all().types(CapitalType.RECURRENT).includes(CENTRAL_INVEST)).isFalse();
        assertThat(Selection.all().components("NTM").includes(CENTRAL_INVEST)).isTrue();
        assertThat(Selection.all().components("OCOP").includes(CENTRAL_INVEST)).isFalse();
        assertThat(Selection.all().vintages(2022).includes(CENTRAL_INVEST)).isTrue();
        assertThat(Selection.all().vintages(2022).includes(OTHER_VINTAGE)).isFalse();
    }

    @Test
    void aDisbursementNeedsADateALinePositiveAmountAndAReference() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        assertThat(Disbursement.of(day, CENTRAL_INVEST, Vnd.ofDong(1), "KB").amount()).isEqualTo(Vnd.ofDong(1));
        assertThatThrownBy(() -> Disbursement.of(null, CENTRAL_INVEST, Vnd.ofDong(1), "KB"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("'date'");
        assertThatThrownBy(() -> Disbursement.of(day, null, Vnd.ofDong(1), "KB"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("'line'");
        assertThatThrownBy(() -> Disbursement.of(day, CENTRAL_INVEST, null, "KB"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("'amount'");
        assertThatThrownBy(() -> Disbursement.of(day, CENTRAL_INVEST, Vnd.ZERO, "KB"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Disbursement.of(day, CENTRAL_INVEST, Vnd.ofDong(1), " "))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> Disbursement.of(day, CENTRAL_INVEST, Vnd.ofDong(1), null))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("reference");
        assertThat(new Disbursement(day, CENTRAL_INVEST, Vnd.ofDong(1), "KB", null).position()).isNotNull();
    }

    @Test
    void aRateHasNoValueOnAZeroPlanAndRefusesNegativeFigures() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        assertThat(new DisbursementRate(2025, RateBase.values()[0], day, Vnd.ZERO, Vnd.ZERO).rate()).isEmpty();
        assertThat(new DisbursementRate(2025, RateBase.values()[0], day, Vnd.ofDong(1), Vnd.ofDong(2)).rate()).isPresent();
        assertThatThrownBy(() -> new DisbursementRate(2025, RateBase.values()[0], day, Vnd.ofDong(-1), Vnd.ofDong(2)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new DisbursementRate(2025, RateBase.values()[0], day, Vnd.ofDong(1), Vnd.ofDong(-2)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void positionsAndOverDisbursementWarningsAreListedInLineOrder() {
        // Six lines given in reverse order: a plan's set of lines has no order of its own.
        LocalDate day = LocalDate.of(2024, 3, 1);
        List<String> units = List.of("52", "50", "48", "46", "44", "42");
        List<PlanEvent> events = new java.util.ArrayList<>();
        List<Disbursement> entries = new java.util.ArrayList<>();
        for (String unit : units) {
            CapitalLine l = line(unit, CapitalSource.CENTRAL_BUDGET, CapitalType.RECURRENT, 2024, 2024);
            events.add(PlanEvent.allocation(day, "A", l, Vnd.ofMillions(1)));
            entries.add(Disbursement.of(day.plusDays(1), l, Vnd.ofMillions(2), "KB-" + unit));
        }
        DisbursementLedger ledger = DisbursementLedger.of(CapitalPlan.of(events), RULES, entries);
        assertThat(ledger.entries()).hasSize(6);
        List<String> sorted = units.stream().sorted().toList();
        assertThat(ledger.positions(2024, day.plusDays(2))).extracting(p -> p.line().unitCode())
                .containsExactlyElementsOf(sorted);
        assertThat(ledger.overDisbursed(day.plusDays(2))).extracting(w -> w.subject().substring(0, 2))
                .containsExactlyElementsOf(sorted);
    }
}
