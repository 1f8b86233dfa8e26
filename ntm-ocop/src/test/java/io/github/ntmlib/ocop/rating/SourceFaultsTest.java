package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rating consequences of the data faults of issue 12, fixed in the converter. */
class SourceFaultsTest {

    private static final SheetCatalog CATALOG = SheetCatalog.of(Instrument.QD_26_2026);

    private static Rating rate(Scorecard card) {
        return Rater.standard().rate(new CouncilResult("P", RatingAuthority.PROVINCE, LocalDate.of(2026, 6, 20),
                List.of(card)));
    }

    @Test
    void sheet3MissingThe4StarMarkerOf51IsNotRatedFiveStars() {
        Sheet sheet3 = CATALOG.sheet(3);
        Scorecard card = Scorecard.builder("P", sheet3, "E1").choose("5.1", 4).chooseAll(Fill::top).build();
        Rating rating = rate(card);
        assertThat(rating.average().isAtLeast(90)).isTrue();
        assertThat(rating.missedMarkers()).anySatisfy(m -> {
            assertThat(m.criterion()).isEqualTo("5.1");
            assertThat(m.stars()).isEqualTo(Stars.FOUR);
        });
        assertThat(rating.awarded()).contains(Stars.THREE);
    }

    @Test
    void sheets21And22RecordAnIntellectualPropertyInfringementAsARejection() {
        for (int n : new int[] {21, 22}) {
            Sheet sheet = CATALOG.sheet(n);
            Scorecard card = Scorecard.builder("P", sheet, "E1").finding("6.2-K1").chooseAll(Fill::top).build();
            Rating rating = rate(card);
            assertThat(rating.outcome()).as("sheet %d", n).isEqualTo(Outcome.REJECTED);
            assertThat(rating.knockOuts()).singleElement().satisfies(k -> {
                assertThat(k.criterion()).contains("6.2");
                assertThat(k.text()).contains("sở hữu trí tuệ");
            });
        }
    }
}
