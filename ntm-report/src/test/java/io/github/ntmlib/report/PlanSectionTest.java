package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.CostModel;
import io.github.ntmlib.plan.ImprovementPlan;
import io.github.ntmlib.plan.PlanRequest;
import io.github.ntmlib.plan.Planner;
import io.github.ntmlib.plan.Target;
import io.github.ntmlib.report.html.HtmlReport;
import io.github.ntmlib.report.xlsx.XlsxReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan section: a plan for Hà Tĩnh's xã nâng cao, its tables agreeing with the plan, in both languages. */
class PlanSectionTest {

    private static final String ADVANCED = "commune-advanced";
    private static PreparedEvaluation prepared;
    private static ImprovementPlan plan;

    @BeforeAll
    static void plan() throws IOException {
        Snapshot snapshot = Worlds.REGISTRY.classify(GsoLists.haTinh().asOf(Worlds.AS_OF));
        Path statuses = Path.of("../docs/examples/statuses-ha-tinh-2024.csv");
        StatusRegister register;
        try (Reader r = Files.newBufferedReader(statuses, StandardCharsets.UTF_8)) {
            register = StatusRegister.of(DataCsv.readStatuses(r, statuses.toString()));
        }
        Set<String> advanced = register.events().stream().filter(e -> e.standard().equals(ADVANCED))
                .map(e -> e.unit()).collect(Collectors.toSet());
        List<Criterion> criteria = Worlds.SET.standard(ADVANCED).orElseThrow().criteria().stream()
                .filter(c -> !(c instanceof AggregateCriterion)).toList();
        Dataset.Builder data = Dataset.builder();
        DataSource source = DataSource.of("test", "synthetic");
        int i = 0;
        List<Criterion> basic = Worlds.SET.standard("commune-ntm").orElseThrow().criteria().stream()
                .filter(c -> !(c instanceof AggregateCriterion)).toList();
        for (AdminUnit commune : snapshot.units(UnitKind.COMMUNE)) {
            for (Criterion c : basic) {
                data.add(RecordedOutcome.of(commune.code(), "commune-ntm", c.code(), Assessment.MET, Worlds.AS_OF, source));
            }
            if (advanced.contains(commune.code())) {
                continue;
            }
            int failing = 1 + (i++ % 3);
            for (int c = 0; c < criteria.size(); c++) {
                data.add(RecordedOutcome.of(commune.code(), ADVANCED, criteria.get(c).code(),
                        c < failing ? Assessment.NOT_MET : Assessment.MET, Worlds.AS_OF, source));
            }
        }
        prepared = Evaluator.of(Worlds.SET).prepare(EvaluationRequest.of(Worlds.AS_OF, 2024, CountingMode.OFFICIAL),
                snapshot, data.build(), register);
        CostModel.Builder costs = CostModel.builder().description("chi phí thử nghiệm", true);
        for (int c = 0; c < criteria.size(); c++) {
            costs.criterion(ADVANCED, criteria.get(c).code(), Vnd.ofMillions(300L * (c + 1)));
        }
        PlanRequest.Builder request = PlanRequest.builder(prepared, "42").goal(ADVANCED, Target.more(10))
                .costs(costs.build());
        for (AdminUnit district : snapshot.children("42")) {
            request.allocation(district.code(), Vnd.ofMillions(500));
        }
        plan = Planner.plan(request.build());
        assertThat(plan.isComplete()).as(plan.text(Language.ENGLISH)).isTrue();
    }

    private static Report report(Language language) {
        return Report.of(ReportRequest.builder(prepared.evaluate(), Worlds.HEADER).language(language).build(),
                List.of(PlanSection.of(plan)));
    }

    private static Table table(Report report, String id) {
        return report.section("plan").orElseThrow().tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void theUnitsTableListsEveryChosenUnitAndTotalsTheirCostInMillions() {
        Report report = report(Language.VIETNAMESE);
        assertThat(report.section("plan").orElseThrow().title()).endsWith(". Kế hoạch phấn đấu năm 2025");
        Table units = table(report, "plan-units");
        assertThat(units.rows()).hasSize(plan.units().size() + 1);
        Table.Row total = units.rows().get(units.rows().size() - 1);
        assertThat(total.total()).isTrue();
        assertThat(total.cells().get(4).numberOrNull()).isEqualByComparingTo(BigDecimal.valueOf(
                plan.cost().money().orElseThrow().dong()).movePointLeft(6));
        BigDecimal sum = units.rows().stream().filter(r -> !r.total()).map(r -> r.cells().get(4).numberOrNull())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(total.cells().get(4).numberOrNull());
        assertThat(units.rows().get(0).cells().get(3).text()).startsWith("tiêu chí ").contains("căn cứ: ");
    }

    @Test
    void theGoalsAndAllocationsTablesAgreeWithThePlan() {
        Report report = report(Language.ENGLISH);
        Table goals = table(report, "plan-goals");
        assertThat(goals.rows()).hasSize(1);
        assertThat(goals.rows().get(0).cells().get(5).numberOrNull()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(goals.rows().get(0).cells().get(6).text()).isEqualTo("Reached");
        Table funding = table(report, "plan-funding");
        assertThat(funding.rows()).hasSize(plan.funding().size());
        long uncovered = plan.funding().stream().filter(f -> !f.isCovered()).count();
        assertThat(funding.rows().stream().filter(r -> r.cells().get(3).tone() == Cell.Tone.NOT_MET).count())
                .isEqualTo(uncovered).as("every district over 500 million is flagged").isPositive();
    }

    @Test
    void theSectionRendersToHtmlAndXlsx() throws IOException {
        Report report = report(Language.VIETNAMESE);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        HtmlReport.create().render(report, html);
        assertThat(html.toString(StandardCharsets.UTF_8)).contains("Kế hoạch phấn đấu năm 2025")
                .contains(plan.units().get(0).name());
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxReport.create().render(report, xlsx);
        assertThat(xlsx.size()).isGreaterThan(1000);
    }
}
