package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The breakdown forms the third held-out part showed (docs/testing.md, issue 24, branch h-claims4):
 * parts that are subsets of their total (higher tiers), parentheses far from their total, categories
 * under a generic total in parentheses or named in the total's own unit, a list of names inside a
 * breakdown, a sentence-initial "Cụ thể," after a sentence without figures, and running totals with
 * their earlier level. Each with the near-misses that must not be read.
 */
class BreakdownFormsTest {

    static String show(AmountSum s) {
        return s.stated().toPlainString() + " " + s.unit() + " vs " + s.partsSum().toPlainString() + " (" + s.parts()
                + ")" + (s.exceedsTotal() ? " exceeds" : s.shortOfTotal() ? " short" : "");
    }

    static String show(Claim c) {
        return c.kind() + " " + c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }

    @Test
    void partsOfAHigherTierAreSubsetsOfTheirTotalNeverSummed() {
        // "nâng cao" and "kiểu mẫu" communes are among the standard ones: 35 + 5 is no partition of 47
        assertThat(ReportClaims.scan("Toàn tỉnh có 47/47 xã đã đạt chuẩn nông thôn mới. Trong đó, có 35 xã đạt chuẩn"
                + " nông thôn mới nâng cao, 5 xã đạt chuẩn nông thôn mới kiểu mẫu.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 47 xã đạt chuẩn, trong đó 40 xã nâng cao và 10 xã kiểu mẫu.").amounts())
                .isEmpty();
        // their shares of the total still hold
        assertThat(ReportClaims.scan("Có 47 xã đạt chuẩn. Trong đó, có 35 xã nâng cao (74,5%), 5 xã kiểu mẫu (10,5%).")
                .claims()).extracting(BreakdownFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 35/47=74.5", "SHARE_OF_WHOLE 5/47=10.5!=10.6");
    }

    @Test
    void aBreakdownWithAPartOfTheTotalsOwnTierOrATieredTotalIsSummed() {
        // one part not of a higher tier: a partition by highest tier
        assertThat(ReportClaims.scan("Có 47 xã đạt chuẩn, trong đó 35 xã nâng cao, 10 xã đạt chuẩn mức cơ bản.")
                .amounts()).extracting(BreakdownFormsTest::show).containsExactly("47 xã vs 45 (2) short");
        // the total names a tier itself: its parts are read as before
        assertThat(ReportClaims.scan("Có 47 xã đạt chuẩn nâng cao, trong đó 35 xã nâng cao mức 1, 12 xã kiểu mẫu.")
                .amounts()).extracting(BreakdownFormsTest::show).containsExactly("47 xã vs 47 (2)");
        // a tier named after a part's own words (past a comma) is not the part's
        assertThat(ReportClaims.scan("Có 47 xã đạt chuẩn, trong đó 35 xã nâng cao, 12 xã còn lại, nâng cao chất"
                + " lượng.").amounts()).extracting(BreakdownFormsTest::show).containsExactly("47 xã vs 47 (2)");
    }

    @Test
    void partsInParenthesesMayStandTwelveWordsFromTheirTotal() {
        assertThat(ReportClaims.scan("Tỉnh đã công nhận 22 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới (18 xã đạt"
                + " chuẩn và 4 xã cơ bản đạt chuẩn) vượt chỉ tiêu 15 xã.").amounts())
                .extracting(BreakdownFormsTest::show).containsExactly("22 xã vs 22 (2)");
        assertThat(ReportClaims.scan("Tỉnh đã công nhận 22 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới (18 xã đạt"
                + " chuẩn và 5 xã cơ bản đạt chuẩn).").amounts())
                .extracting(BreakdownFormsTest::show).containsExactly("22 xã vs 23 (2) exceeds");
    }

    @Test
    void aParenthesisBeyondTwelveWordsOrAfterAClauseMarkIsNotTheTotals() {
        // thirteen words between
        assertThat(ReportClaims.scan("Tỉnh có 22 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới của các huyện"
                + " vùng cao (18 xã đạt chuẩn, 4 xã cơ bản đạt chuẩn).").amounts()).isEmpty();
        // a comma between: the parenthesis belongs to another phrase
        assertThat(ReportClaims.scan("Tỉnh có 22 xã đạt chuẩn, nhiều xã khác đang hoàn thiện hồ sơ (18 xã đạt chuẩn,"
                + " 4 xã cơ bản đạt chuẩn).").amounts()).isEmpty();
    }

    @Test
    void categoriesInParenthesesAddUpToAGenericTotal() {
        assertThat(ReportClaims.scan("Có 54 sản phẩm của 16 chủ thể (6 công ty, 4 hợp tác xã, 5 cơ sở sản xuất, 1 hộ"
                + " kinh doanh) đủ điều kiện.").amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("16 chủ thể vs 16 (4)");
        assertThat(ReportClaims.scan("Có 16 đơn vị tham gia (6 công ty, 4 hợp tác xã và 7 hộ kinh doanh).").amounts())
                .extracting(BreakdownFormsTest::show).containsExactly("16 đơn vị vs 17 (3) exceeds");
    }

    @Test
    void parenthesesUnderAGenericTotalThatHoldNoCategoriesAreNotSummed() {
        // one category alone, products, places or organisations are no categories of entities
        assertThat(ReportClaims.scan("Có 16 chủ thể (6 công ty, 10 công ty cổ phần).").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 16 chủ thể (6 sản phẩm, 10 sản phẩm).").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 16 chủ thể (6 công ty, 10 xã).").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 16 chủ thể (6 tổ chức, 10 hợp tác xã).").amounts()).isEmpty();
    }
}
