package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportClaimsTest {

    private static String seed() throws IOException {
        try (InputStream in = ReportClaimsTest.class.getResourceAsStream("/seed/ha-tinh-ntm-2024-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String show(Claim c) {
        return c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }

    @Test
    void theSeedsMismatchesAreExactlyTheFourTheIssueNames() throws IOException {
        ReportClaims.Result r = ReportClaims.scan(seed());
        List<String> mismatches = r.claims().stream().filter(c -> !c.isConsistent()).map(ReportClaimsTest::show)
                .collect(Collectors.toList());
        assertThat(mismatches).containsExactlyInAnyOrder("1205/1512=79.9!=79.7", "1205/1512=79.9!=79.7",
                "11/20=57.1!=55.0", "99600/372000=26.7!=26.8", "99600/372000=26.7!=26.8", "15/20=85!=75");
        List<String> consistent = r.claims().stream().filter(Claim::isConsistent).map(ReportClaimsTest::show)
                .collect(Collectors.toList());
        assertThat(consistent).contains("69/169=40.8", "411626/593139=69.4", "15/20=75", "4/5=80");
    }

    @Test
    void aCountIsCheckedAgainstAPlanStatedElsewhereInTheSentence() {
        assertThat(ReportClaims.scan("Năm 2024 có thêm 15 xã đạt chuẩn NTM nâng cao, đạt 75% KH (kế hoạch 20 xã).")
                .claims()).singleElement().satisfies(c -> {
                    assertThat(show(c)).isEqualTo("15/20=75");
                    assertThat(c.isConsistent()).isTrue();
                });
        assertThat(ReportClaims.scan("Xã NTM nâng cao mới đạt 85% KH năm 2024 (15 xã đạt chuẩn/KH 20 xã đạt chuẩn)")
                .claims()).singleElement().satisfies(c -> assertThat(show(c)).isEqualTo("15/20=85!=75"));
        assertThat(ReportClaims.scan("- Chỉ tiêu \"05 xã đạt chuẩn NTM kiểu mẫu\": có 4 xã đạt chuẩn (đạt 80% KH);")
                .claims()).singleElement().satisfies(c -> assertThat(show(c)).isEqualTo("4/5=80"));
        // no plan stated: no claim, never a guess
        assertThat(ReportClaims.scan("Có 15 xã đạt chuẩn, đạt 75% KH.").claims()).isEmpty();
        // a year is never a plan or a count, a date never a plan or a ratio
        assertThat(ReportClaims.scan("Có 15 xã đạt chuẩn, đạt 75% KH 2024.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Năm 2024 có 2024 hộ, đạt 80% kế hoạch 20 hộ.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Đến ngày 31/12/2024 giải ngân đạt 95% KH.").claims()).isEmpty();
    }

    @Test
    void aPercentageBeforeItsPartsIsAClaim() {
        assertThat(ReportClaims.scan("đạt tỷ lệ 26,7% (99.600 hộ/372.000 hộ)").claims()).singleElement()
                .satisfies(c -> assertThat(show(c)).isEqualTo("99600/372000=26.7!=26.8"));
        assertThat(ReportClaims.scan("đạt 60-85% (3/4 tiêu chí)").claims()).isEmpty();
    }

    @Test
    void partsAfterTrongDoAreSummedAgainstTheirTotal() throws IOException {
        List<PartsSum> sums = ReportClaims.scan(seed()).sums();
        assertThat(sums).singleElement().satisfies(s -> {
            assertThat(s.partsConsistent()).isTrue();
            assertThat(s.statedWhole()).isEqualByComparingTo("593139");
            assertThat(s.wholesSum()).isEqualByComparingTo("593140");
            assertThat(s.isConsistent()).isFalse();
            assertThat(s.parts()).isEqualTo(2);
        });
        assertThat(ReportClaims.scan("có 10/20 xã (đạt 50%), trong đó 4/10 xã (đạt 40%), 6/10 xã (đạt 60%).").sums())
                .singleElement().satisfies(s -> assertThat(s.isConsistent()).isTrue());
    }
}
