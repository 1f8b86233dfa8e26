package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertThat(ReportClaims.scan("Tỉnh có 23 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới của các huyện"
                + " vùng cao (18 xã đạt chuẩn, 4 xã cơ bản đạt chuẩn).").amounts()).isEmpty();
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

    @Test
    void aListOfNamesAfterGomDoesNotEndTheBreakdownAroundIt() {
        String names = "Đến nay, huyện có 6 sản phẩm đạt từ 3 - 4 sao. Trong đó có %d sản phẩm đạt 3 sao gồm: khô cá kèo"
                + " Kiều Hạnh, rượu vang sơ-ri Lâm Vũ, mắm cá đồng Xuân Thảo và một sản phẩm đạt 4 sao là muối tinh.";
        assertThat(ReportClaims.scan(names.formatted(5)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("6 sản phẩm vs 6 (2)");
        assertThat(ReportClaims.scan(names.formatted(4)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("6 sản phẩm vs 5 (2) short");
        // names to the sentence's end: the parts before them are the breakdown's
        assertThat(ReportClaims.scan("Có 118 sản phẩm, trong đó 82 sản phẩm 3 sao và 36 sản phẩm 4 sao thuộc các nhóm"
                + " gồm: nhóm thực phẩm, sơ chế; nhóm đồ uống và nhóm chè.").amounts())
                .extracting(BreakdownFormsTest::show).containsExactly("118 sản phẩm vs 118 (2)");
    }

    @Test
    void aGomThatOpensNoListOfNamesStillEndsTheBreakdown() {
        // one name (no comma), or a list marked partial: the parts after it are not the outer breakdown's
        assertThat(ReportClaims.scan("Có 6 sản phẩm. Trong đó có 5 sản phẩm đạt 3 sao gồm: khô cá kèo Kiều Hạnh và một"
                + " sản phẩm đạt 4 sao.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 6 sản phẩm. Trong đó có 5 sản phẩm đạt 3 sao gồm: khô cá kèo, rượu vang… và"
                + " một sản phẩm đạt 4 sao.").amounts()).isEmpty();
        // amounts after the colon: a breakdown of its own, never names
        assertThat(ReportClaims.scan("Có 10 xã đạt chuẩn, trong đó 6 xã của huyện A gồm: 4 xã vùng cao, 2 xã vùng"
                + " thấp.").amounts()).extracting(BreakdownFormsTest::show).containsExactly("6 xã vs 6 (2)");
    }

    @Test
    void aGenericUnitNamedAsOneCategoryIsThatCategory() {
        String text = "Cụ thể, 118 sản phẩm OCOP của %d chủ thể gồm có 22 chủ thể là Hợp tác xã, 3 Tổ hợp tác, 25 doanh"
                + " nghiệp và 24 cơ sở sản xuất và hộ kinh doanh thuộc các nhóm sản phẩm gồm: nhóm thực phẩm, sơ chế;"
                + " nhóm đồ uống và nhóm chè.";
        assertThat(ReportClaims.scan(text.formatted(74)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("74 chủ thể vs 74 (4)");
        assertThat(ReportClaims.scan(text.formatted(75)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("75 chủ thể vs 74 (4) short");
        // "là" then another word: the generic unit named as what it is, a category of its own (h-claims5)
        assertThat(ReportClaims.scan("Có 74 chủ thể gồm có 22 chủ thể là thành viên mới, 3 tổ hợp tác, 25 doanh nghiệp"
                + " và 24 cơ sở.").amounts()).extracting(BreakdownFormsTest::show).containsExactly("74 chủ thể vs 74 (4)");
        assertThat(ReportClaims.scan("Có 74 chủ thể gồm có 22 chủ thể, 3 tổ hợp tác, 25 doanh nghiệp và 24 cơ sở.")
                .amounts()).isEmpty();
    }

    @Test
    void organisationsAndIndividualsAreAGenericTotal() {
        assertThat(ReportClaims.scan("Có 8 tổ chức, cá nhân có sản phẩm được đánh giá gồm: 1 doanh nghiệp, 4 hợp tác xã,"
                + " 3 hộ sản xuất kinh doanh.").amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("8 tổ chức vs 8 (3)");
        assertThat(ReportClaims.scan("Có 9 tổ chức và cá nhân tham gia, gồm: 1 doanh nghiệp, 4 hợp tác xã, 3 hộ.")
                .amounts()).extracting(BreakdownFormsTest::show).containsExactly("9 tổ chức vs 8 (3) short");
        // "tổ chức" alone, or a group ("tổ hợp tác"), is no generic total
        assertThat(ReportClaims.scan("Có 8 tổ chức tham gia, gồm: 1 doanh nghiệp, 4 hợp tác xã, 3 hộ.").amounts())
                .isEmpty();
        assertThat(ReportClaims.scan("Có 8 tổ hợp tác, gồm: 1 doanh nghiệp, 4 hợp tác xã, 3 hộ.").amounts()).isEmpty();
    }

    @Test
    void aCuTheAfterACaptionOnItsOwnLineTakesItsTotalFromTheSentenceBefore() {
        String text = "Toàn tỉnh phấn đấu có thêm 38 xã đạt chuẩn NTM, nâng số xã đạt chuẩn lên tới 80 xã.\n"
                + "Nhiều bản ở xã vùng sâu được đầu tư điện năng lượng mặt trời.\n\n"
                + "Cụ thể, năm 2017 có thêm 9 xã đạt chuẩn, năm 2018 có thêm 9 xã đạt chuẩn, năm 2019 có thêm %d xã đạt"
                + " chuẩn và năm 2020 có thêm 10 xã đạt chuẩn.";
        assertThat(ReportClaims.scan(text.formatted(10)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("38 xã đạt vs 38 (4)");
        assertThat(ReportClaims.scan(text.formatted(11)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("38 xã đạt vs 39 (4) exceeds");
    }

    @Test
    void additionsAddUpToAnAdditionNeverToARunningTotal() {
        assertThat(ReportClaims.scan("Phấn đấu có thêm 38 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên 80 xã. Cụ thể,"
                + " năm 2017 có thêm 9 xã, năm 2018 có thêm 9 xã, năm 2019 có thêm 10 xã và năm 2020 có thêm 9 xã.")
                .amounts()).extracting(BreakdownFormsTest::show).containsExactly("38 xã vs 37 (4) short");
        // additions under a level: no total of their kind, not assessed
        assertThat(ReportClaims.scan("Năm nay có 38 xã đạt chuẩn. Cụ thể, năm 2017 có thêm 9 xã, năm 2018 có thêm 9 xã,"
                + " năm 2019 có thêm 10 xã và năm 2020 có thêm 10 xã.").amounts()).isEmpty();
    }

    @Test
    void onlyANumberlessCaptionOnItsOwnLineIsSkippedAndOnlyBeforeCuThe() {
        String parts = "năm 2017 có thêm 9 xã, năm 2018 có thêm 9 xã, năm 2019 có thêm 10 xã và năm 2020 có thêm 10 xã.";
        // the breakdown's rules do not reach over these sentences: parts that do not add up to the total are not
        // judged; parts that add up to it exactly are a list agreeing with a total printed before (h-claims6)
        for (String between : List.of("\nẢnh: 5 xã vùng sâu.\n\nCụ thể, ", " Nhiều bản được đầu tư.\n\nCụ thể, ",
                "\nNhiều bản được đầu tư.\n\nTrong đó, ")) {
            assertThat(ReportClaims.scan("Có thêm 39 xã đạt chuẩn." + between + parts).amounts()).as(between).isEmpty();
            assertThat(ReportClaims.scan("Có thêm 38 xã đạt chuẩn." + between + parts).amounts()).as(between)
                    .extracting(BreakdownFormsTest::show).containsExactly("38 xã vs 38 (4)");
        }
    }

    @Test
    void aRunningTotalIsItsEarlierLevelPlusTheAddition() {
        String text = "Đến tháng 9.2019, đã có 36 xã được công nhận đạt chuẩn NTM (trong đó có 8 xã biên giới), chiếm 45%% số"
                + " xã toàn tỉnh. Theo kế hoạch, năm 2019 sẽ có thêm 6 xã được công nhận đạt chuẩn NTM, nâng tổng số xã"
                + " đạt chuẩn lên %d xã (đạt 52,5%% tổng số xã trên địa bàn tỉnh).";
        assertThat(ReportClaims.scan(text.formatted(42)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("42 xã vs 42 (2)");
        assertThat(ReportClaims.scan(text.formatted(43)).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("43 xã vs 42 (2) short");
        // in one sentence, the level kept and the addition
        assertThat(ReportClaims.scan("Với mục tiêu tiếp tục giữ vững 16 xã đạt chuẩn nông thôn mới (NTM), tỉnh phấn đấu"
                + " có thêm 06 xã đạt chuẩn NTM, nâng số xã đạt chuẩn nông thôn mới lên 22 xã, đạt 27,5% số xã.")
                .amounts()).extracting(BreakdownFormsTest::show).containsExactly("22 xã vs 22 (2)");
    }

    @Test
    void aRunningRatioTakesTheLevelOfTheSameWholeAndTier() {
        String text = "Toàn tỉnh có 61/71 xã đạt chuẩn NTM, 17 xã đạt chuẩn NTM nâng cao và 2 xã đạt chuẩn NTM kiểu mẫu.\n"
                + "Người dân góp công làm đường (Ảnh: Tâm Giang).\n"
                + "Toàn tỉnh phấn đấu tăng thêm 4 xã đạt chuẩn NTM, nâng tổng số xã đạt chuẩn đến cuối năm 2023 có %s xã,"
                + " chiếm 91,5%%";
        assertThat(ReportClaims.scan(text.formatted("65/71")).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("65 xã vs 65 (2)");
        assertThat(ReportClaims.scan(text.formatted("66/71")).amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("66 xã vs 65 (2) short");
        // another whole: no level of that running ratio
        assertThat(ReportClaims.scan(text.replace("61/71", "61/70").formatted("65/71")).amounts()).isEmpty();
    }

    @Test
    void aRunningTotalWithoutAnAdditionOrAMatchingLevelIsNotChecked() {
        // no "thêm" before the addition: a level reached, not an addition
        assertThat(ReportClaims.scan("Có 30 xã đạt chuẩn nâng cao. UBND tỉnh công nhận 4 xã đạt chuẩn nâng cao, nâng"
                + " tổng số xã đạt chuẩn nâng cao lên 35 xã.").amounts()).isEmpty();
        // the level's words share nothing with the addition's
        assertThat(ReportClaims.scan("Số xã đạt từ 6 - 9 tiêu chí là 28 xã. Toàn tỉnh đã có thêm 70 xã đạt chuẩn nông"
                + " thôn mới, nâng tổng số xã nông thôn mới lên 76 xã.").amounts()).isEmpty();
        // a plain level two sentences back: judged only when the sum is exact (h-claims6), never flagged
        assertThat(ReportClaims.scan("Có 37 xã đạt chuẩn. Năm nay tỉnh làm nhiều đường. Năm 2019 có thêm 6 xã đạt chuẩn,"
                + " nâng tổng số xã đạt chuẩn lên 42 xã.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 36 xã đạt chuẩn. Năm nay tỉnh làm nhiều đường. Năm 2019 có thêm 6 xã đạt chuẩn,"
                + " nâng tổng số xã đạt chuẩn lên 42 xã.").amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("42 xã vs 42 (2)");
        // a level of another tier, or not below the running total
        assertThat(ReportClaims.scan("Có 17 xã đạt chuẩn nâng cao. Năm nay có thêm 4 xã đạt chuẩn, nâng tổng số xã đạt"
                + " chuẩn lên 65 xã.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 50 xã đạt chuẩn. Năm nay có thêm 6 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên"
                + " 42 xã.").amounts()).isEmpty();
        // a level of another place: huyện Hòa Vang's 5 communes are not huyện Bình Sơn's
        assertThat(ReportClaims.scan("Huyện Hòa Vang có 5 xã đạt chuẩn. Năm 2019, huyện Bình Sơn có thêm 3 xã đạt chuẩn,"
                + " nâng tổng số xã đạt chuẩn của huyện lên 12 xã.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Huyện Bình Sơn có 5 xã đạt chuẩn. Năm 2019, huyện Bình Sơn có thêm 3 xã đạt chuẩn,"
                + " nâng tổng số xã đạt chuẩn của huyện lên 9 xã.").amounts()).extracting(BreakdownFormsTest::show)
                .containsExactly("9 xã vs 8 (2) short");
        // "nâng cao" raises nothing
        assertThat(ReportClaims.scan("Có 36 xã đạt chuẩn. Năm nay có thêm 6 xã đạt chuẩn, nâng cao chất lượng lên 42"
                + " xã.").amounts()).isEmpty();
    }
}
