package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a criteria set covers (giai đoạn): the data years it judges, the evaluation dates it
 * accepts, and transitional rules that let it judge some data years on later dates (2025 data are
 * judged in 2026, when recognitions of 2025 results are decided).
 *
 * <p>A request (data year, evaluation date) is covered when the data year is within the set's
 * years and either the date is within the accepted dates or a transitional rule for that data year
 * accepts it. The period is data: each transition names its source.
 *
 * @param firstDataYear the first data year judged
 * @param lastDataYear  the last data year judged
 * @param acceptedFrom  the first evaluation date (usually the day the set took effect)
 * @param acceptedUntil the last evaluation date, inclusive, outside transitions
 * @param transitions   the transitional rules
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Period(int firstDataYear, int lastDataYear, LocalDate acceptedFrom, LocalDate acceptedUntil,
        List<Transition> transitions) {

    /**
     * Validates the components.
     *
     * @param firstDataYear the first data year judged
     * @param lastDataYear  the last data year judged
     * @param acceptedFrom  the first evaluation date
     * @param acceptedUntil the last evaluation date, inclusive
     * @param transitions   the transitional rules
     */
    public Period {
        Objects.requireNonNull(acceptedFrom, "acceptedFrom");
        Objects.requireNonNull(acceptedUntil, "acceptedUntil");
        transitions = List.copyOf(Objects.requireNonNull(transitions, "transitions"));
        if (lastDataYear < firstDataYear) {
            throw new IllegalArgumentException("a period's last data year " + lastDataYear + " is before its first "
                    + firstDataYear);
        }
        if (acceptedUntil.isBefore(acceptedFrom)) {
            throw new IllegalArgumentException("a period's accepted dates end (" + acceptedUntil + ") before they start ("
                    + acceptedFrom + ")");
        }
        for (Transition t : transitions) {
            if (t.dataYear() < firstDataYear || t.dataYear() > lastDataYear) {
                throw new IllegalArgumentException("a transition for data year " + t.dataYear()
                        + " is outside the period's data years " + firstDataYear + "-" + lastDataYear);
            }
        }
    }

    /**
     * A period without transitions.
     *
     * @param firstDataYear the first data year
     * @param lastDataYear  the last data year
     * @param acceptedFrom  the first evaluation date
     * @param acceptedUntil the last evaluation date, inclusive
     * @return the period
     */
    public static Period of(int firstDataYear, int lastDataYear, LocalDate acceptedFrom, LocalDate acceptedUntil) {
        return new Period(firstDataYear, lastDataYear, acceptedFrom, acceptedUntil, List.of());
    }

    /**
     * The period a set has when it declares none: the years and dates of its validity.
     *
     * @param from  the first day of validity
     * @param until the last day of validity
     * @return the period
     */
    public static Period ofValidity(LocalDate from, LocalDate until) {
        return of(from.getYear(), until.getYear(), from, until);
    }

    /**
     * This period with one more transitional rule.
     *
     * @param transition the rule
     * @return a new period
     */
    public Period with(Transition transition) {
        List<Transition> all = new java.util.ArrayList<>(transitions);
        all.add(transition);
        return new Period(firstDataYear, lastDataYear, acceptedFrom, acceptedUntil, all);
    }

    /**
     * Whether a data year is one the set judges.
     *
     * @param dataYear a year
     * @return true if within the data years
     */
    public boolean coversYear(int dataYear) {
        return dataYear >= firstDataYear && dataYear <= lastDataYear;
    }

    /**
     * Whether the set judges a data year on an evaluation date.
     *
     * @param dataYear the data year
     * @param date     the evaluation date
     * @return true if covered, directly or by a transition
     */
    public boolean covers(int dataYear, LocalDate date) {
        return coversYear(dataYear) && (accepts(date) || transitionFor(dataYear, date) != null);
    }

    /**
     * Whether an evaluation date is within the accepted dates (transitions aside).
     *
     * @param date a date
     * @return true if accepted
     */
    public boolean accepts(LocalDate date) {
        return !date.isBefore(acceptedFrom) && !date.isAfter(acceptedUntil);
    }

    /**
     * Why a request is covered or not, in one sentence in a language (dates as the language
     * writes them).
     *
     * @param dataYear the data year
     * @param date     the evaluation date
     * @param language the language
     * @return the explanation
     * @since 0.1
     */
    public String explain(int dataYear, LocalDate date, Language language) {
        if (language == Language.ENGLISH) {
            return explain(dataYear, date);
        }
        if (!coversYear(dataYear)) {
            return "năm số liệu " + dataYear + " nằm ngoài các năm số liệu " + firstDataYear + "-" + lastDataYear;
        }
        String from = language.format(acceptedFrom);
        String until = language.format(acceptedUntil);
        if (accepts(date)) {
            return "năm số liệu " + dataYear + " nằm trong " + firstDataYear + "-" + lastDataYear + " và ngày "
                    + language.format(date) + " nằm trong các ngày được chấp nhận từ " + from + " đến " + until;
        }
        if (transitionFor(dataYear, date) != null) {
            return "năm số liệu " + dataYear + " được đánh giá ngày " + language.format(date)
                    + " theo quy định chuyển tiếp";
        }
        return "ngày đánh giá " + language.format(date) + " nằm ngoài các ngày được chấp nhận từ " + from + " đến "
                + until + " và không có quy định chuyển tiếp nào cho năm số liệu " + dataYear;
    }

    /**
     * Why a request is covered or not, in one sentence (for errors and for the registry's choice).
     *
     * @param dataYear the data year
     * @param date     the evaluation date
     * @return the explanation
     */
    public String explain(int dataYear, LocalDate date) {
        if (!coversYear(dataYear)) {
            return "data year " + dataYear + " is outside the data years " + firstDataYear + "-" + lastDataYear;
        }
        if (accepts(date)) {
            return "data year " + dataYear + " is within " + firstDataYear + "-" + lastDataYear + " and " + date
                    + " within the accepted dates " + acceptedFrom + " to " + acceptedUntil;
        }
        Transition t = transitionFor(dataYear, date);
        if (t != null) {
            return "data year " + dataYear + " evaluated on " + date + " by the transitional rule: " + t.note() + " ("
                    + t.provenance() + ")";
        }
        return "the evaluation date " + date + " is outside the accepted dates " + acceptedFrom + " to "
                + acceptedUntil + " and no transitional rule covers data year " + dataYear;
    }

    private @Nullable Transition transitionFor(int dataYear, LocalDate date) {
        for (Transition t : transitions) {
            if (t.dataYear() == dataYear && !date.isBefore(t.from()) && !date.isAfter(t.until())) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether two periods judge a common data year on a common date (two sets of one jurisdiction
     * must not).
     *
     * @param other another period
     * @return true if some request is covered by both
     */
    public boolean overlaps(Period other) {
        for (int y = Math.max(firstDataYear, other.firstDataYear); y <= Math.min(lastDataYear, other.lastDataYear); y++) {
            for (Window a : windows(y)) {
                for (Window b : other.windows(y)) {
                    if (!a.until.isBefore(b.from) && !b.until.isBefore(a.from)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<Window> windows(int year) {
        List<Window> list = new java.util.ArrayList<>();
        list.add(new Window(acceptedFrom, acceptedUntil));
        transitions.stream().filter(t -> t.dataYear() == year).forEach(t -> list.add(new Window(t.from(), t.until())));
        return list;
    }

    private record Window(LocalDate from, LocalDate until) {
    }

    /**
     * A transitional rule: a data year the set still judges on evaluation dates after its own.
     *
     * @param dataYear   the data year
     * @param from       the first evaluation date the rule accepts
     * @param until      the last evaluation date, inclusive
     * @param note       what the rule is
     * @param provenance its source
     */
    public record Transition(int dataYear, LocalDate from, LocalDate until, String note, Provenance provenance) {

        /**
         * Validates the components.
         *
         * @param dataYear   the data year
         * @param from       the first evaluation date
         * @param until      the last evaluation date, inclusive
         * @param note       what the rule is
         * @param provenance its source
         */
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(provenance, "provenance");
            if (until.isBefore(from)) {
                throw new IllegalArgumentException("a transition ends (" + until + ") before it starts (" + from + ")");
            }
        }
    }
}
