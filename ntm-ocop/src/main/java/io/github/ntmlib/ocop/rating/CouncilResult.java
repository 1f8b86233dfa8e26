package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.sheet.Sheet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The scoring of one product by a rating council (Hội đồng đánh giá, phân hạng sản phẩm OCOP): the
 * scorecards of its members, all on the same sheet, each member once.
 *
 * @param product     the product's name or code
 * @param council     the council's level (province or central; district before 6 July 2025)
 * @param date        the rating date; it decides who recognises which level and may not precede the
 *                    instrument of the sheets
 * @param scorecards the members' scorecards, at least one
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CouncilResult(String product, RatingAuthority council, LocalDate date, List<Scorecard> scorecards) {

    /**
     * Validates and copies.
     *
     * @param product     the product
     * @param council     the council level
     * @param date        the rating date
     * @param scorecards the scorecards
     * @throws OcopDataException if there is no scorecard, the sheets differ, a member appears twice, or
     *                           the council's level does not rate on that date (a district after 5 July 2025)
     */
    public CouncilResult {
        if (product == null || product.isBlank()) {
            throw OcopDataException.api(null, "product", Labels.of("kết quả của hội đồng phải nêu sản phẩm",
                    "a council result names its product"));
        }
        if (council == null || date == null || scorecards == null || scorecards.isEmpty()) {
            throw OcopDataException.api(product, "council", Labels.of(
                    "kết quả của hội đồng cần cấp hội đồng, ngày và các phiếu chấm",
                    "a council result needs its level, date and scorecards"));
        }
        scorecards = List.copyOf(scorecards);
        Sheet sheet = scorecards.get(0).sheet();
        Set<String> members = new HashSet<>();
        for (Scorecard e : scorecards) {
            if (!e.sheet().equals(sheet)) {
                throw OcopDataException.api(product, e.evaluator(), Labels.of(
                        "các phiếu chấm theo phiếu đánh giá khác nhau: " + phieu(sheet) + " và " + phieu(e.sheet()),
                        "scorecards on different sheets: " + sheet.id() + " and " + e.sheet().id()));
            }
            if (!e.product().equals(product)) {
                throw OcopDataException.api(product, e.evaluator(), Labels.of(
                        "phiếu chấm của sản phẩm khác: " + Limits.quote(e.product()),
                        "scorecard of another product: " + e.product()));
            }
            if (!members.add(e.evaluator())) {
                throw OcopDataException.api(product, e.evaluator(), Labels.of("thành viên chấm hai lần",
                        "member evaluated twice"));
            }
        }
        if (!council.ratesOn(date)) {
            throw OcopDataException.api(product, "council", Labels.of(council.vietnamese()
                    + " không đánh giá vào ngày " + Language.VIETNAMESE.format(date)
                    + ": hội đồng cấp huyện chỉ đánh giá trước ngày "
                    + Language.VIETNAMESE.format(RatingAuthority.TWO_LEVEL_FROM)
                    + " (Quyết định 1489/QĐ-TTg; Quyết định 26/2026/QĐ-TTg Điều 4)",
                    council.vietnamese() + " (" + council.english()
                    + ") council does not rate on " + date + ": district councils rate only before "
                    + RatingAuthority.TWO_LEVEL_FROM + " (Decision 1489/QĐ-TTg; Decision 26/2026/QĐ-TTg Art. 4)"));
        }
        if (date.isBefore(sheet.instrument().effective())) {
            throw OcopDataException.api(product, "date", Labels.of("đánh giá ngày "
                    + Language.VIETNAMESE.format(date) + " không dùng được " + phieu(sheet) + ", có hiệu lực từ ngày "
                    + Language.VIETNAMESE.format(sheet.instrument().effective()), "a rating on " + date
                    + " cannot use " + sheet.id() + ", in force from " + sheet.instrument().effective()));
        }
    }

    /**
     * The sheet all scorecards used.
     *
     * @return the sheet
     */
    public Sheet sheet() {
        return scorecards.get(0).sheet();
    }

    /** A sheet as a Vietnamese sentence names it: {@code phiếu 3 của 148/QĐ-TTg}. */
    private static String phieu(Sheet sheet) {
        return "phiếu " + sheet.number() + " của " + sheet.instrument().number();
    }
}
