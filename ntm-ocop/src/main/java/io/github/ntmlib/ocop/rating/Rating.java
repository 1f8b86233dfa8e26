package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.KnockOut;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The rating of a product by a council, with its explanation (kết quả đánh giá, phân hạng): the
 * outcome, the exact average total and its part and group subtotals, every star marker met or
 * missed, the knock-outs that fired and a sentence saying what decided the result.
 *
 * <p>What the council awards and what the product earned are two readings: {@link #awarded()} is the
 * level the council's authority recognises and is never 5 stars below the centre; {@link #earned()}
 * is the level the points and markers reach. A provincial council's 5-star result is a
 * {@link Outcome#FIVE_STAR_CANDIDATE}: earned 5 stars, awarded nothing, proposed to the ministry.
 * Only {@link Rater} creates ratings.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Rating {

    private final String product;
    private final String sheetId;
    private final Outcome outcome;
    private final @Nullable Stars earned;
    private final Score average;
    private final Stars band;
    private final List<PartScore> parts;
    private final List<MarkerCheck> markers;
    private final List<KnockOut> knockOuts;
    private final MarkerPolicy policy;
    private final String decidedBy;
    private final @Nullable RatingAuthority recognisedBy;

    Rating(String product, String sheetId, Outcome outcome, @Nullable Stars earned, Score average, Stars band,
            List<PartScore> parts, List<MarkerCheck> markers, List<KnockOut> knockOuts, MarkerPolicy policy,
            String decidedBy, @Nullable RatingAuthority recognisedBy) {
        boolean scored = outcome == Outcome.RATED || outcome == Outcome.FIVE_STAR_CANDIDATE;
        if ((earned != null) != scored || (outcome == Outcome.FIVE_STAR_CANDIDATE && earned != Stars.FIVE)) {
            throw OcopDataException.api(product, "stars", Labels.of("hạng sao chỉ có khi sản phẩm được "
                    + "đánh giá xếp hạng hoặc được đề xuất 5 sao, và sản phẩm đề xuất phải đạt 5 sao",
                    "a level is earned exactly when the product is rated or"
                    + " a 5-star candidate, and a candidate earned 5 stars"));
        }
        this.product = product;
        this.sheetId = sheetId;
        this.outcome = outcome;
        this.earned = earned;
        this.average = average;
        this.band = band;
        this.parts = List.copyOf(parts);
        this.markers = List.copyOf(markers);
        this.knockOuts = List.copyOf(knockOuts);
        this.policy = policy;
        this.decidedBy = decidedBy;
        this.recognisedBy = recognisedBy;
    }

    /**
     * The product.
     *
     * @return its name or code
     */
    public String product() {
        return product;
    }

    /**
     * The sheet it was scored on.
     *
     * @return e.g. "26/2026/QĐ-TTg sheet 1"
     */
    public String sheetId() {
        return sheetId;
    }

    /**
     * The outcome.
     *
     * @return rated, 5-star candidate, rejected or not rated
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The level the council's authority awards (hạng được công nhận).
     *
     * @return the level when {@link Outcome#RATED}; empty for a 5-star candidate, a rejection or a
     *         stop (1 and 2 stars are awarded but not recognised, see {@link Stars#isRecognised()})
     */
    public Optional<Stars> awarded() {
        return outcome == Outcome.RATED ? Optional.ofNullable(earned) : Optional.empty();
    }

    /**
     * The level the points and markers reach, whoever recognises it.
     *
     * @return the level when rated or a 5-star candidate (then 5 stars); empty after a knock-out
     */
    public Optional<Stars> earned() {
        return Optional.ofNullable(earned);
    }

    /**
     * Whether the product is a 5-star candidate proposed to the ministry.
     *
     * @return true for {@link Outcome#FIVE_STAR_CANDIDATE}
     */
    public boolean isFiveStarCandidate() {
        return outcome == Outcome.FIVE_STAR_CANDIDATE;
    }

    /**
     * The average total score (tổng điểm trung bình) over the scorecards.
     *
     * @return the exact average
     */
    public Score average() {
        return average;
    }

    /**
     * The level the points alone allow.
     *
     * @return the band
     */
    public Stars band() {
        return band;
    }

    /**
     * The part and group subtotals.
     *
     * @return parts A, B and C
     */
    public List<PartScore> parts() {
        return parts;
    }

    /**
     * Every marker of the sheet, checked.
     *
     * @return the checks
     */
    public List<MarkerCheck> markers() {
        return markers;
    }

    /**
     * The knock-outs that fired.
     *
     * @return empty unless rejected or not rated
     */
    public List<KnockOut> knockOuts() {
        return knockOuts;
    }

    /**
     * The marker policy applied.
     *
     * @return the policy
     */
    public MarkerPolicy policy() {
        return policy;
    }

    /**
     * What decided the result, in a sentence.
     *
     * @return the reason
     */
    public String decidedBy() {
        return decidedBy;
    }

    /**
     * Who recognises the earned level on the rating date.
     *
     * @return the authority (the ministry for a 5-star candidate); empty below 3 stars or after a knock-out
     */
    public Optional<RatingAuthority> recognisedBy() {
        return Optional.ofNullable(recognisedBy);
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
        text.append(product).append(" on ").append(sheetId).append(": ").append(outcome.english());
        awarded().ifPresent(s -> text.append(", ").append(s.english()));
        if (isFiveStarCandidate()) {
            text.append(" (earned 5 stars, not awarded)");
        }
        text.append('\n').append("Average total ").append(average).append(" / 100\n");
        for (PartScore p : parts) {
            text.append("  Part ").append(p.code()).append(' ').append(p.score()).append(" / ").append(p.max())
                    .append('\n');
            for (GroupScore g : p.groups()) {
                text.append("    ").append(g.code()).append(". ").append(g.title()).append(": ").append(g.score())
                        .append(" / ").append(g.max()).append('\n');
            }
        }
        for (MarkerCheck m : markers) {
            text.append("  ").append(m.met() ? "met    " : "MISSED ").append(m.stars().english())
                    .append(" marker on ").append(m.criterion()).append(": needs ").append(m.required())
                    .append(", has ").append(m.achieved()).append('\n');
        }
        for (KnockOut k : knockOuts) {
            text.append("  Knock-out ").append(k.id()).append(" (").append(k.kind().english()).append("): ")
                    .append(k.text()).append('\n');
        }
        return text.append(decidedBy).toString();
    }

    @Override
    public String toString() {
        return "Rating[" + product + ", " + sheetId + ", " + outcome + ", earned " + earned + ", average " + average
                + "]";
    }
}
