package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.internal.Positioned;
import io.github.ntmlib.finance.money.Vnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A capital plan (kế hoạch vốn) as the history of its decisions: immutable, built from dated
 * {@link PlanEvent}s, queried as of any date.
 *
 * <p>Validation at construction: a line's first event must be an allocation; no line may fall
 * below zero at the end of any day; an extension must follow an allocation of the line. Events of
 * the same day are applied together, so the order of the input list does not matter.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CapitalPlan {

    private final List<PlanEvent> events;
    private final Map<CapitalLine, List<PlanEvent>> byLine;

    private CapitalPlan(List<PlanEvent> events, Map<CapitalLine, List<PlanEvent>> byLine) {
        this.events = events;
        this.byLine = byLine;
    }

    /**
     * Builds a plan from its events.
     *
     * @param events the events, in any order
     * @return the plan
     * @throws FinanceDataException if a line starts without an allocation, falls below zero or is
     *                              extended before it is allocated
     */
    public static CapitalPlan of(List<PlanEvent> events) {
        List<PlanEvent> sorted = new ArrayList<>(FinanceDataException.require(events, "events"));
        for (PlanEvent event : sorted) {
            FinanceDataException.require(event, "event");
        }
        sorted.sort(Comparator.comparing(PlanEvent::date));
        Map<CapitalLine, List<PlanEvent>> byLine = new HashMap<>();
        for (PlanEvent event : sorted) {
            byLine.computeIfAbsent(event.line(), k -> new ArrayList<>()).add(event);
        }
        for (Map.Entry<CapitalLine, List<PlanEvent>> entry : byLine.entrySet()) {
            check(entry.getKey(), entry.getValue());
            entry.setValue(List.copyOf(entry.getValue()));
        }
        return new CapitalPlan(List.copyOf(sorted), Map.copyOf(byLine));
    }

    private static void check(CapitalLine line, List<PlanEvent> lineEvents) {
        LocalDate firstDay = lineEvents.get(0).date();
        boolean allocated = lineEvents.stream().anyMatch(e -> e.date().equals(firstDay)
                && (e.kind() == PlanEvent.Kind.ALLOCATION || e.kind() == PlanEvent.Kind.REALLOCATION_IN));
        if (!allocated) {
            PlanEvent first = lineEvents.get(0);
            throw new FinanceDataException(first.position(), line.toString(), "kind", Labels.of(first.kind().vietnamese() + " theo quyết định " + Limits.quote(first.decision()) + " ngày " + Language.VIETNAMESE.format(first.date()) + " có trước mọi lần giao vốn cho dòng vốn",
                            first.kind()
                    + " by " + first.decision() + " on " + first.date() + " comes before any allocation of the line"));
        }
        TreeMap<LocalDate, Vnd> daily = new TreeMap<>();
        for (PlanEvent e : lineEvents) {
            Positioned.at(e.position(), line.toString(), () -> daily.merge(e.date(), e.change(), Vnd::plus));
        }
        Vnd balance = Vnd.ZERO;
        for (Map.Entry<LocalDate, Vnd> day : daily.entrySet()) {
            Vnd before = balance;
            PlanEvent last = lineEvents.stream().filter(e -> e.date().equals(day.getKey()))
                    .reduce((a, b) -> b).orElseThrow();
            balance = Positioned.at(last.position(), line.toString(), () -> before.plus(day.getValue()));
            if (balance.isNegative()) {
                PlanEvent culprit = lineEvents.stream().filter(e -> e.date().equals(day.getKey())
                        && e.change().isNegative()).findFirst().orElse(lineEvents.get(0));
                throw new FinanceDataException(culprit.position(), line.toString(), "amount", Labels.of("quyết định " + Limits.quote(culprit.decision()) + " ngày " + Language.VIETNAMESE.format(day.getKey()) + " làm dòng vốn âm (" + balance + ")",
                                "decision "
                        + culprit.decision() + " on " + day.getKey() + " takes the line below zero (" + balance + ")"));
            }
        }
    }

    /**
     * Every event, by date.
     *
     * @return the events
     */
    public List<PlanEvent> events() {
        return events;
    }

    /**
     * The lines of the plan.
     *
     * @return the lines, in order of their first event
     */
    public Set<CapitalLine> lines() {
        Set<CapitalLine> lines = new LinkedHashSet<>();
        events.forEach(e -> lines.add(e.line()));
        return Set.copyOf(lines);
    }

    /**
     * Whether the plan has a line.
     *
     * @param line the line
     * @return true if any event concerns it
     */
    public boolean contains(CapitalLine line) {
        return byLine.containsKey(line);
    }

    /**
     * The events of one line, by date.
     *
     * @param line the line
     * @return its events; empty if the plan has no such line
     */
    public List<PlanEvent> events(CapitalLine line) {
        return byLine.getOrDefault(line, List.of());
    }

    /**
     * The amount of a line after every decision up to and including a date.
     *
     * @param line the line
     * @param asOf the date
     * @return the amount; zero before the first allocation or for an unknown line
     */
    public Vnd amount(CapitalLine line, LocalDate asOf) {
        Vnd total = Vnd.ZERO;
        for (PlanEvent e : events(line)) {
            if (!e.date().isAfter(asOf)) {
                Vnd before = total;
                total = Positioned.at(e.position(), line.toString(), () -> before.plus(e.change()));
            }
        }
        return total;
    }

    /**
     * The date a line was first allocated.
     *
     * @param line the line
     * @return the date, or empty for an unknown line
     */
    public Optional<LocalDate> firstAllocated(CapitalLine line) {
        List<PlanEvent> lineEvents = events(line);
        return lineEvents.isEmpty() ? Optional.empty() : Optional.of(lineEvents.get(0).date());
    }

    /**
     * The extension decision of a line, if its deadline was extended.
     *
     * @param line the line
     * @return the extension event, or empty
     */
    public Optional<PlanEvent> extension(CapitalLine line) {
        return events(line).stream().filter(e -> e.kind() == PlanEvent.Kind.EXTENSION).findFirst();
    }
}
