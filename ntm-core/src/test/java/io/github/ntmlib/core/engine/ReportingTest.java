package io.github.ntmlib.core.engine;

import static io.github.ntmlib.core.engine.SmallSet.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tallies, printed shares, plan progress and gaps. */
class ReportingTest {

    private static final DataSource SRC = DataSource.of("Sở NN&PTNT", "BC 1/2024");

    @Test
    void sharesAreRoundedHalfUpAtThePrintedDigitsAndFormattedPerLocale() {
        assertThat(Figures.formatPercent(69, 169, 1, Figures.VI)).isEqualTo("40,8%");
        assertThat(Figures.formatPercent(69, 169, 1, Locale.ENGLISH)).isEqualTo("40.8%");
        assertThat(Figures.formatPercent(1205, 1512, 1, Figures.VI)).isEqualTo("79,7%");
        assertThat(Figures.formatPercent(15, 20, 1, Figures.VI)).isEqualTo("75%");
        assertThat(Figures.formatPercent(169, 169, 1, Figures.VI)).isEqualTo("100%");
        assertThat(Figures.percent(new BigDecimal("907.58"), new BigDecimal("1246.15"), 0)).isEqualByComparingTo("73");
        assertThat(Figures.percent(99_600, 372_000, 1)).isEqualByComparingTo("26.8");
        assertThat(Figures.format(1205, Figures.VI)).isEqualTo("1.205");
        assertThat(Figures.format(new BigDecimal("411626"), Figures.VI)).isEqualTo("411.626");
        assertThat(Figures.format(new BigDecimal("46.372"), Figures.VI)).isEqualTo("46,372");
        assertThat(Figures.format(new BigDecimal("1246.15"), Locale.ENGLISH)).isEqualTo("1,246.15");
        assertThatThrownBy(() -> Figures.percent(1, 0, 1)).isInstanceOf(ArithmeticException.class);
    }

    private static Snapshot hierarchy(int communes) {
        LocalDate d = LocalDate.of(2024, 1, 1);
        // a standalone snapshot: no reorganisation is known, so older statuses count
        List<io.github.ntmlib.core.locality.AdminUnit> units = new ArrayList<>();
        units.add(io.github.ntmlib.core.locality.AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, d)
                .withClassification(io.github.ntmlib.core.locality.TestSchemes.REGION,
                        "BAC_TRUNG_BO"));
        units.add(io.github.ntmlib.core.locality.AdminUnit.of("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42", d));
        for (int i = 1; i <= communes; i++) {
            units.add(io.github.ntmlib.core.locality.AdminUnit.of(String.valueOf(1000 + i), "Xã " + i, UnitKind.COMMUNE,
                    "445", d));
        }
        return Snapshot.of(d, units);
    }

    @Test
    void talliesPrintAsTheReportsDo() {
        Snapshot s = hierarchy(169);
        List<StatusEvent> events = new ArrayList<>();
        Dataset.Builder data = Dataset.builder();
        for (int i = 1; i <= 169; i++) {
            String code = String.valueOf(1000 + i);
            if (i <= 69) {
                events.add(StatusEvent.recognised(code, "commune-advanced", LocalDate.of(2023, 5, 1), "x", "UBND tỉnh"));
            }
            if (i <= 100) {
                data.add(Observation.of(code, "3.1", 2024, Value.Ratio.of(90, 100), SRC))
                        .add(Observation.of(code, "3.2", 2024, new Value.Flag(true), SRC))
                        .add(Observation.of(code, "10.1", 2024,
                                new Value.Quantity(BigDecimal.valueOf(70), "triệu đồng/người/năm"), SRC))
                        .add(Observation.of(code, "17.1", 2024, Value.Ratio.of(i <= 50 ? 60 : 40, 100), SRC));
            }
        }
        Evaluation e = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.COMPUTED), s, data.build(), StatusRegister.of(events));
        Tally t = Tallies.of(e).tally("42", "commune-advanced", Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
        assertThat(t.total()).isEqualTo(169);
        assertThat(t.recognised()).isEqualTo(69);
        assertThat(t.attained()).isEqualTo(50);
        assertThat(t.notAssessed()).isEqualTo(69);
        assertThat(t.format(CountingMode.OFFICIAL, "NTM nâng cao", 1, Figures.VI))
                .isEqualTo("69/169 xã được công nhận đạt chuẩn NTM nâng cao (đạt 40,8%)");
        assertThat(t.format(CountingMode.COMPUTED, "NTM nâng cao", 1, Locale.ENGLISH))
                .isEqualTo("50/169 rural communes meet NTM nâng cao (29.6%)");
        Tally children = Tallies.of(e).tally("42", "commune-advanced", Tally.Scope.CHILDREN, Set.of(UnitKind.COMMUNE));
        assertThat(children.total()).isZero();
        assertThat(Tallies.of(e).all()).isNotEmpty().allMatch(x -> x.total() > 0);
    }

    @Test
    void planProgressCountsRecognitionsInTheYear() {
        Snapshot s = hierarchy(30);
        List<StatusEvent> events = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            LocalDate date = i <= 15 ? LocalDate.of(2024, 3, i) : LocalDate.of(2023, 12, 30);
            events.add(StatusEvent.recognised(String.valueOf(1000 + i), "commune-advanced", date, "QĐ " + i, "UBND tỉnh"));
        }
        events.add(new StatusEvent("1001", "commune-advanced", StatusStep.REGISTERED, LocalDate.of(2024, 1, 2), "", "UBND xã",
                DataSource.API));
        Plan plan = new Plan("42", "commune-advanced", Set.of(UnitKind.COMMUNE), 2024, 20);
        Progress p = Progress.of(plan, Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.OFFICIAL), s, Dataset.empty(), StatusRegister.of(events)));
        assertThat(p.achieved()).hasSize(15);
        assertThat(p.format(1, Figures.VI)).isEqualTo("15/20, đạt 75% KH");
        assertThat(p.format(1, Locale.ENGLISH)).isEqualTo("15/20, 75% of plan");
        assertThatThrownBy(() -> new Plan("42", "x", Set.of(UnitKind.COMMUNE), 2024, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revocationEndsARecognitionAndMergedUnitsDoNotInheritOne() {
        Snapshot s = hierarchy(2);
        StatusRegister register = StatusRegister.of(List.of(
                StatusEvent.recognised("1001", "commune-ntm", LocalDate.of(2020, 1, 1), "1/QĐ", "UBND tỉnh"),
                new StatusEvent("1001", "commune-ntm", StatusStep.REVOKED, LocalDate.of(2024, 6, 1), "9/QĐ", "UBND tỉnh",
                        DataSource.API),
                StatusEvent.recognised("18073", "commune-ntm", LocalDate.of(2019, 1, 1), "2/QĐ", "UBND tỉnh")));
        assertThat(register.recognition(s, "1001", "commune-ntm", LocalDate.of(2024, 5, 31))).isPresent();
        assertThat(register.recognition(s, "1001", "commune-ntm", LocalDate.of(2024, 6, 1))).isEmpty();
        // Phường Thành Sen (18073) was formed on 1 Jul 2025 and reuses the code of Phường Nam Hà:
        var haTinh = io.github.ntmlib.core.locality.gso.GsoLists.haTinh();
        Snapshot before = haTinh.asOf(LocalDate.of(2025, 3, 1));
        Snapshot after = haTinh.asOf(LocalDate.of(2025, 7, 1));
        assertThat(after.formedOn("18073")).contains(LocalDate.of(2025, 7, 1));
        assertThat(before.formedOn("18073")).isEmpty();
        assertThat(register.recognition(before, "18073", "commune-ntm", LocalDate.of(2025, 3, 1))).isPresent();
        assertThat(register.recognition(after, "18073", "commune-ntm", LocalDate.of(2025, 8, 1))).isEmpty();
        // the former unit's version in the March hierarchy ended on 30 Jun 2025: asking it about August is refused
        assertThatThrownBy(() -> register.recognition(before, "18073", "commune-ntm", LocalDate.of(2025, 8, 1)))
                .isInstanceOf(io.github.ntmlib.core.locality.UnknownUnitException.class)
                .hasMessageContaining("ended on 2025-06-30");
        assertThatThrownBy(() -> register.recognition(before, "99999", "commune-ntm", LocalDate.of(2025, 3, 1)))
                .isInstanceOf(io.github.ntmlib.core.locality.UnknownUnitException.class);
    }

    @Test
    void gapsListWhatIsMissingAndRankTheClosestUnits() {
        Snapshot s = SmallSet.snapshot();
        Dataset data = Dataset.builder()
                .add(EngineExampleTest.ratio("1", "3.1", 79, 100)).add(EngineExampleTest.flag("1", "3.2", true))
                .add(EngineExampleTest.income("1", "61"))
                .add(EngineExampleTest.ratio("2", "3.1", 50, 100)).add(EngineExampleTest.flag("2", "3.2", false))
                .add(EngineExampleTest.income("2", "50"))
                .build();
        Evaluation e = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.COMPUTED), s, data, StatusRegister.empty());
        Gap one = Gaps.next(e, "1").orElseThrow();
        assertThat(one.standard()).isEqualTo("commune-ntm");
        assertThat(one.missing()).extracting(c -> c.code()).containsExactly("3");
        assertThat(one.missing().get(0).indicators().get(0).distance()).contains(BigDecimal.ONE);
        List<Gap> ranking = Gaps.ranking(e, "commune-ntm");
        assertThat(ranking).extracting(Gap::unit).containsExactly("1", "2", "3", "4");
        assertThat(ranking.get(1).notMet()).isEqualTo(2);
        Gap district = Gaps.of(e, "445", "district-ntm").orElseThrow();
        assertThat(district.missing().get(0).aggregate().orElseThrow().needed()).isEqualTo(4);
        assertThat(district.missing().get(0).verdict()).isEqualTo(Verdict.NOT_MET);
    }
}
