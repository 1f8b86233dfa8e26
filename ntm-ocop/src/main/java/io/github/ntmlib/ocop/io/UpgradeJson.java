package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.ocop.rating.OptionChange;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.UpgradeAdvice;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON document of the least changes reaching the next star ({@value #SCHEMA}, docs/formats.md;
 * JSON Schema {@code docs/schemas/ocop-upgrade-1.schema.json}): the product and sheet, and per
 * evaluator's scorecard its total, its stars on its own ({@code null} below 3 stars) and the
 * {@link UpgradeAdvice} ({@code null} when no higher star is reachable by options): current and
 * target stars, the total reached, the gain and each option change.
 *
 * <p>A rendered view with no reader: the advice is computed by a {@link Rater} from the scorecards,
 * which the document does not hold.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UpgradeJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.ocop-upgrade/1";

    private UpgradeJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param product the product
     * @param cards   the evaluators' scorecards, in the order to print (the sheet is the first's; empty
     *                without scorecards)
     * @param rater   the rater deciding stars and advice
     * @param out     where to write; flushed, not closed
     */
    public static void write(String product, List<Scorecard> cards, Rater rater, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("product", product)
                .put("sheet", cards.isEmpty() ? "" : cards.get(0).sheet().id());
        ExactJson.Arr evaluators = d.array("evaluators");
        for (Scorecard card : cards) {
            ExactJson.Obj e = evaluators.object().put("evaluator", card.evaluator()).put("total", card.total());
            RatingJson.stars(e, "stars", rater.stars(card));
            Optional<UpgradeAdvice> advice = rater.advise(card);
            if (advice.isEmpty()) {
                e.putNull("advice");
                continue;
            }
            UpgradeAdvice u = advice.get();
            ExactJson.Obj a = e.object("advice").put("current", u.current().count()).put("target", u.target().count())
                    .put("total", u.total()).put("gain", u.gain());
            ExactJson.Arr changes = a.array("changes");
            for (OptionChange c : u.changes()) {
                ExactJson.Obj n = changes.object().put("criterion", c.criterion());
                if (c.from().isPresent()) {
                    n.put("from", c.from().getAsInt());
                } else {
                    n.putNull("from");
                }
                n.put("to", c.to()).put("pointsFrom", c.pointsFrom()).put("pointsTo", c.pointsTo());
            }
        }
        d.write(out);
    }
}
