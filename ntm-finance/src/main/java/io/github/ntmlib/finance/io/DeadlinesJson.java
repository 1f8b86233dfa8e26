package io.github.ntmlib.finance.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.disbursement.Deadline;
import io.github.ntmlib.finance.disbursement.LinePosition;
import io.github.ntmlib.finance.internal.Positioned;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON document of each capital line's position against its deadline ({@value #SCHEMA},
 * docs/formats.md; JSON Schema {@code docs/schemas/finance-deadlines-1.schema.json}): the plan year,
 * the date, and per line its unit, plan year, component, source, type and vintage; plan,
 * disbursed, undisbursed, still disbursable and lapsed amounts (whole đồng); the deadline, its legal
 * basis and whether it is past.
 *
 * <p>{@link #read} restores what {@link #write} wrote: every {@link LinePosition} (its capital
 * line, date, plan and disbursed amounts and deadline) equal to the one written. The undisbursed,
 * still disbursable and lapsed amounts and whether the deadline is past are derived, so a document
 * whose derived figures are not those of its amounts and dates is refused, as are another schema,
 * a field the format does not have, a missing field and a value of the wrong type: a
 * {@link FinanceDataException} naming the file, the line and the JSON path.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeadlinesJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.finance-deadlines/1";

    private static final String[] FIELDS = {"schema", "planYear", "asOf", "lines"};
    private static final String[] LINE_FIELDS = {"unit", "planYear", "component", "source", "type", "vintage", "plan",
        "disbursed", "undisbursed", "deadline", "basis", "pastDeadline", "stillDisbursable", "lapsed"};

    /**
     * The positions of a document: the plan year and date they were taken for, and each line's.
     *
     * @param planYear the plan year
     * @param asOf     the date, every position's
     * @param lines    the lines' positions, in order
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Positions(int planYear, LocalDate asOf, List<LinePosition> lines) {

        /**
         * The positions, validated.
         *
         * @param planYear the plan year
         * @param asOf     the date, every position's
         * @param lines    the lines' positions, in order
         * @throws FinanceDataException if a position is missing or of another date
         */
        public Positions {
            FinanceDataException.require(asOf, "asOf");
            FinanceDataException.require(lines, "lines");
            for (LinePosition p : lines) {
                FinanceDataException.require(p, "line");
                if (!p.asOf().equals(asOf)) {
                    throw FinanceDataException.api(p.line().unitCode(), "asOf", Labels.of("vị trí ngày " + Language.VIETNAMESE.format(p.asOf()) + " nằm giữa các vị trí ngày " + Language.VIETNAMESE.format(asOf),
                                    "a position on " + p.asOf()
                            + " among positions on " + asOf));
                }
            }
            lines = List.copyOf(lines);
        }
    }

    private DeadlinesJson() {
    }

    /**
     * Writes positions, indented, and a line break.
     *
     * @param positions the positions
     * @param out       where to write; flushed, not closed
     */
    public static void write(Positions positions, Writer out) {
        write(positions.planYear(), positions.asOf(), positions.lines(), out);
    }

    /**
     * Reads positions written by {@link #write}.
     *
     * @param reader the JSON text; not closed
     * @param source the file name, for errors
     * @return the positions, equal to those written
     * @throws FinanceDataException naming the file, line and JSON path of the first problem
     */
    public static Positions read(Reader reader, String source) {
        return Positioned.finance(() -> {
            JsonFields.Node root = JsonFields.readDocument(reader, source).only(FIELDS);
            JsonFields.Node schema = root.get("schema");
            if (!SCHEMA.equals(schema.text())) {
                throw schema.error(Labels.of("cần '" + SCHEMA + "'",
                                "expected '" + SCHEMA + "'"));
            }
            int year = root.get("planYear").integer();
            LocalDate asOf = root.get("asOf").date();
            List<LinePosition> lines = new ArrayList<>();
            for (JsonFields.Node n : root.get("lines").elements()) {
                lines.add(position(n.only(LINE_FIELDS), asOf));
            }
            return new Positions(year, asOf, lines);
        });
    }

    private static LinePosition position(JsonFields.Node n, LocalDate asOf) {
        String unit = n.get("unit").text();
        int planYear = n.get("planYear").integer();
        String component = n.get("component").text();
        CapitalSource source = n.get("source").constant(CapitalSource.class);
        CapitalType type = n.get("type").constant(CapitalType.class);
        int vintage = n.get("vintage").integer();
        Vnd plan = Vnd.ofDong(n.get("plan").whole());
        Vnd disbursed = Vnd.ofDong(n.get("disbursed").whole());
        LocalDate date = n.get("deadline").date();
        String basis = n.get("basis").text();
        LinePosition p = Positioned.at(n.position(), unit, () -> new LinePosition(
                new CapitalLine(unit, planYear, component, source, type, vintage), asOf, plan, disbursed,
                new Deadline(date, basis)));
        derived(n, "undisbursed", p.undisbursed().dong());
        derived(n, "stillDisbursable", p.stillDisbursable().dong());
        derived(n, "lapsed", p.lapsed().dong());
        JsonFields.Node past = n.get("pastDeadline");
        if (past.bool() != p.isPastDeadline()) {
            throw past.error(Labels.of("thời hạn " + Language.VIETNAMESE.format(date) + (p.isPastDeadline() ? " đã qua" : " chưa qua") + " vào ngày " + Language.VIETNAMESE.format(asOf),
                            "the deadline " + date + " is " + (p.isPastDeadline() ? "" : "not ") + "past on " + asOf));
        }
        return p;
    }

    private static void derived(JsonFields.Node n, String field, long dong) {
        JsonFields.Node value = n.get(field);
        if (value.whole() != dong) {
            throw value.error(Labels.of("các số tiền và ngày cho ra " + dong + " đồng, không phải " + value.whole(),
                            "the amounts and dates give " + dong + " đồng, not " + value.whole()));
        }
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
