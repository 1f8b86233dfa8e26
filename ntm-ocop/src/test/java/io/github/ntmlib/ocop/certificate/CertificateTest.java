package io.github.ntmlib.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class CertificateTest {

    static final Subject HTX = new Subject("HTX Nông nghiệp Hương Trà", SubjectKind.COOPERATIVE);

    static Certificate certificate(String code, Stars stars, LocalDate issued) {
        RatingAuthority authority = RatingAuthority.recognising(stars, issued).orElseThrow();
        return Certificate.issue(ProductCode.parse(code), "Cam Khe Mây", HTX, stars, authority, "UBND tỉnh Hà Tĩnh",
                "2394/QĐ-UBND", issued);
    }

    @Test
    void productCodesReadAndWriteTXSttYyyy() {
        ProductCode code = ProductCode.parse("42-18325-012-2024");
        assertThat(code).isEqualTo(new ProductCode("42", "18325", "012", 2024));
        assertThat(code.toString()).isEqualTo("42-18325-012-2024");
        for (String bad : new String[] {"42-1832-012-2024", "4-18325-1-2024", "42-18325-0-2024", "42-18325-1-24",
                "42/18325/1/2024", "42-18325-1-2018"}) {
            assertThatThrownBy(() -> ProductCode.parse(bad)).as(bad).isInstanceOf(OcopDataException.class);
        }
    }

    @Test
    void aCertificateIsValid36MonthsWithAReratingWindow() {
        Certificate c = certificate("42-18325-1-2024", Stars.FOUR, LocalDate.of(2024, 10, 15));
        assertThat(c.authority()).isEqualTo(RatingAuthority.PROVINCE);
        assertThat(c.expiry()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(c.status(LocalDate.of(2024, 10, 14))).isEqualTo(CertificateStatus.NOT_YET_ISSUED);
        assertThat(c.status(LocalDate.of(2027, 10, 14))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.status(LocalDate.of(2027, 10, 15))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.reratingWindow()).isEqualTo(new ReratingWindow(LocalDate.of(2027, 4, 18),
                LocalDate.of(2027, 6, 17)));
        assertThat(c.reratingWindow().contains(LocalDate.of(2027, 4, 17))).isFalse();
        assertThat(c.reratingWindow().contains(LocalDate.of(2027, 6, 17))).isTrue();
    }

    @Test
    void aLateReratingKeepsTheCertificateUntilDecidedAtMost180Days() {
        Certificate c = certificate("42-18325-1-2024", Stars.THREE, LocalDate.of(2024, 3, 1));
        assertThat(c.authority()).as("3 sao before 6 Jul 2025").isEqualTo(RatingAuthority.DISTRICT);
        LocalDate expiry = c.expiry();
        Certificate onTime = c.withReratingFiled(expiry.minusDays(150));
        assertThat(onTime.isReratingLate()).isFalse();
        assertThat(onTime.status(expiry)).isEqualTo(CertificateStatus.EXPIRED);
        Certificate late = c.withReratingFiled(expiry.minusDays(30));
        assertThat(late.isReratingLate()).isTrue();
        assertThat(late.status(expiry)).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(late.status(expiry.plusDays(179))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(late.status(expiry.plusDays(180))).isEqualTo(CertificateStatus.EXPIRED);
        Certificate decided = late.withReratingDecided(expiry.plusDays(40));
        assertThat(decided.status(expiry.plusDays(39))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(decided.status(expiry.plusDays(40))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.withReratingFiled(expiry.plusDays(1)).status(expiry.plusDays(2)))
                .as("filed after expiry: nothing to extend").isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void revocationEndsValidityFromItsDate() {
        Certificate c = certificate("42-18325-1-2025", Stars.THREE, LocalDate.of(2025, 9, 1))
                .revoke(new Revocation(LocalDate.of(2026, 1, 10), RevocationReason.MARK_MISUSE, "15/QĐ-UBND"));
        assertThat(c.authority()).isEqualTo(RatingAuthority.PROVINCE);
        assertThat(c.status(LocalDate.of(2026, 1, 9))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.status(LocalDate.of(2026, 1, 10))).isEqualTo(CertificateStatus.REVOKED);
        assertThat(c.revocation().orElseThrow().reason().vietnamese()).startsWith("Sử dụng nhãn hiệu OCOP");
        assertThatThrownBy(() -> c.revoke(new Revocation(LocalDate.of(2026, 2, 1), RevocationReason.OTHER, "16")))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("already revoked");
    }

    @Test
    void badCertificatesAreTypedErrors() {
        Certificate c = certificate("42-18325-1-2024", Stars.FOUR, LocalDate.of(2024, 10, 15));
        assertThatThrownBy(() -> c.withExpiry(LocalDate.of(2024, 10, 1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("42-18325-1-2024")
                .hasMessageContaining("expiry");
        assertThatThrownBy(() -> Certificate.issue(c.product(), "X", HTX, Stars.TWO, RatingAuthority.PROVINCE, "UBND",
                "1/QĐ", LocalDate.of(2025, 1, 1))).isInstanceOf(OcopDataException.class).hasMessageContaining("2 sao");
        assertThatThrownBy(() -> Certificate.issue(c.product(), "X", HTX, Stars.FIVE, RatingAuthority.PROVINCE, "UBND",
                "1/QĐ", LocalDate.of(2026, 7, 1))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("authority");
        assertThatThrownBy(() -> Certificate.issue(c.product(), "X", HTX, Stars.THREE, RatingAuthority.DISTRICT,
                "UBND", "1/QĐ", LocalDate.of(2025, 8, 1))).isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> c.withReratingDecided(LocalDate.of(2027, 1, 1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("before it was filed");
        assertThatThrownBy(() -> new Revocation(null, RevocationReason.OTHER, "1"))
                .isInstanceOf(OcopDataException.class);
        assertThat(c.withExpiry(LocalDate.of(2026, 12, 31)).expiry()).as("Art. 12.1: kept expiry")
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void expiryIsExactly36MonthsAfterIssue() {
        LocalDate start = LocalDate.of(2019, 1, 1);
        qt().withExamples(500).forAll(integers().between(0, 365 * 12)).check(offset -> {
            LocalDate issued = start.plusDays(offset);
            Stars stars = offset % 2 == 0 ? Stars.THREE : Stars.FOUR;
            Certificate c = certificate("42-18325-7-2024", stars, issued);
            int months = (c.expiry().getYear() * 12 + c.expiry().getMonthValue())
                    - (issued.getYear() * 12 + issued.getMonthValue());
            boolean sameDayOrMonthEnd = c.expiry().getDayOfMonth() == issued.getDayOfMonth()
                    || c.expiry().getDayOfMonth() == c.expiry().lengthOfMonth()
                            && c.expiry().getDayOfMonth() < issued.getDayOfMonth();
            return months == 36 && sameDayOrMonthEnd && c.expiry().equals(issued.plusMonths(36))
                    && c.status(c.expiry().minusDays(1)) == CertificateStatus.VALID
                    && c.status(c.expiry()) == CertificateStatus.EXPIRED
                    && ChronoUnit.DAYS.between(c.reratingWindow().opens(), c.expiry()) == 180
                    && ChronoUnit.DAYS.between(c.reratingWindow().closes(), c.expiry()) == 120;
        });
    }

    @Test
    void onlyAFourStarCertificateIsProposedForFiveStars() {
        LocalDate issued = LocalDate.of(2026, 7, 1);
        for (Stars stars : new Stars[] {Stars.THREE, Stars.FIVE}) {
            Certificate c = certificate("42-18325-12-2026", stars, issued);
            assertThatThrownBy(c::proposeForFiveStars).as("%s", stars).isInstanceOf(OcopDataException.class)
                    .hasMessageContaining("proposedForFiveStars");
        }
        assertThat(certificate("42-18325-12-2026", Stars.FOUR, issued).proposeForFiveStars().proposedForFiveStars())
                .isTrue();
    }

    @Test
    void neitherReRatingNorRevocationPrecedesTheIssue() {
        LocalDate issued = LocalDate.of(2026, 7, 1);
        Certificate c = certificate("42-18325-12-2026", Stars.FOUR, issued);
        assertThatThrownBy(() -> c.withReratingFiled(issued.minusDays(1))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("reratingFiled");
        assertThat(c.withReratingFiled(issued).reratingFiled()).contains(issued);
        assertThatThrownBy(() -> c.revoke(new Revocation(issued.minusDays(1), RevocationReason.MARK_MISUSE,
                "1/QĐ-UBND"))).isInstanceOf(OcopDataException.class).hasMessageContaining("before issue");
        assertThat(c.revoke(new Revocation(issued, RevocationReason.MARK_MISUSE, "1/QĐ-UBND")).status(issued))
                .isEqualTo(CertificateStatus.REVOKED);
    }
}
