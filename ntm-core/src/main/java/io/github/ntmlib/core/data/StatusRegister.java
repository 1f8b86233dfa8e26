package io.github.ntmlib.core.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.ntmlib.core.locality.AdminUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The register of official statuses (sổ theo dõi công nhận): what decisions say about each unit
 * and standard, as of any date.
 *
 * <p>A unit is recognised on a date when its latest recognition before that date has not been
 * revoked since. Statuses belong to a unit version: an event dated before a version's validity
 * starts belongs to an earlier version (or to the unit whose code was reused), so a unit formed
 * by a merger never silently inherits its predecessors' recognitions.
 */
public final class StatusRegister {

    private static final StatusRegister EMPTY = new StatusRegister(List.of());

    private final ImmutableListMultimap<String, StatusEvent> byUnitAndStandard;
    private final ImmutableList<StatusEvent> events;

    private StatusRegister(Collection<StatusEvent> events) {
        List<StatusEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(StatusEvent::date));
        this.events = ImmutableList.copyOf(sorted);
        ImmutableListMultimap.Builder<String, StatusEvent> map = ImmutableListMultimap.builder();
        sorted.forEach(e -> map.put(key(e.unit(), e.standard()), e));
        this.byUnitAndStandard = map.build();
    }

    /**
     * A register of events, in any order.
     *
     * @param events the events
     * @return the register
     */
    public static StatusRegister of(Collection<StatusEvent> events) {
        return new StatusRegister(events);
    }

    /**
     * The empty register.
     *
     * @return a register with no event
     */
    public static StatusRegister empty() {
        return EMPTY;
    }

    private static String key(String unit, String standard) {
        return unit + '\u0000' + standard;
    }

    /**
     * Every event, by date.
     *
     * @return the events
     */
    public List<StatusEvent> events() {
        return events;
    }

    /**
     * The events of a unit version and standard up to a date.
     *
     * @param unit     the unit version
     * @param standard the standard id
     * @param date     the date
     * @return the events dated within the version's validity and not after the date, by date
     */
    public List<StatusEvent> history(AdminUnit unit, String standard, LocalDate date) {
        List<StatusEvent> list = new ArrayList<>();
        for (StatusEvent e : byUnitAndStandard.get(key(unit.code(), standard))) {
            if (!e.date().isBefore(unit.validity().start()) && !e.date().isAfter(date)) {
                list.add(e);
            }
        }
        return list;
    }

    /**
     * The recognition in force for a unit version and standard on a date.
     *
     * @param unit     the unit version
     * @param standard the standard id
     * @param date     the date
     * @return the recognition event, or empty if not recognised or revoked since
     */
    public Optional<StatusEvent> recognition(AdminUnit unit, String standard, LocalDate date) {
        StatusEvent recognition = null;
        for (StatusEvent e : history(unit, standard, date)) {
            if (e.step() == StatusStep.RECOGNISED) {
                recognition = e;
            } else if (e.step() == StatusStep.REVOKED) {
                recognition = null;
            }
        }
        return Optional.ofNullable(recognition);
    }

    /**
     * The latest step of a unit version and standard on a date.
     *
     * @param unit     the unit version
     * @param standard the standard id
     * @param date     the date
     * @return the latest event, or empty
     */
    public Optional<StatusEvent> latest(AdminUnit unit, String standard, LocalDate date) {
        List<StatusEvent> list = history(unit, standard, date);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }
}
