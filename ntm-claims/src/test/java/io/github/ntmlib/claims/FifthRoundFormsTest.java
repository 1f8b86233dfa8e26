package io.github.ntmlib.claims;

import static io.github.ntmlib.claims.FormChecks.stated;
import static io.github.ntmlib.claims.FormChecks.sum;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forms of branch h-claims7's fifth round (held-out-9 tuned on), on texts of their own: a breakdown
 * nested in a subset, products of a potential tier left out only when the tiers alone make the total, a
 * complement after a part broken down in its own sentence, a running total carried on from the sentences
 * before, "HTX" as "hợp tác xã", shares and line lists of a generic total's categories, parentheses not
 * counted in a share's reach, a ratio and the rest of its whole, a bound on a ratio's part as a hedge of its
 * percentage and a part's share after ", chiếm"; each with the near misses that must stay unjudged or be
 * judged the other way.
 */
class FifthRoundFormsTest {

    private static String show(Claim c) {
        return c.kind() + " " + c.hedge() + " " + c.part().toPlainString() + "/" + c.whole().toPlainString() + "="
                + c.printed().toPlainString() + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }



    @Test
    void aFirstPartThatIsTheSumOfTheOthersIsTheirTotal() {
        String nested = "Năm 2023, huyện Tiên Du có %s sản phẩm tham gia đánh giá, phân hạng, trong đó có %s sản phẩm được"
                + " công nhận đạt chuẩn OCOP, %s sản phẩm đạt 4 sao và %s sản phẩm đạt 3 sao.";
        ReportClaims.Result r = ReportClaims.scan(nested.formatted("30", "26", "5", "21"));
        assertThat(r.amounts()).extracting(FormChecks::sum).containsExactly("26=26 (2)");
        assertThat(r.claims()).isEmpty();
        assertThat(ReportClaims.scan(nested.formatted("1.250", "1.100", "300", "800")).amounts())
                .extracting(FormChecks::sum).containsExactly("1100=1100 (2)");
        // a first part that is not the sum of the others: neither it nor the total is judged against them
        for (String three : new String[] {"22", "20"}) {
            assertThat(ReportClaims.scan(nested.formatted("30", "26", "5", three)).amounts()).as(three).isEmpty();
        }
        // two parts only: no nesting (26 + 5 would be a flag of 30, not 26 = 5)
        assertThat(ReportClaims.scan("Năm 2023, huyện có 30 sản phẩm tham gia đánh giá, trong đó có 26 sản phẩm được công"
                + " nhận đạt chuẩn OCOP và 5 sản phẩm đạt 4 sao.").amounts()).noneMatch(s -> stated(s, 26));
    }

    @Test
    void productsOfAPotentialTierAreLeftOutOnlyWhenTheTiersMakeTheTotal() {
        String products = "Đến nay, toàn tỉnh có %d sản phẩm OCOP được công nhận. Trong đó, có %d sản phẩm đạt 3 sao, %d sản"
                + " phẩm đạt 4 sao và %d sản phẩm %s 5 sao.";
        // 150 + 30 = 180: the 3 potential ones are among them
        assertThat(ReportClaims.scan(products.formatted(180, 150, 30, 3, "tiềm năng")).amounts())
                .extracting(FormChecks::sum).containsExactly("180=180 (2)");
        // 70 + 49 + 1 = 120: a part of their own
        assertThat(ReportClaims.scan(products.formatted(120, 70, 49, 1, "tiềm năng")).amounts())
                .extracting(FormChecks::sum).containsExactly("120=120 (3)");
        // neither reading adds up: the potential ones stay a part, and the sum is flagged
        assertThat(ReportClaims.scan(products.formatted(120, 70, 48, 1, "tiềm năng")).amounts())
                .extracting(FormChecks::sum).containsExactly("120=119 (3) !");
        assertThat(ReportClaims.scan(products.formatted(120, 70, 49, 2, "tiềm năng")).amounts())
                .extracting(FormChecks::sum).containsExactly("120=121 (3) !");
        // a tier, not a potential: always a part
        assertThat(ReportClaims.scan(products.formatted(180, 150, 30, 3, "đạt")).amounts())
                .extracting(FormChecks::sum).containsExactly("180=183 (3) !");
    }

    @Test
    void aComplementFollowsAPartBrokenDownInItsOwnSentence() {
        String capital = "Tổng vốn thực hiện chương trình năm 2024 là 800 tỉ đồng%s 520 tỉ đồng vốn ngân sách trung ương phân"
                + " bổ cho giao thông 200 tỉ đồng, thủy lợi %s tỉ đồng%s. %s %s tỉ đồng là vốn ngân sách tỉnh.";
        // the part's own breakdown does not add up: the complement still does
        assertThat(ReportClaims.scan(capital.formatted(". Trong đó,", "380", "", "Còn lại", "280")).amounts())
                .extracting(FormChecks::sum).containsExactly("800=800 (2)");
        // it adds up (a bug the tests found: the part, the checked total of its own breakdown, was no longer free)
        for (String opening : new String[] {", trong đó", ". Trong đó,"}) {
            assertThat(ReportClaims.scan(capital.formatted(opening, "180", ", trường học 140 tỉ đồng", "Còn lại", "280"))
                    .amounts()).as(opening).extracting(FormChecks::sum)
                    .containsExactlyInAnyOrder("800=800 (2)", "520=520 (3)");
        }
        // a complement that does not make the total up, or is not marked as the rest, is none
        assertThat(ReportClaims.scan(capital.formatted(". Trong đó,", "180", ", trường học 140 tỉ đồng", "Còn lại", "270"))
                .amounts()).extracting(FormChecks::sum).containsExactly("520=520 (3)");
        assertThat(ReportClaims.scan(capital.formatted(". Trong đó,", "180", ", trường học 140 tỉ đồng", "Năm nay, có",
                "280")).amounts()).extracting(FormChecks::sum).containsExactly("520=520 (3)");
        // a larger amount in the part's sentence is another part, not its breakdown
        assertThat(ReportClaims.scan("Tổng vốn thực hiện chương trình năm 2024 là 800 tỉ đồng, trong đó 520 tỉ đồng vốn ngân"
                + " sách trung ương và 600 tỉ đồng vốn ngân sách tỉnh. Còn lại 280 tỉ đồng là vốn huy động.").amounts())
                .noneMatch(s -> stated(s, 800) && s.isConsistent());
    }

    @Test
    void aRunningTotalOpenedByDuaOrNangCarriesOnTheSentencesBefore() {
        String running = "Năm 2022, huyện Yên Thành có 10 xã đạt chuẩn nông thôn mới. Năm 2023, huyện đã có thêm 4 xã đạt chuẩn"
                + " nông thôn mới, trong đó có 01 xã thuộc diện đặc biệt khó khăn. Đó là các xã Hợp Thành, Phúc Thành, Lăng"
                + " Thành và Đồng Thành.%s %s tổng số xã đạt chuẩn nông thôn mới toàn huyện %s xã.";
        assertThat(ReportClaims.scan(running.formatted("", "Đưa", "là 14")).amounts())
                .singleElement().satisfies(s -> {
                    assertThat(sum(s)).isEqualTo("14=14 (2)");
                    assertThat(s.text()).startsWith("10 xã").endsWith("là 14 xã");
                });
        assertThat(ReportClaims.scan(running.formatted("", "Nâng", "lên 14")).amounts())
                .extracting(FormChecks::sum).containsExactly("14=14 (2)");
        // a level that does not add up with the addition: no sum
        assertThat(ReportClaims.scan(running.formatted("", "Đưa", "là 15")).amounts()).isEmpty();
        // the addition three sentences before: out of reach
        assertThat(ReportClaims.scan(running.formatted(" Các xã đã hoàn thiện hạ tầng giao thông.", "Đưa", "là 14"))
                .amounts()).isEmpty();
    }

    @Test
    void htxIsTheUnitOfHopTacXa() {
        String coops = "Toàn tỉnh có 25 %s tham gia chương trình OCOP, trong đó có 9 %s nông nghiệp và %d %s dịch vụ.";
        assertThat(ReportClaims.scan(coops.formatted("hợp tác xã", "HTX", 16, "HTX")).amounts())
                .extracting(FormChecks::sum).containsExactly("25=25 (2)");
        assertThat(ReportClaims.scan(coops.formatted("HTX", "hợp tác xã", 16, "hợp tác xã")).amounts())
                .extracting(FormChecks::sum).containsExactly("25=25 (2)");
        assertThat(ReportClaims.scan(coops.formatted("hợp tác xã", "HTX", 15, "HTX")).amounts())
                .extracting(FormChecks::sum).containsExactly("25=24 (2) !");
        // households are no cooperatives
        assertThat(ReportClaims.scan(coops.formatted("hợp tác xã", "hộ", 16, "hộ")).amounts()).isEmpty();
        assertThat(ReportClaims.scan(coops.formatted("hợp tác xã", "hộ", 15, "hộ")).amounts()).isEmpty();
    }

    @Test
    void sharesAndLineListsOfAGenericTotalsCategories() {
        String share = "Năm 2024, toàn tỉnh có 64 %s có sản phẩm OCOP, trong đó 28 doanh nghiệp, chiếm %s%%.";
        assertThat(ReportClaims.scan(share.formatted("chủ thể", "43,75")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("SHARE_OF_WHOLE EXACT 28/64=43.75");
        // a figure the whole does not give, or a whole of another kind: not judged
        assertThat(ReportClaims.scan(share.formatted("chủ thể", "45,75")).claims()).isEmpty();
        assertThat(ReportClaims.scan(share.formatted("hộ", "43,75")).claims()).isEmpty();
        String units = "Huyện Thạch Thành có 25 %s, trong đó có 23 xã, chiếm %s%%.";
        assertThat(ReportClaims.scan(units.formatted("đơn vị hành chính", "92")).claims())
                .extracting(FifthRoundFormsTest::show).containsExactly("SHARE_OF_WHOLE EXACT 23/25=92");
        assertThat(ReportClaims.scan(units.formatted("đơn vị hành chính", "93")).claims()).isEmpty();
        assertThat(ReportClaims.scan(units.formatted("thôn", "92")).claims()).isEmpty();

        String lines = "Kết quả thực hiện chương trình OCOP năm 2024:\n– 64 chủ thể có sản phẩm OCOP cấp tỉnh:\n+ Có 28 doanh"
                + " nghiệp (Công ty TNHH, Công ty cổ phần), chiếm 43,75%%.\n+ 20 hợp tác xã, chiếm 31,25%%, trong đó có 8 HTX"
                + " nông nghiệp và 12 HTX dịch vụ;\n+ %d hộ kinh doanh, chiếm 25%%.";
        ReportClaims.Result r = ReportClaims.scan(lines.formatted(16));
        assertThat(r.amounts()).extracting(FormChecks::sum).containsExactlyInAnyOrder("64=64 (3)", "20=20 (2)");
        assertThat(r.claims()).extracting(FifthRoundFormsTest::show).containsExactly(
                "SHARE_OF_WHOLE EXACT 28/64=43.75", "SHARE_OF_WHOLE EXACT 20/64=31.25", "SHARE_OF_WHOLE EXACT 16/64=25");
        // a list that does not add up is no claim (the lines may not be all)
        for (int households : new int[] {15, 17}) {
            assertThat(ReportClaims.scan(lines.formatted(households)).amounts()).as("" + households)
                    .noneMatch(s -> stated(s, 64));
        }
        String plain = "Tình hình đơn vị hành chính của huyện:\n- Huyện có 25 đơn vị hành chính cấp xã:\n+ %d xã thuần"
                + " nông.\n+ 2 thị trấn.";
        assertThat(ReportClaims.scan(plain.formatted(23)).amounts()).extracting(FormChecks::sum)
                .containsExactly("25=25 (2)");
        assertThat(ReportClaims.scan(plain.formatted(22)).amounts()).isEmpty();
        // the same figures with no colon ending the total's line: no list on the lines
        assertThat(ReportClaims.scan("Kết quả năm 2024:\n– 64 chủ thể có sản phẩm OCOP cấp tỉnh.\n+ Có 28 doanh nghiệp.\n+ 36"
                + " tổ hợp tác.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Kết quả năm 2024:\n– 64 chủ thể có sản phẩm OCOP cấp tỉnh:\n+ Có 28 doanh nghiệp.\n+ 36"
                + " tổ hợp tác.").amounts()).extracting(FormChecks::sum).containsExactly("64=64 (2)");
    }

    @Test
    void tokensInAParenthesisDoNotCountInAShareReach() {
        String named = "gồm các công ty trách nhiệm hữu hạn, công ty cổ phần, doanh nghiệp tư nhân, chi nhánh và văn phòng đại"
                + " diện của doanh nghiệp ngoài tỉnh";
        String share = "Năm 2024, toàn tỉnh có 64 chủ thể có sản phẩm OCOP, trong đó 28 doanh nghiệp %s, chiếm %s%%.";
        assertThat(ReportClaims.scan(share.formatted("(" + named + ")", "43,75")).claims())
                .extracting(FifthRoundFormsTest::show).containsExactly("SHARE_OF_WHOLE EXACT 28/64=43.75");
        // the same words outside a parenthesis take the share out of the part's reach
        assertThat(ReportClaims.scan(share.formatted(named, "43,75")).claims()).isEmpty();
        // and a parenthesis lends no verdict to a figure the whole does not give
        assertThat(ReportClaims.scan(share.formatted("(" + named + ")", "45,75")).claims()).isEmpty();
    }

    @Test
    void aRatioFollowedByTheRestOfItsWholeIsABreakdownJudgedBothWays() {
        String paren = "Đến cuối năm 2024, huyện Quế Sơn nâng tổng số xã đạt chuẩn nông thôn mới lên 11/14 xã (còn %s chưa đạt"
                + " chuẩn, gồm: Quế Phong, Quế Hiệp và Quế Long).";
        assertThat(ReportClaims.scan(paren.formatted("3 xã")).amounts()).singleElement().satisfies(s -> {
            assertThat(sum(s)).isEqualTo("14=14 (2)");
            assertThat(s.unit()).isEqualTo("xã");
        });
        assertThat(ReportClaims.scan(paren.formatted("4 xã")).amounts()).singleElement().satisfies(s -> {
            assertThat(sum(s)).isEqualTo("14=15 (2) !");
            assertThat(s.exceedsTotal()).isTrue();
        });
        assertThat(ReportClaims.scan(paren.formatted("2 xã")).amounts()).singleElement()
                .satisfies(s -> assertThat(s.shortOfTotal()).isTrue());
        String rest = "Đến cuối năm 2024, toàn tỉnh có 1.180/1.420 xã, còn lại %s xã đang phấn đấu đạt chuẩn.";
        assertThat(ReportClaims.scan(rest.formatted("240")).amounts()).extracting(FormChecks::sum)
                .containsExactly("1420=1420 (2)");
        assertThat(ReportClaims.scan(rest.formatted("241")).amounts()).extracting(FormChecks::sum)
                .containsExactly("1420=1421 (2) !");
        // the ratio's percentage is judged on its own as before
        ReportClaims.Result both = ReportClaims.scan("Đến cuối năm 2024, huyện có 11/14 xã (còn 3 xã chưa đạt chuẩn), đạt"
                + " 78,57%.");
        assertThat(both.claims()).extracting(FifthRoundFormsTest::show).containsExactly("RATIO EXACT 11/14=78.57");
        assertThat(both.amounts()).extracting(FormChecks::sum).containsExactly("14=14 (2)");
        // another unit, a rest printed as a ratio, a subset rather than the rest: none
        for (String after : new String[] {"(còn 3 thôn chưa đạt chuẩn)", "(còn 3/14 xã chưa đạt chuẩn)",
            "(trong đó 3 xã đạt chuẩn nâng cao)"}) {
            assertThat(ReportClaims.scan("Đến cuối năm 2024, huyện có 11/14 xã " + after + ".").amounts()).as(after)
                    .isEmpty();
        }
    }

    @Test
    void aBoundOnARatiosPartHedgesItsPercentage() {
        String plan = "Năm 2024, huyện đã giải ngân %s41,26/52,80 tỷ đồng (đạt %s%% kế hoạch).";
        // 41,26/52,80 = 78,1439…%: "trên" the part, the share is at least that, so 78,14% (the printed part's
        // share rounded) and above hold; below, the percentage is a mismatch
        assertThat(ReportClaims.scan(plan.formatted("trên ", "78,15")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN UNDER 41.26/52.80=78.15");
        assertThat(ReportClaims.scan(plan.formatted("hơn ", "78,20")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN UNDER 41.26/52.80=78.20");
        // the share of the printed part rounded to the printed digits (a bug the tests found: it was compared unrounded)
        assertThat(ReportClaims.scan(plan.formatted("trên ", "78,14")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN UNDER 41.26/52.80=78.14");
        assertThat(ReportClaims.scan(plan.formatted("trên ", "78,10")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN UNDER 41.26/52.80=78.10!=78.14");
        // "gần"/"dưới" the part: at most that share
        assertThat(ReportClaims.scan(plan.formatted("gần ", "78,14")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN OVER 41.26/52.80=78.14");
        assertThat(ReportClaims.scan(plan.formatted("gần ", "78,10")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN OVER 41.26/52.80=78.10");
        assertThat(ReportClaims.scan(plan.formatted("dưới ", "78,20")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN OVER 41.26/52.80=78.20!=78.14");
        // no bound: exact; the percentage's own hedge wins over the part's
        assertThat(ReportClaims.scan(plan.formatted("", "78,15")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN EXACT 41.26/52.80=78.15!=78.14");
        assertThat(ReportClaims.scan(plan.formatted("trên ", "khoảng 78")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN ABOUT 41.26/52.80=78");
        // a share of exactly 12,25%: half-up at one digit 12,3, so "trên" holds at 12,3 and not at 12,2
        String count = "Năm 2024, tỉnh đã hỗ trợ trên 49/400 hộ (đạt %s%% kế hoạch).";
        assertThat(ReportClaims.scan(count.formatted("12,3")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN UNDER 49/400=12.3");
        assertThat(ReportClaims.scan(count.formatted("12,2")).claims()).extracting(FifthRoundFormsTest::show)
                .containsExactly("PLAN UNDER 49/400=12.2!=12.3");
    }

    @Test
    void aPartsShareAfterChiemIsJudgedAgainstTheTotal() {
        String capital = "Tổng vốn huy động giai đoạn 2021-2025 là 3.250 tỷ đồng, trong đó vốn ngân sách nhà nước 1.820 tỷ đồng,"
                + " chiếm tỷ lệ %s%%; vốn tín dụng 930 tỷ đồng, chiếm tỷ lệ 28,62%%; vốn doanh nghiệp và người dân 500 tỷ"
                + " đồng, chiếm tỷ lệ 15,38%%.";
        ReportClaims.Result right = ReportClaims.scan(capital.formatted("56,00"));
        assertThat(right.claims()).extracting(FifthRoundFormsTest::show).containsExactly(
                "SHARE_OF_WHOLE EXACT 1820/3250=56.00", "SHARE_OF_WHOLE EXACT 930/3250=28.62",
                "SHARE_OF_WHOLE EXACT 500/3250=15.38");
        assertThat(right.amounts()).extracting(FormChecks::sum).containsExactly("3250=3250 (3)");
        // a misprint is a mismatch, its siblings still consistent
        ReportClaims.Result wrong = ReportClaims.scan(capital.formatted("56,10"));
        assertThat(wrong.claims()).extracting(FifthRoundFormsTest::show).containsExactly(
                "SHARE_OF_WHOLE EXACT 1820/3250=56.10!=56.00", "SHARE_OF_WHOLE EXACT 930/3250=28.62",
                "SHARE_OF_WHOLE EXACT 500/3250=15.38");
    }
}
