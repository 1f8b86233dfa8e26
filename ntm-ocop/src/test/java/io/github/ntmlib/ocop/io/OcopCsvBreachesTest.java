package io.github.ntmlib.ocop.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.OcopDataException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Issue 15: the OCOP CSV readers' breaches, as regression tests. */
class OcopCsvBreachesTest {

    private static final String HEADER = "product_code,product_name,subject_name,subject_kind,stars,authority,issuer,"
            + "decision,issued,expiry,proposed_for_five_stars,rerating_filed,rerating_decided,revoked_on,"
            + "revocation_reason,revocation_decision\n";
    private static final String ROW = "42-18325-1-2024,Cam Khe Mây,HTX Hương Trà,HTX,4,PROVINCE,UBND tỉnh Hà Tĩnh,"
            + "2394/QĐ-UBND,2024-10-15,,false,,,,,";

    @Test
    void dateArithmeticFailuresAreTypedErrorsWithTheirLine() {
        String csv = HEADER + ROW + "\n" + ROW.replace("2024-10-15", "+999999999-12-31") + "\n";
        assertThatThrownBy(() -> CertificateCsv.read(new StringReader(csv), "certificates.csv"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("certificates.csv:3");
    }

    @Test
    void badRowsNameTheirLineNotLineZero() {
        String csv = HEADER + ROW + "\n" + ROW.replace("2024-10-15", "2024-02-30") + "\n";
        assertThatThrownBy(() -> CertificateCsv.read(new StringReader(csv), "certificates.csv"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("certificates.csv:3")
                .hasMessageContaining("issued");
    }

    @Test
    void extraCellsAreAnErrorNamingLineAndColumn() {
        String csv = HEADER + ROW + ",extra\n";
        assertThatThrownBy(() -> CertificateCsv.read(new StringReader(csv), "certificates.csv"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("certificates.csv:2")
                .hasMessageContaining("column 17");
    }
}
