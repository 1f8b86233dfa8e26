package io.github.ntmlib.examples;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.UpgradeAdvice;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding example: a provincial council rates a product on sheet 1 of Decision 26/2026/QĐ-TTg
 * (Rau, củ, quả, hạt tươi), and the least change that would lift a member's sheet to the next star.
 */
public final class OcopScoring {

    private OcopScoring() {
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * Rates the product and prints the rating and the upgrade advice.
     *
     * @param out where to print
     * @return the advice for the first member
     */
    public static UpgradeAdvice print(PrintStream out) {
        Sheet sheet = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);
        Scorecard member1 = Scorecard.builder("Bưởi Phúc Trạch", sheet, "Member 1")
                .choose("1.3", 2)                          // machinery, not advanced technology
                .chooseAll(c -> c.options().size())        // the top option everywhere else
                .build();
        Scorecard member2 = Scorecard.builder("Bưởi Phúc Trạch", sheet, "Member 2")
                .chooseAll(c -> c.options().size()).build();
        Rating rating = Rater.standard().rate(new CouncilResult("Bưởi Phúc Trạch", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 6, 20), List.of(member1, member2)));
        out.println(rating.explain());
        UpgradeAdvice advice = Rater.standard().advise(member1).orElseThrow();
        out.println("Member 1 reaches " + advice.target() + " with " + advice.changes());
        return advice;
    }
}
