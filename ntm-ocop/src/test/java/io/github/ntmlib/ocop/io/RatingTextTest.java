package io.github.ntmlib.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Score;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTextTest {

    private static final Sheet SHEET_1 = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);

    private static Rating rate(Scorecard... evaluations) {
        return Rater.standard().rate(new CouncilResult("Bưởi Phúc Trạch", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 6, 20), List.of(evaluations)));
    }

    @Test
    void aMissedMarkerReadsInVietnamese() {
        Scorecard m1 = Scorecard.builder("Bưởi Phúc Trạch", SHEET_1, "TV1").choose("1.3", 2)
                .chooseAll(c -> c.options().size()).build();
        Scorecard m2 = Scorecard.builder("Bưởi Phúc Trạch", SHEET_1, "TV2").chooseAll(c -> c.options().size()).build();
        String text = RatingText.vietnamese(rate(m1, m2));
        assertThat(text).contains("Kết quả: Đã phân hạng, hạng 4 sao")
                .contains("Tổng điểm trung bình: 99,5/100")
                .contains("  Phần A: 39,5/40")
                .contains("    1. TỔ CHỨC SẢN XUẤT: 17,5/18")
                .contains("Dấu sao chưa đạt: 5 sao tại tiêu chí 1.3 (cần 3 điểm, đạt 2,5)")
                .contains("phân hạng 4 sao (hạng cao nhất mà điểm cho phép và đạt đủ dấu sao)")
                .contains("Cấp công nhận: Cấp tỉnh.");
    }

    @Test
    void rejectionAndCandidacyReadInVietnamese() {
        Scorecard top = Scorecard.builder("Bưởi Phúc Trạch", SHEET_1, "TV1").chooseAll(c -> c.options().size())
                .build();
        assertThat(RatingText.vietnamese(rate(top))).contains("Sản phẩm tiềm năng 5 sao")
                .contains("Dấu sao: đạt tất cả yêu cầu tối thiểu");
        Scorecard rejected = Scorecard.builder("Bưởi Phúc Trạch", SHEET_1, "TV1").finding("H1")
                .chooseAll(c -> c.options().size()).build();
        assertThat(RatingText.vietnamese(rate(rejected))).contains("Kết quả: Bị loại\n")
                .contains("Điều kiện loại H1 (Bị loại): Hồ sơ bị loại khi").endsWith("điểm số không được xét.");
    }

    @Test
    void numbersUseTheDecimalComma() {
        assertThat(RatingText.number(Score.of(139, 2))).isEqualTo("69,5");
        assertThat(RatingText.number(Score.of(209, 3))).isEqualTo("≈ 69,67");
        assertThat(RatingText.number(Score.of(90))).isEqualTo("90");
    }
}
