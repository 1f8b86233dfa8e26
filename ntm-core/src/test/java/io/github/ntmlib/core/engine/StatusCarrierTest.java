package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnknownUnitException;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOver.PredecessorStanding.Standing;
import io.github.ntmlib.core.report.CarryOverOutcome;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.core.report.StatusCarrier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statuses across the 1 July 2025 mergers in Hà Tĩnh (GSO lists), counted by unit kind. */
class StatusCarrierTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final LocalityHistory HA_TINH = GsoLists.haTinh();
    private static final CriteriaSet SET = SmallSet.set();
    // Phường Thành Sen (18073): Nam Hà, Bắc Hà, Tân Giang, Đại Nài (part), Hà Huy Tập, Thạch Quý, Trần Phú,
    // Văn Yên, Thạch Hưng — all phường before the merger.
    private static final String[] THANH_SEN_FULL = {"18073", "18077", "18079", "18085", "18091", "18094", "18097",
        "18109"};
    // Xã Hương Sơn (18133): Thị trấn Phố Châu (18133) and four xã.
    private static final String[] HUONG_SON_XA = {"18175", "18187", "18190", "18217"};

    private static StatusRegister recognised(String standard, String... codes) {
        List<StatusEvent> events = new ArrayList<>();
        for (String code : codes) {
            events.add(StatusEvent.recognised(code, standard, LocalDate.of(2023, 6, 1), "QĐ " + code, "UBND"));
        }
        return StatusRegister.of(events);
    }

    private static StatusCarrier carrier(StatusRegister register, CarryOverPolicy policy) {
        return StatusCarrier.of(HA_TINH, register, SET, policy);
    }

    @Test
    void aPhuongNeverReceivesACommuneStandardEvenWhenEveryPredecessorKeptIt() {
        // the former phường kept commune NTM recognised when they were xã, through the xã→phường conversion
        List<String> all = new ArrayList<>(List.of(THANH_SEN_FULL));
        all.add("18082");
        StatusRegister kept = recognised("commune-ntm", all.toArray(String[]::new));
        for (CarryOverPolicy policy : CarryOverPolicy.values()) {
            CarryOver c = carrier(kept, policy).carry("18073", JULY, "commune-ntm");
            assertThat(c.outcome()).isEqualTo(CarryOverOutcome.NOT_APPLICABLE_TO_UNIT);
            assertThat(c.carriedOver()).isFalse();
            assertThat(c.asStatusEvent()).isEmpty();
            assertThat(c.predecessors()).extracting(CarryOver.PredecessorStanding::standing)
                    .containsOnly(Standing.NOT_APPLICABLE);
        }
        assertThat(carrier(kept, CarryOverPolicy.ALL_PREDECESSORS).carryAll("18073", JULY))
                .extracting(CarryOver::standard).containsExactly("civilised-urban");
    }

    @Test
    void aXaFormedFromAThiTranAndFourNtmXaInheritsNtmAndReportsTheThiTranAsNotApplicable() {
        StatusRegister fourXa = recognised("commune-ntm", HUONG_SON_XA);
        CarryOver c = carrier(fourXa, CarryOverPolicy.ALL_FULL_PREDECESSORS).carry("18133", JULY, "commune-ntm");
        assertThat(c.carriedOver()).isTrue();
        assertThat(c.counted()).isEqualTo(4);
        assertThat(c.holding()).isEqualTo(4);
        assertThat(c.predecessors()).filteredOn(p -> p.standing() == Standing.NOT_APPLICABLE)
                .extracting(p -> p.predecessor().code()).containsExactly("18133");
        // the abolished huyện Hương Sơn, whose territory also passed to the xã, is not a predecessor
        assertThat(c.predecessors()).extracting(p -> p.predecessor().code()).doesNotContain("439");
        assertThat(c.explanation(Language.ENGLISH)).startsWith("4/4 predecessors of a kind the standard applies to")
                .contains("not applicable: 18133").endsWith("carried over");
        assertThat(c.explanation(Language.VIETNAMESE)).contains("không áp dụng: 18133").endsWith("kế thừa");
        assertThat(c.asStatusEvent()).hasValueSatisfying(e -> {
            assertThat(e.unit()).isEqualTo("18133");
            assertThat(e.date()).isEqualTo(JULY);
        });
        assertThat(carrier(fourXa, CarryOverPolicy.ALL_PREDECESSORS).carry("18133", JULY, "commune-ntm")
                .carriedOver()).isTrue();
        assertThat(carrier(fourXa, CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT).carry("18133", JULY, "commune-ntm")
                .outcome()).isEqualTo(CarryOverOutcome.REACKNOWLEDGEMENT_REQUIRED);
        StatusRegister threeXa = recognised("commune-ntm", "18175", "18187", "18190");
        CarryOver missing = carrier(threeXa, CarryOverPolicy.ALL_FULL_PREDECESSORS).carry("18133", JULY, "commune-ntm");
        assertThat(missing.outcome()).isEqualTo(CarryOverOutcome.NOT_CARRIED_OVER);
        assertThat(missing.predecessors()).filteredOn(p -> p.standing() == Standing.LACKED)
                .extracting(p -> p.predecessor().code()).containsExactly("18217");
    }

    @Test
    void everyStandardOfTheSetForOneNewUnitAtOnce() {
        StatusRegister register = recognised("commune-ntm", HUONG_SON_XA);
        List<CarryOver> all = carrier(register, CarryOverPolicy.ALL_FULL_PREDECESSORS).carryAll("18133", JULY);
        assertThat(all).extracting(CarryOver::standard)
                .containsExactly("commune-ntm", "commune-advanced", "commune-model");
        assertThat(all).extracting(CarryOver::outcome).containsExactly(CarryOverOutcome.CARRIED_OVER,
                CarryOverOutcome.NOT_CARRIED_OVER, CarryOverOutcome.NOT_CARRIED_OVER);
    }

    @Test
    void wholePredecessorsDecideUnderAllFullAndEveryPredecessorUnderAll() {
        StatusRegister eightFull = recognised("civilised-urban", THANH_SEN_FULL);
        CarryOver full = carrier(eightFull, CarryOverPolicy.ALL_FULL_PREDECESSORS).carry("18073", JULY,
                "civilised-urban");
        assertThat(full.predecessors()).hasSize(9);
        assertThat(full.predecessors()).filteredOn(p -> p.share() == Share.PARTIAL)
                .extracting(p -> p.predecessor().code()).containsExactly("18082");
        assertThat(full.carriedOver()).isTrue();
        assertThat(full.explanation(Language.ENGLISH)).startsWith("8/9 predecessors");
        assertThat(carrier(eightFull, CarryOverPolicy.ALL_PREDECESSORS).carry("18073", JULY, "civilised-urban")
                .carriedOver()).isFalse();
    }

    @Test
    void anUnknownStandardIdIsATypedErrorNotZeroOfN() {
        assertThatThrownBy(() -> carrier(StatusRegister.empty(), CarryOverPolicy.ALL_PREDECESSORS)
                .carry("18133", JULY, "commune-NTM"))
                .isInstanceOf(UnknownStandardException.class).hasMessageContaining("no standard 'commune-NTM'");
    }

    @Test
    void aUnitNotFormedByAReorganisationHasNoCarryOver() {
        assertThatThrownBy(() -> carrier(StatusRegister.empty(), CarryOverPolicy.ALL_PREDECESSORS)
                .carry("445", LocalDate.of(2025, 3, 1), "commune-ntm")).isInstanceOf(UnknownUnitException.class);
        assertThatThrownBy(() -> carrier(StatusRegister.empty(), CarryOverPolicy.ALL_PREDECESSORS)
                .carryAll("99999", JULY)).isInstanceOf(UnknownUnitException.class);
    }

    @Test
    void theExplanationNamesTheCountsTheSkippedPredecessorsThePolicyAndTheOutcome() {
        CarryOver ward = carrier(recognised("commune-ntm", THANH_SEN_FULL), CarryOverPolicy.ALL_PREDECESSORS)
                .carry("18073", JULY, "commune-ntm");
        assertThat(ward.unit()).isEqualTo("18073");
        assertThat(ward.explanation(Language.ENGLISH))
                .isEqualTo("the standard does not apply to the kind of 18073: not carried over");
        assertThat(ward.explanation(Language.VIETNAMESE))
                .isEqualTo("chuẩn không áp dụng cho loại đơn vị của 18073: không kế thừa");
        CarryOver full = carrier(recognised("civilised-urban", THANH_SEN_FULL), CarryOverPolicy.ALL_FULL_PREDECESSORS)
                .carry("18073", JULY, "civilised-urban");
        assertThat(full.explanation(Language.ENGLISH)).isEqualTo("8/9 predecessors of a kind the standard applies to"
                + " held it on 2025-06-30; policy: every wholly merged predecessor held it: "
                + CarryOverOutcome.CARRIED_OVER.label(Language.ENGLISH));
        assertThat(full.explanation(Language.VIETNAMESE)).isEqualTo("8/9 đơn vị trước sắp xếp thuộc loại áp dụng"
                + " đã đạt chuẩn vào ngày 30/06/2025; nguyên tắc: mọi đơn vị sáp nhập toàn bộ đã đạt: "
                + CarryOverOutcome.CARRIED_OVER.label(Language.VIETNAMESE));
        assertThat(full).hasToString("18073 civilised-urban: " + full.explanation(Language.ENGLISH));
    }
}
