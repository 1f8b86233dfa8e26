package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.FinanceWarning;
import io.github.ntmlib.finance.internal.Positioned;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Disbursements against a capital plan (sổ theo dõi giải ngân): immutable, validated, and read
 * as of any date.
 *
 * <p>Every entry must fall on a line of the plan, not before the line's first allocation and not
 * after its deadline ({@link DeadlineRules}); otherwise construction fails with a {@link
 * FinanceDataException} naming the entry, and nothing is built.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DisbursementLedger {

    private final CapitalPlan plan;
    private final DeadlineRules rules;
    private final List<Disbursement> entries;

    private DisbursementLedger(CapitalPlan plan, DeadlineRules rules, List<Disbursement> entries) {
        this.plan = plan;
        this.rules = rules;
        this.entries = entries;
    }

    /**
     * Builds a ledger.
     *
     * @param plan    the capital plan
     * @param rules   the deadline rules
     * @param entries the disbursements, in any order
     * @return the ledger
     * @throws FinanceDataException if an entry has no plan line, comes before its plan exists or
     *                              after its deadline
     */
    public static DisbursementLedger of(CapitalPlan plan, DeadlineRules rules, List<Disbursement> entries) {
        FinanceDataException.require(plan, "plan");
        FinanceDataException.require(rules, "rules");
        List<Disbursement> sorted = new ArrayList<>(FinanceDataException.require(entries, "entries"));
        for (Disbursement d : sorted) {
            FinanceDataException.require(d, "entry");
            String subject = d.line().toString();
            if (!plan.contains(d.line())) {
                throw new FinanceDataException(d.position(), subject, "line", Labels.of("khoản giải ngân " + Limits.quote(d.reference()) + " thuộc dòng vốn không có trong kế hoạch",
                                "disbursement " + d.reference() + " is against a line the plan does not have"));
            }
            LocalDate first = plan.firstAllocated(d.line()).orElseThrow();
            if (d.date().isBefore(first)) {
                throw new FinanceDataException(d.position(), subject, "date", Labels.of("khoản giải ngân " + Limits.quote(d.reference()) + " ngày " + Language.VIETNAMESE.format(d.date()) + " có trước khi có kế hoạch (giao vốn lần đầu ngày " + Language.VIETNAMESE.format(first) + ")",
                                "disbursement " + d.reference()
                        + " on " + d.date() + " is before its plan exists (first allocated " + first + ")"));
            }
            Deadline deadline = rules.deadlineOf(plan, d.line());
            if (d.date().isAfter(deadline.date())) {
                throw new FinanceDataException(d.position(), subject, "date", Labels.of("khoản giải ngân " + Limits.quote(d.reference()) + " ngày " + Language.VIETNAMESE.format(d.date()) + " sau thời hạn giải ngân của dòng vốn " + Language.VIETNAMESE.format(deadline.date()) + " (" + deadline.text().vietnamese() + ")",
                                "disbursement " + d.reference()
                        + " on " + d.date() + " is after the line's deadline " + deadline.date() + " ("
                        + deadline.basis() + ")"));
            }
        }
        sorted.sort(Comparator.comparing(Disbursement::date));
        return new DisbursementLedger(plan, rules, List.copyOf(sorted));
    }

    /**
     * The plan.
     *
     * @return the plan
     */
    public CapitalPlan plan() {
        return plan;
    }

    /**
     * The entries by date.
     *
     * @return the entries
     */
    public List<Disbursement> entries() {
        return entries;
    }

    /** A sum of amounts from the data, an overflow reported at the entry that caused it. */
    private static Vnd add(Vnd total, Vnd amount, SourcePosition position, CapitalLine line) {
        return Positioned.at(position, line.toString(), () -> total.plus(amount));
    }

    private SourcePosition linePosition(CapitalLine line) {
        List<PlanEvent> events = plan.events(line);
        return events.isEmpty() ? SourcePosition.API : events.get(events.size() - 1).position();
    }

    private static boolean inBase(CapitalLine line, int planYear, RateBase base) {
        return line.planYear() == planYear && (base == RateBase.PLAN_YEAR_WITH_EXTENDED || !line.isExtendedCapital());
    }

    /**
     * The disbursement rate of a plan year as of a date.
     *
     * @param planYear  the plan year
     * @param base      whether extended capital counts
     * @param selection which lines
     * @param asOf      the date (inclusive)
     * @return the rate with its figures
     */
    public DisbursementRate rate(int planYear, RateBase base, Selection selection, LocalDate asOf) {
        FinanceDataException.require(base, "base");
        FinanceDataException.require(selection, "selection");
        FinanceDataException.require(asOf, "asOf");
        Vnd planned = Vnd.ZERO;
        for (CapitalLine line : plan.lines()) {
            if (inBase(line, planYear, base) && selection.includes(line)) {
                planned = add(planned, plan.amount(line, asOf), linePosition(line), line);
            }
        }
        Vnd disbursed = Vnd.ZERO;
        for (Disbursement d : entries) {
            if (!d.date().isAfter(asOf) && inBase(d.line(), planYear, base) && selection.includes(d.line())) {
                disbursed = add(disbursed, d.amount(), d.position(), d.line());
            }
        }
        return new DisbursementRate(planYear, base, asOf, disbursed, planned);
    }

    /**
     * The cumulative amount disbursed after each day with a disbursement.
     *
     * @param planYear  the plan year
     * @param base      whether extended capital counts
     * @param selection which lines
     * @return an unmodifiable map from date to cumulative disbursed amount
     */
    public NavigableMap<LocalDate, Vnd> cumulative(int planYear, RateBase base, Selection selection) {
        FinanceDataException.require(base, "base");
        FinanceDataException.require(selection, "selection");
        TreeMap<LocalDate, Vnd> out = new TreeMap<>();
        Vnd running = Vnd.ZERO;
        for (Disbursement d : entries) {
            if (inBase(d.line(), planYear, base) && selection.includes(d.line())) {
                running = add(running, d.amount(), d.position(), d.line());
                out.put(d.date(), running);
            }
        }
        return Collections.unmodifiableNavigableMap(out);
    }

    /**
     * Where one line stands on a date.
     *
     * @param line the line
     * @param asOf the date
     * @return its plan, disbursed amount, deadline, disbursable and lapsed amounts
     */
    public LinePosition position(CapitalLine line, LocalDate asOf) {
        FinanceDataException.require(asOf, "asOf");
        Deadline deadline = rules.deadlineOf(plan, line);
        Vnd disbursed = Vnd.ZERO;
        for (Disbursement d : entries) {
            if (d.line().equals(line) && !d.date().isAfter(asOf)) {
                disbursed = add(disbursed, d.amount(), d.position(), d.line());
            }
        }
        return new LinePosition(line, asOf, plan.amount(line, asOf), disbursed, deadline);
    }

    /**
     * Where every line of a plan year stands on a date: the year-end carry-over picture.
     *
     * @param planYear the plan year
     * @param asOf     the date
     * @return one position per line, sorted by line text
     */
    public List<LinePosition> positions(int planYear, LocalDate asOf) {
        List<LinePosition> out = new ArrayList<>();
        for (CapitalLine line : plan.lines()) {
            if (line.planYear() == planYear) {
                out.add(position(line, asOf));
            }
        }
        out.sort(Comparator.comparing(p -> p.line().toString()));
        return List.copyOf(out);
    }

    /**
     * Lines whose disbursement exceeds their plan on a date (giải ngân vượt kế hoạch): kept as
     * recorded and reported as warnings, since a later plan decision may regularise them.
     *
     * @param asOf the date
     * @return one warning per over-disbursed line, sorted by line
     */
    public List<FinanceWarning> overDisbursed(LocalDate asOf) {
        FinanceDataException.require(asOf, "asOf");
        List<FinanceWarning> out = new ArrayList<>();
        for (CapitalLine line : plan.lines()) {
            LinePosition p = position(line, asOf);
            if (p.disbursed().compareTo(p.plan()) > 0) {
                out.add(new FinanceWarning(line.toString(), "disbursed", Labels.of("số đã giải ngân "
                        + p.disbursed() + " vượt kế hoạch " + p.plan() + " vào ngày " + Language.VIETNAMESE.format(asOf),
                        "disbursed " + p.disbursed() + " exceeds the plan " + p.plan() + " on " + asOf)));
            }
        }
        out.sort(Comparator.comparing(FinanceWarning::subject));
        return List.copyOf(out);
    }

    /**
     * Capital of earlier years carried over into a plan year (vốn các năm trước kéo dài sang), as
     * planned on a date.
     *
     * @param planYear  the plan year
     * @param selection which lines
     * @param asOf      the date
     * @return the sum of the extended-capital lines of that year
     */
    public Vnd carriedOver(int planYear, Selection selection, LocalDate asOf) {
        Vnd total = Vnd.ZERO;
        for (CapitalLine line : plan.lines()) {
            if (line.planYear() == planYear && line.isExtendedCapital() && selection.includes(line)) {
                total = add(total, plan.amount(line, asOf), linePosition(line), line);
            }
        }
        return total;
    }
}
