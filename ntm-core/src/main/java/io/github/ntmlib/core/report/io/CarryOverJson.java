package io.github.ntmlib.core.report.io;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON document of statuses carried across a reorganisation ({@value #SCHEMA}, docs/formats.md;
 * JSON Schema {@code docs/schemas/units-carry-1.schema.json}): {@code list}, {@code date},
 * {@code policy}, and per {@link CarryOver} the unit formed (code, name, kind, parent),
 * {@code standard}, {@code formedOn}, {@code outcome}, {@code carriedOver}, {@code counted},
 * {@code holding}, each predecessor (code, name, kind, parent, {@code share}, {@code standing},
 * {@code recognition}: date, decision, authority or {@code null}) and the explanation in both
 * languages.
 *
 * <p>A rendered view with no reader: a {@link CarryOver} is decided by a {@code StatusCarrier} from a
 * history and a status register, and the document holds the decision and its printed explanation,
 * not those inputs.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CarryOverJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.units-carry/1";

    private CarryOverJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param list    the history's name as the caller named it
     * @param date    the reorganisation date
     * @param policy  the policy the statuses were carried under
     * @param after   the snapshot on the date, holding every unit carried to
     * @param carried the carry-overs, in the order to print
     * @param out     where to write; flushed, not closed
     */
    public static void write(String list, LocalDate date, CarryOverPolicy policy, Snapshot after,
            List<CarryOver> carried, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("list", list).put("date", date).put("policy", policy.name());
        ExactJson.Arr array = d.array("carryOvers");
        for (CarryOver c : carried) {
            ExactJson.Obj n = unit(array.object(), after.require(c.unit())).put("standard", c.standard())
                    .put("formedOn", c.formedOn()).put("outcome", c.outcome().name())
                    .put("carriedOver", c.carriedOver()).put("counted", c.counted()).put("holding", c.holding());
            ExactJson.Arr predecessors = n.array("predecessors");
            for (CarryOver.PredecessorStanding p : c.predecessors()) {
                ExactJson.Obj q = unit(predecessors.object(), p.predecessor()).put("share", p.share().name())
                        .put("standing", p.standing().name());
                Optional<StatusEvent> r = p.recognition();
                if (r.isPresent()) {
                    q.object("recognition").put("date", r.get().date()).put("decision", r.get().decision())
                            .put("authority", r.get().authority());
                } else {
                    q.putNull("recognition");
                }
            }
            n.put("explanationVi", c.explanation(Language.VIETNAMESE)).put("explanationEn", c.explanation(Language.ENGLISH));
        }
        d.write(out);
    }

    private static ExactJson.Obj unit(ExactJson.Obj n, AdminUnit u) {
        return n.put("code", u.code()).put("name", u.name()).put("kind", u.kind().name()).put("parent", u.parent());
    }
}
