package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forms of branch h-claims6 (held-out-4 and held-out-5 tuned on): shares of a whole printed
 * elsewhere, lists that add up to a total printed before them, and the readings of numbers and
 * sentence ends they rest on; each with the near-misses that must stay unjudged.
 */
class ContextFormsTest {

    private static String show(Claim c) {
        return c.kind() + " " + c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }

    @Test
    void aShareTakesTheWholeItsFigureRoundsFromNearestFirst() {
        // the whole of a ratio two sentences back
        assertThat(ReportClaims.scan("Toàn tỉnh có 64/80 xã đạt chuẩn nông thôn mới. Hiện có 16 xã đạt chuẩn nâng cao, chiếm"
                + " 20% tổng số xã.").claims()).extracting(ContextFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 16/80=20");
        // the nearest amount of the unit (45 xã) gives 46,7%, a farther one (104 xã) the printed 20,2%
        assertThat(ReportClaims.scan("Có 57/104 xã hoàn thành 19/19 tiêu chí, đạt tỷ lệ 54,8%. Trong đó 45 xã đã có quyết"
                + " định công nhận. Trong số 47 xã còn lại. có 21 xã đạt từ 15-18 tiêu chí (20,2%).").claims())
                .extracting(ContextFormsTest::show).containsExactly("RATIO 57/104=54.8", "SHARE_OF_WHOLE 21/104=20.2");
        // money wholes two paragraphs back, hedged wholes read as printed
        assertThat(ReportClaims.scan("Cả nước huy động được khoảng 621.324 tỷ đồng.\n\nẢnh: Trà Giang\n\nVốn tín dụng"
                + " 436.738 tỷ đồng, chiếm 70,3%.").claims()).extracting(ContextFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 436738/621324=70.3");
        // a percentage of the plan: a plan claim
        assertThat(ReportClaims.scan("Tỉnh đã phê duyệt tổng vốn gần 292 tỷ đồng. Tỉnh mới giải ngân được hơn 12,5 tỷ đồng,"
                + " đạt 4,3% so với tổng kế hoạch vốn.").claims()).extracting(ContextFormsTest::show)
                .containsExactly("PLAN 12.5/292=4.3");
        assertThat(ReportClaims.scan("Năm 2024, tỉnh có thêm 57 sản phẩm OCOP, đạt 190% kế hoạch năm (30 sản phẩm).")
                .claims()).extracting(ContextFormsTest::show).containsExactly("PLAN 57/30=190");
    }

    @Test
    void aShareNoWholeGivesIsNotJudgedAloneNorAgainstAnotherPlaceOrANamedWhole() {
        assertThat(ReportClaims.scan("Toàn tỉnh có 80 xã. Hiện có 16 xã đạt chuẩn nâng cao, chiếm 21%.").claims()).isEmpty();
        // a count of another place is no whole of this one
        assertThat(ReportClaims.scan("Huyện A có 20 xã đạt chuẩn. Huyện B có 13 xã được công nhận, chiếm 65%.").claims())
                .isEmpty();
        // a whole named in words beyond its unit is the named-whole rule's, with its scope, tier and name
        assertThat(ReportClaims.scan("Huyện A có 18 xã đạt chuẩn. Huyện B có 13 xã được công nhận (chiếm 72% số xã đạt"
                + " chuẩn của toàn tỉnh).").claims()).isEmpty();
        // a change, a range or a printed 0% is no share
        assertThat(ReportClaims.scan("Toàn tỉnh có 80 xã. Năm nay có 16 xã, tăng 20%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Toàn tỉnh có 80 xã. Năm nay có 16 xã, chiếm 15-20%.").claims()).isEmpty();
    }

    @Test
    void aShareOffItsWholeIsFlaggedWhenTwoOthersConfirmIt() {
        String text = "Thành phố đã huy động được hơn 40.650 tỷ đồng.\n\nTrong đó, vốn ngân sách thành phố là hơn 20.416 tỷ"
                + " đồng, chiếm 50,2%% tổng nguồn vốn; ngân sách huyện hơn 16.055 tỷ đồng, chiếm 39,5%%; ngân sách xã hơn"
                + " 1.340 tỷ đồng, chiếm 3,3%%; vốn ngoài ngân sách là hơn 2.838 tỷ đồng, chiếm %s%%.";
        assertThat(ReportClaims.scan(text.formatted("6,9")).claims()).extracting(ContextFormsTest::show).containsExactly(
                "SHARE_OF_WHOLE 20416/40650=50.2", "SHARE_OF_WHOLE 16055/40650=39.5", "SHARE_OF_WHOLE 1340/40650=3.3",
                "SHARE_OF_WHOLE 2838/40650=6.9!=7.0");
        assertThat(ReportClaims.scan(text.formatted("7,0")).claims()).allSatisfy(c -> assertThat(c.isConsistent()).isTrue())
                .hasSize(4);
        // one confirmation is not enough
        assertThat(ReportClaims.scan("Tổng vốn là 40.650 tỷ đồng. Vốn tỉnh 20.416 tỷ đồng, chiếm 50,2%; vốn xã 2.838 tỷ"
                + " đồng, chiếm 6,9%.").claims()).extracting(ContextFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 20416/40650=50.2");
    }

    @Test
    void numbersAndSentenceEndsTheFormsRestOn() {
        // a decimal dot that cannot group thousands is a decimal point; "6.450" stays vi-VN (6450)
        assertThat(ReportClaims.scan("Tỉnh có 155 sản phẩm. Nhóm đồ uống có 10 sản phẩm (chiếm 6.45%).").claims())
                .extracting(ContextFormsTest::show).containsExactly("SHARE_OF_WHOLE 10/155=6.45");
        assertThat(ReportClaims.scan("Tỉnh có 155 sản phẩm. Nhóm đồ uống có 10 sản phẩm (chiếm 6.450%).").claims()).isEmpty();
        // "TP." and a stray dot before a lower-case word end no sentence; a full stop before a capital does
        assertThat(Tokens.of("Tại TP. Pleiku có 3 xã. có 2 xã").sentence[8]).isZero();
        assertThat(Tokens.of("Có 3 xã. Có 2 xã").sentence[4]).isEqualTo(4);
    }

    @Test
    void listsAddUpToATotalPrintedBeforeOnlyWhenIntroducedAndExact() {
        String total = "Đến nay tỉnh có 15 xã đạt chuẩn. Bình quân đạt 15,13 tiêu chí/xã. ";
        assertThat(ReportClaims.scan(total + "Trong đó đã có 5 xã đạt 19 tiêu chí (gồm các xã: A, B); 3 xã đạt 15-18 tiêu chí;"
                + " 5 xã đạt 10-14 tiêu chí và 2 xã đạt 5-9 tiêu chí.").amounts()).singleElement()
                .satisfies(s -> assertThat(s.isConsistent()).isTrue());
        // no keyword: results listed, not introduced as parts
        assertThat(ReportClaims.scan(total + "Qua chấm điểm, 5 xã đạt 19 tiêu chí, 3 xã đạt 15 tiêu chí, 5 xã và 2 xã khác.")
                .amounts()).isEmpty();
        // marked partial
        assertThat(ReportClaims.scan(total + "Trong đó đã có 5 xã nâng cao, 3 xã kiểu mẫu, 5 xã và 2 xã khác...").amounts())
                .isEmpty();
        // a spelled count among names after a colon is a name
        assertThat(ReportClaims.scan("Có 6 sản phẩm. Năm nay công nhận. Riêng nhóm A gồm: khô cá Kiều Hạnh và một sản phẩm,"
                + " 5 sản phẩm khác.").amounts()).isEmpty();
        // nested: the parts of each parenthesis, and the two totals as the parts of the first
        assertThat(ReportClaims.scan("Tỉnh có 9 sản phẩm. Cụ thể, 4 sản phẩm đạt 4 sao (Phú Thiện 3 sản phẩm, TP. Pleiku 1"
                + " sản phẩm); 5 sản phẩm đạt 3 sao (Mang Yang 2 sản phẩm, Chư Sê 3 sản phẩm).").amounts())
                .extracting(s -> s.stated().toPlainString() + "=" + s.partsSum().toPlainString())
                .containsExactlyInAnyOrder("9=9", "4=4", "5=5");
    }

    @Test
    void runningTotalsAndConclusionsAddUpExactlyOverParagraphs() {
        String earlier = "Tỉnh công nhận 4 xã, nâng tổng số xã đạt chuẩn lên 51/88 xã, đạt 57%.\n\nTỉnh chỉ đạo tiếp tục"
                + " đẩy mạnh phong trào. Những địa phương chưa đạt chuẩn cần rà soát.\n\n";
        assertThat(ReportClaims.scan(earlier + "Năm 2020 toàn tỉnh có thêm 6 xã được công nhận, đưa tổng số xã đạt chuẩn lên"
                + " 57/88 xã.").amounts()).extracting(s -> s.stated().toPlainString() + "=" + s.partsSum().toPlainString())
                .containsExactly("57=57");
        // a level of another whole is no level of this running ratio
        assertThat(ReportClaims.scan(earlier + "Năm 2020 toàn tỉnh có thêm 6 xã được công nhận, đưa tổng số xã đạt chuẩn lên"
                + " 57/90 xã.").amounts()).isEmpty();
        String conclusion = "Theo quyết định, có 06 xã được công nhận đạt chuẩn. Năm 2014, tỉnh đã công nhận 11 xã đạt chuẩn."
                + " Như vậy, đến nay tỉnh có %d xã đạt chuẩn nông thôn mới.";
        assertThat(ReportClaims.scan(conclusion.formatted(17)).amounts()).singleElement()
                .satisfies(s -> assertThat(s.isConsistent()).isTrue());
        assertThat(ReportClaims.scan(conclusion.formatted(18)).amounts()).isEmpty();
    }

    @Test
    void secondRoundFormsOfHeldOutSix() {
        // "mỗi địa phương 1 sản phẩm" after three names: three parts of 1
        String each = "Công nhận 8 sản phẩm đạt 4 sao. Trong đó, huyện Thạch Hà với 3 sản phẩm; huyện Kỳ Anh 2 sản phẩm;"
                + " Hương Sơn, Nghi Xuân và Cẩm Xuyên mỗi địa phương 1 sản phẩm.";
        assertThat(ReportClaims.scan(each).amounts()).singleElement().satisfies(s -> {
            assertThat(s.partsSum()).isEqualByComparingTo("8");
            assertThat(s.isConsistent()).isTrue();
        });
        assertThat(ReportClaims.scan(each.replace("Nghi Xuân và ", "")).amounts()).singleElement()
                .satisfies(s -> assertThat(s.partsSum()).isEqualByComparingTo("7"));
        // a list introduced by the sentence before it, and by "cơ cấu"
        assertThat(ReportClaims.scan("Tham gia có 75 chủ thể; cơ cấu chủ thể cụ thể. Chủ thể là hợp tác xã với 19 chủ thể;"
                + " doanh nghiệp có 43 chủ thể; hộ cá thể 12 chủ thể; tổ hợp tác là 1 chủ thể.").amounts())
                .extracting(s -> s.stated().toPlainString() + "=" + s.partsSum().toPlainString()).containsExactly("75=75");
        assertThat(ReportClaims.scan("Tham gia có 75 chủ thể. Năm nay có hợp tác xã với 19 chủ thể; doanh nghiệp có 43 chủ"
                + " thể; hộ cá thể 12 chủ thể; tổ hợp tác là 1 chủ thể.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Toàn tỉnh có 611 sản phẩm. Cơ cấu sản phẩm với 01 sản phẩm 5 sao; 21 sản phẩm 4 sao"
                + " và 589 sản phẩm 3 sao.").amounts()).singleElement().satisfies(s -> assertThat(s.isConsistent()).isTrue());
        // a list running on into a sentence that opens with a place
        String run = "Tỉnh phê duyệt 98 sản phẩm. Trong số đó, thị xã Quế Võ với 28 sản phẩm; thị xã Thuận Thành với 24 sản phẩm."
                + " %s Gia Bình có 12 sản phẩm; huyện Lương Tài 34 sản phẩm.";
        assertThat(ReportClaims.scan(run.formatted("Huyện")).amounts()).extracting(s -> s.stated().toPlainString() + "="
                + s.partsSum().toPlainString()).containsExactly("98=98");
        assertThat(ReportClaims.scan(run.formatted("Riêng")).amounts()).noneMatch(AmountSum::isConsistent);
        // a ratio over its plan is a plan claim; without "kế hoạch" a ratio
        assertThat(ReportClaims.scan("Tỉnh đã cấp chứng nhận cho 43/34 sản phẩm, đạt 126,5% kế hoạch.").claims())
                .extracting(ContextFormsTest::show).containsExactly("PLAN 43/34=126.5");
        assertThat(ReportClaims.scan("Tỉnh đã cấp chứng nhận cho 43/50 sản phẩm, đạt 86%.").claims())
                .extracting(ContextFormsTest::show).containsExactly("RATIO 43/50=86");
    }

    @Test
    void thirdRoundFormsOfHeldOutSeven() {
        // sums of ratios whose parts are higher tiers of the total: subsets, never summed
        assertThat(ReportClaims.scan("Toàn tỉnh có 97/97 xã đạt chuẩn nông thôn mới, đạt tỉ lệ 100%; trong đó có 65/97 xã"
                + " đạt chuẩn nông thôn mới nâng cao, đạt tỉ lệ 67%, có 04/97 xã đạt chuẩn nông thôn mới kiểu mẫu, đạt tỉ lệ"
                + " 4,1%.").sums()).isEmpty();
        // a unit named without a count among the parts: a shortfall is not the text's; names after a colon are
        String named = "Công nhận 13 xã gồm 4 xã của huyện Ân Thi là Đa Lộc, Tiền Phong, Đặng Lễ, Đào Dương; xã Quảng Châu"
                + " của thành phố; 4 xã của huyện Mỹ Hào; 2 xã của Yên Mỹ.";
        assertThat(ReportClaims.scan(named).amounts()).isEmpty();
        assertThat(ReportClaims.scan("Công nhận 07 xã. Trong đó, huyện A có 02 xã được công nhận: Xã B và xã C, huyện D có 3"
                + " xã và huyện E có 01 xã.").amounts()).singleElement().satisfies(s -> assertThat(s.shortOfTotal()).isTrue());
        // runs between semicolons inside a parenthesis, and a total printed without its unit before it
        assertThat(ReportClaims.scan("Toàn tỉnh có 251 sản phẩm (39 sản phẩm 4 sao, 212 sản phẩm 3 sao; có 99 sản phẩm"
                + " thực phẩm, 7 sản phẩm đồ uống).").amounts()).extracting(s -> s.stated().toPlainString() + "="
                + s.partsSum().toPlainString()).containsExactly("251=251");
        assertThat(ReportClaims.scan("Số sản phẩm còn hiệu lực 242 (66 sản phẩm 4 sao, 176 sản phẩm 3 sao).").amounts())
                .extracting(s -> s.stated().toPlainString() + "=" + s.partsSum().toPlainString()).containsExactly("242=242");
        assertThat(ReportClaims.scan("Số sản phẩm còn hiệu lực 243 (66 sản phẩm 4 sao, 176 sản phẩm 3 sao).").amounts())
                .isEmpty();
        // a remainder completes a list; "Trong số này" and a colon introduce one
        assertThat(ReportClaims.scan("Đà Nẵng có 70 xã. Trong đó, 31 xã đạt chuẩn, 6 xã đạt chuẩn nâng cao, 3 xã đạt chuẩn"
                + " kiểu mẫu. Còn lại 30 xã chưa đạt chuẩn.").amounts()).extracting(s -> s.stated().toPlainString() + "="
                + s.partsSum().toPlainString()).containsExactly("70=70");
        assertThat(ReportClaims.scan("Tỉnh tiếp nhận 56 sản phẩm.\n\nTrong số này, có 43 sản phẩm mới, 3 sản phẩm nâng"
                + " hạng và 10 sản phẩm đánh giá lại.").amounts()).singleElement()
                .satisfies(s -> assertThat(s.isConsistent()).isTrue());
        assertThat(ReportClaims.scan("Cả nước có 20 HTX. Theo vùng: vùng A có 12 HTX; vùng B có 8 HTX.").amounts())
                .singleElement().satisfies(s -> assertThat(s.isConsistent()).isTrue());
    }
}
