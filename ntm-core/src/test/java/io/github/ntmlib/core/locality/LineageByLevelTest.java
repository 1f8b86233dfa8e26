package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.locality.gso.GsoLists;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Lineage limited to a level: the predecessor communes of a commune, not the abolished huyện. */
class LineageByLevelTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final LocalDate EVE = LocalDate.of(2025, 6, 30);
    private final LocalityHistory haTinh = GsoLists.haTinh();

    @Test
    void thePredecessorCommunesOfACommuneLeaveOutTheAbolishedDistrict() {
        assertThat(haTinh.predecessorsOn("18133", JULY, EVE)).extracting(AdminUnit::code).contains("439");
        assertThat(haTinh.predecessorsOn("18133", JULY, EVE, Level.COMMUNE)).extracting(AdminUnit::code)
                .containsExactlyInAnyOrder("18133", "18175", "18187", "18190", "18217");
        assertThat(haTinh.predecessorsOn("18133", JULY, EVE, Level.DISTRICT)).extracting(AdminUnit::code)
                .containsExactly("439");
    }

    @Test
    void theSuccessorsOfACommuneAtTheCommuneLevel() {
        assertThat(haTinh.successorsOn("18175", EVE, JULY, Level.COMMUNE)).extracting(AdminUnit::code)
                .containsExactly("18133");
        assertThat(haTinh.successorsOn("18175", EVE, JULY, Level.DISTRICT)).isEmpty();
    }
}
