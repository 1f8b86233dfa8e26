package io.github.ntmlib.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.Outcome;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardCsvTest {

    private static final Sheet SHEET_1 = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);

    /** Rows answering every criterion with its last (top) option, by option number or by points. */
    private static String rows(String evaluator, boolean byPoints) {
        StringBuilder csv = new StringBuilder();
        for (SheetCriterion c : SHEET_1.criteria()) {
            int last = c.options().size();
            csv.append(evaluator).append(',').append(c.code()).append(',')
                    .append(byPoints ? "," + c.option(last).orElseThrow().points() : last + ",").append(",\n");
        }
        return csv.toString();
    }

    private static List<Scorecard> read(String body) {
        return ScorecardCsv.read(new StringReader("evaluator,criterion,option,points,knock_out\n" + body),
                "council.csv", SHEET_1, "Bưởi Phúc Trạch");
    }

    @Test
    void readsACouncilsSheets() {
        List<Scorecard> evaluations = read(rows("Member 1", false) + rows("Member 2", true));
        assertThat(evaluations).extracting(Scorecard::evaluator).containsExactly("Member 1", "Member 2");
        Rating v = Rater.standard().rate(new CouncilResult("Bưởi Phúc Trạch", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 6, 20), evaluations));
        assertThat(v.earned()).contains(Stars.FIVE);
        assertThat(v.awarded()).isEmpty();
        List<Scorecard> rejected = read(rows("Member 1", false) + "Member 1,,,,H1\n");
        assertThat(Rater.standard().rate(new CouncilResult("Bưởi Phúc Trạch", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 6, 20), rejected)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void badRowsNameTheirLineAndCriterion() {
        String good = rows("Member 1", false);
        int n = SHEET_1.criteria().size();
        assertThatThrownBy(() -> read(good + "Member 1,1.3,2,,\n")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("council.csv:" + (n + 2)).hasMessageContaining("answered twice")
                .hasMessageContaining("'1.3'");
        assertThatThrownBy(() -> read("Member 1,1.3,7,,\n")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("council.csv:2").hasMessageContaining("option 7");
        assertThatThrownBy(() -> read("Member 1,1.3,,4,\n")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("council.csv:2").hasMessageContaining("outside criterion 1.3");
        assertThatThrownBy(() -> read("Member 1,9.9,1,,\n")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("council.csv:2").hasMessageContaining("9.9");
        assertThatThrownBy(() -> read("Member 1,1.3,1,1,\n")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> read("Member 1,,,,H7\n")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("H7");
        assertThatThrownBy(() -> read(good.replace("Member 1,2.2,4,,\n", ""))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("council.csv").hasMessageContaining("'2.2'")
                .hasMessageContaining("not answered");
        assertThatThrownBy(() -> read("")).isInstanceOf(OcopDataException.class);
    }

    @Test
    void aRatingCannotUseSheetsBeforeTheirInstrument() {
        List<Scorecard> evaluations = read(rows("Member 1", false));
        assertThatThrownBy(() -> new CouncilResult("Bưởi Phúc Trạch", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 5, 21), evaluations)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("in force from 2026-05-22");
    }

    @Test
    void sheet26TakesItsCaseFromTheCaseColumn() {
        Sheet sheet26 = SheetCatalog.of(Instrument.QD_26_2026).sheet(26);
        StringBuilder csv = new StringBuilder("evaluator,criterion,option,points,knock_out,case\n");
        csv.append("Member 1,,,,,2\n");
        for (SheetCriterion c : sheet26.criteria()) {
            csv.append("Member 1,").append(c.code()).append(",,").append(c.points()).append(",,\n");
        }
        List<Scorecard> cards = ScorecardCsv.read(new StringReader(csv.toString()), "tour.csv", sheet26, "Homestay");
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.sheetCase()).contains(io.github.ntmlib.ocop.sheet.SheetCase.CASE_2);
            assertThat(card.answers()).containsEntry("8", 4).containsEntry("15", 4);
            assertThat(card.total()).isEqualTo(100);
        });
        String noCase = csv.toString().replace("Member 1,,,,,2\n", "");
        assertThatThrownBy(() -> ScorecardCsv.read(new StringReader(noCase), "tour.csv", sheet26, "Homestay"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("tour.csv")
                .hasMessageContaining("Trường hợp");
        String twoCases = csv.toString().replace("Member 1,8,,3,,", "Member 1,8,,3,,1");
        assertThatThrownBy(() -> ScorecardCsv.read(new StringReader(twoCases), "tour.csv", sheet26, "Homestay"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("tour.csv:")
                .hasMessageContaining("two cases chosen");
    }
}
