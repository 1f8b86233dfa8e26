package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UpgradeAdviceTest {

    private static final Sheet SHEET_1 = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);

    private static Scorecard topBut(String code, int option) {
        return Scorecard.builder("P", SHEET_1, "E1").choose(code, option).chooseAll(Fill::top).build();
    }

    @Test
    void aMissedFiveStarMarkerIsTheOneChange() {
        UpgradeAdvice advice = Rater.standard().advise(topBut("1.3", 2)).orElseThrow();
        assertThat(advice.current()).isEqualTo(Stars.FOUR);
        assertThat(advice.target()).isEqualTo(Stars.FIVE);
        assertThat(advice.changes()).containsExactly(new OptionChange("1.3", OptionalInt.of(2), 3, 2, 3));
        assertThat(advice.total()).isEqualTo(100);
        assertThat(Rater.standard().stars(advice.applyTo(topBut("1.3", 2)))).contains(Stars.FIVE);
    }

    @Test
    void aMissedFourStarMarkerLeadsToFourStarsNotFive() {
        UpgradeAdvice advice = Rater.standard().advise(topBut("2.3", 2)).orElseThrow();
        assertThat(advice.current()).isEqualTo(Stars.THREE);
        assertThat(advice.target()).isEqualTo(Stars.FOUR);
        assertThat(advice.changes()).extracting(OptionChange::criterion).containsExactly("2.3");
    }

    @Test
    void fromTheLowestOptionsThreeCriteriaOfFivePointsReachTwoStars() {
        Scorecard lowest = Fill.lowest(SHEET_1);
        UpgradeAdvice advice = Rater.standard().advise(lowest).orElseThrow();
        assertThat(advice.target()).isEqualTo(Stars.TWO);
        assertThat(advice.changes()).hasSize(3);
        assertThat(advice.gain()).isEqualTo(15);
        assertThat(advice.total()).isEqualTo(30);
        assertThat(Rater.standard().stars(advice.applyTo(lowest))).contains(Stars.TWO);
    }

    @Test
    void aStoryMakesTheConditionalCriterionApply() {
        Scorecard noStory = Scorecard.builder("P", SHEET_1, "E1").choose("5.1", 1).chooseAll(Fill::top).build();
        assertThat(noStory.total()).isEqualTo(93);
        assertThat(Rater.standard().stars(noStory)).as("5.1 carries a 4-sao marker").contains(Stars.THREE);
        UpgradeAdvice advice = Rater.standard().advise(noStory).orElseThrow();
        assertThat(advice.target()).isEqualTo(Stars.FOUR);
        assertThat(advice.changes()).extracting(OptionChange::criterion).containsExactly("5.1", "5.2");
        assertThat(advice.changes().get(1).from()).isEmpty();
        assertThat(Rater.standard().stars(advice.applyTo(noStory))).get().matches(s -> s.count() >= 4);
    }

    @Test
    void noAdviceAtFiveStarsOrAfterAKnockOut() {
        assertThat(Rater.standard().advise(Fill.top(SHEET_1, "E1"))).isEmpty();
        Scorecard rejected = Scorecard.builder("P", SHEET_1, "E1").finding("H1").chooseAll(Fill::lowest).build();
        assertThat(Rater.standard().advise(rejected)).isEmpty();
    }
}
