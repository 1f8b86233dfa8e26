package io.github.ntmlib.finance.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.finance.disbursement.LinePosition;
import io.github.ntmlib.finance.plan.CapitalLine;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON document of each capital line's position against its deadline ({@value #SCHEMA},
 * docs/formats.md; JSON Schema {@code docs/schemas/finance-deadlines-1.schema.json}): the plan year,
 * the date, and per line its unit, plan year, component, source, type and vintage; plan,
 * disbursed, undisbursed, still disbursable and lapsed amounts (whole đồng); the deadline, its legal
 * basis and whether it is past.
 *
 * <p>A rendered view with no reader: a {@link LinePosition} is computed by a
 * {@code DisbursementLedger} from plans, disbursements and deadline rules, which the document does
 * not hold.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeadlinesJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.finance-deadlines/1";

    private DeadlinesJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param planYear  the plan year
     * @param asOf      the date of the positions
     * @param positions the lines' positions, in the order to print
     * @param out       where to write; flushed, not closed
     */
    public static void write(int planYear, LocalDate asOf, List<LinePosition> positions, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("planYear", planYear).put("asOf", asOf);
        ExactJson.Arr lines = d.array("lines");
        for (LinePosition p : positions) {
            CapitalLine l = p.line();
            lines.object().put("unit", l.unitCode()).put("planYear", l.planYear()).put("component", l.component())
                    .put("source", l.source().name()).put("type", l.type().name()).put("vintage", l.vintage())
                    .put("plan", p.plan().dong()).put("disbursed", p.disbursed().dong())
                    .put("undisbursed", p.undisbursed().dong()).put("deadline", p.deadline().date())
                    .put("basis", p.deadline().basis()).put("pastDeadline", p.isPastDeadline())
                    .put("stillDisbursable", p.stillDisbursable().dong()).put("lapsed", p.lapsed().dong());
        }
        d.write(out);
    }
}
