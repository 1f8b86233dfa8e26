package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.ChangeKind;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.CriterionChange;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.Standing;
import io.github.ntmlib.core.report.TargetStatus;
import io.github.ntmlib.core.report.UnitChange;
import io.github.ntmlib.core.report.UnitChange.Link;
import io.github.ntmlib.core.report.UnitChange.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a comparison, one by one: changes, counts, shares, targets, the report lines. */
class ComparisonRulesTest {

    private static final Labels NTM = Labels.of("Xã NTM", "commune NTM");
    private static final LocalDate D2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate D2025 = LocalDate.of(2025, 12, 31);

    private static Member xa(String code, Standing standing) {
        return new Member(code, "Xã " + code, UnitKind.COMMUNE, standing);
    }

    private static Member phuong(String code, Standing standing) {
        return new Member(code, "Phường " + code, UnitKind.WARD, standing);
    }

    /** One unit on each side, same code. */
    private static UnitChange same(String code, Standing before, Standing after) {
        return new UnitChange("commune-ntm", List.of(xa(code, before)), List.of(xa(code, after)),
                List.of(new Link(code, code, Share.FULL)), List.of());
    }

    private static ChangeKind classify(List<Standing> before, List<Standing> after) {
        List<Member> b = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            b.add(xa("b" + i, before.get(i)));
        }
        List<Member> a = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            a.add(xa("a" + i, after.get(i)));
        }
        return UnitChange.classify(b, a);
    }

    @Test
    void eachGroupIsClassifiedFromItsStandings() {
        Standing h = Standing.HELD;
        Standing n = Standing.NOT_HELD;
        Standing q = Standing.NOT_ASSESSED;
        Standing x = Standing.NOT_APPLICABLE;
        assertThat(classify(List.of(h), List.of(h))).isEqualTo(ChangeKind.KEPT);
        assertThat(classify(List.of(n), List.of(h))).isEqualTo(ChangeKind.GAINED);
        assertThat(classify(List.of(h), List.of(n))).isEqualTo(ChangeKind.LOST);
        assertThat(classify(List.of(n), List.of(n))).isEqualTo(ChangeKind.NOT_HELD);
        assertThat(classify(List.of(h, h, x), List.of(h))).isEqualTo(ChangeKind.KEPT);
        assertThat(classify(List.of(h, n), List.of(h))).isEqualTo(ChangeKind.MIXED);
        assertThat(classify(List.of(h, n), List.of(n))).isEqualTo(ChangeKind.MIXED);
        assertThat(classify(List.of(h), List.of(h, n))).isEqualTo(ChangeKind.MIXED);
        assertThat(classify(List.of(h, n, q), List.of(q))).isEqualTo(ChangeKind.MIXED);
        assertThat(classify(List.of(h, q), List.of(h))).isEqualTo(ChangeKind.NOT_ASSESSED);
        assertThat(classify(List.of(n), List.of(q))).isEqualTo(ChangeKind.NOT_ASSESSED);
        assertThat(classify(List.of(q), List.of(h))).isEqualTo(ChangeKind.NOT_ASSESSED);
        assertThat(classify(List.of(x), List.of(h))).isEqualTo(ChangeKind.NEWLY_APPLICABLE);
        assertThat(classify(List.of(h), List.of(x))).isEqualTo(ChangeKind.NO_LONGER_APPLICABLE);
        assertThat(classify(List.of(), List.of(n))).isEqualTo(ChangeKind.NO_PREDECESSOR);
        assertThat(classify(List.of(h), List.of())).isEqualTo(ChangeKind.NO_SUCCESSOR);
        assertThatThrownBy(() -> classify(List.of(x), List.of(x))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("applies to no unit");
        assertThatThrownBy(() -> classify(List.of(), List.of(x))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsMirrorAndOnlyFourAreDecided() {
        assertThat(ChangeKind.GAINED.reversed()).isEqualTo(ChangeKind.LOST);
        assertThat(ChangeKind.LOST.reversed()).isEqualTo(ChangeKind.GAINED);
        assertThat(ChangeKind.NEWLY_APPLICABLE.reversed()).isEqualTo(ChangeKind.NO_LONGER_APPLICABLE);
        assertThat(ChangeKind.NO_LONGER_APPLICABLE.reversed()).isEqualTo(ChangeKind.NEWLY_APPLICABLE);
        assertThat(ChangeKind.NO_PREDECESSOR.reversed()).isEqualTo(ChangeKind.NO_SUCCESSOR);
        assertThat(ChangeKind.NO_SUCCESSOR.reversed()).isEqualTo(ChangeKind.NO_PREDECESSOR);
        for (ChangeKind k : List.of(ChangeKind.KEPT, ChangeKind.NOT_HELD, ChangeKind.MIXED, ChangeKind.NOT_ASSESSED)) {
            assertThat(k.reversed()).isEqualTo(k);
        }
        assertThat(List.of(ChangeKind.values())).filteredOn(ChangeKind::isDecided).containsExactly(ChangeKind.KEPT,
                ChangeKind.GAINED, ChangeKind.LOST, ChangeKind.NOT_HELD);
        for (ChangeKind k : ChangeKind.values()) {
            assertThat(k.vietnamese()).isNotBlank().isNotEqualTo(k.name());
            assertThat(k.english()).isNotBlank();
        }
    }

    @Test
    void aStandingIsHeldByRecognitionOrByAttainment() {
        StandardResult met = StandardResult.restore("s", List.of(), null, null, Verdict.MET);
        StandardResult recognisedNotMet = StandardResult.restore("s", List.of(io.github.ntmlib.core.criteria
                .CriterionResult.restore("1", Labels.of("a", "a"), Verdict.NOT_MET,
                        io.github.ntmlib.core.criteria.Origin.INDICATORS, List.of(), null, null, null)),
                StatusEvent.recognised("1", "s", D2024, "QĐ", "UBND"), null, Verdict.MET);
        StandardResult unknown = StandardResult.restore("s", List.of(io.github.ntmlib.core.criteria.CriterionResult
                .restore("1", Labels.of("a", "a"), Verdict.NOT_ASSESSED, io.github.ntmlib.core.criteria.Origin.INDICATORS,
                        List.of(), null, null, null)), null, null, Verdict.MET);
        assertThat(Standing.of(Optional.of(met), CountingMode.COMPUTED)).isEqualTo(Standing.HELD);
        assertThat(Standing.of(Optional.of(met), CountingMode.OFFICIAL)).isEqualTo(Standing.NOT_HELD);
        assertThat(Standing.of(Optional.of(recognisedNotMet), CountingMode.OFFICIAL)).isEqualTo(Standing.HELD);
        assertThat(Standing.of(Optional.of(recognisedNotMet), CountingMode.COMPUTED)).isEqualTo(Standing.NOT_HELD);
        assertThat(Standing.of(Optional.of(unknown), CountingMode.COMPUTED)).isEqualTo(Standing.NOT_ASSESSED);
        assertThat(Standing.of(Optional.of(unknown), CountingMode.OFFICIAL)).isEqualTo(Standing.NOT_HELD);
        assertThat(Standing.of(Optional.empty(), CountingMode.COMPUTED)).isEqualTo(Standing.NOT_APPLICABLE);
    }

    @Test
    void aGroupIsValidatedAndCounted() {
        UnitChange merged = new UnitChange("commune-ntm", List.of(xa("1", Standing.HELD), xa("2", Standing.NOT_HELD),
                new Member("3", "Thị trấn 3", UnitKind.TOWNSHIP, Standing.NOT_APPLICABLE)),
                List.of(xa("1", Standing.HELD)), List.of(new Link("1", "1", Share.FULL), new Link("2", "1", Share.FULL),
                new Link("3", "1", Share.PARTIAL)), List.of(new CriterionChange("2", "1", "3", Verdict.NOT_MET,
                Verdict.MET)));
        assertThat(merged.kind()).isEqualTo(ChangeKind.MIXED);
        assertThat(merged.heldBefore()).isEqualTo(1);
        assertThat(merged.heldAfter()).isEqualTo(1);
        assertThat(merged.countedBefore()).isEqualTo(2);
        assertThat(merged.countedAfter()).isEqualTo(1);
        assertThat(merged.hasPartialShare()).isTrue();
        assertThat(same("1", Standing.HELD, Standing.HELD).hasPartialShare()).isFalse();
        assertThat(merged.format(Language.VIETNAMESE)).isEqualTo("Xã 1 (1) ← Xã 1 (1, xã, đạt), Xã 2 (2, xã, chưa đạt), "
                + "Thị trấn 3 (3, thị trấn, không áp dụng, một phần); một phần: lịch sử đơn vị không cho biết tỷ lệ; "
                + "2 → 1 tiêu chí 3: chưa đạt → đạt");
        assertThat(merged.reversed().reversed()).isEqualTo(merged);
        assertThat(merged.reversed().before()).isEqualTo(merged.after());
        assertThat(merged.reversed().criteria().get(0)).isEqualTo(new CriterionChange("1", "2", "3", Verdict.MET,
                Verdict.NOT_MET));
        assertThat(same("7", Standing.NOT_HELD, Standing.HELD).format(Language.ENGLISH))
                .isEqualTo("Xã 7 (7): not held → held");
        UnitChange gone = new UnitChange("commune-ntm", List.of(xa("8", Standing.HELD)), List.of(), List.of(), List.of());
        assertThat(gone.format(Language.ENGLISH)).isEqualTo("Xã 8 (8) (held)");
        UnitChange split = new UnitChange("commune-ntm", List.of(xa("9", Standing.HELD)), List.of(xa("9",
                Standing.HELD), xa("10", Standing.NOT_HELD)), List.of(new Link("9", "9", Share.PARTIAL), new Link("9", "10",
                Share.PARTIAL)), List.of());
        assertThat(split.kind()).isEqualTo(ChangeKind.MIXED);
        assertThat(split.format(Language.ENGLISH)).isEqualTo("Xã 9 (9), Xã 10 (10) ← Xã 9 (9, rural commune, held, "
                + "partial); after: Xã 9 (9, rural commune, held, partial), Xã 10 (10, rural commune, not held, "
                + "partial); in part: the lineage gives no share");
        UnitChange reclassified = new UnitChange("commune-ntm", List.of(xa("11", Standing.HELD)),
                List.of(phuong("11", Standing.NOT_APPLICABLE)), List.of(new Link("11", "11", Share.FULL)), List.of());
        assertThat(reclassified.format(Language.VIETNAMESE)).isEqualTo("Phường 11 (11) ← Xã 11 (11, xã, đạt)");
        // validation
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD), xa("1", Standing.HELD)),
                List.of(xa("1", Standing.HELD)), List.of(new Link("1", "1", Share.FULL)), List.of()))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD)), List.of(xa("2", Standing.HELD),
                xa("2", Standing.HELD)), List.of(new Link("1", "2", Share.FULL)), List.of())).hasMessageContaining("twice");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD)), List.of(xa("2", Standing.HELD)),
                List.of(new Link("1", "3", Share.FULL)), List.of())).hasMessageContaining("outside the group");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD)), List.of(xa("2", Standing.HELD)),
                List.of(new Link("3", "2", Share.FULL)), List.of())).hasMessageContaining("outside the group");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD), xa("4", Standing.HELD)),
                List.of(xa("2", Standing.HELD)), List.of(new Link("1", "2", Share.FULL)), List.of()))
                .hasMessageContaining("not linked");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD)), List.of(xa("2", Standing.HELD),
                xa("5", Standing.HELD)), List.of(new Link("1", "2", Share.FULL)), List.of()))
                .hasMessageContaining("not linked");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD)), List.of(xa("2", Standing.HELD)),
                List.of(new Link("1", "2", Share.FULL)), List.of(new CriterionChange("9", "2", "3", Verdict.MET, null))))
                .hasMessageContaining("outside the group");
        assertThatThrownBy(() -> new UnitChange("s", List.of(xa("1", Standing.HELD)), List.of(xa("2", Standing.HELD)),
                List.of(new Link("1", "2", Share.FULL)), List.of(new CriterionChange("1", "9", "3", Verdict.MET, null))))
                .hasMessageContaining("outside the group");
    }

    @Test
    void aCriterionChangeHasTwoDifferentVerdicts() {
        assertThatThrownBy(() -> new CriterionChange("1", "1", "3", Verdict.MET, Verdict.MET))
                .hasMessageContaining("did not change");
        assertThatThrownBy(() -> new CriterionChange("1", "1", "3", null, null)).hasMessageContaining("did not change");
        CriterionChange added = new CriterionChange("1", "1", "19", null, Verdict.MET);
        assertThat(added.verdictBefore()).isEmpty();
        assertThat(added.verdictAfter()).contains(Verdict.MET);
        assertThat(added.format(Language.VIETNAMESE)).isEqualTo("tiêu chí 19: không có → đạt");
        assertThat(new CriterionChange("1", "1", "19", Verdict.NOT_MET, null).format(Language.ENGLISH))
                .isEqualTo("criterion 19: not met → absent");
    }

    /** 5 xã: kept 1, gained 2, lost 1, held by none 1. */
    private static StandardComparison five() {
        return new StandardComparison("commune-ntm", NTM, List.of(same("1", Standing.HELD, Standing.HELD),
                same("2", Standing.NOT_HELD, Standing.HELD), same("3", Standing.NOT_HELD, Standing.HELD),
                same("4", Standing.HELD, Standing.NOT_HELD), same("5", Standing.NOT_HELD, Standing.NOT_HELD)));
    }

    @Test
    void aStandardCountsItsGroupsAndPrintsTheChange() {
        StandardComparison s = five();
        assertThat(s.before()).isEqualTo(2);
        assertThat(s.after()).isEqualTo(3);
        assertThat(s.totalBefore()).isEqualTo(5);
        assertThat(s.totalAfter()).isEqualTo(5);
        assertThat(s.change()).isEqualTo(1);
        assertThat(s.shareBefore()).contains(Fraction.of(2, 5));
        assertThat(s.shareAfter()).contains(Fraction.of(3, 5));
        assertThat(s.count(ChangeKind.GAINED)).isEqualTo(2);
        assertThat(s.changes(ChangeKind.LOST)).extracting(c -> c.after().get(0).code()).containsExactly("4");
        assertThat(s.kinds()).containsExactly(UnitKind.COMMUNE);
        assertThat(s.format(Language.VIETNAMESE, D2024, D2025, 1))
                .isEqualTo("Xã NTM: 3/5 xã (đạt 60%) năm 2025, tăng 1 xã so với năm 2024 (2/5 xã, đạt 40%)");
        assertThat(s.format(Language.ENGLISH, D2024, D2025, 1))
                .isEqualTo("commune NTM: 3/5 rural communes (60%) in 2025, up 1 rural commune from 2024 (2/5 rural "
                        + "communes, 40%)");
        StandardComparison back = s.reversed();
        assertThat(back.format(Language.VIETNAMESE, D2024, D2025, 1))
                .isEqualTo("Xã NTM: 2/5 xã (đạt 40%) năm 2025, giảm 1 xã so với năm 2024 (3/5 xã, đạt 60%)");
        assertThat(back.format(Language.ENGLISH, LocalDate.of(2025, 6, 30), D2025, 1))
                .isEqualTo("commune NTM: 2/5 rural communes (40%) on 2025-12-31, down 1 rural commune from 2025-06-30 "
                        + "(3/5 rural communes, 60%)");
        StandardComparison flat = new StandardComparison("commune-ntm", NTM, List.of(same("1", Standing.HELD,
                Standing.HELD), same("2", Standing.NOT_HELD, Standing.NOT_HELD), same("3", Standing.HELD,
                Standing.HELD)));
        assertThat(flat.format(Language.VIETNAMESE, LocalDate.of(2025, 6, 30), D2025, 1))
                .isEqualTo("Xã NTM: 2/3 xã (đạt 66,7%) ngày 31/12/2025, không đổi so với ngày 30/06/2025 (2/3 xã, đạt 66,7%)");
        assertThat(flat.format(Language.ENGLISH, D2024, D2025, 0)).contains("unchanged from 2024", "(67%)");
    }

    @Test
    void aStandardLeftWithoutUnitsSaysSo() {
        StandardComparison gone = new StandardComparison("district-ntm", Labels.of("Huyện NTM", "district NTM"),
                List.of(new UnitChange("district-ntm", List.of(new Member("1", "Huyện 1", UnitKind.RURAL_DISTRICT,
                        Standing.HELD)), List.of(), List.of(), List.of()), new UnitChange("district-ntm",
                        List.of(new Member("2", "Huyện 2", UnitKind.RURAL_DISTRICT, Standing.NOT_HELD)), List.of(),
                        List.of(), List.of())));
        assertThat(gone.shareAfter()).isEmpty();
        assertThat(gone.format(Language.VIETNAMESE, D2024, D2025, 1)).isEqualTo("Huyện NTM: không còn đơn vị nào thuộc "
                + "diện áp dụng năm 2025 (năm 2024: 1/2 huyện, đạt 50%)");
        assertThat(gone.format(Language.ENGLISH, LocalDate.of(2025, 1, 1), D2025, 1)).isEqualTo("district NTM: no unit "
                + "it applies to on 2025-12-31 (2025-01-01: 1/2 rural districts, 50%)");
        StandardComparison none = new StandardComparison("x", NTM, List.of());
        assertThat(none.format(Language.VIETNAMESE, D2024, D2025, 1)).isEqualTo("Xã NTM: không còn đơn vị nào thuộc "
                + "diện áp dụng năm 2025 (năm 2024: 0/0 đơn vị)");
        assertThat(none.format(Language.ENGLISH, D2024, D2025, 1)).isEqualTo("commune NTM: no unit it applies to in "
                + "2025 (2024: 0/0 units)");
        StandardComparison newcomer = new StandardComparison("x", NTM, List.of(new UnitChange("x", List.of(),
                List.of(new Member("1", "Thôn 1", UnitKind.VILLAGE, Standing.HELD)), List.of(), List.of())));
        assertThat(newcomer.format(Language.ENGLISH, D2024, D2025, 1)).isEqualTo("commune NTM: 1/1 village (100%) in "
                + "2025, up 1 village from 2024 (0/0 villages)");
        assertThat(none.shareBefore()).isEmpty();
        assertThat(none.kinds()).isEmpty();
        StandardComparison cities = new StandardComparison("x", NTM, List.of(new UnitChange("x", List.of(new Member("1",
                "TP 1", UnitKind.PROVINCIAL_CITY, Standing.HELD)), List.of(new Member("1", "TP 1",
                UnitKind.PROVINCIAL_CITY, Standing.HELD)), List.of(new Link("1", "1", Share.FULL)), List.of())));
        assertThat(cities.format(Language.ENGLISH, D2024, D2025, 1)).contains("1/1 provincial city (100%)");
        assertThat(new StandardComparison("x", NTM, List.of(new UnitChange("x", List.of(new Member("1", "TP 1",
                UnitKind.PROVINCIAL_CITY, Standing.HELD), new Member("2", "TP 2", UnitKind.PROVINCIAL_CITY,
                Standing.HELD)), List.of(new Member("1", "TP 1", UnitKind.PROVINCIAL_CITY, Standing.HELD)),
                List.of(new Link("1", "1", Share.FULL), new Link("2", "1", Share.FULL)), List.of())))
                .format(Language.ENGLISH, D2024, D2025, 1)).contains("down 1 provincial city from 2024 (2/2 provincial cities");
    }

    @Test
    void aStandardRefusesForeignOrRepeatedGroups() {
        assertThatThrownBy(() -> new StandardComparison("commune-ntm", NTM, List.of(new UnitChange("other",
                List.of(xa("1", Standing.HELD)), List.of(), List.of(), List.of())))).hasMessageContaining("a group of other");
        assertThatThrownBy(() -> new StandardComparison("commune-ntm", NTM, List.of(same("1", Standing.HELD,
                Standing.HELD), same("1", Standing.HELD, Standing.HELD)))).hasMessageContaining("in two groups");
        assertThatThrownBy(() -> new StandardComparison("commune-ntm", NTM, List.of(new UnitChange("commune-ntm",
                List.of(xa("1", Standing.HELD)), List.of(), List.of(), List.of()), new UnitChange("commune-ntm",
                List.of(xa("1", Standing.HELD)), List.of(), List.of(), List.of())))).hasMessageContaining("in two groups");
        assertThatThrownBy(() -> new StandardComparison("commune-ntm", NTM, List.of(new UnitChange("commune-ntm",
                List.of(), List.of(xa("1", Standing.HELD)), List.of(), List.of()), new UnitChange("commune-ntm",
                List.of(), List.of(xa("1", Standing.HELD)), List.of(), List.of())))).hasMessageContaining("in two groups");
    }

    @Test
    void aShareTargetNeedsTheLeastWholeNumberOfUnitsReachingIt() {
        StandardComparison s = five();
        TargetStatus eighty = TargetStatus.share(s, Fraction.of(4, 5));
        assertThat(eighty.required()).isEqualTo(4);
        assertThat(eighty.actual()).isEqualTo(3);
        assertThat(eighty.reached()).isFalse();
        assertThat(eighty.margin()).isEqualTo(-1);
        TargetStatus half = TargetStatus.share(s, Fraction.of(1, 2));
        assertThat(half.required()).isEqualTo(3);
        assertThat(half.reached()).isTrue();
        assertThat(half.margin()).isZero();
        assertThat(TargetStatus.share(s, Fraction.of(3, 5)).required()).isEqualTo(3);
        assertThat(TargetStatus.share(s, Fraction.of(0, 1)).required()).isZero();
        assertThat(TargetStatus.share(s, Fraction.of(1, 1)).required()).isEqualTo(5);
        assertThat(TargetStatus.share(s, Fraction.of(61, 100)).required()).isEqualTo(4);
        // 69 of 169 reach 40%: 0.4 × 169 = 67.6, so 68 are needed
        assertThat(new TargetStatus("x", TargetStatus.Measure.SHARE, Fraction.of(2, 5), 169, 68, 69).margin()).isEqualTo(1);
        assertThatThrownBy(() -> new TargetStatus("x", TargetStatus.Measure.SHARE, Fraction.of(2, 5), 169, 67, 69))
                .hasMessageContaining("needs 68");
        assertThatThrownBy(() -> TargetStatus.share(s, Fraction.of(6, 5))).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> TargetStatus.share(s, Fraction.of(-1, 5))).hasMessageContaining("between 0 and 1");
        assertThat(eighty.format(Language.VIETNAMESE, "Xã NTM", "xã")).isEqualTo("Mục tiêu Xã NTM ≥ 80%: 3/5 xã, cần 4 xã: "
                + "chưa đạt, còn thiếu 1 xã");
        assertThat(half.format(Language.ENGLISH, "commune NTM", "communes")).isEqualTo("Target commune NTM ≥ 50%: 3/5 "
                + "communes, needed 3 communes: reached");
        assertThat(TargetStatus.share(s, Fraction.of(2, 5)).format(Language.VIETNAMESE, "Xã NTM", "xã"))
                .endsWith(": đạt, vượt 1 xã");
        assertThat(TargetStatus.share(s, Fraction.of(2, 5)).format(Language.ENGLISH, "commune NTM", "communes"))
                .endsWith(": reached, 1 communes above");
        assertThat(eighty.format(Language.ENGLISH, "commune NTM", "communes")).endsWith(": not reached, 1 communes short");
    }

    @Test
    void countAndPlanTargets() {
        StandardComparison s = five();
        TargetStatus count = TargetStatus.count(s, 3);
        assertThat(count.reached()).isTrue();
        assertThat(count.total()).isEqualTo(5);
        assertThat(count.format(Language.VIETNAMESE, "Xã NTM", "xã")).isEqualTo("Mục tiêu Xã NTM 3 xã: 3 xã: đạt");
        assertThat(TargetStatus.count(s, 4).format(Language.ENGLISH, "commune NTM", "communes"))
                .isEqualTo("Target commune NTM 4 communes: 3 communes: not reached, 1 communes short");
        assertThatThrownBy(() -> TargetStatus.count(s, 0)).hasMessageContaining("above 0");
        assertThat(new TargetStatus("x", TargetStatus.Measure.COUNT, Fraction.of(1), 0, 1, 0).reached()).isFalse();
        assertThat(new TargetStatus("x", TargetStatus.Measure.SHARE, Fraction.of(1, 2), 0, 0, 0).reached()).isTrue();
        assertThatThrownBy(() -> new TargetStatus("x", TargetStatus.Measure.COUNT, Fraction.of(1, 2), 5, 1, 1))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> new TargetStatus("x", TargetStatus.Measure.COUNT, Fraction.of(3), -1, 3, 1))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new TargetStatus("x", TargetStatus.Measure.COUNT, Fraction.of(3), 5, 3, -1))
                .hasMessageContaining("negative");
        TargetStatus plan = TargetStatus.plan(new Progress(new Plan("42", "commune-ntm", Set.of(UnitKind.COMMUNE), 2025,
                20), List.of("1", "2", "3")));
        assertThat(plan.measure()).isEqualTo(TargetStatus.Measure.PLAN);
        assertThat(plan.required()).isEqualTo(20);
        assertThat(plan.actual()).isEqualTo(3);
        assertThat(plan.margin()).isEqualTo(-17);
        assertThat(plan.format(Language.VIETNAMESE, "Xã NTM", "xã")).isEqualTo("Kế hoạch Xã NTM: 3/20 xã được công "
                + "nhận trong năm: chưa đạt, còn thiếu 17 xã");
        assertThat(plan.format(Language.ENGLISH, "commune NTM", "communes")).isEqualTo("Plan commune NTM: 3/20 communes "
                + "recognised in the year: not reached, 17 communes short");
    }

    private static EvaluationComparison comparison(StandardComparison s) {
        EvaluationComparison.Side a = new EvaluationComparison.Side(D2024, LocalDate.of(2024, 11, 1), "set", 2024);
        EvaluationComparison.Side b = new EvaluationComparison.Side(D2025, LocalDate.of(2025, 7, 1), "set", 2025);
        return EvaluationComparison.restore(a, b, CountingMode.OFFICIAL, List.of(s), Map.of("old", Labels.of("Cũ",
                "old")), Map.of(), List.of());
    }

    @Test
    void aComparisonPrintsItsLinesAndTargets() {
        EvaluationComparison c = comparison(five()).withShareTarget("commune-ntm", Fraction.of(4, 5))
                .withCountTarget("commune-ntm", 2);
        assertThat(c.lines(Language.VIETNAMESE)).containsExactly(
                "So sánh kết quả ngày 31/12/2025 với ngày 31/12/2024 (tính theo đơn vị được công nhận)",
                "  Xã NTM: 3/5 xã (đạt 60%) năm 2025, tăng 1 xã so với năm 2024 (2/5 xã, đạt 40%)",
                "  Không so sánh (chỉ có ở một bộ tiêu chí): Cũ",
                "  Mục tiêu Xã NTM ≥ 80%: 3/5 xã, cần 4 xã: chưa đạt, còn thiếu 1 xã",
                "  Mục tiêu Xã NTM 2 xã: 3 xã: đạt, vượt 1 xã");
        assertThat(c.text(Language.ENGLISH)).contains("commune NTM:\n  gained (2):\n    Xã 2 (2): not held → held\n",
                "  lost (1):\n    Xã 4 (4): held → not held").doesNotContain("kept").doesNotContain("held at neither date");
        assertThat(c.targets()).hasSize(2);
        assertThat(c.reversed().targets()).isEmpty();
        assertThat(c.reversed().earlier()).isEqualTo(c.later());
        assertThat(c.reversed().onlyLater()).containsKey("old");
        assertThat(c.standard("nope")).isEmpty();
        assertThatThrownBy(() -> c.withCountTarget("nope", 1)).isInstanceOf(UnknownStandardException.class);
        assertThat(c).isEqualTo(comparison(five()).withShareTarget("commune-ntm", Fraction.of(8, 10))
                .withCountTarget("commune-ntm", 2)).hasSameHashCodeAs(comparison(five())
                .withShareTarget("commune-ntm", Fraction.of(4, 5)).withCountTarget("commune-ntm", 2));
        assertThat(c).isNotEqualTo(comparison(five())).isNotEqualTo("x");
        assertThat(c.toString()).contains("2024-12-31", "2025-12-31", "1 standards");
    }

    @Test
    void standardsOfNoUnitAndOfOneSetOnlyAreListedByName() {
        EvaluationComparison.Side a = new EvaluationComparison.Side(D2024, D2024, "set", 2024);
        EvaluationComparison.Side b = new EvaluationComparison.Side(D2025, D2024, "set2", 2025);
        EvaluationComparison c = EvaluationComparison.restore(a, b, CountingMode.COMPUTED, List.of(five(),
                new StandardComparison("v", Labels.of("Thôn kiểu mẫu", "model village"), List.of())), Map.of(),
                Map.of("new", Labels.of("Mới", "new")), List.of());
        assertThat(c.lines(Language.ENGLISH)).containsExactly(
                "Results of 2025-12-31 compared with 2024-12-31 (counting units that meet the criteria by the data)",
                "  commune NTM: 3/5 rural communes (60%) in 2025, up 1 rural commune from 2024 (2/5 rural communes, 40%)",
                "  Applying to no unit on either date: model village",
                "  Not compared (in one criteria set only): new");
        assertThat(c.onlyLater()).containsOnlyKeys("new");
        assertThat(c.onlyEarlier()).isEmpty();
        assertThat(c.reversed().onlyEarlier()).containsOnlyKeys("new");
        assertThat(c.counting()).isEqualTo(CountingMode.COMPUTED);
        assertThat(c).isNotEqualTo(EvaluationComparison.restore(a, b, CountingMode.OFFICIAL, c.standards(), Map.of(),
                c.onlyLater(), List.of()));
        assertThat(c).isNotEqualTo(EvaluationComparison.restore(a, b, CountingMode.COMPUTED, c.standards(), Map.of(),
                Map.of(), List.of()));
        assertThat(c).isNotEqualTo(EvaluationComparison.restore(a, b, CountingMode.COMPUTED, c.standards(),
                c.onlyLater(), Map.of(), List.of()));
        assertThat(c).isNotEqualTo(EvaluationComparison.restore(a, a, CountingMode.COMPUTED, c.standards(), Map.of(),
                c.onlyLater(), List.of()));
        assertThat(c).isNotEqualTo(EvaluationComparison.restore(b, b, CountingMode.COMPUTED, c.standards(), Map.of(),
                c.onlyLater(), List.of()));
        assertThat(c).isNotEqualTo(EvaluationComparison.restore(a, b, CountingMode.COMPUTED, List.of(five()), Map.of(),
                c.onlyLater(), List.of()));
    }

    @Test
    void theLineageMustMatchTheEvaluations() {
        Evaluation before = ComparisonAcrossReorganisationTest.before();
        io.github.ntmlib.core.locality.Snapshot s = before.snapshot();
        io.github.ntmlib.core.locality.Snapshot fewer = io.github.ntmlib.core.locality.Snapshot.of(s.date(),
                s.units().stream().filter(u -> !u.code().equals("18175")).toList());
        Evaluation partial = Evaluator.of(SmallSet.set()).evaluate(before.request(), fewer,
                io.github.ntmlib.core.data.Dataset.empty(), io.github.ntmlib.core.data.StatusRegister.empty());
        assertThatThrownBy(() -> EvaluationComparison.of(partial, ComparisonAcrossReorganisationTest.after(),
                io.github.ntmlib.core.locality.gso.GsoLists.haTinh()))
                .isInstanceOf(io.github.ntmlib.base.InvalidDataException.class).hasMessageContaining("18175")
                .hasMessageContaining("not in the evaluation of 2024-12-31");
    }

    @Test
    void aComparisonRefusesRepeatedStandardsAndTargetsThatDoNotFit() {
        EvaluationComparison.Side a = new EvaluationComparison.Side(D2024, D2024, "set", 2024);
        assertThatThrownBy(() -> EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five(), five()),
                Map.of(), Map.of(), List.of())).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five()),
                Map.of("commune-ntm", NTM), Map.of(), List.of())).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five()),
                Map.of(), Map.of("commune-ntm", NTM), List.of())).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five()),
                Map.of(), Map.of(), List.of(new TargetStatus("other", TargetStatus.Measure.COUNT, Fraction.of(1), 5, 1,
                        3)))).hasMessageContaining("not compared");
        assertThatThrownBy(() -> EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five()),
                Map.of(), Map.of(), List.of(new TargetStatus("commune-ntm", TargetStatus.Measure.COUNT, Fraction.of(1), 5,
                        1, 2)))).hasMessageContaining("counts 2/5");
        assertThatThrownBy(() -> EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five()),
                Map.of(), Map.of(), List.of(new TargetStatus("commune-ntm", TargetStatus.Measure.COUNT, Fraction.of(1), 6,
                        1, 3)))).hasMessageContaining("counts 3/6");
        // a plan counts recognitions in its year, not the comparison's holders
        assertThat(EvaluationComparison.restore(a, a, CountingMode.OFFICIAL, List.of(five()), Map.of(), Map.of(),
                List.of(new TargetStatus("commune-ntm", TargetStatus.Measure.PLAN, Fraction.of(9), 9, 9, 1))).targets())
                .hasSize(1);
    }

    @Test
    void evaluationsThatCountDifferentlyAreNotCompared() {
        Evaluation official = ComparisonAcrossReorganisationTest.before();
        Evaluation computed = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(D2024, 2024,
                CountingMode.COMPUTED), official.snapshot(), io.github.ntmlib.core.data.Dataset.empty(),
                io.github.ntmlib.core.data.StatusRegister.empty());
        assertThatThrownBy(() -> EvaluationComparison.of(official, computed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count differently");
    }

    @Test
    void aSeriesChainsItsStepsAndPrintsEachDate() {
        EvaluationComparison.Side a = new EvaluationComparison.Side(LocalDate.of(2023, 12, 31), D2024, "set", 2023);
        EvaluationComparison.Side b = new EvaluationComparison.Side(D2024, D2024, "set", 2024);
        EvaluationComparison.Side c = new EvaluationComparison.Side(D2025, D2024, "set", 2025);
        StandardComparison first = new StandardComparison("commune-ntm", NTM, List.of(same("1", Standing.HELD,
                Standing.HELD), same("2", Standing.HELD, Standing.NOT_HELD), same("3", Standing.HELD, Standing.NOT_HELD),
                same("4", Standing.NOT_HELD, Standing.HELD), same("5", Standing.HELD, Standing.NOT_HELD)));
        StandardComparison second = five();
        EvaluationComparison one = EvaluationComparison.restore(a, b, CountingMode.OFFICIAL, List.of(first), Map.of(),
                Map.of(), List.of());
        EvaluationComparison two = EvaluationComparison.restore(b, c, CountingMode.OFFICIAL, List.of(second), Map.of(),
                Map.of(), List.of());
        ComparisonSeries series = ComparisonSeries.ofSteps(List.of(one, two)).withTarget(TargetStatus.count(second, 3));
        assertThat(series.lines(Language.VIETNAMESE)).containsExactly(
                "Diễn biến từ ngày 31/12/2023 đến ngày 31/12/2025",
                "  Xã NTM: 31/12/2023: 4/5 xã; 31/12/2024: 2/5 xã (−2); 31/12/2025: 3/5 xã (+1)",
                "  Mục tiêu Xã NTM 3 xã: 3 xã: đạt");
        StandardComparison flat = new StandardComparison("commune-ntm", NTM, List.of(same("1", Standing.HELD,
                Standing.HELD), same("2", Standing.NOT_HELD, Standing.NOT_HELD), same("3", Standing.NOT_HELD,
                Standing.NOT_HELD), same("4", Standing.HELD, Standing.HELD), same("5", Standing.NOT_HELD,
                Standing.NOT_HELD)));
        assertThat(ComparisonSeries.ofSteps(List.of(one, EvaluationComparison.restore(b, c, CountingMode.OFFICIAL,
                List.of(flat), Map.of(), Map.of(), List.of()))).lines(Language.ENGLISH).get(1))
                .endsWith("2025-12-31: 2/5 rural communes (±0)");
        assertThat(series.steps()).hasSize(2);
        assertThat(series).isEqualTo(ComparisonSeries.ofSteps(List.of(one, two)).withTarget(TargetStatus.count(second,
                3))).hasSameHashCodeAs(ComparisonSeries.ofSteps(List.of(one, two)).withTarget(TargetStatus.count(second, 3)));
        assertThat(series).isNotEqualTo(ComparisonSeries.ofSteps(List.of(one, two))).isNotEqualTo("x");
        assertThat(series.toString()).startsWith("ComparisonSeries[");
        // steps must chain: the same side, a later date, the same counts
        assertThatThrownBy(() -> ComparisonSeries.ofSteps(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ComparisonSeries.ofSteps(List.of(two, one))).hasMessageContaining("does not start");
        EvaluationComparison back = EvaluationComparison.restore(b, a, CountingMode.OFFICIAL, List.of(first.reversed()),
                Map.of(), Map.of(), List.of());
        assertThatThrownBy(() -> ComparisonSeries.ofSteps(List.of(one, back))).hasMessageContaining("does not start");
        assertThatThrownBy(() -> ComparisonSeries.ofSteps(List.of(one, EvaluationComparison.restore(b, c,
                CountingMode.OFFICIAL, List.of(first), Map.of(), Map.of(), List.of())))).hasMessageContaining("counts 2");
        StandardComparison fewer = new StandardComparison("commune-ntm", NTM, List.of(same("1", Standing.HELD,
                Standing.HELD), same("2", Standing.NOT_HELD, Standing.NOT_HELD)));
        assertThatThrownBy(() -> ComparisonSeries.ofSteps(List.of(one, EvaluationComparison.restore(b, c,
                CountingMode.OFFICIAL, List.of(fewer), Map.of(), Map.of(), List.of())))).hasMessageContaining("counts");
        // a standard compared in the second step only is not chained
        assertThat(ComparisonSeries.ofSteps(List.of(EvaluationComparison.restore(a, b, CountingMode.OFFICIAL, List.of(),
                Map.of(), Map.of(), List.of()), two)).steps()).hasSize(2);
    }

    @Test
    void aSeriesOfEvaluationsNeedsTwoInDateOrder() {
        Evaluation a = ComparisonAcrossReorganisationTest.before();
        Evaluation b = ComparisonAcrossReorganisationTest.after();
        var history = io.github.ntmlib.core.locality.gso.GsoLists.haTinh();
        assertThatThrownBy(() -> ComparisonSeries.of(List.of(a), history)).hasMessageContaining("two evaluations");
        assertThatThrownBy(() -> ComparisonSeries.of(List.of(b, a), history)).hasMessageContaining("date order");
        assertThatThrownBy(() -> ComparisonSeries.of(List.of(a, a), history)).hasMessageContaining("date order");
        Evaluation middle = ComparisonAcrossReorganisationTest.evaluate(LocalDate.of(2025, 3, 31), List.of());
        ComparisonSeries s = ComparisonSeries.of(List.of(a, middle, b), history);
        assertThat(s.steps()).hasSize(2);
        assertThat(s.steps().get(1).standard("commune-ntm").orElseThrow().after()).isEqualTo(1);
        assertThat(s.lines(Language.VIETNAMESE).get(1)).isEqualTo("  Xã NTM: 31/12/2024: 4/182 xã; 31/03/2025: 0/171 xã "
                + "(−4); 30/09/2025: 1/60 xã (+1)");
    }
}
