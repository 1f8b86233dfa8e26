package io.github.ntmlib.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.CertificateStatus;
import io.github.ntmlib.ocop.certificate.RevocationReason;
import io.github.ntmlib.ocop.certificate.SubjectKind;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateCsvTest {

    private static final String HEADER = "product_code,product_name,subject_name,subject_kind,stars,authority,issuer,"
            + "decision,issued,expiry,proposed_for_five_stars,rerating_filed,rerating_decided,revoked_on,"
            + "revocation_reason,revocation_decision\n";

    private static List<Certificate> read(String rows) {
        return CertificateCsv.read(new StringReader(HEADER + rows), "certificates.csv");
    }

    @Test
    void readsCertificatesWithOptionalColumns() {
        List<Certificate> list = read("""
                42-18325-1-2024,Cam Khe Mây,HTX Hương Trà,HTX,4,PROVINCE,UBND tỉnh Hà Tĩnh,2394/QĐ-UBND,2024-10-15,,false,,,,,
                42-18301-2-2021,Mật ong,Hộ Nguyễn Văn B,"Hộ sản xuất, hộ gia đình có đăng ký kinh doanh",3,Cấp huyện,UBND huyện Hương Khê,12/QĐ-UBND,2021-06-01,2024-05-31,,,,,,
                01-00001-3-2025,Trà,Công ty A,ENTERPRISE,4,cap tinh,UBND TP Hà Nội,5/QĐ-UBND,2025-09-01,,true,,,2026-01-10,MARK_MISUSE,7/QĐ-UBND
                """);
        assertThat(list).hasSize(3);
        assertThat(list.get(0).subject().kind()).isEqualTo(SubjectKind.COOPERATIVE);
        assertThat(list.get(0).expiry()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(list.get(1).subject().kind()).isEqualTo(SubjectKind.HOUSEHOLD);
        assertThat(list.get(1).authority()).isEqualTo(RatingAuthority.DISTRICT);
        assertThat(list.get(1).expiry()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(list.get(2).proposedForFiveStars()).isTrue();
        assertThat(list.get(2).revocation().orElseThrow().reason()).isEqualTo(RevocationReason.MARK_MISUSE);
        assertThat(list.get(2).status(LocalDate.of(2026, 2, 1))).isEqualTo(CertificateStatus.REVOKED);
        assertThat(Portfolio.of(list).asOf(LocalDate.of(2025, 12, 31)).byStars().get(Stars.FOUR)).isEqualTo(2);
    }

    @Test
    void aBadRowNamesSourceLineProductAndColumn() {
        assertThatThrownBy(() -> read("""
                42-18325-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,,,,,,,
                42-18325-2-2024,Bưởi,HTX B,HTX,2,PROVINCE,UBND,2/QĐ,2024-10-15,,,,,,,
                """)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("certificates.csv:3").hasMessageContaining("42-18325-2-2024")
                .hasMessageContaining("stars");
        assertThatThrownBy(() -> read("42-18325-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,2024-01-01,,,,,,\n"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("certificates.csv:2")
                .hasMessageContaining("expiry");
        assertThatThrownBy(() -> read("42-18325-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,15/10/2024,,,,,,,\n"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> read("42-18325-1-2024,Cam,HTX A,co-op,4,PROVINCE,UBND,1/QĐ,2024-10-15,,,,,,,\n"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("subject_kind");
        assertThatThrownBy(() -> read("42-183-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,,,,,,,\n"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("product_code");
        assertThatThrownBy(() -> CertificateCsv.read(new StringReader("product_code,stars\n42-18325-1-2024,3\n"),
                "x.csv")).isInstanceOf(OcopDataException.class).hasMessageContaining("x.csv:1")
                .hasMessageContaining("missing column");
    }

    @Test
    void anUnknownSubjectKindListsTheAcceptedValuesAndAbbreviationsAreRead() {
        // issue 20: the error did not list the accepted kinds
        assertThatThrownBy(() -> read("42-18325-1-2024,Cam,HTX Hương Trà,hợp tác,4,PROVINCE,UBND tỉnh,1/QĐ-UBND,"
                + "2024-10-15,,false,,,,,\n"))
                .isInstanceOf(OcopDataException.class)
                .hasMessageContaining("certificates.csv:2").hasMessageContaining("field 'subject_kind'")
                .hasMessageContaining("COOPERATIVE (Hợp tác xã, HTX)")
                .hasMessageContaining("COOPERATIVE_GROUP (Tổ hợp tác, THT)")
                .hasMessageContaining("OPERATING_CENTRE (Trung tâm điều hành hoặc tổ chức tương đương)");
        assertThat(read("42-18325-1-2024,Cam,Công ty A,DN,4,PROVINCE,UBND tỉnh,1/QĐ-UBND,2024-10-15,,false,,,,,\n"
                + "42-18325-2-2024,Cam,Trang trại B,farm,4,PROVINCE,UBND tỉnh,1/QĐ-UBND,2024-10-15,,false,,,,,\n"))
                .extracting(c -> c.subject().kind()).containsExactly(SubjectKind.ENTERPRISE, SubjectKind.FARM);
        assertThatThrownBy(() -> read("42-18325-1-2024,Cam,HTX,HTX,4,TỈNH X,UBND tỉnh,1/QĐ-UBND,2024-10-15,,false,,,,,\n"))
                .hasMessageContaining("field 'authority'").hasMessageContaining("accepted: ");
    }
}
