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
        // far from the part's share of the total (8/36 = 22,2%): a share of another whole, or of a ratio's
        assertThat(ReportClaims.scan("Có 36 xã đạt chuẩn, trong đó 8 xã biên giới, chiếm 45%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 36 xã đạt chuẩn, trong đó 8 xã biên giới, chiếm 25,3%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 36 xã đạt chuẩn, trong đó 8 xã biên giới, chiếm 25%.").claims())
                .extracting(ShareFormsTest::show).containsExactly("SHARE_OF_WHOLE 8/36=25!=22");
        // under a ratio (38/70 = 54,3% is near): the percentage may be the ratio's (70/130 = 53,8%), not read
        assertThat(ReportClaims.scan("Có 70/130 xã đạt chuẩn, trong đó 38 xã nâng cao, chiếm 53,8%.").claims()).isEmpty();
        // another link ("đạt" may be a plan's)
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó đã nhựa hóa 1.237 km, đạt 84%.").claims()).isEmpty();
        // a change is never a share (the change rule reads it, of the level before it)
        assertThat(ReportClaims.scan("Có 1.458 km đường xã, trong đó tăng 37 km, chiếm 3%.").claims())
                .noneMatch(c -> c.kind() == ClaimKind.SHARE_OF_WHOLE);
    }

    @Test
    void aShareOfAWholeNamedInWordsTakesTheWholeAnEarlierSentencePrints() {
        String text = "Đến hết ngày 30/6/2019, tỉnh Điện Biên đã công nhận 22 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới"
                + " (18 xã đạt chuẩn và 4 xã cơ bản đạt chuẩn) vượt chỉ tiêu 15 xã do Thủ tướng Chính phủ giao. Hiện nay,"
                + " số tiêu chí bình quân đạt 9,8 tiêu chí/xã.\n\nHuyện Điện Biên là địa phương đi đầu. Sau 10 năm triển"
                + " khai, toàn huyện Điện Biên đã có 13 xã được công nhận đạt chuẩn nông thôn mới (%s %s%% số xã đạt chuẩn"
                + " nông thôn mới của toàn tỉnh).";
        assertThat(ReportClaims.scan(text.formatted("chiếm", "72")).claims()).extracting(ShareFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 13/18=72");
        // the misprint of the source ("chiểm") and its figure: 13 of 18 is 72%, not 52%
        assertThat(ReportClaims.scan(text.formatted("chiểm", "52")).claims()).extracting(ShareFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 13/18=52!=72");
        assertThat(ReportClaims.scan("Toàn tỉnh có 40 sản phẩm OCOP được công nhận. Huyện A có 12 sản phẩm, bằng khoảng"
                + " 30% tổng số sản phẩm OCOP được công nhận của cả tỉnh.").claims()).extracting(ShareFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 12/40=30 ABOUT");
    }

    @Test
    void aWholeNamedInWordsIsNotTakenFromAnotherScopeTierOrName() {
        String share = " Huyện B có 13 xã được công nhận (chiếm 72% số xã đạt chuẩn của toàn tỉnh).";
        // no words name the whole, only its scope
        assertThat(ReportClaims.scan("Tỉnh có 18 xã đạt chuẩn. Huyện B có 13 xã được công nhận (chiếm 72% số xã toàn"
                + " tỉnh).").claims()).isEmpty();
        // no scope named after the whole
        assertThat(ReportClaims.scan("Tỉnh có 18 xã đạt chuẩn. Huyện B có 13 xã được công nhận (chiếm 72% số xã đạt"
                + " chuẩn).").claims()).isEmpty();
        // the earlier count is a district's, the whole the province's
        assertThat(ReportClaims.scan("Huyện A có 18 xã đạt chuẩn." + share).claims()).isEmpty();
        // a whole of another place of the named scope: huyện A's communes are no whole of huyện B's
        assertThat(ReportClaims.scan("Huyện A có 20 xã đạt chuẩn. Huyện B có 13 xã được công nhận (chiếm 65% số xã đạt"
                + " chuẩn của toàn huyện).").claims()).isEmpty();
        assertThat(ReportClaims.scan("Huyện B có 20 xã đạt chuẩn. Năm nay huyện B có 13 xã được công nhận (chiếm 65% số"
                + " xã đạt chuẩn của toàn huyện).").claims()).extracting(ShareFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 13/20=65");
        // another tier, another name, or a whole below the count
        assertThat(ReportClaims.scan("Tỉnh có 18 xã đạt chuẩn." + share.replace("đạt chuẩn của", "đạt chuẩn nâng cao"
                + " của")).claims()).isEmpty();
        assertThat(ReportClaims.scan("Tỉnh có 18 xã vùng cao." + share).claims()).isEmpty();
        assertThat(ReportClaims.scan("Tỉnh có 10 xã đạt chuẩn." + share).claims()).isEmpty();
        // five sentences back: too far
        assertThat(ReportClaims.scan("Tỉnh có 18 xã đạt chuẩn. A. B. C. D." + share).claims()).isEmpty();
        assertThat(ReportClaims.scan("Tỉnh có 18 xã đạt chuẩn. A. B. C." + share).claims()).hasSize(1);
    }
}
