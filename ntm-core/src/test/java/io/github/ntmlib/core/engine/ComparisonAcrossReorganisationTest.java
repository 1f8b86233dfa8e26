package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.ChangeKind;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.Standing;
import io.github.ntmlib.core.report.UnitChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hà Tĩnh's 2024 result on the units before the reorganisations against its result after 1 July 2025
 * on the 69 new units, through the shipped lineage (GSO lists and the merge map of 1 July 2025).
 */
class ComparisonAcrossReorganisationTest {

    private static final LocalityHistory HA_TINH = GsoLists.haTinh();
    private static final CriteriaSet SET = SmallSet.set();
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate AFTER = LocalDate.of(2025, 9, 30);
    private static final String NTM = "commune-ntm";

    private static StatusEvent ntm(String unit) {
        return StatusEvent.recognised(unit, NTM, LocalDate.of(2023, 6, 1), "QĐ " + unit, "UBND tỉnh");
    }

    static Evaluation evaluate(LocalDate asOf, List<StatusEvent> statuses) {
        return Evaluator.of(SET).evaluate(EvaluationRequest.of(asOf, asOf.getYear(), CountingMode.OFFICIAL),
                HA_TINH.asOf(asOf), Dataset.empty(), StatusRegister.of(statuses));
    }

    /** 2024: Sơn Ninh and Sơn Trung recognised, Sơn Bằng and Sơn Phú not; Kỳ Lợi and Thạch Trung (a phường from 1 January 2025) recognised. */
    static Evaluation before() {
        return evaluate(END_2024, List.of(ntm("18175"), ntm("18187"), ntm("18796"), ntm("18088")));
    }

    /** After the merger: xã Hương Sơn (18133) recognised anew. */
    static Evaluation after() {
        return evaluate(AFTER, List.of(StatusEvent.recognised("18133", NTM, LocalDate.of(2025, 8, 1), "QĐ mới",
                "UBND tỉnh")));
    }

    private static UnitChange group(StandardComparison s, String after) {
        return s.changes().stream().filter(c -> c.after().stream().anyMatch(m -> m.code().equals(after)))
                .findFirst().orElseThrow();
    }

    @Test
    void aMergedXaWhosePredecessorsDifferedIsReportedMixedWithEveryPredecessorsStanding() {
        EvaluationComparison c = EvaluationComparison.of(before(), after(), HA_TINH);
        StandardComparison ntm = c.standard(NTM).orElseThrow();
        UnitChange huongSon = group(ntm, "18133");
        assertThat(huongSon.kind()).isEqualTo(ChangeKind.MIXED);
        assertThat(huongSon.before()).extracting(UnitChange.Member::code, UnitChange.Member::standing)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("18133", Standing.NOT_APPLICABLE),
                        org.assertj.core.groups.Tuple.tuple("18175", Standing.HELD),
                        org.assertj.core.groups.Tuple.tuple("18187", Standing.HELD),
                        org.assertj.core.groups.Tuple.tuple("18190", Standing.NOT_HELD),
                        org.assertj.core.groups.Tuple.tuple("18217", Standing.NOT_HELD));
        assertThat(huongSon.after()).extracting(UnitChange.Member::code, UnitChange.Member::kind,
                UnitChange.Member::standing).containsExactly(org.assertj.core.groups.Tuple.tuple("18133",
                UnitKind.COMMUNE, Standing.HELD));
        assertThat(huongSon.links()).extracting(UnitChange.Link::share).containsOnly(Share.FULL);
        assertThat(huongSon.heldBefore()).isEqualTo(2);
        assertThat(huongSon.countedBefore()).isEqualTo(4);
        assertThat(huongSon.format(Language.VIETNAMESE)).startsWith("Xã Hương Sơn (18133) ← ")
                .contains("Xã Sơn Ninh (18175, xã, đạt)").contains("Xã Sơn Phú (18217, xã, chưa đạt)")
                .contains("Thị trấn Phố Châu (18133, thị trấn, không áp dụng)");
        assertThat(huongSon.format(Language.ENGLISH)).contains("Xã Sơn Bằng (18190, rural commune, not held)");
        // mixed is neither a gain nor a loss
        assertThat(ntm.changes(ChangeKind.GAINED)).noneMatch(g -> g.after().stream().anyMatch(m -> m.code().equals("18133")));
    }

    @Test
    void aXaSplitBetweenPhuongIsReportedInPartWithoutAGuessedShareAndLeavesCommuneNtm() {
        EvaluationComparison c = EvaluationComparison.of(before(), after(), HA_TINH);
        StandardComparison ntm = c.standard(NTM).orElseThrow();
        UnitChange kyLoi = ntm.changes().stream().filter(g -> g.before().stream().anyMatch(m -> m.code().equals("18796")))
                .findFirst().orElseThrow();
        assertThat(kyLoi.hasPartialShare()).isTrue();
        assertThat(kyLoi.links()).filteredOn(l -> l.from().equals("18796")).extracting(UnitChange.Link::to,
                UnitChange.Link::share).contains(org.assertj.core.groups.Tuple.tuple("18754", Share.PARTIAL),
                org.assertj.core.groups.Tuple.tuple("18823", Share.PARTIAL),
                org.assertj.core.groups.Tuple.tuple("18832", Share.PARTIAL));
        assertThat(kyLoi.after()).allMatch(m -> m.kind() == UnitKind.WARD && m.standing() == Standing.NOT_APPLICABLE);
        assertThat(kyLoi.kind()).isEqualTo(ChangeKind.NO_LONGER_APPLICABLE);
        assertThat(kyLoi.format(Language.VIETNAMESE)).contains("lịch sử đơn vị không cho biết tỷ lệ");
        assertThat(kyLoi.format(Language.ENGLISH)).contains("the lineage gives no share");
    }

    @Test
    void countsLineUpWithTheTalliesOfEachEvaluation() {
        Evaluation before = before();
        Evaluation after = after();
        EvaluationComparison c = EvaluationComparison.of(before, after, HA_TINH);
        StandardComparison ntm = c.standard(NTM).orElseThrow();
        assertThat(ntm.before()).isEqualTo(4);
        assertThat(ntm.after()).isEqualTo(1);
        assertThat(ntm.totalBefore()).isEqualTo(before.units(UnitKind.COMMUNE).size());
        assertThat(ntm.totalAfter()).isEqualTo(60);
        assertThat(ntm.change()).isEqualTo(-3);
        assertThat(ntm.shareAfter()).contains(Fraction.of(1, 60));
        assertThat(c.lines(Language.VIETNAMESE).get(1)).isEqualTo("  Xã NTM: 1/60 xã (đạt 1,7%) năm 2025, giảm 3 xã so với năm 2024 (4/"
                + ntm.totalBefore() + " xã, đạt " + io.github.ntmlib.base.Figures.formatPercent(4, ntm.totalBefore(), 1,
                Language.VIETNAMESE.locale()) + ")");
        assertThat(c.lines(Language.ENGLISH).get(0)).isEqualTo("Results of 2025-09-30 compared with 2024-12-31 (counting officially recognised units)");
    }

    @Test
    void aXaBecomePhuongBeforeTheMergerLeavesCommuneNtmWithItsStanding() {
        StandardComparison ntm = EvaluationComparison.of(before(), after(), HA_TINH).standard(NTM).orElseThrow();
        UnitChange tranPhu = group(ntm, "18100");
        assertThat(tranPhu.kind()).isEqualTo(ChangeKind.NO_LONGER_APPLICABLE);
        assertThat(tranPhu.before()).extracting(UnitChange.Member::code).containsExactly("18088", "18100", "18103",
                "18598");
        assertThat(tranPhu.before().get(0).standing()).isEqualTo(Standing.HELD);
        // merged on 1 January 2025 without a merge map: the lineage names no successor, and the comparison says so
        assertThat(ntm.changes(ChangeKind.NO_SUCCESSOR)).extracting(g -> g.before().get(0).code())
                .contains("18193", "18205");
        // urban standard: newly applicable to the phường formed from xã only
        assertThat(EvaluationComparison.of(before(), after(), HA_TINH).standard("civilised-urban").orElseThrow()
                .changes(ChangeKind.NEWLY_APPLICABLE)).extracting(g -> g.after().get(0).code()).contains("18100");
    }

    @Test
    void differentSnapshotsNeedTheLineage() {
        assertThatThrownBy(() -> EvaluationComparison.of(before(), after()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lineage");
    }
}
