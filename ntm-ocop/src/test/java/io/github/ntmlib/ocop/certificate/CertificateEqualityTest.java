package io.github.ntmlib.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A certificate is a value: equal (and hashed alike) to a certificate with the same product, name,
 * holder, stars, authority, issuer, decision, dates, 5-star proposal, re-rating and revocation, and
 * to no other; it names its product, holder, issuer and decision.
 */
class CertificateEqualityTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 10, 15);

    private static Certificate issue(String code, String name, Subject subject, Stars stars, String issuer,
            String decision, LocalDate issued) {
        return Certificate.issue(ProductCode.parse(code), name, subject, stars,
                RatingAuthority.recognising(stars, issued).orElseThrow(), issuer, decision, issued);
    }

    private static Certificate base() {
        return issue("42-18325-1-2024", "Cam Khe Mây", CertificateTest.HTX, Stars.FOUR, "UBND tỉnh Hà Tĩnh",
                "2394/QĐ-UBND", ISSUED);
    }

    @Test
    void aCertificateEqualsOnlyTheSameCertificate() {
        Certificate c = base();
        assertThat(c).isEqualTo(base()).hasSameHashCodeAs(base()).isEqualTo(c).isNotEqualTo("42-18325-1-2024");
        assertThat(c.productName()).isEqualTo("Cam Khe Mây");
        assertThat(c.issuer()).isEqualTo("UBND tỉnh Hà Tĩnh");
        assertThat(c.toString()).contains("42-18325-1-2024").contains("Cam Khe Mây").contains("2394/QĐ-UBND");
        List<Certificate> others = List.of(
                issue("42-18325-2-2024", "Cam Khe Mây", CertificateTest.HTX, Stars.FOUR, "UBND tỉnh Hà Tĩnh",
                        "2394/QĐ-UBND", ISSUED),
                issue("42-18325-1-2024", "Cam Vinh", CertificateTest.HTX, Stars.FOUR, "UBND tỉnh Hà Tĩnh",
                        "2394/QĐ-UBND", ISSUED),
                issue("42-18325-1-2024", "Cam Khe Mây", new Subject("Hộ Nguyễn Văn A", SubjectKind.values()[0]),
                        Stars.FOUR, "UBND tỉnh Hà Tĩnh", "2394/QĐ-UBND", ISSUED),
                issue("42-18325-1-2024", "Cam Khe Mây", CertificateTest.HTX, Stars.THREE, "UBND tỉnh Hà Tĩnh",
                        "2394/QĐ-UBND", ISSUED),
                issue("42-18325-1-2024", "Cam Khe Mây", CertificateTest.HTX, Stars.FOUR, "UBND huyện",
                        "2394/QĐ-UBND", ISSUED),
                issue("42-18325-1-2024", "Cam Khe Mây", CertificateTest.HTX, Stars.FOUR, "UBND tỉnh Hà Tĩnh",
                        "2395/QĐ-UBND", ISSUED),
                issue("42-18325-1-2024", "Cam Khe Mây", CertificateTest.HTX, Stars.FOUR, "UBND tỉnh Hà Tĩnh",
                        "2394/QĐ-UBND", ISSUED.plusDays(1)),
                c.withExpiry(c.expiry().minusDays(1)),
                c.proposeForFiveStars(),
                c.withReratingFiled(ISSUED.plusYears(2)),
                c.withReratingFiled(ISSUED.plusYears(2)).withReratingDecided(ISSUED.plusYears(2).plusDays(30)),
                c.revoke(new Revocation(ISSUED.plusYears(1), RevocationReason.FALSIFIED_DOSSIER, "1/QĐ-UBND")));
        for (Certificate other : others) {
            assertThat(c).as(other.toString()).isNotEqualTo(other);
            assertThat(c.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        Certificate filed = c.withReratingFiled(ISSUED.plusYears(2));
        assertThat(filed.withReratingDecided(ISSUED.plusYears(3))).isNotEqualTo(filed.withReratingDecided(ISSUED.plusYears(2)));
    }
}
