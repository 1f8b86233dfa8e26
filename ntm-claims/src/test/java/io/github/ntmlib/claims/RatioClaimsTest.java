package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shares printed in the seed report, recomputed from their parts. */
class RatioClaimsTest {

    private static String seed() throws IOException {
        try (InputStream in = RatioClaimsTest.class.getResourceAsStream("/seed/ha-tinh-ntm-2024-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsSharesAreRecomputedAndItsMismatchesFlagged() throws IOException {
        // ratios, with those over a plan ("411.626/593.139 triệu đồng (đạt 69,4% KH)": plan claims since h-claims6)
        List<Claim> claims = ReportClaims.scan(seed()).claims().stream()
                .filter(c -> c.kind() == ClaimKind.RATIO || c.kind() == ClaimKind.PLAN).toList();
        List<String> consistent = claims.stream().filter(Claim::isConsistent)
                .map(c -> c.part().toPlainString() + "/" + c.whole().toPlainString()).collect(Collectors.toList());
        List<String> mismatches = claims.stream().filter(c -> !c.isConsistent())
                .map(c -> c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                        + "!=" + c.recomputed().toPlainString()).collect(Collectors.toList());
        assertThat(consistent).contains("69/169", "18/169", "169/169", "8/9", "1/3", "8/15", "01/15".substring(1),
                "3/20", "119.920/150", "26.51/43.22", "411626/593139", "365695/504912", "45931/88228");
        // the five ratio mismatches and the plan one ("15/20 … đạt 85% KH"): the seed's six
        assertThat(mismatches).containsExactlyInAnyOrder("1205/1512=79.9!=79.7", "1205/1512=79.9!=79.7",
                "11/20=57.1!=55.0", "99600/372000=26.7!=26.8", "99600/372000=26.7!=26.8", "15/20=85!=75");
        assertThat(claims).noneMatch(c -> c.text().contains("60-85"));
    }

    @Test
    void aSingleShareIsCheckedAtItsPrintedDigits() {
        assertThat(ReportClaims.check(new BigDecimal("907.58"), new BigDecimal("1246.15"), "73").isConsistent()).isTrue();
        assertThat(ReportClaims.check(new BigDecimal("99600"), new BigDecimal("372000"), "26,7").recomputed())
                .isEqualByComparingTo("26.8");
        assertThat(ReportClaims.check(BigDecimal.valueOf(15), BigDecimal.valueOf(20), "85").isConsistent()).isFalse();
    }

    @Test
    void aShareCheckedDirectlyNeedsAPartOfAtLeastZeroAndAWholeAboveZero() {
        assertThat(ReportClaims.check(BigDecimal.ZERO, BigDecimal.ONE, "0").isConsistent()).isTrue();
        assertThat(ReportClaims.check(BigDecimal.ONE, BigDecimal.ONE, "100").text()).isEqualTo("1/1 (100%)");
        assertThatThrownBy(() -> ReportClaims.check(BigDecimal.ONE, BigDecimal.ZERO, "5"))
                .isInstanceOf(io.github.ntmlib.base.InvalidDataException.class).satisfies(e -> assertThat(
                        ((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
        assertThatThrownBy(() -> ReportClaims.check(BigDecimal.ONE, BigDecimal.valueOf(-2), "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
        assertThatThrownBy(() -> ReportClaims.check(BigDecimal.valueOf(-1), BigDecimal.TEN, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("part"));
        assertThatThrownBy(() -> ReportClaims.check(null, BigDecimal.TEN, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("part"));
        assertThatThrownBy(() -> ReportClaims.check(BigDecimal.ONE, null, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
        assertThatThrownBy(() -> ReportClaims.check(new BigDecimal("1e60"), BigDecimal.TEN, "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("part"));
        assertThatThrownBy(() -> ReportClaims.check(BigDecimal.ONE, new BigDecimal("1e60"), "5"))
                .satisfies(e -> assertThat(((io.github.ntmlib.base.InvalidDataException) e).field()).contains("whole"));
    }

    @Test
    void datesAreNeverReadAsRatios() {
        assertThat(ReportClaims.scan("Tính đến ngày 31/12/2024, toàn tỉnh đạt 95% kế hoạch").claims()).isEmpty();
        assertThat(ReportClaims.scan("Tính đến ngày 31/12, toàn tỉnh đạt 95% kế hoạch").claims()).isEmpty();
        assertThat(ReportClaims.scan("Trong tháng 12/2024, toàn tỉnh đạt 95% kế hoạch").claims()).isEmpty();
        assertThat(ReportClaims.scan("Đợt 1/2024, giải ngân đạt 40%").claims()).isEmpty();
        assertThat(ReportClaims.scan("Quyết định số 36/2022/QĐ-UBND, đạt 40%").claims()).isEmpty();
        // A ratio after a date in the same sentence is still a claim.
        assertThat(ReportClaims.scan("Đến ngày 31/12/2024 có 69/169 xã (đạt 40,8%)").claims())
                .singleElement().satisfies(c -> assertThat(c.part()).isEqualByComparingTo("69"));
    }

    @Test
    void theClaimTextKeepsItsClosingParenthesis() {
        assertThat(ReportClaims.scan("có 69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%), 18/169 xã").claims())
                .singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%)"));
        assertThat(ReportClaims.check(new BigDecimal("69"), new BigDecimal("169"), "40,8").text())
                .isEqualTo("69/169 (40,8%)");
        assertThat(ReportClaims.scan("có 8/9 huyện, đạt 88,9% kế hoạch").claims()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("8/9 huyện, đạt 88,9%"));
    }

    @Test
    void noBreakSpacesStandWhereASpaceMay() {
        assertThat(ReportClaims.scan("có 69\u00a0/\u00a0169 xã (đạt\u202f40,8\u00a0%)").claims()).singleElement()
                .satisfies(c -> assertThat(c.isConsistent()).isTrue());
    }
}
