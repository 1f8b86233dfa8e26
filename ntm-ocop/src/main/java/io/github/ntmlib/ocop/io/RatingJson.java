package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.GroupScore;
import io.github.ntmlib.ocop.rating.MarkerCheck;
import io.github.ntmlib.ocop.rating.PartScore;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.Score;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.sheet.KnockOut;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import java.io.Writer;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON document of a council's rating of a product ({@value #SCHEMA}, docs/formats.md; JSON
 * Schema {@code docs/schemas/ocop-rating-1.schema.json}): the product, sheet, council and date; the
 * outcome, stars awarded and earned, the band, the average total and the score of every part and
 * group as exact fractions beside the figure rounded half-up at two decimals; markers, knock-outs,
 * the marker policy, the recognising authority, the library's reasoning ({@code decidedBy}) and each
 * evaluator's points.
 *
 * <p>A rendered view with no reader: a {@link Rating} is decided by a {@code Rater} from the
 * scorecards and the sheet, and the document holds the decision and the points, not the sheet's
 * options; rate the council's answers again ({@link ScorecardCsv}) to restore it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RatingJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.ocop-rating/1";

    private RatingJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param council the council's result the rating was made from
     * @param rating  its rating
     * @param out     where to write; flushed, not closed
     */
    public static void write(CouncilResult council, Rating rating, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("product", rating.product()).put("sheet", rating.sheetId())
                .put("council", council.council().name()).put("date", council.date())
                .put("outcome", rating.outcome().name());
        stars(d, "awarded", rating.awarded());
        stars(d, "earned", rating.earned());
        d.put("fiveStarCandidate", rating.isFiveStarCandidate()).put("band", rating.band().count());
        score(d, "total", rating.average());
        ExactJson.Arr parts = d.array("parts");
        for (PartScore p : rating.parts()) {
            ExactJson.Obj part = parts.object().put("code", p.code()).put("title", p.title()).put("max", p.max());
            score(part, "score", p.score());
            ExactJson.Arr groups = part.array("groups");
            for (GroupScore g : p.groups()) {
                score(groups.object().put("code", g.code()).put("title", g.title()).put("max", g.max()), "score", g.score());
            }
        }
        ExactJson.Arr markers = d.array("markers");
        for (MarkerCheck m : rating.markers()) {
            score(markers.object().put("stars", m.stars().count()).put("criterion", m.criterion()).put("option", m.option())
                    .put("required", m.required()).put("met", m.met()), "achieved", m.achieved());
        }
        ExactJson.Arr knockOuts = d.array("knockOuts");
        for (KnockOut k : rating.knockOuts()) {
            knockOuts.object().put("id", k.id()).put("kind", k.kind().name()).put("text", k.text())
                    .put("criterion", k.criterion());
        }
        d.put("markerPolicy", rating.policy().name());
        d.put("authority", rating.recognisedBy().map(Enum::name));
        d.put("decidedBy", rating.decidedBy());
        ExactJson.Arr evaluators = d.array("evaluators");
        for (Scorecard card : council.scorecards()) {
            ExactJson.Obj e = evaluators.object().put("evaluator", card.evaluator()).put("total", card.total());
            ExactJson.Arr points = e.array("points");
            for (SheetCriterion c : card.sheet().criteria()) {
                if (card.applies(c)) {
                    points.object().put("criterion", c.code()).put("points", card.points(c));
                }
            }
        }
        d.write(out);
    }

    static void stars(ExactJson.Obj n, String field, Optional<Stars> stars) {
        if (stars.isPresent()) {
            n.put(field, stars.get().count());
        } else {
            n.putNull(field);
        }
    }

    /** An exact score: {"numerator","denominator","exact"} and "rounded", half-up at two decimals. */
    private static void score(ExactJson.Obj n, String field, Score s) {
        n.fraction(field, s.fraction()).decimal("rounded", s.toBigDecimal(2));
    }
}
