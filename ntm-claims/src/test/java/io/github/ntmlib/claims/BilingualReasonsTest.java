package io.github.ntmlib.claims;

import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 21: the claims checker's typed errors are in Vietnamese and English, naming the same
 * field; the English message is unchanged.
 */
class BilingualReasonsTest {

    @Test
    void inputsOverTheLimitsOrMissingAreRefusedInBothLanguages() {
        InvalidDataException e = thrownBy(() -> ReportClaims.check(new BigDecimal("1E+60"), BigDecimal.TEN, "40,8"));
        assertThat(e.field()).contains("part");
        assertThat(e.getMessage()).isEqualTo("<api> field 'part': the number is out of bounds (at most 40 significant"
                + " digits, exponent within ±50)");
        assertThat(e.message(Language.VIETNAMESE)).isEqualTo("<api> trường 'part': số vượt giới hạn (tối đa 40 chữ số"
                + " có nghĩa, số mũ trong khoảng ±50)");
        thrownBy(() -> ReportClaims.check(BigDecimal.ONE, new BigDecimal("1" + "0".repeat(45)), "40,8"));
        thrownBy(() -> ReportClaims.check(null, BigDecimal.TEN, "40,8"));
        thrownBy(() -> ReportClaims.check(BigDecimal.ONE, BigDecimal.ZERO, "40,8"));
        thrownBy(() -> ReportClaims.check(BigDecimal.ONE.negate(), BigDecimal.TEN, "40,8"));
        thrownBy(() -> ReportClaims.check(BigDecimal.ONE, BigDecimal.TEN, "4x"));
        thrownBy(() -> ReportClaims.scan(null));
    }

    @Test
    void everyNumberBeyondTheLimitsIsRefusedInBothLanguages() {
        qt().forAll(SourceDSL.integers().between(51, 500), SourceDSL.integers().between(1, 9))
                .checkAssert((exponent, digit) -> {
                    BigDecimal huge = new BigDecimal(digit + "E+" + exponent);
                    InvalidDataException e = thrownBy(() -> ReportClaims.check(BigDecimal.ONE, huge, "1"));
                    assertThat(e.field()).contains("whole");
                });
    }
}
