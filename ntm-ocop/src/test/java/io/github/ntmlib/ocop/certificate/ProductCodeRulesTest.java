package io.github.ntmlib.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a product code's parts (2-digit province, 5-digit commune, a sequence of 1 to 4 digits
 * that is not zero, a year from 2019) and a certificate's issue date.
 */
class ProductCodeRulesTest {

    @Test
    void eachPartOfAProductCodeHasItsDigits() {
        assertThat(new ProductCode("42", "18325", "1", 2019).year()).isEqualTo(2019);
        assertThat(new ProductCode("42", "18325", "9999", 9999).sequence()).isEqualTo("9999");
        assertThatThrownBy(() -> new ProductCode(null, "18325", "1", 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("province code must be 2 digits");
        assertThatThrownBy(() -> new ProductCode("042", "18325", "1", 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("province code must be 2 digits");
        assertThatThrownBy(() -> new ProductCode("42", null, "1", 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("commune code must be 5 digits");
        assertThatThrownBy(() -> new ProductCode("42", "1832", "1", 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("commune code must be 5 digits");
        assertThatThrownBy(() -> new ProductCode("42", "18325", null, 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("sequence");
        assertThatThrownBy(() -> new ProductCode("42", "18325", "000", 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("not zero");
        assertThatThrownBy(() -> new ProductCode("42", "18325", "12345", 2024)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("sequence");
        assertThatThrownBy(() -> new ProductCode("42", "18325", "1", 2018)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("start in 2019");
        assertThatThrownBy(() -> new ProductCode("42", "18325", "1", 10_000)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("start in 2019");
    }

    @Test
    void aCertificateIsIssuedOnADate() {
        assertThatThrownBy(() -> Certificate.issue(new ProductCode("42", "18325", "1", 2026), "Mật ong",
                CertificateTest.HTX, Stars.THREE, RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", "1/QĐ-UBND", null))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("issue date");
        assertThat(Certificate.issue(new ProductCode("42", "18325", "1", 2026), "Mật ong", CertificateTest.HTX,
                Stars.THREE, RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", "1/QĐ-UBND", LocalDate.of(2026, 3, 1))
                .expiry()).isEqualTo(LocalDate.of(2029, 3, 1));
    }
}
