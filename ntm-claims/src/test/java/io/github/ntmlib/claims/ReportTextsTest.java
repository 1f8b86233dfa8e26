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
        assertThat(ReportClaims.scan("Kế hoạch 8 huyện; hoàn thành 6 huyện, đạt 75% KH.").claims()).isEmpty();
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
    void theSeedsBreakdownsOfPlainAmounts() throws IOException {
        String seed;
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/seed/ha-tinh-ntm-2024-report.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ReportClaims.scan(seed).amounts()).extracting(ReportTextsTest::show).containsExactly(
                "978 HTX vs 978 (2)",
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
