package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Report texts written the other ways Vietnamese reports write them: units on both sides of a
 * ratio, plans introduced by "phấn đấu" or "mục tiêu", counts after "đạt", and totals stated with
 * their breakdown as plain amounts (money in mixed units, counts).
 */
class ReportTextsTest {

    private static String show(Claim c) {
        return c.part().toPlainString() + "/" + c.whole().toPlainString() + "=" + c.printed().toPlainString()
                + (c.isConsistent() ? "" : "!=" + c.recomputed().toPlainString());
    }

    private static String show(AmountSum s) {
        return s.stated().toPlainString() + " " + s.unit() + " vs " + s.partsSum().toPlainString() + " (" + s.parts()
                + ")" + (s.exceedsTotal() ? " exceeds" : s.shortOfTotal() ? " short" : "");
    }

    @Test
    void aRatioMayCarryItsUnitOnBothSides() {
        assertThat(ReportClaims.scan("Giải ngân 250.500 triệu đồng/300.000 triệu đồng, đạt 83,5% KH.").claims())
                .extracting(ReportTextsTest::show).containsExactly("250500/300000=83.5");
        assertThat(ReportClaims.scan("Tỷ lệ hộ dùng nước sạch 99.600 hộ/372.000 hộ (đạt 26,7%).").claims())
                .extracting(ReportTextsTest::show).containsExactly("99600/372000=26.7!=26.8");
        // a unit is words only: a document number or a date is still never a ratio
        assertThat(ReportClaims.scan("Theo Quyết định số 36/2022/QĐ-UBND ngày 12/5 (đạt 50%).").claims()).isEmpty();
        assertThat(ReportClaims.scan("Đến tháng 12/2024 đạt 60%.").claims()).isEmpty();
    }

    @Test
    void aPlanMayBeIntroducedByPhanDauOrMucTieuAndACountByDat() {
        assertThat(ReportClaims.scan("Kế hoạch năm 2025 phấn đấu 20 xã đạt chuẩn nâng cao, đến nay đạt 16 xã (đạt 80% KH).")
                .claims()).extracting(ReportTextsTest::show).containsExactly("16/20=80");
        assertThat(ReportClaims.scan("Mục tiêu 12 xã đạt chuẩn kiểu mẫu, đã công nhận 9 xã, đạt 70% kế hoạch.").claims())
                .extracting(ReportTextsTest::show).containsExactly("9/12=70!=75");
        // a plan in another clause is the percentage's whole only when the figures agree (a whole printed
        // elsewhere, h-claims6): a consistent claim; a disagreement is not judged
        assertThat(ReportClaims.scan("Kế hoạch 8 huyện; hoàn thành 6 huyện, đạt 75% KH.").claims())
                .extracting(c -> c.kind() + " " + show(c) + " " + c.text()).containsExactly("PLAN 6/8=75 6 huyện, đạt 75%");
        assertThat(ReportClaims.scan("Kế hoạch 8 huyện; hoàn thành 6 huyện, đạt 80% KH.").claims()).isEmpty();
        // no count stated: never a guess
        assertThat(ReportClaims.scan("Phấn đấu 20 xã đạt chuẩn, đạt 80% KH.").claims()).isEmpty();
    }

    @Test
    void aTotalOfMoneyIsCheckedAgainstItsPartsInMixedUnits() {
        List<AmountSum> sums = ReportClaims.scan("Tổng vốn 1.000 tỷ đồng, gồm: ngân sách trung ương 600 tỷ đồng, ngân"
                + " sách tỉnh 300 tỷ đồng, vốn lồng ghép 100.000 triệu đồng.").amounts();
        assertThat(sums).extracting(ReportTextsTest::show).containsExactly("1000 tỷ đồng vs 1000 (3)");
        assertThat(sums.get(0).isConsistent()).isTrue();
        assertThat(ReportClaims.scan("Tổng vốn 1.000 tỷ đồng, trong đó: trung ương 600 tỷ đồng; tỉnh 450 tỷ đồng.")
                .amounts()).extracting(ReportTextsTest::show).containsExactly("1000 tỷ đồng vs 1050 (2) exceeds");
        assertThat(ReportClaims.scan("Tổng vốn 1.000 tỷ, trong đó: trung ương 600 tỷ, tỉnh 300 tỷ.").amounts())
                .extracting(ReportTextsTest::show).containsExactly("1000 tỷ vs 900 (2) short");
    }

    @Test
    void examplesApproximationsAndNestedBreakdownsAreNotParts() {
        // the districts after "tiêu biểu như" are examples of a part, not parts
        assertThat(ReportClaims.scan("Tổng kinh phí là 10 tỷ đồng, trong đó: tỉnh 2 tỷ đồng; huyện 8 tỷ đồng, tiêu"
                + " biểu như: Can Lộc 3 tỷ đồng, Đức Thọ 4 tỷ đồng.").amounts()).extracting(ReportTextsTest::show)
                .containsExactly("10 tỷ đồng vs 10 (2)");
        // an approximate amount has no exact sum
        assertThat(ReportClaims.scan("Có khoảng 500 hộ, trong đó 200 hộ nghèo, 280 hộ cận nghèo.").amounts()).isEmpty();
        assertThat(ReportClaims.scan("Có 500 hộ, trong đó hơn 200 hộ nghèo, 280 hộ cận nghèo.").amounts()).isEmpty();
        // a breakdown in parentheses belongs to its own total
        assertThat(ReportClaims.scan("Công nhận 396 sản phẩm, trong đó có 314 sản phẩm còn hiệu lực (gồm 15 sản phẩm"
                + " 4 sao, 299 sản phẩm 3 sao).").amounts()).extracting(ReportTextsTest::show)
                .containsExactly("314 sản phẩm vs 314 (2)");
        // counts of another unit are not parts, and one part is no breakdown
        assertThat(ReportClaims.scan("Xây dựng 15 mô hình, trong đó có 12 thôn tại 12 xã.").amounts()).isEmpty();
        // amounts inside ratio claims belong to the ratio sums, not here
        assertThat(ReportClaims.scan("Giải ngân 411.626/593.139 triệu đồng (đạt 69,4% KH), trong đó vốn đầu tư"
                + " 365.695/504.912 triệu đồng (đạt 72,43%KH); vốn sự nghiệp 45.931/88.228 triệu đồng (đạt 52,06%KH).")
                .amounts()).isEmpty();
    }

    @Test
    void aChangeIsCheckedAgainstTheLevelsItJoins() {
        // both ways at once: the earlier level is the level reached less the change
        assertThat(ReportClaims.scan("Cả nước có 29.378 hợp tác xã.\nSo với năm 2021, số hợp tác xã tăng 7% (tăng 2036"
                + " hợp tác xã).").claims()).extracting(c -> c.kind() + " " + show(c)).containsExactly("CHANGE 2036/27342=7");
        assertThat(ReportClaims.scan("Tổng số thành viên là 5.935 nghìn thành viên, tăng 243 nghìn thành viên (khoảng"
                + " 5%).").claims()).extracting(ReportTextsTest::show).containsExactly("243/5692=5");
        assertThat(ReportClaims.scan("Số hộ nghèo giảm 300 hộ (25%), còn 900 hộ.").claims()).isEmpty();
        // between two printed levels: a percentage, or an amount checked as the higher level's parts
        assertThat(ReportClaims.scan("Số HTX tăng từ 40 HTX lên 50 HTX, tăng 20%.").claims())
                .extracting(ReportTextsTest::show).containsExactly("10/40=20!=25");
        assertThat(ReportClaims.scan("Số hộ nghèo giảm từ 1.200 hộ xuống 900 hộ, giảm 300 hộ.").amounts())
                .extracting(ReportTextsTest::show).containsExactly("1200 hộ vs 1200 (2)");
        assertThat(ReportClaims.scan("Năm 2024 có 125 xã đạt chuẩn, tăng 6 xã so với năm 2023 (118 xã).").amounts())
                .extracting(ReportTextsTest::show).containsExactly("125 xã vs 124 (2) short");
        // a change with no level of its unit before it, or a level that is approximate, is not assessed
        assertThat(ReportClaims.scan("Có 12 huyện; số xã tăng 7% (tăng 20 xã).").claims()).isEmpty();
        assertThat(ReportClaims.scan("Có khoảng 300 xã; số xã tăng 7% (tăng 20 xã).").claims()).isEmpty();
    }

    @Test
    void aPlanMayBeStatedSentencesBefore() {
        assertThat(ReportClaims.scan("Tổng kế hoạch vốn năm 2024 là 593.139 triệu đồng. Các huyện đã triển khai sớm."
                + " Đến nay đã giải ngân 411.626 triệu đồng, đạt 69,4%.").claims())
                .extracting(c -> c.kind() + " " + show(c)).containsExactly("PLAN 411626/593139=69.4");
        // "hơn" is a lower bound: a percentage below what it gives is a mismatch, one above is not assessed
        assertThat(ReportClaims.scan("Kế hoạch giao là 92.917,98 tỷ đồng. Đã giải ngân hơn 2.553 tỷ đồng, đạt 2,74% kế"
                + " hoạch.").claims()).extracting(ReportTextsTest::show).containsExactly("2553/92917.98=2.74!=2.75");
        assertThat(ReportClaims.scan("Kế hoạch giao là 92.917,98 tỷ đồng. Đã giải ngân hơn 2.553 tỷ đồng, đạt 2,80% kế"
                + " hoạch.").claims()).isEmpty();
        // no plan word before the amount, or no disbursement and no "kế hoạch" after the percentage: no plan
        // claim; the earlier amount is a whole the percentage is a share of only when the figures agree
        // (h-claims6), and a disagreement is not judged
        assertThat(ReportClaims.scan("Tổng vốn là 593.139 triệu đồng. Đã giải ngân 411.626 triệu đồng, đạt 69,4%.")
                .claims()).extracting(c -> c.kind() + " " + show(c)).containsExactly("SHARE_OF_WHOLE 411626/593139=69.4");
        assertThat(ReportClaims.scan("Kế hoạch vốn là 593.139 triệu đồng. Vốn lồng ghép 411.626 triệu đồng, đạt 69,4%.")
                .claims()).extracting(c -> c.kind() + " " + show(c)).containsExactly("SHARE_OF_WHOLE 411626/593139=69.4");
        assertThat(ReportClaims.scan("Tổng vốn là 593.139 triệu đồng. Đã giải ngân 411.626 triệu đồng, đạt 70,4%.")
                .claims()).isEmpty();
        assertThat(ReportClaims.scan("Kế hoạch vốn là 593.139 triệu đồng. Vốn lồng ghép 411.626 triệu đồng, đạt 60,4%.")
                .claims()).isEmpty();
    }

    @Test
    void wholesInAnEarlierParagraphOrNamedInWordsAndPartsIntoTheNextSentence() {
        assertThat(ReportClaims.scan("Toàn tỉnh huy động 44.263 tỷ đồng.\n\nTrong đó, giai đoạn 2010-2015 huy động"
                + " 24.470 tỷ đồng, từ năm 2016 tới nay 19.793 tỷ đồng.").amounts()).extracting(ReportTextsTest::show)
                .containsExactly("44263 tỷ đồng vs 44263 (2)");
        assertThat(ReportClaims.scan("Hải Dương có thêm 5 xã đạt chuẩn.\n\nTrong đó, có 3 xã đăng ký năm 2020 (Tuấn"
                + " Việt, Tân Quang). 2 xã khác đăng ký năm 2019.").amounts()).extracting(ReportTextsTest::show)
                .containsExactly("5 xã vs 5 (2)");
        assertThat(ReportClaims.scan("Toàn tỉnh có 40 sản phẩm đạt 4 sao. Trong đó, 1 sản phẩm có tiềm năng đạt 5 sao."
                + "\n\nTrong số các sản phẩm được cấp giấy chứng nhận có 21 sản phẩm cấp lại, 7 sản phẩm cấp mới và 13"
                + " sản phẩm nâng hạng.").amounts()).extracting(ReportTextsTest::show)
                .containsExactly("40 sản phẩm vs 41 (3) exceeds");
        // a whole named as another unit is not that total
        assertThat(ReportClaims.scan("Toàn tỉnh có 40 hộ. Trong số các sản phẩm có 21 sản phẩm cấp lại, 7 sản phẩm cấp"
                + " mới.").amounts()).isEmpty();
        // a ratio's part is a breakdown's total: the parts' shares are checked against it
        assertThat(ReportClaims.scan("Cả nước có 6.250/8.014 xã (78%) đạt chuẩn; trong đó, có 2.275 xã (36,4%) nâng cao"
                + " và 550 xã (8,9%) kiểu mẫu.").claims()).extracting(ReportTextsTest::show)
                .containsExactly("6250/8014=78", "2275/6250=36.4", "550/6250=8.9!=8.8");
    }

    @Test
    void aListByPlaceAfterItsTotalNeedsNoKeyword() {
        String total = "Năm 2022, tỉnh công nhận 104 sản phẩm OCOP. ";
        assertThat(ReportClaims.scan(total + "Thành phố Trà Vinh có 22 sản phẩm, huyện Châu Thành có 16 sản phẩm, huyện"
                + " Càng Long 15 sản phẩm và huyện Cầu Kè 50 sản phẩm.").amounts()).extracting(ReportTextsTest::show)
                .containsExactly("104 sản phẩm vs 103 (4) short");
        // two places are no list; amounts not led by a place are no list
        assertThat(ReportClaims.scan(total + "Thành phố Trà Vinh có 22 sản phẩm, huyện Châu Thành có 16 sản phẩm.")
                .amounts()).isEmpty();
        assertThat(ReportClaims.scan(total + "Có 22 sản phẩm 4 sao, 16 sản phẩm 3 sao, sau đó 15 sản phẩm.").amounts())
                .isEmpty();
    }

    @Test
    void theSeedsBreakdownsOfPlainAmounts() throws IOException {
        String seed;
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/seed/ha-tinh-ntm-2024-report.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ReportClaims.scan(seed).amounts()).extracting(ReportTextsTest::show).containsExactly(
                // "xây mới đồng bộ 3 trường học (02 trường MN và 01 trường TH)": parts in parentheses
                "3 trường vs 3 (2)",
                "978 HTX vs 978 (2)",
                // "Toàn tỉnh có 4 huyện phấn đấu …, kết quả đến nay:⏎3.1.1 Đối với 2 huyện Đức Thọ, Nghi Xuân: …⏎3.1.2
                // Đối với 2 huyện Thạch Hà và Can Lộc:": a total whose line ends with a colon, one part on each line after
                "4 huyện vs 4 (2)",
                // "4/9 huyện, gồm …; đến nay: 2 huyện …; 2 huyện …": the bare ratio's part is the total
                "4 huyện vs 4 (2)",
                "90 sản phẩm vs 90 (2)",
                "314 sản phẩm vs 314 (2)",
                // 388 triệu + 45,985 tỷ = 46,373 tỷ: the seed's total is 1 triệu short of its parts
                "46.372 tỷ đồng vs 46.373 (2) exceeds");
        // "… 30,667 tỷ đồng...": a list that ends in an ellipsis is partial, never summed
        assertThat(ReportClaims.scan(seed).amounts()).noneMatch(s -> s.stated().compareTo(new java.math.BigDecimal("63.142")) == 0);
    }
}
