package io.github.ntmlib.ocop;

import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.io.CertificateCsv;
import io.github.ntmlib.ocop.io.ScorecardCsv;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 21: OCOP's typed errors are in Vietnamese and English, at the same position, subject and
 * field; the English message is unchanged.
 */
class BilingualReasonsTest {

    private static final Sheet SHEET_1 = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);
    private static final String CERTIFICATES = "product_code,product_name,subject_name,subject_kind,stars,authority,"
            + "issuer,decision,issued,expiry,proposed_for_five_stars,rerating_filed,rerating_decided,revoked_on,"
            + "revocation_reason,revocation_decision\n";

    private static void scorecards(String body) {
        ScorecardCsv.read(new StringReader("evaluator,criterion,option,points,knock_out\n" + body), "council.csv",
                SHEET_1, "Bưởi Phúc Trạch");
    }

    private static void certificates(String rows) {
        CertificateCsv.read(new StringReader(CERTIFICATES + rows), "certificates.csv");
    }

    @Test
    void aBadScorecardRowIsVietnameseInVietnamese() {
        InvalidDataException e = thrownBy(() -> scorecards("Member 1,1.3,x,,\n"));
        assertThat(e.getMessage()).isEqualTo("council.csv:2 [Bưởi Phúc Trạch / Member 1] field 'option': "
                + "not a whole number: 'x'");
        assertThat(e.message(Language.VIETNAMESE)).isEqualTo("council.csv:2 [Bưởi Phúc Trạch / Member 1] "
                + "trường 'option': không phải là số nguyên: 'x'");
        thrownBy(() -> scorecards("Member 1,1.3,7,,\n"));
        thrownBy(() -> scorecards("Member 1,1.3,,4,\n"));
        thrownBy(() -> scorecards("Member 1,9.9,1,,\n"));
        thrownBy(() -> scorecards("Member 1,1.3,1,1,\n"));
        thrownBy(() -> scorecards("Member 1,,,,H7\n"));
        thrownBy(() -> scorecards(",1.3,1,,\n"));
        thrownBy(() -> scorecards(""));
        thrownBy(() -> ScorecardCsv.read(new StringReader("evaluator,criterion\nA,1.1\n"), "council.csv", SHEET_1,
                "Bưởi"));
    }

    @Test
    void aBadCertificateIsVietnameseInVietnamese() {
        InvalidDataException date = thrownBy(() -> certificates(
                "42-18325-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,15/10/2024,,,,,,,\n"));
        assertThat(date.field()).contains("issued");
        assertThat(date.getMessage()).startsWith("certificates.csv:2 [42-18325-1-2024] field 'issued': bad value "
                + "'15/10/2024': ");
        InvalidDataException expiry = thrownBy(() -> certificates(
                "42-18325-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,2024-01-01,,,,,,\n"));
        assertThat(expiry.getMessage()).contains("expiry 2024-01-01 is not after issue 2024-10-15");
        assertThat(expiry.message(Language.VIETNAMESE)).contains("01/01/2024").contains("15/10/2024");
        thrownBy(() -> certificates("42-18325-2-2024,Bưởi,HTX B,HTX,2,PROVINCE,UBND,2/QĐ,2024-10-15,,,,,,,\n"));
        thrownBy(() -> certificates("42-18325-1-2024,Cam,HTX A,co-op,4,PROVINCE,UBND,1/QĐ,2024-10-15,,,,,,,\n"));
        thrownBy(() -> certificates("42-18325-1-2024,Cam,HTX A,HTX,4,nobody,UBND,1/QĐ,2024-10-15,,,,,,,\n"));
        thrownBy(() -> certificates("42-18325-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,,maybe,,,,,\n"));
        thrownBy(() -> certificates("42-183-1-2024,Cam,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,,,,,,,\n"));
        thrownBy(() -> certificates("42-18325-1-2024,,HTX A,HTX,4,PROVINCE,UBND,1/QĐ,2024-10-15,,,,,,,\n"));
        thrownBy(() -> CertificateCsv.read(new StringReader("product_code,stars\n42-18325-1-2024,3\n"), "x.csv"));
    }

    @Test
    void valuesGivenThroughTheApiAreVietnameseInVietnamese() {
        thrownBy(() -> Stars.of(7));
        thrownBy(() -> Instrument.byNumber("1/2000/QĐ-TTg"));
        thrownBy(() -> SHEET_1.requireCriterion("9.9"));
        thrownBy(() -> SheetCatalog.of(Instrument.QD_26_2026).sheet(99));
    }

    /** Input without quotes, so that the check can tell the quoted input from the sentence around it. */
    private static final Gen<String> NOT_A_CODE = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 30)
            .assuming(s -> !s.strip().matches("\\d{2}-\\d{5}-\\d{1,4}-\\d{4}") && s.indexOf('\'') < 0);

    @Test
    void everyMalformedProductCodeIsRefusedInBothLanguages() {
        qt().forAll(NOT_A_CODE).checkAssert(text -> {
            InvalidDataException e = thrownBy(() -> ProductCode.parse(text));
            assertThat(e).isInstanceOf(OcopDataException.class);
        });
    }

    @Test
    void everyBadOptionCellIsRefusedInBothLanguages() {
        qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 12)
                .assuming(s -> !s.isBlank() && !s.contains(",") && !s.contains("\"") && !s.contains("'") && !s.matches("[-+]?\\d+")))
                .checkAssert(cell -> thrownBy(() -> scorecards("Member 1,1.3," + cell.strip() + ",,\n")));
    }
}
