package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RaterTest {

    private static final SheetCatalog CATALOG = SheetCatalog.of(Instrument.QD_26_2026);
    private static final Sheet SHEET_1 = CATALOG.sheet(1);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    private static Rating rate(Rater rater, Scorecard... evaluations) {
        return rater.rate(new CouncilResult("P", RatingAuthority.PROVINCE, DAY, List.of(evaluations)));
    }

    private static Scorecard topBut(String code, int option) {
        Scorecard.Builder b = Scorecard.builder("P", SHEET_1, "E1");
        if (option == Scorecard.NONE_MET) {
            b.noneMet(code);
        } else {
            b.choose(code, option);
        }
        return b.chooseAll(Fill::top).build();
    }

    @Test
    void bandEdgesAreDecidedExactly() {
        assertThat(Rater.band(Score.of(new BigDecimal("29.99")))).isEqualTo(Stars.ONE);
        assertThat(Rater.band(Score.of(30))).isEqualTo(Stars.TWO);
        assertThat(Rater.band(Score.of(new BigDecimal("49.99")))).isEqualTo(Stars.TWO);
        assertThat(Rater.band(Score.of(50))).isEqualTo(Stars.THREE);
        assertThat(Rater.band(Score.of(new BigDecimal("69.5")))).isEqualTo(Stars.THREE);
        assertThat(Rater.band(Score.of(new BigDecimal("69.99")))).isEqualTo(Stars.THREE);
        assertThat(Rater.band(Score.of(70))).isEqualTo(Stars.FOUR);
        assertThat(Rater.band(Score.of(new BigDecimal("89.99")))).isEqualTo(Stars.FOUR);
        assertThat(Rater.band(Score.of(90))).isEqualTo(Stars.FIVE);
        assertThat(Rater.band(Score.of(100))).isEqualTo(Stars.FIVE);
        assertThat(Rater.band(Score.of(0))).isEqualTo(Stars.ONE);
        assertThat(Rater.band(Score.of(8999, 100))).isEqualTo(Stars.FOUR);
    }

    @Test
    void councilAverageIsAnExactFraction() {
        Rating v = rate(Rater.standard(), Fill.total(SHEET_1, "E1", 69, Stars.FOUR),
                Fill.total(SHEET_1, "E2", 70, Stars.FOUR));
        assertThat(v.average()).isEqualTo(Score.of(139, 2));
        assertThat(v.average().toString()).isEqualTo("69.5");
        assertThat(v.awarded()).contains(Stars.THREE);
        Rating third = rate(Rater.standard(), Fill.total(SHEET_1, "E1", 70, Stars.FOUR),
                Fill.total(SHEET_1, "E2", 70, Stars.FOUR), Fill.total(SHEET_1, "E3", 69, Stars.FOUR));
        assertThat(third.average()).isEqualTo(Score.of(209, 3));
        assertThat(third.average().toString()).isEqualTo("209/3");
        assertThat(third.awarded()).contains(Stars.THREE);
        Rating ninety = rate(Rater.standard(), Fill.total(SHEET_1, "E1", 90, Stars.FIVE),
                Fill.total(SHEET_1, "E2", 89, Stars.FIVE));
        assertThat(ninety.average().toString()).isEqualTo("89.5");
        assertThat(ninety.awarded()).contains(Stars.FOUR);
        assertThat(rate(Rater.standard(), Fill.total(SHEET_1, "E1", 90, Stars.FIVE)).earned()).contains(Stars.FIVE);
        assertThat(rate(Rater.standard(), Fill.total(SHEET_1, "E1", 30, Stars.ONE)).awarded()).contains(Stars.TWO);
        assertThat(rate(Rater.standard(), Fill.total(SHEET_1, "E1", 29, Stars.ONE)).awarded()).contains(Stars.ONE);
    }

    @Test
    void topOptionsEverywhereGive100AndFiveStars() {
        Rating v = rate(Rater.standard(), Fill.top(SHEET_1, "E1"));
        assertThat(v.average()).isEqualTo(Score.of(100));
        assertThat(v.earned()).contains(Stars.FIVE);
        assertThat(v.awarded()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.FIVE_STAR_CANDIDATE);
        assertThat(v.missedMarkers()).isEmpty();
        assertThat(v.parts()).extracting(p -> p.score().toString()).containsExactly("40", "25", "35");
        assertThat(v.isFiveStarCandidate()).isTrue();
        assertThat(v.recognisedBy()).contains(RatingAuthority.CENTRAL);
    }

    @Test
    void lowestOptionsEverywhereGive15AndOneStar() {
        Scorecard lowest = Fill.lowest(SHEET_1);
        assertThat(lowest.applies(SHEET_1.requireCriterion("5.2"))).isFalse();
        Rating v = rate(Rater.standard(), lowest);
        assertThat(v.average()).isEqualTo(Score.of(15));
        assertThat(v.awarded()).contains(Stars.ONE);
        assertThat(v.recognisedBy()).isEmpty();
    }

    @Test
    void secondOptionOf13Gives99PointsButFourStars() {
        Rating v = rate(Rater.standard(), topBut("1.3", 2));
        assertThat(v.average()).isEqualTo(Score.of(99));
        assertThat(v.band()).isEqualTo(Stars.FIVE);
        assertThat(v.awarded()).contains(Stars.FOUR);
        assertThat(v.missedMarkers()).extracting(MarkerCheck::criterion, MarkerCheck::stars)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.3", Stars.FIVE));
        assertThat(v.decidedBy()).contains("5 stars marker of 1.3").contains("rated 4 stars");
        assertThat(v.isFiveStarCandidate()).isFalse();
        assertThat(v.explain()).contains("MISSED 5 stars marker on 1.3").contains("Part A 39 / 40");
        // every marker checked is kept, the missed one among them; the summary names outcome and points
        assertThat(v.markers()).hasSizeGreaterThan(v.missedMarkers().size()).containsAll(v.missedMarkers());
        assertThat(v.toString()).startsWith("Rating[").contains("average " + v.average());
    }

    @Test
    void secondOptionOf23Gives99PointsButThreeStars() {
        Rating v = rate(Rater.standard(), topBut("2.3", 2));
        assertThat(v.average()).isEqualTo(Score.of(99));
        assertThat(v.awarded()).contains(Stars.THREE);
        assertThat(v.decidedBy()).contains("4 stars marker of 2.3");
        assertThat(v.parts().get(0).groups().get(1).score()).isEqualTo(Score.of(9));
    }

    @Test
    void thePolicyIsSelectable() {
        Scorecard e = topBut("2.3", 2);
        assertThat(Rater.with(MarkerPolicy.PER_LEVEL).stars(e)).contains(Stars.FIVE);
        assertThat(Rater.with(MarkerPolicy.POINTS_ONLY).stars(e)).contains(Stars.FIVE);
        Scorecard missing3 = topBut("2.3", Scorecard.NONE_MET);
        assertThat(Rater.standard().stars(missing3)).contains(Stars.TWO);
        assertThat(Rater.with(MarkerPolicy.PER_LEVEL).stars(missing3)).as("5 sao needs only 5-sao markers")
                .contains(Stars.FIVE);
        Scorecard missing5 = topBut("1.3", 2);
        assertThat(Rater.with(MarkerPolicy.PER_LEVEL).stars(missing5)).contains(Stars.FOUR);
        assertThat(Rater.with(MarkerPolicy.POINTS_ONLY).stars(missing5)).contains(Stars.FIVE);
        assertThat(Rater.with(MarkerPolicy.POINTS_ONLY).stars(missing3)).contains(Stars.FIVE);
    }

    @Test
    void knockOutsRejectOrStopInsteadOfScoring() {
        Scorecard falsified = Scorecard.builder("P", SHEET_1, "E1").finding("H1").chooseAll(Fill::top).build();
        Rating v = rate(Rater.standard(), falsified, Fill.top(SHEET_1, "E2"));
        assertThat(v.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(v.awarded()).isEmpty();
        assertThat(v.knockOuts()).extracting(k -> k.id()).containsExactly("H1");
        assertThat(v.decidedBy()).contains("H1");
        Scorecard impurities = Scorecard.builder("P", SHEET_1, "E1").finding("6.1-K1").chooseAll(Fill::top).build();
        assertThat(rate(Rater.standard(), impurities).outcome()).isEqualTo(Outcome.NOT_RATED);
        assertThat(Rater.standard().stars(impurities)).isEmpty();
    }

    @Test
    void aZeroOnAGuardedCriterionStopsTheEvaluation() {
        Sheet water = CATALOG.sheet(16);
        Scorecard zero = Scorecard.builder("P", water, "E1").choose("6.2", 1).chooseAll(Fill::top).build();
        Rating v = rate(Rater.standard(), zero);
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_RATED);
        assertThat(v.knockOuts()).singleElement().satisfies(k -> assertThat(k.zeroPointsIn()).contains("6.2"));
        Scorecard other = Scorecard.builder("P", water, "E2").chooseAll(Fill::top).build();
        assertThat(rate(Rater.standard(), zero, other).outcome()).as("council average on 6.2 is 1.5")
                .isEqualTo(Outcome.FIVE_STAR_CANDIDATE);
    }

    @Test
    void whoRecognisesDependsOnTheRatingDate() {
        assertThat(RatingAuthority.recognising(Stars.THREE, LocalDate.of(2025, 7, 5))).contains(RatingAuthority.DISTRICT);
        assertThat(RatingAuthority.recognising(Stars.THREE, LocalDate.of(2025, 7, 6))).contains(RatingAuthority.PROVINCE);
        assertThat(RatingAuthority.recognising(Stars.FOUR, LocalDate.of(2024, 10, 15))).contains(RatingAuthority.PROVINCE);
        assertThat(RatingAuthority.recognising(Stars.FIVE, DAY)).contains(RatingAuthority.CENTRAL);
        assertThat(RatingAuthority.recognising(Stars.TWO, DAY)).isEmpty();
        Rating central = Rater.standard().rate(new CouncilResult("P", RatingAuthority.CENTRAL, DAY,
                List.of(Fill.top(SHEET_1, "E1"))));
        assertThat(central.isFiveStarCandidate()).isFalse();
        assertThat(central.awarded()).contains(Stars.FIVE);
        assertThat(central.recognisedBy()).contains(RatingAuthority.CENTRAL);
    }

    @Test
    void badInputIsATypedError() {
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_1, "E1").choose("9.9", 1))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("9.9");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_1, "E1").choose("1.3", 4))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("option 4");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_1, "E1").choose("1.3", 1).choose("1.3", 2))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("answered twice");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_1, "E1").choose("1.3", 1).build())
                .isInstanceOf(OcopDataException.class).hasMessageContaining("1.1 is not answered");
        assertThatThrownBy(() -> Scorecard.ofPoints("P", SHEET_1, "E1", Map.of("1.3", 4)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("outside criterion 1.3");
        assertThatThrownBy(() -> Scorecard.builder("P", SHEET_1, "E1").finding("H9"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("H9");
        Scorecard lowest = Fill.lowest(SHEET_1);
        assertThatThrownBy(() -> new Scorecard("P", SHEET_1, "E1",
                plus(lowest.answers(), "5.2", 1), Set.of()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("does not apply");
        assertThatThrownBy(() -> new CouncilResult("P", RatingAuthority.PROVINCE, DAY,
                List.of(Fill.top(SHEET_1, "E1"), Fill.top(SHEET_1, "E1"))))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CouncilResult("P", RatingAuthority.PROVINCE, DAY,
                List.of(Fill.top(SHEET_1, "E1"), Fill.top(CATALOG.sheet(2), "E2"))))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("different sheets");
        assertThatThrownBy(() -> new CouncilResult("P", RatingAuthority.PROVINCE, DAY, List.of()))
                .isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> Rater.standard().rate(null)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("result");
        assertThatThrownBy(() -> Rater.standard().advise(null)).isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> Scorecard.builder("P", null, "E1").choose("1.1", 1))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("sheet");
        assertThatThrownBy(() -> Score.of(1, 0)).isInstanceOf(OcopDataException.class);
    }

    @Test
    void pointsFromAPaperSheetMapToOptions() {
        Map<String, Integer> points = new java.util.LinkedHashMap<>();
        Fill.top(SHEET_1, "E1").answers().forEach((code, option) ->
                points.put(code, SHEET_1.requireCriterion(code).option(option).orElseThrow().points()));
        points.put("1.1", 0);
        Scorecard e = Scorecard.ofPoints("P", SHEET_1, "E1", points);
        assertThat(e.answers().get("1.1")).isEqualTo(Scorecard.NONE_MET);
        assertThat(e.total()).isEqualTo(97);
    }

    private static Map<String, Integer> plus(Map<String, Integer> map, String key, int value) {
        Map<String, Integer> copy = new java.util.LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
