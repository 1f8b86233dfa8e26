package io.github.ntmlib.claims;

import static io.github.ntmlib.claims.FormChecks.stated;
import static io.github.ntmlib.claims.FormChecks.sum;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forms of branch h-claims7 (fourth round, held-out-8 tuned on), on texts of their own: shares and
 * lists around a share read before the amounts, a share of the communes counted before their criteria,
 * an introduced list of a total printed before, parts re-attached to the total they add up to exactly,
 * a subset and its complement printed apart, a total broken down by place in the sentences after it, the
 * plan of a budget line broken down before it and "Trong N sản phẩm" as a whole; each with the near misses
 * that must stay unjudged.
 */
class FourthRoundFormsTest {

    private static String show(Claim c) {
        return c.kind() + " " + c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }



    @Test
    void sharesReadBeforeTheAmountsLeaveTheirListAndSiblingsAlone() {
        String list = "Năm 2023, tỉnh tổ chức đánh giá, trong tổng số 120 sản phẩm có 104 sản phẩm đạt 3 sao, chiếm gần 87%%;"
                + " 12 sản phẩm đạt 4 sao, chiếm 10%% và %s sản phẩm tiềm năng 5 sao, chiếm trên %s%%.";
        ReportClaims.Result r = ReportClaims.scan(list.formatted("04", "3"));
        // the whole and part of the first share stay a list's total and item; the rating "3 sao" is never the part
        assertThat(r.claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 104/120=87", "SHARE_OF_WHOLE 12/120=10", "SHARE_OF_WHOLE 4/120=3");
        assertThat(r.amounts()).extracting(FormChecks::sum).containsExactly("120=120 (3)");
        // one off: the list is not judged, and the shares keep their whole
        ReportClaims.Result off = ReportClaims.scan(list.formatted("05", "4"));
        assertThat(off.amounts()).isEmpty();
        assertThat(off.claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 104/120=87", "SHARE_OF_WHOLE 12/120=10", "SHARE_OF_WHOLE 5/120=4");
        // a sibling share's part is never a whole: 12/104 would round to 12%, 12/120 does not
        assertThat(ReportClaims.scan("Năm 2023, tỉnh tổ chức đánh giá, trong tổng số 120 sản phẩm có 104 sản phẩm đạt 3"
                + " sao, chiếm gần 87%; 12 sản phẩm đạt 4 sao, chiếm 12%.").claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 104/120=87");
    }

    @Test
    void aShareAfterCriteriaReachedIsOfTheCommunesCountedBeforeThem() {
        String base = "Năm 2016, kết quả điều tra ban đầu 160 xã trên địa bàn tỉnh. Đến nay, có 20 xã %s 5 tiêu chí, chiếm %s%%.";
        assertThat(ReportClaims.scan(base.formatted("đạt", "12,5")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 20/160=12.5");
        assertThat(ReportClaims.scan(base.formatted("đạt dưới", "12,5")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 20/160=12.5");
        // a figure no whole gives is not judged, nor are criteria given rather than reached
        assertThat(ReportClaims.scan(base.formatted("đạt", "13,5")).claims()).isEmpty();
        assertThat(ReportClaims.scan(base.formatted("được hỗ trợ", "12,5")).claims()).isEmpty();
    }

    @Test
    void anIntroducedListIsTheTotalsPrintedBeforeUnlessItsFirstItemIsNamedTheTotal() {
        String products = "Tỉnh có %d sản phẩm OCOP được công nhận. Các sản phẩm được thị trường đón nhận.\n\nVề cơ cấu sản"
                + " phẩm theo nhóm, có 12 sản phẩm thực phẩm, 6 sản phẩm đồ uống, 4 sản phẩm dược liệu và 2 sản phẩm thủ"
                + " công mỹ nghệ.";
        // 12 = 6 + 4 + 2, yet the four add up to the 24 printed before
        assertThat(ReportClaims.scan(products.formatted(24)).amounts()).extracting(FormChecks::sum)
                .containsExactly("24=24 (4)");
        String communes = "Tỉnh có %d xã đạt chuẩn nông thôn mới. Các xã đã hoàn thiện hạ tầng.\n\nVề cơ cấu theo huyện, có 6"
                + " xã thuộc huyện A, %s3 xã thuộc huyện B, 2 xã thuộc huyện C và 1 xã thuộc huyện D.";
        assertThat(ReportClaims.scan(communes.formatted(12, "")).amounts()).extracting(FormChecks::sum)
                .containsExactly("12=12 (4)");
        // "gồm" after the first item names it the total of the others
        assertThat(ReportClaims.scan(communes.formatted(12, "gồm ")).amounts()).extracting(FormChecks::sum)
                .containsExactly("6=6 (3)");
        // a total the list does not add up to takes none of it
        assertThat(ReportClaims.scan(communes.formatted(13, "")).amounts()).noneMatch(s -> stated(s, 13));
        assertThat(ReportClaims.scan(products.formatted(25)).amounts()).noneMatch(s -> stated(s, 25));
    }

    @Test
    void partsAddingUpExactlyToATotalJustBeforeAreReattachedToIt() {
        String units = "Huyện có 21 đơn vị hành chính gồm 01 thị trấn và 20 xã, trong đó có 09 xã, thị trấn đồng bằng, 07 xã"
                + " miền núi và %s xã ven biển.";
        assertThat(ReportClaims.scan(units.formatted("05")).amounts()).extracting(FormChecks::sum)
                .containsExactly("21=21 (3)");
        // 22 communes and towns: not the 21 units' (the nearest total keeps its own reading)
        assertThat(ReportClaims.scan(units.formatted("06")).amounts()).noneMatch(s -> stated(s, 21));
        String products = "Tỉnh có 30 sản phẩm OCOP gồm 12 sản phẩm 4 sao và 18 sản phẩm 3 sao, trong đó có 14 sản phẩm thực"
                + " phẩm, 10 sản phẩm đồ uống và %d sản phẩm dược liệu.";
        assertThat(ReportClaims.scan(products.formatted(6)).amounts()).extracting(FormChecks::sum)
                .containsExactly("30=30 (2)", "30=30 (3)");
        // 31: neither the 30 nor the 18 three-star products are judged against these parts
        assertThat(ReportClaims.scan(products.formatted(7)).amounts()).extracting(FormChecks::sum)
                .containsExactly("30=30 (2)");
    }

    @Test
    void aSubsetAndItsComplementPrintedApartAddUpOnlyWhenMarkedAsTheRest() {
        String apart = "Năm 2023, tỉnh công nhận 86 sản phẩm OCOP, trong đó có 11 sản phẩm đạt hạng 4 sao. Các chủ thể đã chú"
                + " trọng bao bì, nhãn mác.\n\n%s tỉnh cũng có %d sản phẩm đạt hạng OCOP %d sao.";
        for (String opener : new String[] {"Ngoài ra,", "Bên cạnh đó,", "Còn lại,"}) {
            assertThat(ReportClaims.scan(apart.formatted(opener, 75, 3)).amounts()).as(opener).singleElement()
                    .satisfies(s -> {
                        assertThat(sum(s)).isEqualTo("86=86 (2)");
                        assertThat(s.isConsistent()).isTrue();
                    });
        }
        // no opener: another star tier marks the complement, the same tier does not
        assertThat(ReportClaims.scan(apart.formatted("Năm nay,", 75, 3)).amounts()).extracting(FormChecks::sum)
                .containsExactly("86=86 (2)");
        assertThat(ReportClaims.scan(apart.formatted("Năm nay,", 75, 4)).amounts()).isEmpty();
        // a figure that does not make the total up is no complement
        assertThat(ReportClaims.scan(apart.formatted("Ngoài ra,", 74, 3)).amounts()).isEmpty();
        assertThat(ReportClaims.scan(apart.formatted("Ngoài ra,", 76, 3)).amounts()).isEmpty();
        // "Danh sách" opens the complement
        assertThat(ReportClaims.scan("Năm 2024, tỉnh đánh giá, công nhận cho 52 sản phẩm. Trong đó công nhận có 3 sản phẩm đạt"
                + " hạng 4 sao. Danh sách 49 sản phẩm đạt hạng 3 sao gồm các sản phẩm của 8 huyện.").amounts())
                .extracting(FormChecks::sum).containsExactly("52=52 (2)");
        // an evaluation result that merely adds up is none
        String result = "Có 5 sản phẩm của huyện gửi hồ sơ đánh giá. Trong đó, có 2 sản phẩm được nâng hạng. %s, có 3 sản phẩm"
                + " đạt chuẩn.";
        assertThat(ReportClaims.scan(result.formatted("Kết quả")).amounts()).isEmpty();
        assertThat(ReportClaims.scan(result.formatted("Ngoài ra")).amounts()).extracting(FormChecks::sum)
                .containsExactly("5=5 (2)");
        // the part's own sentence going on with other parts is a breakdown of its own
        assertThat(ReportClaims.scan("Năm 2024, tỉnh công nhận 57 sản phẩm, trong đó có 3 sản phẩm đạt hạng 4 sao và 5 sản"
                + " phẩm đạt hạng 5 sao. Ngoài ra, có 49 sản phẩm đạt hạng 3 sao.").amounts()).noneMatch(s -> s.parts() == 2
                        && stated(s, 57));
    }

    @Test
    void aTotalBrokenDownByPlaceInTheSentencesAfterIt() {
        String leaders = "Toàn thành phố có %d sản phẩm OCOP được công nhận đạt 4 sao. %s Sóc Sơn dẫn đầu với 18 sản phẩm."
                + " Tiếp theo là huyện Đông Anh với 14 sản phẩm, huyện Gia Lâm và huyện Mê Linh mỗi địa phương có 10 sản"
                + " phẩm. Huyện Phúc Thọ có 8 sản phẩm.";
        // 18 + 14 + 2 × 10 + 8
        assertThat(ReportClaims.scan(leaders.formatted(60, "Huyện")).amounts()).extracting(FormChecks::sum)
                .containsExactly("60=60 (4)");
        assertThat(ReportClaims.scan(leaders.formatted(61, "Huyện")).amounts()).isEmpty();
        // "hợp tác xã" names no place
        assertThat(ReportClaims.scan(leaders.formatted(60, "Hợp tác xã")).amounts()).isEmpty();
        String parenthesis = "Toàn tỉnh có 40 sản phẩm OCOP được công nhận đạt 4 sao. Huyện Yên Thành dẫn đầu với 16 sản"
                + " phẩm. Tiếp theo là %s Đô Lương và %s Nam Đàn (%s 6 sản phẩm). Thị xã Hoàng Mai có 12 sản phẩm.";
        // the names stand before the parenthesis opened by "mỗi"
        assertThat(ReportClaims.scan(parenthesis.formatted("huyện", "huyện", "mỗi địa phương có")).amounts())
                .extracting(FormChecks::sum).containsExactly("40=40 (3)");
        assertThat(ReportClaims.scan(parenthesis.formatted("huyện", "huyện", "có")).amounts()).isEmpty();
        assertThat(ReportClaims.scan(parenthesis.formatted("hợp tác xã", "hợp tác xã", "mỗi địa phương có")).amounts())
                .isEmpty();
        // vi-VN thousands and three names before "mỗi"
        assertThat(ReportClaims.scan("Toàn tỉnh có 1.205 sản phẩm đạt 3 sao. Huyện A có 405 sản phẩm, huyện B, huyện C và"
                + " huyện D mỗi địa phương có 200 sản phẩm, huyện E 200 sản phẩm.").amounts())
                .extracting(FormChecks::sum).containsExactly("1205=1205 (3)");
        // "và" after an amount ends the item before: two names, not three
        assertThat(ReportClaims.scan("Toàn tỉnh có 29 sản phẩm đạt 3 sao. Huyện Nghi Lộc dẫn đầu với 11 sản phẩm. Tiếp theo là"
                + " huyện Anh Sơn có 6 sản phẩm và huyện Nam Đàn, huyện Tân Kỳ (mỗi địa phương có 6 sản phẩm).").amounts())
                .extracting(FormChecks::sum).containsExactly("29=29 (3)");
        // an item in a parenthesis is no item left out of a one-sentence list by place (2 × 300 + 3 × 300 = 1.500)
        String one = "Toàn tỉnh có %s sản phẩm OCOP. Thành phố Vinh và huyện Tân Kỳ (mỗi địa phương có 1 sản phẩm), thị xã"
                + " Cửa Lò có 300 sản phẩm, huyện Kỳ Sơn có 300 sản phẩm, huyện Đô Lương có 300 sản phẩm.";
        assertThat(ReportClaims.scan(one.formatted("902")).amounts()).extracting(FormChecks::sum)
                .containsExactly("902=902 (4)");
        assertThat(ReportClaims.scan(one.formatted("903")).amounts()).isEmpty();
        // a prefix that makes the total up while the list runs on by place is no breakdown of it
        assertThat(ReportClaims.scan("Toàn tỉnh có 3 sản phẩm OCOP. Huyện Nghi Lộc có 1 sản phẩm. Huyện Anh Sơn có 1 sản phẩm."
                + " Huyện Tân Kỳ có 1 sản phẩm. Huyện Nam Đàn có 1 sản phẩm.").amounts()).isEmpty();
        // a list that runs on into the next sentence by place is not judged on its first sentence alone
        assertThat(ReportClaims.scan("Toàn tỉnh có 40 sản phẩm OCOP. Huyện Nghi Lộc có 16 sản phẩm, huyện Anh Sơn 10 sản phẩm"
                + " và huyện Tân Kỳ 5 sản phẩm. Huyện Nam Đàn có 9 sản phẩm.").amounts()).extracting(FormChecks::sum)
                .containsExactly("40=40 (4)");
        // an amount given for each of several places is no total of the places after it
        assertThat(ReportClaims.scan("Toàn tỉnh có 2.000 sản phẩm OCOP. Huyện Nghi Lộc và huyện Anh Sơn mỗi địa phương có 30"
                + " sản phẩm. Huyện Tân Kỳ có 10 sản phẩm, huyện Nam Đàn 10 sản phẩm, huyện Đô Lương 10 sản phẩm.").amounts())
                .isEmpty();
        // a sentence whose first amount comes before any place ends the list
        assertThat(ReportClaims.scan("Toàn tỉnh có 45 sản phẩm đạt 3 sao. Thành phố Vinh có 15 sản phẩm. Sau đó, có 12 sản"
                + " phẩm của Nghi Lộc, 10 sản phẩm của Diễn Châu và 8 sản phẩm của Cửa Lò.").amounts()).isEmpty();
    }

    @Test
    void aPlanPercentageOfABudgetLineThatIsABreakdownsPart() {
        String line = "Tổng vốn đầu tư năm 2024 được giao là 340,5 tỷ đồng (ngân sách Trung ương 140,5 tỷ đồng và ngân sách"
                + " tỉnh 200 tỷ đồng). Nguồn vốn ngân sách của tỉnh đến nay đã giải ngân 121,4 tỷ đồng, đạt %s%% kế hoạch.";
        assertThat(ReportClaims.scan(line.formatted("60,7")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("PLAN 121.4/200=60.7");
        assertThat(ReportClaims.scan(line.formatted("62,7")).claims()).isEmpty();
        // the plan stated as such ("Tổng kế hoạch vốn … là"): the line it is broken down into, when the plan
        // itself does not give the figure and the line does
        String stated = "Tổng kế hoạch vốn năm 2024 là 340,5 tỷ đồng (ngân sách Trung ương 140,5 tỷ đồng và ngân sách tỉnh"
                + " 200 tỷ đồng). Nguồn vốn ngân sách của tỉnh đến nay đã giải ngân 121,4 tỷ đồng, đạt %s%% kế hoạch.";
        assertThat(ReportClaims.scan(stated.formatted("60,7")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("PLAN 121.4/200=60.7");
        assertThat(ReportClaims.scan(stated.formatted("35,7")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("PLAN 121.4/340.5=35.7");
        // a figure no line gives stays the stated plan's
        assertThat(ReportClaims.scan(stated.formatted("62,7")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("PLAN 121.4/340.5=62.7!=35.7");
    }

    @Test
    void aCountedWholeAfterTrongIsTheShareWhole() {
        String within = "Trong 45 sản phẩm được cấp chứng nhận năm nay, có 36 sản phẩm là của các hợp tác xã, chiếm %s%%.";
        assertThat(ReportClaims.scan(within.formatted("80")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 36/45=80");
        // a whole printed as such is judged, as after "Trong số"
        assertThat(ReportClaims.scan(within.formatted("82")).claims()).extracting(FourthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE 36/45=82!=80");
        assertThat(ReportClaims.scan(within.replace("Trong", "Trong số").formatted("82")).claims())
                .extracting(FourthRoundFormsTest::show).containsExactly("SHARE_OF_WHOLE 36/45=82!=80");
        // a period is no counted whole
        assertThat(ReportClaims.scan("Trong 45 ngày, có 36 sản phẩm là của các hợp tác xã, chiếm 80%.").claims()).isEmpty();
        assertThat(ReportClaims.scan("Trong 45 ngày, có 36 sản phẩm là của các hợp tác xã, chiếm 82%.").claims()).isEmpty();
    }
}
