package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forms the second held-out part showed (docs/testing.md, issue 24): parts named by category
 * under a generic total, parts in parentheses without a keyword, a list after a non-initial "cụ
 * thể:", a ratio's percentage after its breakdown, a share named by its category, a level printed
 * without its unit and a plan percentage above 100% after a ratio. Each with the near-misses that must
 * not be read.
 */
class CategoryFormsTest {

    private static String show(Claim c) {
        return c.kind() + " " + c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }

    private static String show(AmountSum s) {
        return s.stated().toPlainString() + " " + s.unit() + " vs " + s.partsSum().toPlainString() + " (" + s.parts()
                + ")" + (s.exceedsTotal() ? " exceeds" : s.shortOfTotal() ? " short" : "");
    }

    @Test
    void partsNamedByCategoryAddUpToAGenericTotal() {
        ReportClaims.Result r = ReportClaims.scan("Tham gia chương trình có 200 chủ thể, bao gồm 50 doanh nghiệp (25%),"
                + " 70 hợp tác xã (35%) và 80 tổ hợp tác, hộ kinh doanh (40,5%).");
        assertThat(r.amounts()).extracting(CategoryFormsTest::show).containsExactly("200 chủ thể vs 200 (3)");
        assertThat(r.claims()).extracting(CategoryFormsTest::show).containsExactly("SHARE_OF_WHOLE 50/200=25",
                "SHARE_OF_WHOLE 70/200=35", "SHARE_OF_WHOLE 80/200=40.5!=40.0");
        assertThat(ReportClaims.scan("Sản phẩm của 60 đơn vị; trong đó, có 20 doanh nghiệp, 15 hợp tác xã, 20 hộ sản"
                + " xuất.").amounts()).extracting(CategoryFormsTest::show).containsExactly("60 đơn vị vs 55 (3) short");
        assertThat(ReportClaims.scan("Có 40 chủ thể; trong đó có 10 HTX chiếm 25%; 30 doanh nghiệp chiếm 75%.").claims())
                .extracting(CategoryFormsTest::show).containsExactly("SHARE_OF_WHOLE 10/40=25", "SHARE_OF_WHOLE 30/40=75");
    }

    @Test
    void categoriesNeverAddUpToATotalOfAnotherKindOrOfPlaces() {
        // products are not entities; communes are not entities
        assertThat(ReportClaims.scan("Có 120 sản phẩm, trong đó 35 doanh nghiệp, 18 hợp tác xã.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 80 đơn vị, trong đó 35 doanh nghiệp và 18 xã.").amounts()).isEmpty();
        // one category alone is no breakdown
        assertThat(ReportClaims.scan("Có 80 chủ thể, trong đó 35 doanh nghiệp, 18 doanh nghiệp nhỏ.").amounts())
                .isEmpty();
        // communes under "đơn vị" stay as they were: the same unit family
        assertThat(ReportClaims.scan("Có 80 chủ thể, trong đó có 10 xã, 12 huyện.").amounts()).isEmpty();
    }

    @Test
    void partsInParenthesesAfterTheirTotalNeedNoKeyword() {
        assertThat(ReportClaims.scan("Lũy kế có 150 sản phẩm được công nhận (90 sản phẩm 3 sao, 60 sản phẩm 4 sao).")
                .amounts()).extracting(CategoryFormsTest::show).containsExactly("150 sản phẩm vs 150 (2)");
        assertThat(ReportClaims.scan("Xây mới 5 trường học (02 trường mầm non và 04 trường tiểu học).").amounts())
                .extracting(CategoryFormsTest::show).containsExactly("5 trường vs 6 (2) exceeds");
        assertThat(ReportClaims.scan("Toàn tỉnh có 20 sản phẩm OCOP, chủ yếu là thực phẩm (12 sản phẩm), đồ uống (5"
                + " sản phẩm) và thủ công (3 sản phẩm).").amounts()).extracting(CategoryFormsTest::show)
                .containsExactly("20 sản phẩm vs 20 (3)");
    }

    @Test
    void parenthesesThatAreNoListOfPartsAreNotSummed() {
        // one part, a running total, a change, a ratio or a part of another unit inside: no breakdown
        assertThat(ReportClaims.scan("Có 146 sản phẩm (28 sản phẩm 4 sao, còn lại là 3 sao).").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Năm nay công nhận 50 sản phẩm (lũy kế 181 sản phẩm, 40 sản phẩm 4 sao).")
                .amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 181 sản phẩm (tăng 70 sản phẩm, 30 sản phẩm mới).").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 15 xã (10/12 xã nâng cao, 5/8 xã kiểu mẫu).").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 30 xã (12 xã, 5 huyện).").amounts()).isEmpty();
        // categories whose counts are far below the total are examples, not a partition
        assertThat(ReportClaims.scan("Toàn tỉnh có 200 sản phẩm, nổi bật là gạo (10 sản phẩm), chè (7 sản phẩm).")
                .amounts()).isEmpty();
    }

    @Test
    void aNonInitialCuTheOpensAListOnTheLinesAfterIt() {
        String text = "Giai đoạn tới phấn đấu có thêm 12 xã nông thôn mới, nâng tổng số xã đạt chuẩn lên 60 xã, cụ thể:\n"
                + "Năm 2024 sẽ thực hiện 5 xã gồm xã A, xã B.\n"
                + "Năm 2025 thực hiện 4 xã gồm xã C.\n"
                + "Năm 2026 thực hiện 03 xã là xã D.\n"
                + "Các xã còn lại tiếp tục duy trì 19 tiêu chí.";
        assertThat(ReportClaims.scan(text).amounts()).extracting(CategoryFormsTest::show).containsExactly("12 xã vs 12 (3)");
        // in its sentence: the parts after the colon
        assertThat(ReportClaims.scan("Giải ngân 100 tỷ đồng, cụ thể: vốn tỉnh 60 tỷ đồng, vốn huyện 45 tỷ đồng.")
                .amounts()).extracting(CategoryFormsTest::show).containsExactly("100 tỷ đồng vs 105 (2) exceeds");
    }

    @Test
    void aCuTheWithoutAColonOrWithoutLeadingAmountsIsNoList() {
        // "cụ thể" as a word ("giải pháp cụ thể") opens nothing
        assertThat(ReportClaims.scan("Có 12 xã, với giải pháp cụ thể cho 5 xã và 4 xã khác.").amounts()).isEmpty();
        // lines that do not open with an amount of the unit are no items
        assertThat(ReportClaims.scan("Có thêm 12 xã đạt chuẩn, cụ thể:\nCác xã đã hoàn thiện hồ sơ gồm 5 xã.\n"
                + "Năm 2025 thực hiện 4 xã.").amounts()).isEmpty();
        // a single item is no list
        assertThat(ReportClaims.scan("Có thêm 12 xã đạt chuẩn, cụ thể:\nNăm 2024 thực hiện 12 xã.").amounts()).isEmpty();
    }

    @Test
    void aRatiosPercentageMayFollowItsBreakdownWhenItNamesTheWhole() {
        assertThat(ReportClaims.scan("Như vậy, 70/130 xã đạt chuẩn nông thôn mới, trong đó có 3 xã đạt chuẩn nâng cao (xã"
                + " A, huyện B và xã C, huyện D), chiếm 53,6% số xã toàn tỉnh.").claims())
                .extracting(CategoryFormsTest::show).containsExactly("RATIO 70/130=53.6!=53.8");
        assertThat(ReportClaims.scan("Có 70/130 xã đạt chuẩn, trong đó 10 xã nâng cao, chiếm 53,8% tổng số xã.")
                .claims()).extracting(CategoryFormsTest::show).containsExactly("RATIO 70/130=53.8");
    }

    @Test
    void aPercentageAfterABreakdownIsNotTheRatiosWhenItIsThePartsOrNamesNoWhole() {
        // nearer to the part's share (10/130 = 7,7%): the part's, not the ratio's
        assertThat(ReportClaims.scan("Có 70/130 xã đạt chuẩn, trong đó 10 xã nâng cao, chiếm 7,5% số xã toàn tỉnh.")
                .claims()).isEmpty();
        // no whole named after the percentage, or another unit: as before, no claim
        assertThat(ReportClaims.scan("Có 70/130 xã đạt chuẩn, trong đó 10 xã nâng cao, chiếm 53,8%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 70/130 xã đạt chuẩn, trong đó 10 xã nâng cao, chiếm 53,8% số hộ.").claims())
                .isEmpty();
        // with no breakdown between, the ordinary rule holds
        assertThat(ReportClaims.scan("Có 70/130 xã đạt chuẩn, chiếm 53,8% số xã.").claims())
                .extracting(CategoryFormsTest::show).containsExactly("RATIO 70/130=53.8");
    }

    @Test
    void aShareNamedByItsCategoryIsThatPartsShareOfTheTotal() {
        ReportClaims.Result r = ReportClaims.scan("Thành phố có tổng số 60 sản phẩm, trong đó có 40 sản phẩm đạt 3 sao và"
                + " 20 sản phẩm đạt 4 sao; đặc biệt, tỷ lệ sản phẩm OCOP 4 sao cao nhất tỉnh, chiếm 30%.");
        assertThat(r.claims()).extracting(CategoryFormsTest::show).containsExactly("SHARE_OF_WHOLE 20/60=30!=33");
        assertThat(ReportClaims.scan("Có 50 xã đạt chuẩn, trong đó 30 xã nâng cao và 20 xã kiểu mẫu. Tỷ lệ xã kiểu mẫu"
                + " đạt 40%.").claims()).extracting(CategoryFormsTest::show).containsExactly("SHARE_OF_WHOLE 20/50=40");
    }

    @Test
    void aShareThatNamesNoSinglePartOrAnotherUnitIsNotRead() {
        // the category is in both parts, in none, or the unit is not the total's
        assertThat(ReportClaims.scan("Có 60 sản phẩm, trong đó 40 sản phẩm đạt 3 sao và 20 sản phẩm đạt 4 sao; tỷ lệ sản"
                + " phẩm đạt sao chiếm 30%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 60 sản phẩm, trong đó 40 sản phẩm đạt 3 sao và 20 sản phẩm đạt 4 sao; tỷ lệ sản"
                + " phẩm xuất khẩu chiếm 30%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 60 sản phẩm, trong đó 40 sản phẩm đạt 3 sao và 20 sản phẩm đạt 4 sao; tỷ lệ hộ"
                + " 4 sao chiếm 30%.").claims()).isEmpty();
        // a change is never a share
        assertThat(ReportClaims.scan("Có 60 sản phẩm, trong đó 40 sản phẩm đạt 3 sao và 20 sản phẩm đạt 4 sao; tỷ lệ sản"
                + " phẩm 4 sao tăng 5%.").claims()).isEmpty();
    }

    @Test
    void aLevelPrintedWithoutItsUnitIsNamedByItsSubject() {
        assertThat(ReportClaims.scan("Số hợp tác xã là thành viên của liên hiệp là 500, tăng 100 hợp tác xã (khoảng 25%) so"
                + " với năm trước.").claims()).extracting(CategoryFormsTest::show).containsExactly("CHANGE 100/400=25");
        assertThat(ReportClaims.scan("Số hợp tác xã là 500, tăng 100 hợp tác xã (khoảng 30%).").claims())
                .extracting(CategoryFormsTest::show).containsExactly("CHANGE 100/400=30!=25");
    }

    @Test
    void aNumberWithoutAUnitOrSubjectIsNoLevel() {
        // no "Số …" subject, a decimal, a year, or a number that goes on
        assertThat(ReportClaims.scan("Năm nay là 500, tăng 100 hợp tác xã (khoảng 25%).").claims()).isEmpty();
        assertThat(ReportClaims.scan("Số hợp tác xã bình quân là 2,5, tăng 100 hợp tác xã (khoảng 25%).").claims()).isEmpty();
        assertThat(ReportClaims.scan("Số hợp tác xã thành lập mới là 2024, tăng 100 hợp tác xã (khoảng 25%).").claims())
                .isEmpty();
        assertThat(ReportClaims.scan("Số hợp tác xã, theo báo cáo, là 500, tăng 100 hợp tác xã (khoảng 25%).").claims())
                .isEmpty();
    }

    @Test
    void aPlanPercentageAboveAHundredIsNeverTheShareOfARatio() {
        assertThat(ReportClaims.scan("Đưa tổng số xã đạt chuẩn lên 69/157 xã, đạt 104,5% kế hoạch.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có 69/157 xã đạt chuẩn, đạt 115% KH năm.").claims()).isEmpty();
        // a plan percentage whose whole is the plan: the ratio's figures, a plan claim (since h-claims6, as every
        // labeller of the corpus reads "6/8 xã, đạt 75% kế hoạch" and "43/34 sản phẩm, đạt 126,5% kế hoạch")
        assertThat(ReportClaims.scan("Nâng tổng số đơn vị lên 12/12 đơn vị (đạt 100%KH).").claims())
                .extracting(CategoryFormsTest::show).containsExactly("PLAN 12/12=100");
        assertThat(ReportClaims.scan("Có 8/9 huyện, đạt 88,9% kế hoạch.").claims())
                .extracting(CategoryFormsTest::show).containsExactly("PLAN 8/9=88.9");
        assertThat(ReportClaims.scan("Có 8/9 huyện, đạt 88,9%.").claims())
                .extracting(CategoryFormsTest::show).containsExactly("RATIO 8/9=88.9");
        // a part above its whole over a plan: read as before
        assertThat(ReportClaims.scan("Giải ngân 110/100 tỷ đồng, đạt 110% KH.").claims())
                .extracting(CategoryFormsTest::show).containsExactly("PLAN 110/100=110");
    }
}
