package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the rules of the report figures: gaps ranked closest first by what is missing and not
 * by code, a gap only where the standard is not attained, and tallies that must add up and print
 * without a share when there is nothing to count.
 */
class ReportRulesTest {

    private static Evaluation evaluate(Dataset data) {
        return Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED), SmallSet.snapshot(), data, StatusRegister.empty());
    }

    @Test
    void gapsRankFewestMissingThenFewestNotAssessedThenCode() {
        // 4 misses one criterion; 2 misses two, both not met; 1 and 3 miss two, not assessed.
        Evaluation e = evaluate(Dataset.builder()
                .add(EngineExampleTest.ratio("4", "3.1", 79, 100)).add(EngineExampleTest.flag("4", "3.2", true))
                .add(EngineExampleTest.income("4", "61"))
                .add(EngineExampleTest.ratio("2", "3.1", 50, 100)).add(EngineExampleTest.flag("2", "3.2", false))
                .add(EngineExampleTest.income("2", "50")).build());
        List<Gap> ranking = Gaps.ranking(e, "commune-ntm");
        assertThat(ranking).extracting(Gap::unit).containsExactly("4", "2", "1", "3");
        assertThat(ranking).extracting(Gap::notMet).containsExactly(1, 2, 0, 0);
        assertThat(ranking).extracting(Gap::notAssessed).containsExactly(0, 0, 2, 2);
        assertThat(Gaps.next(e, "1").orElseThrow().notAssessed()).isEqualTo(2);
    }

    @Test
    void aUnitAttainingAStandardHasNoGapToItAndItsNextGapIsTheNestedStandard() {
        Evaluation e = evaluate(Dataset.builder()
                .add(EngineExampleTest.ratio("4", "3.1", 80, 100)).add(EngineExampleTest.flag("4", "3.2", true))
                .add(EngineExampleTest.income("4", "61")).build());
        assertThat(Gaps.of(e, "4", "commune-ntm")).isEmpty();
        assertThat(e.result("4", "commune-ntm").orElseThrow().isAttained()).isTrue();
        assertThat(e.result("1", "commune-ntm").orElseThrow().isAttained()).isFalse();
        assertThat(Gaps.of(e, "1", "commune-ntm")).isPresent();
        assertThat(Gaps.next(e, "4").orElseThrow().standard()).isEqualTo("commune-advanced");
        assertThat(Gaps.ranking(e, "commune-ntm")).extracting(Gap::unit).doesNotContain("4");
    }

    @Test
    void aTallyAddsUpOrIsRefused() {
        Set<UnitKind> communes = Set.of(UnitKind.COMMUNE);
        Tally full = new Tally("42", "ntm", communes, Tally.Scope.CHILDREN, 10, 10, 6, 4);
        assertThat(full.count(CountingMode.OFFICIAL)).isEqualTo(10);
        assertThat(full.count(CountingMode.COMPUTED)).isEqualTo(6);
        assertThatThrownBy(() -> new Tally("42", "ntm", communes, Tally.Scope.CHILDREN, 10, 11, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconsistent");
        assertThatThrownBy(() -> new Tally("42", "ntm", communes, Tally.Scope.CHILDREN, 10, 0, 7, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconsistent");
        assertThatThrownBy(() -> new Tally("42", "ntm", communes, Tally.Scope.CHILDREN, -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally("42", "ntm", communes, Tally.Scope.CHILDREN, 1, 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTallyOfNothingPrintsNoShare() {
        Tally none = new Tally("42", "ntm", Set.of(UnitKind.COMMUNE), Tally.Scope.CHILDREN, 0, 0, 0, 0);
        assertThat(none.format(CountingMode.OFFICIAL, "NTM", 1, Figures.VI))
                .isEqualTo("0/0 xã được công nhận đạt chuẩn NTM");
        assertThat(none.format(CountingMode.COMPUTED, "NTM", 1, Figures.VI)).isEqualTo("0/0 xã đạt chuẩn NTM");
        Tally some = new Tally("42", "ntm", Set.of(UnitKind.COMMUNE), Tally.Scope.CHILDREN, 4, 1, 3, 0);
        assertThat(some.format(CountingMode.OFFICIAL, "NTM", 1, Locale.ENGLISH))
                .isEqualTo("1/4 rural communes recognised as NTM (25%)");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Xã đạt chuẩn nông thôn mới|1/3 xã đạt chuẩn nông thôn mới (đạt 33,3%)|1/3 xã được công nhận đạt chuẩn nông thôn mới (đạt 33,3%)",
        "Xã đạt chuẩn nông thôn mới nâng cao|1/3 xã đạt chuẩn nông thôn mới nâng cao (đạt 33,3%)|1/3 xã được công nhận đạt chuẩn nông thôn mới nâng cao (đạt 33,3%)",
        "NTM nâng cao|1/3 xã đạt chuẩn NTM nâng cao (đạt 33,3%)|1/3 xã được công nhận đạt chuẩn NTM nâng cao (đạt 33,3%)",
        "Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới|1/3 xã hoàn thành nhiệm vụ xây dựng nông thôn mới (đạt 33,3%)|1/3 xã được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới (đạt 33,3%)",
        "Phường, thị trấn đạt chuẩn đô thị văn minh|1/3 xã đạt chuẩn đô thị văn minh (đạt 33,3%)|1/3 xã được công nhận đạt chuẩn đô thị văn minh (đạt 33,3%)",
        "Điều kiện xét công nhận xã đạt chuẩn NTM|1/3 xã đáp ứng điều kiện xét công nhận xã đạt chuẩn NTM (đạt 33,3%)|1/3 xã được công nhận đáp ứng điều kiện xét công nhận xã đạt chuẩn NTM (đạt 33,3%)",
        "Huyện không có đơn vị hành chính cấp xã đạt chuẩn NTM|1/3 xã: Huyện không có đơn vị hành chính cấp xã đạt chuẩn NTM (đạt 33,3%)|1/3 xã được công nhận: Huyện không có đơn vị hành chính cấp xã đạt chuẩn NTM (đạt 33,3%)",
        "Khu dân cư nông thôn mới kiểu mẫu|1/3 xã: Khu dân cư nông thôn mới kiểu mẫu (đạt 33,3%)|1/3 xã được công nhận: Khu dân cư nông thôn mới kiểu mẫu (đạt 33,3%)",
        "kiểu mẫu|1/3 xã đạt chuẩn kiểu mẫu (đạt 33,3%)|1/3 xã được công nhận đạt chuẩn kiểu mẫu (đạt 33,3%)",
        "Xã|1/3 xã đạt chuẩn Xã (đạt 33,3%)|1/3 xã được công nhận đạt chuẩn Xã (đạt 33,3%)"})
    void aStandardsFullNameIsNotSaidTwice(String label, String computed, String official) {
        // issue 21: "1/3 xã đạt chuẩn Xã đạt chuẩn nông thôn mới" said the kind and the verb twice
        Tally t = new Tally("42", "ntm", Set.of(UnitKind.COMMUNE), Tally.Scope.CHILDREN, 3, 1, 1, 0);
        assertThat(t.format(CountingMode.COMPUTED, label, 1, Figures.VI)).isEqualTo(computed);
        assertThat(t.format(CountingMode.OFFICIAL, label, 1, Figures.VI)).isEqualTo(official);
        assertThat(t.format(CountingMode.COMPUTED, label, 1, Locale.ENGLISH)).isEqualTo("1/3 rural communes meet "
                + label + " (33.3%)");
    }

    @Test
    void aPlanSaysWhyItsCountDiffersFromTheTally() {
        io.github.ntmlib.core.report.Plan plan = new io.github.ntmlib.core.report.Plan("42", "ntm",
                Set.of(UnitKind.COMMUNE), 2024, 4);
        io.github.ntmlib.core.report.Progress none = new io.github.ntmlib.core.report.Progress(plan, List.of());
        Tally t = new Tally("42", "ntm", Set.of(UnitKind.COMMUNE), Tally.Scope.DESCENDANTS, 3, 1, 2, 0);
        assertThat(none.differenceFrom(t, CountingMode.OFFICIAL, io.github.ntmlib.base.Language.VIETNAMESE))
                .contains("Kế hoạch năm 2024 tính 0 đơn vị được công nhận trong năm 2024; phần tổng hợp đếm 1/3 đơn vị"
                        + " được công nhận, kể cả các năm trước.");
        assertThat(none.differenceFrom(t, CountingMode.COMPUTED, io.github.ntmlib.base.Language.ENGLISH))
                .contains("The 2024 plan counts the 0 units recognised in 2024; the tallies count 2/3 units attaining"
                        + " it, earlier years included.");
        assertThat(none.differenceFrom(t, CountingMode.COMPUTED, io.github.ntmlib.base.Language.VIETNAMESE).orElseThrow())
                .contains("2/3 đơn vị đạt theo tính toán");
        assertThat(none.differenceFrom(t, CountingMode.OFFICIAL, io.github.ntmlib.base.Language.ENGLISH).orElseThrow())
                .contains("1/3 units recognised,");
        io.github.ntmlib.core.report.Progress one = new io.github.ntmlib.core.report.Progress(plan, List.of("1"));
        assertThat(one.differenceFrom(t, CountingMode.OFFICIAL, io.github.ntmlib.base.Language.VIETNAMESE)).isEmpty();
        assertThat(one.differenceFrom(t, CountingMode.COMPUTED, io.github.ntmlib.base.Language.VIETNAMESE)).isPresent();
    }

    @Test
    void districtAggregatesAreEqualExactlyForTheSameCounts() {
        Dataset one = Dataset.builder().add(EngineExampleTest.ratio("4", "3.1", 80, 100))
                .add(EngineExampleTest.flag("4", "3.2", true)).add(EngineExampleTest.income("4", "61")).build();
        io.github.ntmlib.core.criteria.AggregateTrace a = evaluate(one).result("445", "district-ntm").orElseThrow()
                .criteria().get(0).aggregate().orElseThrow();
        io.github.ntmlib.core.criteria.AggregateTrace b = evaluate(one).result("445", "district-ntm").orElseThrow()
                .criteria().get(0).aggregate().orElseThrow();
        io.github.ntmlib.core.criteria.AggregateTrace none = evaluate(Dataset.empty()).result("445", "district-ntm")
                .orElseThrow().criteria().get(0).aggregate().orElseThrow();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(none).isNotEqualTo("aggregate");
        assertThat(a.hashCode()).isNotZero();
        assertThat(a.toString()).contains("commune-ntm");
        assertThat(a.count()).isEqualTo(1);
        assertThat(none.count()).isZero();
        String text = evaluate(one).result("445", "district-ntm").orElseThrow().criteria().get(0)
                .explanation(io.github.ntmlib.base.Language.ENGLISH);
        assertThat(text).startsWith("all communes NTM: 1/4 xã attaining it (25%), required ≥ 100% [")
                .contains("]; 3 more needed; 3 not assessed: 1, 2, 3");
    }
}
