package io.github.ntmlib.core.data;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The register of official statuses (sổ theo dõi công nhận): what decisions say about each unit
 * and standard, as of any date.
 *
 * <p>A unit is recognised on a date when its latest recognition before that date has not been
 * revoked since. Given the snapshot a unit belongs to, events dated before the unit was formed by
 * a merger, split or establishment ({@link Snapshot#formedOn}) are left out: they belong to its
 * predecessors or to an earlier unit with the same code, so a new unit never silently inherits
 * them. There is deliberately no query by code alone: a code reused by a new unit would receive
 * the former unit's status.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
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
     * The events of a unit of a snapshot and standard up to a date, leaving out those dated
     * before the unit took its present territory ({@link Snapshot#formedOn}): they belong to the
     * units it was formed from, or to an earlier unit that had its code.
     *
     * @param snapshot the hierarchy the unit belongs to
     * @param unit     the unit code
     * @param standard the standard id
     * @param date     the date
     * @return the events, by date
     */
    public List<StatusEvent> history(Snapshot snapshot, String unit, String standard, LocalDate date) {
        io.github.ntmlib.core.locality.AdminUnit version = snapshot.unit(unit).orElseThrow(
                () -> new io.github.ntmlib.core.locality.UnknownUnitException(unit, Labels.of("không có đơn vị mã "
                        + Limits.quote(unit) + " trong danh mục đơn vị hành chính ngày "
                        + Language.VIETNAMESE.format(snapshot.date()) + ": trạng thái chỉ được đọc cho một đơn vị của"
                        + " danh mục, để một mã được dùng lại không bao giờ nhận trạng thái của đơn vị cũ",
                        "no unit with code '" + unit
                        + "' in the hierarchy of " + snapshot.date() + ": a status is only read for a unit of a"
                        + " snapshot, so that a reused code never receives a former unit's status")));
        Optional<LocalDate> end = version.validity().end();
        if (end.isPresent() && !date.isBefore(end.get())) {
            throw new io.github.ntmlib.core.locality.UnknownUnitException(unit, Labels.of("đơn vị "
                    + Limits.quote(unit) + " của danh mục đơn vị hành chính ngày "
                    + Language.VIETNAMESE.format(snapshot.date()) + " đã chấm dứt ngày "
                    + Language.VIETNAMESE.format(end.get().minusDays(1)) + ": hãy đọc trạng thái của đơn vị ngày "
                    + Language.VIETNAMESE.format(date) + " theo danh mục có hiệu lực khi đó (mã có thể thuộc đơn vị"
                    + " khác)", "unit " + unit + " of the hierarchy of "
                    + snapshot.date() + " ended on " + end.get().minusDays(1) + ": read its status on " + date
                    + " with the hierarchy in force then (the code may belong to another unit)"));
        }
        return history(unit, standard, date, snapshot.formedOn(unit).orElse(LocalDate.MIN));
    }

    private List<StatusEvent> history(String unit, String standard, LocalDate date, LocalDate notBefore) {
        List<StatusEvent> list = new ArrayList<>();
        for (StatusEvent e : byUnitAndStandard.get(key(unit, standard))) {
            if (!e.date().isBefore(notBefore) && !e.date().isAfter(date)) {
                list.add(e);
            }
        }
        return list;
    }


    /**
     * The recognition in force for a unit of a snapshot on a date. A unit formed by a merger,
     * split or establishment does not inherit a recognition dated before it was formed.
     *
     * @param snapshot the hierarchy the unit belongs to
     * @param unit     the unit code
     * @param standard the standard id
     * @param date     the date
     * @return the recognition event, or empty
     */
    public Optional<StatusEvent> recognition(Snapshot snapshot, String unit, String standard, LocalDate date) {
        return recognitionIn(history(snapshot, unit, standard, date));
    }

    private static Optional<StatusEvent> recognitionIn(List<StatusEvent> events) {
        StatusEvent recognition = null;
        for (StatusEvent e : events) {
            if (e.step() == StatusStep.RECOGNISED) {
                recognition = e;
            } else if (e.step() == StatusStep.REVOKED) {
                recognition = null;
            }
        }
        return Optional.ofNullable(recognition);
    }

    /**
     * The latest step of a unit of a snapshot and standard on a date.
     *
     * @param snapshot the hierarchy the unit belongs to
     * @param unit     the unit code
     * @param standard the standard id
     * @param date     the date
     * @return the latest event, or empty
     */
    public Optional<StatusEvent> latest(Snapshot snapshot, String unit, String standard, LocalDate date) {
        List<StatusEvent> list = history(snapshot, unit, standard, date);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }
}
