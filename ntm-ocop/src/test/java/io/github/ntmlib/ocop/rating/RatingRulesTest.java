package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCase;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12's rating rules: authority by date, the cases of sheet 26, a candidacy that is no award. */
class RatingRulesTest {

    private static final SheetCatalog CATALOG = SheetCatalog.of(Instrument.QD_26_2026);
    private static final Sheet SHEET_1 = CATALOG.sheet(1);
    private static final Sheet SHEET_26 = CATALOG.sheet(26);

    @Test
    void aDistrictCouncilAfterTheTwoLevelReformIsRefused() {
        Scorecard top = Fill.top(SHEET_1, "E1");
        assertThatThrownBy(() -> Rater.standard().rate(new CouncilResult("P", RatingAuthority.DISTRICT,
                LocalDate.of(2026, 6, 20), List.of(top))))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("council")
                .hasMessageContaining("2025-07-06");
    }

    @Test
    void sheet26CasesMayNotBeMixed() {
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_26, "E1").choose("8", 2).choose("9", 4)
                .chooseAll(Fill::top).build())
                .isInstanceOf(OcopDataException.class).hasMessageContaining("two cases mixed")
                .hasMessageContaining("Trường hợp 1 (criterion 8)").hasMessageContaining("Trường hợp 2 (criterion 9)");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_26, "E1").inCase(SheetCase.CASE_1).choose("9", 4)
                .chooseAll(Fill::top).build())
                .isInstanceOf(OcopDataException.class).hasMessageContaining("criterion 9")
                .hasMessageContaining("scorecard is in Trường hợp 1");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_26, "E1").chooseAll(Fill::top).build())
                .isInstanceOf(OcopDataException.class).hasMessageContaining("choose it");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_1, "E1").inCase(SheetCase.CASE_2)
                .chooseAll(Fill::top).build())
                .isInstanceOf(OcopDataException.class).hasMessageContaining("has no cases");
        Scorecard case2 = Scorecard.builder("P", SHEET_26, "E1").inCase(SheetCase.CASE_2)
                .chooseAll(c -> Fill.top(c, SheetCase.CASE_2)).build();
        assertThat(case2.sheetCase()).contains(SheetCase.CASE_2);
        assertThat(case2.total()).isEqualTo(100);
        assertThat(case2.answers()).containsEntry("8", 4).containsEntry("9", 4).containsEntry("15", 4);
    }

    @Test
    void sheet26PointsNeverSilentlyPickCase1() {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (var c : SHEET_26.criteria()) {
            points.put(c.code(), c.topPoints());
        }
        assertThatThrownBy(() -> Scorecard.ofPoints("P", SHEET_26, "E1", points))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("Trường hợp");
        Scorecard case2 = Scorecard.ofPoints("P", SHEET_26, "E1", SheetCase.CASE_2, points);
        assertThat(case2.answers()).containsEntry("8", 4).containsEntry("9", 4).containsEntry("15", 4);
        Scorecard case1 = Scorecard.ofPoints("P", SHEET_26, "E1", SheetCase.CASE_1, points);
        assertThat(case1.answers()).containsEntry("8", 2).containsEntry("9", 2).containsEntry("15", 2);
        assertThat(Rater.standard().advise(Scorecard.builder("P", SHEET_26, "E1").inCase(SheetCase.CASE_2)
                .chooseAll(c -> Fill.lowest(c, SheetCase.CASE_2)).build()).orElseThrow().changes())
                .allSatisfy(ch -> assertThat(SHEET_26.requireCriterion(ch.criterion()).option(ch.to()).orElseThrow()
                        .sheetCase()).isNotEqualTo(java.util.Optional.of(SheetCase.CASE_1)));
    }

    @Test
    void aProvincialFiveStarResultIsACandidacyNotAnAward() {
        Rating rating = Rater.standard().rate(new CouncilResult("P", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 6, 20), List.of(Fill.top(SHEET_1, "E1"))));
        assertThat(rating.awarded()).isEmpty();
        assertThat(rating.earned()).contains(Stars.FIVE);
        assertThat(rating.outcome()).isEqualTo(Outcome.FIVE_STAR_CANDIDATE);
        assertThat(rating.isFiveStarCandidate()).isTrue();
        assertThat(rating.recognisedBy()).contains(RatingAuthority.CENTRAL);
        Rating central = Rater.standard().rate(new CouncilResult("P", RatingAuthority.CENTRAL,
                LocalDate.of(2026, 6, 20), List.of(Fill.top(SHEET_1, "E1"))));
        assertThat(central.awarded()).contains(Stars.FIVE);
    }
}
