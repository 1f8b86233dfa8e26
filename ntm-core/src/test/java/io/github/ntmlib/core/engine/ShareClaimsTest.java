package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.report.ShareClaim;
import io.github.ntmlib.core.report.ShareClaims;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shares printed in the seed report, recomputed from their parts. */
class ShareClaimsTest {

    private static String seed() throws IOException {
        try (InputStream in = ShareClaimsTest.class.getResourceAsStream("/seed/ha-tinh-ntm-2024-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsSharesAreRecomputedAndItsMismatchesFlagged() throws IOException {
        List<ShareClaim> claims = ShareClaims.scan(seed());
        List<String> consistent = claims.stream().filter(ShareClaim::isConsistent)
                .map(c -> c.part().toPlainString() + "/" + c.whole().toPlainString()).collect(Collectors.toList());
        List<String> mismatches = claims.stream().filter(c -> !c.isConsistent())
                .map(c -> c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                        + "!=" + c.recomputed().toPlainString()).collect(Collectors.toList());
        assertThat(consistent).contains("69/169", "18/169", "169/169", "8/9", "1/3", "8/15", "01/15".substring(1),
                "3/20", "119.920/150", "26.51/43.22", "411626/593139", "365695/504912", "45931/88228");
        assertThat(mismatches).containsExactlyInAnyOrder("1205/1512=79.9!=79.7", "1205/1512=79.9!=79.7",
                "11/20=57.1!=55.0");
        assertThat(claims).noneMatch(c -> c.text().contains("60-85"));
    }

    @Test
    void aSingleShareIsCheckedAtItsPrintedDigits() {
        assertThat(ShareClaims.check(new BigDecimal("907.58"), new BigDecimal("1246.15"), "73").isConsistent()).isTrue();
        assertThat(ShareClaims.check(new BigDecimal("99600"), new BigDecimal("372000"), "26,7").recomputed())
                .isEqualByComparingTo("26.8");
        assertThat(ShareClaims.check(BigDecimal.valueOf(15), BigDecimal.valueOf(20), "85").isConsistent()).isFalse();
    }

    @Test
    void aShareCheckedDirectlyNeedsAPartOfAtLeastZeroAndAWholeAboveZero() {
        assertThat(ShareClaims.check(BigDecimal.ZERO, BigDecimal.ONE, "0").isConsistent()).isTrue();
        assertThat(ShareClaims.check(BigDecimal.ONE, BigDecimal.ONE, "100").text()).isEqualTo("1/1 (100%)");
        assertThatThrownBy(() -> ShareClaims.check(BigDecimal.ONE, BigDecimal.ZERO, "5"))
                .isInstanceOf(io.github.ntmlib.base.InvalidDataException.class).satisfies(e -> assertThat(
                        ((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
        assertThatThrownBy(() -> ShareClaims.check(BigDecimal.ONE, BigDecimal.valueOf(-2), "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
        assertThatThrownBy(() -> ShareClaims.check(BigDecimal.valueOf(-1), BigDecimal.TEN, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("part"));
        assertThatThrownBy(() -> ShareClaims.check(null, BigDecimal.TEN, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("part"));
        assertThatThrownBy(() -> ShareClaims.check(BigDecimal.ONE, null, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
        assertThatThrownBy(() -> ShareClaims.check(new BigDecimal("1e60"), BigDecimal.TEN, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("part"));
        assertThatThrownBy(() -> ShareClaims.check(BigDecimal.ONE, new BigDecimal("1e60"), "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
    }

    @Test
    void datesAreNeverReadAsRatios() {
        assertThat(ShareClaims.scan("Tính đến ngày 31/12/2024, toàn tỉnh đạt 95% kế hoạch")).isEmpty();
        assertThat(ShareClaims.scan("Tính đến ngày 31/12, toàn tỉnh đạt 95% kế hoạch")).isEmpty();
        assertThat(ShareClaims.scan("Trong tháng 12/2024, toàn tỉnh đạt 95% kế hoạch")).isEmpty();
        assertThat(ShareClaims.scan("Đợt 1/2024, giải ngân đạt 40%")).isEmpty();
        assertThat(ShareClaims.scan("Quyết định số 36/2022/QĐ-UBND, đạt 40%")).isEmpty();
        // A ratio after a date in the same sentence is still a claim.
        assertThat(ShareClaims.scan("Đến ngày 31/12/2024 có 69/169 xã (đạt 40,8%)"))
                .singleElement().satisfies(c -> assertThat(c.part()).isEqualByComparingTo("69"));
    }

    @Test
    void theClaimTextKeepsItsClosingParenthesis() {
        assertThat(ShareClaims.scan("có 69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%), 18/169 xã"))
                .singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%)"));
        assertThat(ShareClaims.check(new BigDecimal("69"), new BigDecimal("169"), "40,8").text())
                .isEqualTo("69/169 (40,8%)");
        assertThat(ShareClaims.scan("có 8/9 huyện, đạt 88,9% kế hoạch")).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("8/9 huyện, đạt 88,9%"));
    }

    @Test
    void noBreakSpacesStandWhereASpaceMay() {
        assertThat(ShareClaims.scan("có 69\u00a0/\u00a0169 xã (đạt\u202f40,8\u00a0%)")).singleElement()
                .satisfies(c -> assertThat(c.isConsistent()).isTrue());
    }
}
