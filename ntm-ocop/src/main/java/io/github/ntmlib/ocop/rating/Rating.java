package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.KnockOut;
import java.util.List;
import java.util.Optional;

/**
 * The rating of a product with its explanation (kết quả đánh giá, phân hạng): the outcome, the stars,
 * the exact average total and its part and group subtotals, every star marker met or missed, the
 * knock-outs that fired and a sentence saying what decided the result.
 *
 * @param product           the product
 * @param sheetId           the sheet it was scored on, naming the instrument ("26/2026/QĐ-TTg sheet 1")
 * @param outcome           rated, rejected or not rated
 * @param stars             the star level; empty unless {@link Outcome#RATED}
 * @param average           the average total score (tổng điểm trung bình) over the evaluations
 * @param band              the level the points alone allow
 * @param parts             the part and group subtotals
 * @param markers           every marker of the sheet, checked
 * @param knockOuts         the knock-outs that fired, empty when rated
 * @param policy            the marker policy applied
 * @param decidedBy         what decided the result, in a sentence
 * @param recognisedBy      who recognises the level on the rating date; empty below 3 stars or when not rated
 * @param fiveStarCandidate whether a provincial council found the product worth 5 stars, which the
 *                          province cannot recognise: it proposes the product to the ministry
 */
public record Rating(String product, String sheetId, Outcome outcome, Optional<Stars> stars, Score average,
        Stars band, List<PartScore> parts, List<MarkerCheck> markers, List<KnockOut> knockOuts, MarkerPolicy policy,
        String decidedBy, Optional<RatingAuthority> recognisedBy, boolean fiveStarCandidate) {

    /**
     * Validates and copies.
     *
     * @param product           the product
     * @param sheetId           the sheet
     * @param outcome           the outcome
     * @param stars             the stars
     * @param average           the average total
     * @param band              the points band
     * @param parts             the subtotals
     * @param markers           the markers
     * @param knockOuts         the knock-outs fired
     * @param policy            the policy
     * @param decidedBy         the decisive reason
     * @param recognisedBy      the recognising authority
     * @param fiveStarCandidate whether a 5-star candidate
     */
    public Rating {
        OcopDataException.requirePresent(product, null, "product");
        OcopDataException.requirePresent(outcome, null, "outcome");
        OcopDataException.requirePresent(stars, null, "stars");
        OcopDataException.requirePresent(average, null, "average");
        OcopDataException.requirePresent(band, null, "band");
        OcopDataException.requirePresent(policy, null, "policy");
        OcopDataException.requirePresent(decidedBy, null, "decidedBy");
        OcopDataException.requirePresent(recognisedBy, null, "recognisedBy");
        parts = List.copyOf(parts);
        markers = List.copyOf(markers);
        knockOuts = List.copyOf(knockOuts);
        if (stars.isPresent() != (outcome == Outcome.RATED)) {
            throw OcopDataException.api(product, "stars", "stars are given exactly when the product is rated");
        }
    }

    /**
     * The markers that were missed.
     *
     * @return the missed markers
     */
    public List<MarkerCheck> missedMarkers() {
        return markers.stream().filter(m -> !m.met()).toList();
    }

    /**
     * A readable explanation, one fact a line.
     *
     * @return the explanation
     */
    public String explain() {
        StringBuilder text = new StringBuilder();
        text.append(product).append(" on ").append(sheetId).append(": ").append(outcome.vietnamese());
        stars.ifPresent(s -> text.append(", ").append(s.vietnamese()));
        text.append('\n').append("Average total ").append(average).append(" / 100\n");
        for (PartScore p : parts) {
            text.append("  Phần ").append(p.code()).append(' ').append(p.score()).append(" / ").append(p.max())
                    .append('\n');
            for (GroupScore g : p.groups()) {
                text.append("    ").append(g.code()).append(". ").append(g.title()).append(": ").append(g.score())
                        .append(" / ").append(g.max()).append('\n');
            }
        }
        for (MarkerCheck m : markers) {
            text.append("  ").append(m.met() ? "met    " : "MISSED ").append(m.stars().vietnamese()).append(" marker on ")
                    .append(m.criterion()).append(": needs ").append(m.required()).append(", has ")
                    .append(m.achieved()).append('\n');
        }
        for (KnockOut k : knockOuts) {
            text.append("  Knock-out ").append(k.id()).append(" (").append(k.kind().vietnamese()).append("): ")
                    .append(k.text()).append('\n');
        }
        return text.append(decidedBy).toString();
    }
}
