package io.github.ntmlib.ocop.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.certificate.Subject;
import io.github.ntmlib.ocop.certificate.SubjectKind;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.OptionChange;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Score;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding example true; it runs from a package with no access to internals. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleHolds() {
        Sheet sheet = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);
        Scorecard member1 = Scorecard.builder("Bưởi Phúc Trạch", sheet, "Member 1")
                .choose("1.3", 2)
                .chooseAll(c -> c.options().size())
                .build();
        Scorecard member2 = Scorecard.builder("Bưởi Phúc Trạch", sheet, "Member 2")
                .chooseAll(c -> c.options().size()).build();
        Rating verdict = Rater.standard().rate(new CouncilResult("Bưởi Phúc Trạch",
                RatingAuthority.PROVINCE, LocalDate.of(2026, 6, 20), List.of(member1, member2)));
        assertThat(verdict.average()).isEqualTo(Score.of(199, 2));
        assertThat(verdict.average().toString()).isEqualTo("99.5");
        assertThat(verdict.awarded()).contains(Stars.FOUR);
        assertThat(verdict.explain()).contains("MISSED 5 stars marker on 1.3: needs 3, has 2.5");
        assertThat(Rater.standard().advise(member1).orElseThrow().changes())
                .containsExactly(new OptionChange("1.3", OptionalInt.of(2), 3, 2, 3));

        Certificate certificate = Certificate.issue(ProductCode.parse("42-18325-12-2026"), "Bưởi Phúc Trạch",
                new Subject("HTX Phúc Trạch", SubjectKind.COOPERATIVE), Stars.FOUR,
                RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", "1234/QĐ-UBND", LocalDate.of(2026, 7, 1));
        assertThat(certificate.expiry()).isEqualTo(LocalDate.of(2029, 7, 1));
        PortfolioReport report = Portfolio.of(List.of(certificate)).asOf(LocalDate.of(2026, 12, 31));
        assertThat(report.valid()).isEqualTo(1);
        assertThat(report.byStars()).isEqualTo(Map.of(Stars.THREE, 0, Stars.FOUR, 1, Stars.FIVE, 0));
        assertThat(report.byStars().toString()).isEqualTo("{THREE=0, FOUR=1, FIVE=0}");
        assertThat(report.byProvince()).isEqualTo(Map.of("42", 1));
    }
}
