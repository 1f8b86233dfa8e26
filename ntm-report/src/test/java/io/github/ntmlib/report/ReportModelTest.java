package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's content, computed from the core's results: Hà Tĩnh's seed on 31/12/2024. */
class ReportModelTest {

    private static final Evaluation HA_TINH = Worlds.haTinh();

    private static Table table(Report report, String section, String id) {
        return report.section(section).orElseThrow().tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void theTalliesTableCarriesTheTalliesOfTheProvinceAndTheirSentences() {
        Report report = Worlds.report(HA_TINH, Language.VIETNAMESE);
        Tallies tallies = Tallies.of(HA_TINH);
        Standard advanced = HA_TINH.standard("commune-advanced");
        Tally t = tallies.tally("42", advanced.id(), Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
        Table table = table(report, "overall", "tallies");
        Table.Row row = table.rows().stream().filter(r -> r.cells().get(0).text().equals(advanced.labels().in(Language.VIETNAMESE)))
                .findFirst().orElseThrow();
        assertThat(row.cells().get(2).numberOrNull()).isEqualByComparingTo(BigDecimal.valueOf(t.total()));
        assertThat(row.cells().get(3).numberOrNull()).isEqualByComparingTo(BigDecimal.valueOf(t.recognised()));
        assertThat(row.cells().get(6).text()).isEqualTo(t.total() == 0 ? "–"
                : io.github.ntmlib.base.Figures.formatNumber(io.github.ntmlib.base.Figures.percent(t.recognised(), t.total(), 1),
                        1, Language.VIETNAMESE));
        assertThat(report.section("overall").orElseThrow().blocks()).contains(new Paragraph(
                t.format(CountingMode.OFFICIAL, advanced.labels().in(Language.VIETNAMESE), 1, Language.VIETNAMESE.locale())));
        assertThat(t.recognised()).as("the seed recognises some xã").isPositive();
    }

    @Test
    void theDistrictTableEndsWithTheProvinceTotalRowThatIsTheSumOfTheDistrictRows() {
        Report report = Worlds.report(HA_TINH, Language.VIETNAMESE);
        Table districts = table(report, "districts", "districts");
        List<Table.Row> rows = districts.rows();
        Table.Row total = rows.get(rows.size() - 1);
        assertThat(total.total()).isTrue();
        assertThat(total.cells().get(0).text()).isEqualTo("Toàn tỉnh");
        assertThat(rows.subList(0, rows.size() - 1)).noneMatch(Table.Row::total);
        assertThat(rows.size() - 1).as("one row per district of Hà Tĩnh").isEqualTo(HA_TINH.children("42").size());
        for (int c = 1; c < districts.header().size(); c++) {
            if (districts.header().get(c).endsWith("(%)")) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Table.Row r : rows.subList(0, rows.size() - 1)) {
                sum = sum.add(r.cells().get(c).numberOrNull());
            }
            assertThat(total.cells().get(c).numberOrNull()).as(districts.header().get(c)).isEqualByComparingTo(sum);
        }
        assertThat(report.section("districts").orElseThrow().blocks()).anyMatch(b -> b instanceof BarChart c
                && c.groups().size() == rows.size() - 1 && c.description().contains(rows.get(0).cells().get(0).text()));
    }

    @Test
    void theReportOfADistrictTotalsTheDistrict() {
        String district = HA_TINH.children("42").get(2).unit();
        Report report = Report.of(ReportRequest.builder(HA_TINH, Worlds.HEADER).district(district).build());
        assertThat(report.subtitle()).startsWith(HA_TINH.unit(district).name());
        assertThat(report.section("districts")).as("no districts below a district").isEmpty();
        assertThat(table(report, "overall", "tallies").rows().get(0).cells().get(2).numberOrNull())
                .isEqualByComparingTo(BigDecimal.valueOf(HA_TINH.descendants(district).stream()
                        .filter(u -> u.kind() == UnitKind.COMMUNE).count()));
    }

    @Test
    void theMatrixHasEveryUnitOfAStandardOnceWithEachCriterionsVerdict() {
        Report report = Worlds.report(HA_TINH, Language.VIETNAMESE);
        Standard ntm = HA_TINH.standard("commune-ntm");
        Table matrix = table(report, "appendix", "matrix-commune-ntm");
        List<String> codes = matrix.rows().stream().map(r -> r.cells().get(0).text()).toList();
        List<String> holders = HA_TINH.units().stream().filter(u -> u.standard(ntm.id()).isPresent())
                .map(UnitResult::unit).toList();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(holders).doesNotHaveDuplicates();
        UnitResult first = HA_TINH.unit(codes.get(0));
        var result = first.standard(ntm.id()).orElseThrow();
        Table.Row row = matrix.rows().get(0);
        assertThat(row.cells().get(2).text()).isEqualTo(result.verdict().labels().in(Language.VIETNAMESE));
        for (var c : result.criteria()) {
            Cell cell = row.cells().get(matrix.header().indexOf(c.code()));
            assertThat(cell.text()).startsWith(c.verdict().labels().in(Language.VIETNAMESE));
            assertThat(cell.tone()).isEqualTo(Cell.Tone.of(c.verdict()));
        }
    }

    @Test
    void aPlanLineDifferentFromTheTallyIsExplained() {
        Plan plan = new Plan("42", "commune-ntm", Set.of(UnitKind.COMMUNE), 2024, 20);
        Report report = Report.of(ReportRequest.builder(HA_TINH, Worlds.HEADER).plan(plan).build());
        Progress progress = Progress.of(plan, HA_TINH);
        Tally t = Tallies.of(HA_TINH).tally("42", "commune-ntm", Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
        Section plans = report.section("plans").orElseThrow();
        assertThat(plans.blocks()).contains(new Paragraph("Kế hoạch " + HA_TINH.standard("commune-ntm").labels()
                .in(Language.VIETNAMESE) + ": " + progress.format(0, Language.VIETNAMESE.locale())));
        boolean differ = progress.achieved().size() != t.recognised();
        assertThat(plans.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().contains("kể cả các năm trước")))
                .isEqualTo(differ);
        assertThat(differ).as("the seed has recognitions before 2024").isTrue();
        assertThat(Worlds.report(HA_TINH, Language.VIETNAMESE).section("plans")).as("no plan, no section").isEmpty();
    }

    @Test
    void theClosestUnitsListTheirMissingCriteria() {
        Report report = Worlds.report(HA_TINH, Language.ENGLISH);
        Table closest = table(report, "closest", "closest");
        assertThat(closest.rows()).isNotEmpty().allMatch(r -> !r.cells().get(5).text().isEmpty()
                || r.cells().get(3).numberOrNull().signum() + r.cells().get(4).numberOrNull().signum() == 0);
        assertThat(closest.rows().stream().map(r -> r.cells().get(0).text()).distinct())
                .allMatch(s -> closest.rows().stream().filter(r -> r.cells().get(0).text().equals(s)).count()
                        <= StandardSections.CLOSEST);
    }

    @Test
    void theFinanceSectionAppearsWithAnAllocationAndTotalsIt() {
        List<UnitResult> districts = HA_TINH.children("42");
        Allocation allocation = Allocation.of(Vnd.ofMillions(1000), List.of(
                Claimant.withPoints(districts.get(0).unit(), "hệ số", BigDecimal.ONE),
                Claimant.withPoints(districts.get(1).unit(), "hệ số", BigDecimal.valueOf(3))),
                ApportionmentMethod.LARGEST_REMAINDER);
        Report report = Report.of(ReportRequest.builder(HA_TINH, Worlds.HEADER).finance(allocation).build());
        Table finance = table(report, "finance", "finance");
        assertThat(finance.rows()).hasSize(3);
        assertThat(finance.rows().get(0).cells().get(0).text()).isEqualTo(districts.get(0).name());
        assertThat(finance.rows().get(2).cells().get(3).numberOrNull()).isEqualByComparingTo("1000");
        assertThat(Worlds.report(HA_TINH, Language.VIETNAMESE).section("finance")).isEmpty();
        assertThat(Worlds.report(HA_TINH, Language.VIETNAMESE).section("ocop")).isEmpty();
    }

    @Test
    void theOcopSectionCountsTheValidCertificatesByStars() throws java.io.IOException {
        java.nio.file.Path csv = java.nio.file.Path.of("../docs/examples/ocop-certificates.csv");
        io.github.ntmlib.ocop.portfolio.Portfolio portfolio;
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(csv)) {
            portfolio = io.github.ntmlib.ocop.portfolio.Portfolio.of(
                    io.github.ntmlib.ocop.io.CertificateCsv.read(r, csv.toString()));
        }
        var asOf = portfolio.asOf(HA_TINH.request().asOf());
        Report report = Report.of(ReportRequest.builder(HA_TINH, Worlds.HEADER).ocop(portfolio).build());
        Table ocop = table(report, "ocop", "ocop");
        Table.Row total = ocop.rows().get(ocop.rows().size() - 1);
        assertThat(total.total()).isTrue();
        assertThat(total.cells().get(1).numberOrNull()).isEqualByComparingTo(BigDecimal.valueOf(asOf.valid()));
        BigDecimal sum = BigDecimal.ZERO;
        for (Table.Row r : ocop.rows().subList(0, ocop.rows().size() - 1)) {
            sum = sum.add(r.cells().get(1).numberOrNull());
            assertThat(r.cells().get(0).text()).isIn(java.util.Arrays.stream(io.github.ntmlib.ocop.Stars.values())
                    .map(s -> s.labels().in(Language.VIETNAMESE)).toList());
        }
        assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(asOf.valid()));
        assertThat(asOf.valid()).as("the example has valid certificates on 31/12/2024").isPositive();
    }

    @Test
    void anExtraSectionIsPlacedBeforeTheAppendix() {
        SectionSource comparison = f -> Optional.of(new Section("comparison", "So sánh",
                List.of(new Paragraph(f.scope().name()))));
        Report report = Report.of(ReportRequest.builder(HA_TINH, Worlds.HEADER).build(), List.of(comparison));
        List<String> ids = report.sections().stream().map(Section::id).toList();
        assertThat(ids.get(ids.size() - 2)).isEqualTo("comparison");
        assertThat(report.sections().get(ids.size() - 2).title()).isEqualTo("V. So sánh");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("appendix");
    }

    @Test
    void aRequestNamesAProvinceADistrictUnderItAndPlansOfTheEvaluationsYear() {
        assertThatThrownBy(() -> ReportRequest.builder(HA_TINH, Worlds.HEADER).province("43").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("43");
        String commune = HA_TINH.units(UnitKind.COMMUNE).get(0).unit();
        assertThatThrownBy(() -> ReportRequest.builder(HA_TINH, Worlds.HEADER).district(commune).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(commune);
        assertThatThrownBy(() -> ReportRequest.builder(HA_TINH, Worlds.HEADER)
                .plan(new Plan("42", "commune-ntm", Set.of(UnitKind.COMMUNE), 2025, 3)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025");
        assertThat(ReportRequest.builder(HA_TINH, Worlds.HEADER).build().scope()).isEqualTo("42");
    }

    @Test
    void theHeaderPrintsTheOfficialDateLine() {
        assertThat(Worlds.HEADER.placeAndDate(Language.VIETNAMESE)).isEqualTo("Hà Tĩnh, ngày 05 tháng 12 năm 2026");
        assertThat(Worlds.HEADER.placeAndDate(Language.ENGLISH)).isEqualTo("Hà Tĩnh, 5 December 2026");
        assertThat(Worlds.HEADER.numberLine(Language.VIETNAMESE)).isEqualTo("Số: 123/BC-UBND");
        assertThat(OfficialHeader.nation(Language.VIETNAMESE)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(OfficialHeader.motto(Language.VIETNAMESE)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThatThrownBy(() -> new OfficialHeader(" ", "1", "a", Worlds.AS_OF, "t", "s", "n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuer");
    }
}
