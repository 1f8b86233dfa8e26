package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.GroupScore;
import io.github.ntmlib.ocop.rating.MarkerCheck;
import io.github.ntmlib.ocop.rating.Outcome;
import io.github.ntmlib.ocop.rating.PartScore;
import io.github.ntmlib.ocop.rating.Score;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.sheet.KnockOut;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A rating as a Vietnamese text report (báo cáo kết quả đánh giá, phân hạng), with Vietnamese number
 * formatting: the decimal comma ("99,5"); a score with no finite decimal form is shown rounded to
 * two decimals after "≈" ("≈ 69,67").
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RatingText {

    private RatingText() {
    }

    /**
     * The report.
     *
     * @param rating the rating
     * @return the text, one fact a line
     */
    public static String vietnamese(Rating rating) {
        StringBuilder t = new StringBuilder();
        t.append("Sản phẩm: ").append(rating.product()).append('\n');
        t.append("Phiếu đánh giá: ").append(sheet(rating.sheetId())).append('\n');
        t.append("Kết quả: ").append(rating.outcome().vietnamese());
        rating.awarded().ifPresent(s -> t.append(", hạng ").append(s.vietnamese()));
        t.append('\n');
        t.append("Tổng điểm trung bình: ").append(number(rating.average())).append("/100\n");
        for (PartScore p : rating.parts()) {
            t.append("  Phần ").append(p.code()).append(": ").append(number(p.score())).append('/').append(p.max())
                    .append('\n');
            for (GroupScore g : p.groups()) {
                t.append("    ").append(g.code()).append(". ").append(g.title()).append(": ")
                        .append(number(g.score())).append('/').append(g.max()).append('\n');
            }
        }
        for (KnockOut k : rating.knockOuts()) {
            t.append("Điều kiện loại ").append(k.id()).append(" (").append(k.kind().vietnamese()).append("): ")
                    .append(k.text()).append('\n');
        }
        List<MarkerCheck> missed = rating.missedMarkers();
        if (missed.isEmpty()) {
            t.append("Dấu sao: đạt tất cả yêu cầu tối thiểu\n");
        }
        for (MarkerCheck m : missed) {
            t.append("Dấu sao chưa đạt: ").append(m.stars().vietnamese()).append(" tại tiêu chí ").append(m.criterion())
                    .append(" (cần ").append(m.required()).append(" điểm, đạt ").append(number(m.achieved()))
                    .append(")\n");
        }
        t.append(reason(rating));
        return t.toString();
    }

    private static String reason(Rating v) {
        if (v.outcome() == Outcome.REJECTED || v.outcome() == Outcome.NOT_RATED) {
            return v.outcome() == Outcome.REJECTED ? "Hồ sơ bị loại: điểm số không được xét."
                    : "Không đánh giá các bước tiếp theo: sản phẩm không được phân hạng.";
        }
        Stars stars = v.earned().orElseThrow();
        StringBuilder t = new StringBuilder("Điểm trung bình thuộc khung ").append(v.band().vietnamese());
        if (stars != v.band()) {
            t.append(" nhưng chưa đạt dấu sao tối thiểu; phân hạng ").append(stars.vietnamese())
                    .append(" (hạng cao nhất mà điểm cho phép và đạt đủ dấu sao).");
        } else {
            t.append(v.isFiveStarCandidate() ? "; đạt mức " : "; phân hạng ").append(stars.vietnamese()).append('.');
        }
        v.recognisedBy().ifPresent(a -> t.append(" Cấp công nhận: ").append(a.vietnamese()).append('.'));
        if (v.isFiveStarCandidate()) {
            t.append(" Sản phẩm tiềm năng 5 sao, chưa được công nhận: đề nghị Bộ Nông nghiệp và Môi trường đánh giá,"
                    + " phân hạng.");
        }
        return t.toString();
    }

    /** A sheet's id as Vietnamese text: "26/2026/QĐ-TTg sheet 1" is "26/2026/QĐ-TTg, phiếu số 1". */
    static String sheet(String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*) sheet (\\w+)").matcher(id);
        return m.matches() ? m.group(1) + ", phiếu số " + m.group(2) : id;
    }

    /**
     * A score with the decimal comma: exact when it has a finite decimal form, else "≈" and two decimals.
     *
     * @param score the score
     * @return the text, e.g. "99,5" or "≈ 69,67"
     */
    public static String number(Score score) {
        return score.exactDecimal().map(d -> Figures.format(d, Figures.VI))
                .orElseGet(() -> "≈ " + Figures.format(score.toBigDecimal(2), Figures.VI));
    }
}
