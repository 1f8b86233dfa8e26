package io.github.ntmlib.finance.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final DeadlineRules RULES = DeadlineRules.bundled();

    private static CapitalLine line(int year, int vintage) {
        return new CapitalLine("42", year, "NTM", CapitalSource.CENTRAL_BUDGET, CapitalType.DEVELOPMENT_INVESTMENT,
                vintage);
    }

    private static Deadline deadline(CapitalLine line, LocalDate allocated, boolean extended) {
        List<PlanEvent> events = new ArrayList<>();
        events.add(PlanEvent.allocation(allocated, "A", line, Vnd.ofMillions(1)));
        if (extended) {
            events.add(PlanEvent.extension(allocated.plusDays(1), "K", line));
        }
        return RULES.deadlineOf(CapitalPlan.of(events), line);
    }

    @Test
    void annualCapitalRunsTo31JanuaryOfTheNextYear() {
        assertThat(deadline(line(2023, 2023), LocalDate.of(2023, 2, 1), false).date())
                .isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(deadline(line(2025, 2025), LocalDate.of(2025, 9, 30), false).date())
                .isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void capitalAddedAfter30SeptemberRunsTo31DecemberOnlyUnderThe2024Law() {
        Deadline law2024 = deadline(line(2025, 2025), LocalDate.of(2025, 10, 1), false);
        assertThat(law2024.date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(law2024.basis()).contains("58/2024/QH15");
        assertThat(deadline(line(2023, 2023), LocalDate.of(2023, 10, 1), false).date())
                .isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void everyBasisIsGivenInBothLanguages() {
        io.github.ntmlib.base.Language vi = io.github.ntmlib.base.Language.VIETNAMESE;
        io.github.ntmlib.base.Language en = io.github.ntmlib.base.Language.ENGLISH;
        Deadline annual = deadline(line(2023, 2023), LocalDate.of(2023, 2, 1), false);
        assertThat(annual.basis(vi)).endsWith(": vốn năm N, hạn giải ngân năm N+1").contains("39/2019/QH14");
        assertThat(annual.basis(en)).isEqualTo(annual.basis()).endsWith(": annual capital, deadline in N+1");
        Deadline late = deadline(line(2025, 2025), LocalDate.of(2025, 10, 1), false);
        assertThat(late.basis(vi)).endsWith(": vốn bổ sung sau ngày 30/09 năm N được thực hiện đến năm N+1");
        assertThat(late.basis(en)).contains("capital added after");
        Deadline extended = deadline(line(2023, 2023), LocalDate.of(2023, 3, 1), true);
        assertThat(extended.basis(vi)).contains(": kéo dài theo quyết định K");
        CapitalLine old = line(2025, 2024);
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2025, 1, 2), "A", old,
                Vnd.ofMillions(5))));
        assertThat(RULES.deadlineOf(plan, old).basis(vi)).endsWith(": vốn kéo dài, đến 31/12 năm N+1");
        DeadlineOverride resolution = new DeadlineOverride("108/2023/QH15", Set.of(2024), Set.of(), Set.of(),
                LocalDate.of(2025, 12, 31));
        Deadline byResolution = RULES.withOverrides(List.of(resolution)).deadlineOf(plan, old);
        assertThat(byResolution.basis(vi)).isEqualTo("Nghị quyết của Quốc hội 108/2023/QH15");
        assertThat(byResolution.basis(en)).isEqualTo("National Assembly resolution 108/2023/QH15");
        // a deadline known in one form only says it in both
        assertThat(new Deadline(LocalDate.of(2025, 1, 31), "x").basis(vi)).isEqualTo("x");
    }

    @Test
    void anExtensionDecisionOrAResolutionMovesTheDeadline() {
        Deadline extended = deadline(line(2023, 2023), LocalDate.of(2023, 3, 1), true);
        assertThat(extended.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(extended.basis()).contains("K");
        CapitalLine old = line(2025, 2022);
        CapitalPlan plan = CapitalPlan.of(List.of(PlanEvent.allocation(LocalDate.of(2025, 1, 2), "A", old,
                Vnd.ofMillions(5))));
        assertThatThrownBy(() -> RULES.deadlineOf(plan, old)).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("National Assembly resolution");
        DeadlineOverride resolution = new DeadlineOverride("caller data", Set.of(2022), Set.of(), Set.of(),
                LocalDate.of(2025, 12, 31));
        assertThat(RULES.withOverrides(List.of(resolution)).deadlineOf(plan, old).date())
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void badTablesAndYearsWithoutALawAreTypedErrors() {
        assertThatThrownBy(() -> deadline(line(2019, 2019), LocalDate.of(2019, 1, 2), false))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("no law version");
        String json = "{\"laws\":[{\"law\":\"x\",\"firstPlanYear\":2020,\"deadline\":\"13-31\","
                + "\"extendedDeadline\":\"12-31\"}]}";
        assertThatThrownBy(() -> DeadlineRules.fromJson(new ByteArrayInputStream(json.getBytes(
                StandardCharsets.UTF_8)), "laws.json")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("laws.json").hasMessageContaining("$.laws[0].deadline");
        assertThatThrownBy(() -> DeadlineRules.fromJson(new ByteArrayInputStream("{\"laws\": [".getBytes(
                StandardCharsets.UTF_8)), "broken.json")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("broken.json");
        assertThatThrownBy(() -> new DeadlineOverride("R", Set.of(2024), Set.of(), Set.of(),
                LocalDate.of(2024, 12, 31))).isInstanceOf(FinanceDataException.class);
    }

    @Test
    void deadlinesNeverPrecedeTheCapitalsYear() {
        qt().forAll(integers().between(2021, 2035), integers().between(0, 1), integers().between(1, 365),
                booleans().all()).checkAssert((year, back, dayOfYear, extended) -> {
                    int vintage = year - back;
                    CapitalLine line = line(year, vintage);
                    LocalDate allocated = LocalDate.ofYearDay(year, dayOfYear);
                    Deadline d = deadline(line, allocated, extended && back == 0);
                    assertThat(d.date().getYear()).isGreaterThan(vintage);
                    assertThat(d.date()).isAfterOrEqualTo(LocalDate.of(year, 1, 1));
                    assertThat(d.date()).isAfterOrEqualTo(allocated);
                });
    }
}
