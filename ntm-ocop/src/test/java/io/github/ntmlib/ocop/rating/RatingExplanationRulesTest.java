package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what a rating says and who may give it: the count of evaluations, the policy and the
 * council in the explanation, the product and sheet it names, which councils rate on a date, and
 * the inputs a council result, a transition and advice refuse.
 */
class RatingExplanationRulesTest {

    private static final SheetCatalog CATALOG = SheetCatalog.of(Instrument.QD_26_2026);
    private static final Sheet SHEET_1 = CATALOG.sheet(1);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    private static Rating rate(Rater rater, RatingAuthority council, Scorecard... evaluations) {
        return rater.rate(new CouncilResult("P", council, DAY, List.of(evaluations)));
    }

    @Test
    void theExplanationCountsOneEvaluationOrSeveral() {
        Rating one = rate(Rater.standard(), RatingAuthority.PROVINCE, Fill.total(SHEET_1, "E1", 75, Stars.FOUR));
        assertThat(one.decidedBy()).contains("over 1 evaluation ").doesNotContain("evaluations");
        Rating two = rate(Rater.standard(), RatingAuthority.PROVINCE, Fill.total(SHEET_1, "E1", 75, Stars.FOUR),
                Fill.total(SHEET_1, "E2", 75, Stars.FOUR));
        assertThat(two.decidedBy()).contains("over 2 evaluations");
        assertThat(two.product()).isEqualTo("P");
        assertThat(two.sheetId()).isEqualTo(SHEET_1.id());
        assertThat(two.explain()).startsWith("P on " + SHEET_1.id() + ": ");
    }

    @Test
    void aLevelTheMarkersAllowIsExplainedAsMeetingThemOrAsPointsOnly() {
        Scorecard seventyFive = Fill.total(SHEET_1, "E1", 75, Stars.FOUR);
        Rating standard = rate(Rater.standard(), RatingAuthority.PROVINCE, seventyFive);
        assertThat(standard.awarded()).contains(Stars.FOUR);
        assertThat(standard.decidedBy()).contains("meets every marker it needs; rated 4 stars.");
        Rating pointsOnly = rate(Rater.with(MarkerPolicy.POINTS_ONLY), RatingAuthority.PROVINCE, seventyFive);
        assertThat(pointsOnly.decidedBy()).contains("markers do not decide (points only policy)")
                .doesNotContain("meets every marker");
    }

    @Test
    void aFiveStarLevelIsAwardedOnlyByTheCentralCouncil() {
        Rating province = rate(Rater.standard(), RatingAuthority.PROVINCE, Fill.top(SHEET_1, "E1"));
        assertThat(province.outcome()).isEqualTo(Outcome.FIVE_STAR_CANDIDATE);
        assertThat(province.decidedBy()).contains("cannot recognise 5 stars");
        assertThat(province.explain()).contains("(earned 5 stars, not awarded)");
        Rating central = rate(Rater.standard(), RatingAuthority.CENTRAL, Fill.top(SHEET_1, "E1"));
        assertThat(central.outcome()).isEqualTo(Outcome.RATED);
        assertThat(central.awarded()).contains(Stars.FIVE);
        assertThat(central.decidedBy()).doesNotContain("cannot recognise");
        assertThat(central.explain()).contains(": " + Outcome.RATED.english() + ", " + Stars.FIVE.english())
                .doesNotContain("not awarded");
    }

    @Test
    void aDistrictCouncilRatesOnlyBeforeTheTwoLevelGovernment() {
        LocalDate start = RatingAuthority.TWO_LEVEL_FROM;
        assertThat(RatingAuthority.DISTRICT.ratesOn(start.minusDays(1))).isTrue();
        assertThat(RatingAuthority.DISTRICT.ratesOn(start)).isFalse();
        assertThat(RatingAuthority.PROVINCE.ratesOn(start.plusYears(1))).isTrue();
        assertThat(RatingAuthority.CENTRAL.ratesOn(start.plusYears(1))).isTrue();
    }

    @Test
    void aCouncilResultNamesItsProductAndHasItsLevelDateAndScorecards() {
        Scorecard e1 = Fill.total(SHEET_1, "E1", 75, Stars.FOUR);
        assertThatThrownBy(() -> new CouncilResult(" ", RatingAuthority.PROVINCE, DAY, List.of(e1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("names its product");
        assertThatThrownBy(() -> new CouncilResult(null, RatingAuthority.PROVINCE, DAY, List.of(e1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("names its product");
        assertThatThrownBy(() -> new CouncilResult("P", null, DAY, List.of(e1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("level, date and scorecards");
        assertThatThrownBy(() -> new CouncilResult("P", RatingAuthority.PROVINCE, null, List.of(e1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("level, date and scorecards");
        assertThatThrownBy(() -> new CouncilResult("P", RatingAuthority.PROVINCE, DAY, List.of()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("level, date and scorecards");
        Scorecard other = Fill.total(CATALOG.sheet(2), "E2", 75, Stars.FOUR);
        assertThatThrownBy(() -> new CouncilResult("P", RatingAuthority.PROVINCE, DAY, List.of(e1, other)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("different sheets");
    }

    @Test
    void aTransitionNeedsADayAndAKindAndAdviceAtLeastOneChange() {
        assertThatThrownBy(() -> Transition.forDossier(null, DossierKind.values()[0]))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("filing day and a kind");
        assertThatThrownBy(() -> Transition.forDossier(DAY, null))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("filing day and a kind");
        assertThatThrownBy(() -> new UpgradeAdvice(Stars.THREE, Stars.FOUR, List.of(), 70))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("at least one change");
    }

    @Test
    void scoresOfDifferentValueAreUnequal() {
        assertThat(Score.of(139, 2)).isNotEqualTo(Score.of(70)).isNotEqualTo("69.5");
        assertThat(Score.of(139, 2).hashCode()).isNotEqualTo(Score.of(70).hashCode());
        assertThat(Score.of(139, 2).compareTo(Score.of(70))).isNegative();
        assertThat(Score.of(70).compareTo(Score.of(139, 2))).isPositive();
    }
}
