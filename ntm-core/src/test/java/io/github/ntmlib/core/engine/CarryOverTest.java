package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnknownUnitException;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statuses across the 1 July 2025 merger of Phường Thành Sen (Hà Tĩnh). */
class CarryOverTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private final LocalityHistory haTinh = GsoLists.haTinh();

    private StatusRegister recognised(String... codes) {
        List<StatusEvent> events = new ArrayList<>();
        for (String code : codes) {
            events.add(StatusEvent.recognised(code, "civilised-urban", LocalDate.of(2023, 6, 1), "QĐ " + code, "UBND"));
        }
        return StatusRegister.of(events);
    }

    @Test
    void thePredecessorsStatusesAreReportedAndThePolicyDecides() {
        // Thành Sen: Nam Hà, Bắc Hà, Tân Giang, Đại Nài (part), Hà Huy Tập, Thạch Quý, Trần Phú, Văn Yên, Thạch Hưng
        String[] full = {"18073", "18077", "18079", "18085", "18091", "18094", "18097", "18109"};
        StatusRegister allFull = recognised(full);
        CarryOver c = CarryOver.of(haTinh, allFull, "18073", JULY, "civilised-urban", CarryOverPolicy.ALL_FULL_PREDECESSORS);
        assertThat(c.predecessors()).hasSize(9);
        assertThat(c.predecessors()).filteredOn(p -> p.share() == Share.PARTIAL).extracting(p -> p.predecessor().code())
                .containsExactly("18082");
        assertThat(c.carriedOver()).isTrue();
        assertThat(c.explanation()).startsWith("8/9 predecessors held civilised-urban on 2025-06-30");
        assertThat(c.asStatusEvent()).isPresent();
        assertThat(CarryOver.of(haTinh, allFull, "18073", JULY, "civilised-urban", CarryOverPolicy.ALL_PREDECESSORS)
                .carriedOver()).isFalse();
        assertThat(CarryOver.of(haTinh, allFull, "18073", JULY, "civilised-urban",
                CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT).asStatusEvent()).isEmpty();
        StatusRegister missingOne = recognised("18073", "18077");
        assertThat(CarryOver.of(haTinh, missingOne, "18073", JULY, "civilised-urban",
                CarryOverPolicy.ALL_FULL_PREDECESSORS).carriedOver()).isFalse();
    }

    @Test
    void aUnitNotFormedByAReorganisationHasNoCarryOver() {
        assertThatThrownBy(() -> CarryOver.of(haTinh, StatusRegister.empty(), "445", LocalDate.of(2025, 3, 1),
                "district-ntm", CarryOverPolicy.ALL_PREDECESSORS)).isInstanceOf(UnknownUnitException.class);
    }
}
