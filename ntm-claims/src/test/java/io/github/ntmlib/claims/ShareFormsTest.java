package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The share forms the third held-out part showed (docs/testing.md, issue 24, branch h-claims4): the
 * share of the single part of a breakdown, of its total in another unit than communes (km), and a
 * share of a whole named in words that an earlier paragraph prints. Each with the near-misses that
 * must not be read.
 */
class ShareFormsTest {

    private static String show(Claim c) {
        return BreakdownFormsTest.show(c) + (c.hedge() == Hedge.EXACT ? "" : " " + c.hedge());
    }

    @Test
    void theShareOfASinglePartIsOfItsTotalReadAsPrinted() {
        String text = "Đến nay, toàn tỉnh có hơn 1.458 km chiều dài đường xã, trong đó đã nhựa hóa 1.237 km, chiếm hơn %s%%."
                + " Tổng chiều dài đường thôn, liên thôn gần 2.000 km, trong đó đã được cứng hóa 1.113 km, chiếm %s%%.";
        assertThat(ReportClaims.scan(text.formatted("84", "56")).claims()).extracting(ShareFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 1237/1458=84 OVER", "SHARE_OF_WHOLE 1113/2000=56");
        assertThat(ReportClaims.scan(text.formatted("85", "55,6")).claims()).extracting(ShareFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 1237/1458=85!=85 OVER", "SHARE_OF_WHOLE 1113/2000=55.6!=55.7");
        // in parentheses, a few words of the unit between
        assertThat(ReportClaims.scan("Có 120 hợp tác xã, trong đó 30 hợp tác xã nông nghiệp (chiếm 25%).").claims())
                .extracting(ShareFormsTest::show).containsExactly("SHARE_OF_WHOLE 30/120=25");
    }

    @Test
    void aSinglePartsShareNeedsChiemAndAPercentageThatEndsItsClause() {
        // the percentage names a whole of its own
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó đã nhựa hóa 1.237 km, chiếm 10% số km toàn tỉnh.")
                .claims()).isEmpty();
        // the part in parentheses, the percentage after them: the total's, not the part's
        assertThat(ReportClaims.scan("Đã có 36 xã đạt chuẩn NTM (trong đó có 8 xã biên giới), chiếm 45%.").claims())
                .isEmpty();
        // an approximate part, a part of another unit, or a part above its total
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó khoảng 1.237 km, chiếm 84%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó 50 cầu, chiếm 3%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó 1.600 km, chiếm 100%.").claims()).isEmpty();
        // another link ("đạt" may be a plan's)
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó đã nhựa hóa 1.237 km, đạt 84%.").claims()).isEmpty();
        // a change is never a share (the change rule reads it, of the level before it)
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó tăng 37 km, chiếm 3%.").claims())
                .noneMatch(c -> c.kind() == ClaimKind.SHARE_OF_WHOLE);
    }
}
