package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The administrative hierarchy through time: snapshots in force from their dates, the change
 * events between them, and the lineage of every unit.
 *
 * <p>Explicit events (merges and splits from a merge map) are validated against the snapshots
 * around them: every old unit must exist before, every new one after, shares must account for
 * each old unit wholly, and when a merge map is given for a date it must account for every unit
 * of its level that ended. Moves, renames, reclassifications, dissolutions, new units and the
 * abolition of a level are derived from the two snapshots, so that {@link #events()} tells the
 * whole story. Each unit version's {@link AdminUnit#validity() validity} is set from the
 * snapshots it appears in.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LocalityHistory {

    private final ImmutableList<Snapshot> snapshots;
    private final ImmutableList<ChangeEvent> events;
    private final ImmutableListMultimap<AdminUnit, LineageLink> forward;
    private final ImmutableListMultimap<AdminUnit, LineageLink> backward;
    private final ImmutableListMultimap<String, AdminUnit> versions;

    LocalityHistory(List<Snapshot> snapshots, List<ChangeEvent> events, List<LineageLink> links) {
        this.snapshots = ImmutableList.copyOf(snapshots);
        this.events = ImmutableList.copyOf(events);
        ImmutableListMultimap.Builder<AdminUnit, LineageLink> fwd = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<AdminUnit, LineageLink> back = ImmutableListMultimap.builder();
        for (LineageLink link : links) {
            fwd.put(link.from(), link);
            back.put(link.to(), link);
        }
        this.forward = fwd.build();
        this.backward = back.build();
        ImmutableListMultimap.Builder<String, AdminUnit> byCode = ImmutableListMultimap.builder();
        Set<AdminUnit> seen = new HashSet<>();
        for (Snapshot snapshot : snapshots) {
            for (AdminUnit unit : snapshot.units()) {
                if (seen.add(unit)) {
                    byCode.put(unit.code(), unit);
                }
            }
        }
        this.versions = byCode.build();
    }

    /**
     * A history of snapshots, each in force from its date until the next one's, with the explicit
     * events between them.
     *
     * @param snapshots the snapshots, at least one, dates strictly increasing
     * @param events    merges, splits and any other events known from sources; each dated on the
     *                  date of a snapshot after the first
     * @return the history, with derived events added and validities set
     * @throws HierarchyException listing every problem found
     */
    public static LocalityHistory of(List<Snapshot> snapshots, List<ChangeEvent> events) {
        return new HistoryAssembler(snapshots, events).assemble();
    }

    /**
     * A history of one snapshot.
     *
     * @param snapshot the snapshot
     * @return the history
     */
    public static LocalityHistory of(Snapshot snapshot) {
        return of(List.of(snapshot), List.of());
    }

    /**
     * A history built from unit versions with their validity intervals: a snapshot is made on each
     * date a version starts or ends.
     *
     * @param unitVersions every version of every unit
     * @param events       explicit events, as for {@link #of(List, List)}
     * @param positions    where each version was read, for errors; may return {@link SourcePosition#API}
     * @return the history
     * @throws HierarchyException if versions of one code overlap, or a snapshot or event is invalid
     */
    public static LocalityHistory ofVersions(Collection<AdminUnit> unitVersions, List<ChangeEvent> events,
            Function<AdminUnit, SourcePosition> positions) {
        List<Problem> problems = new ArrayList<>();
        TreeMap<String, List<AdminUnit>> byCode = new TreeMap<>();
        Set<LocalDate> dates = new java.util.TreeSet<>();
        for (AdminUnit unit : unitVersions) {
            for (AdminUnit other : byCode.getOrDefault(unit.code(), List.of())) {
                if (other.validity().overlaps(unit.validity())) {
                    problems.add(new Problem(Kind.OVERLAPPING_VALIDITY, positions.apply(unit), unit.code(), "valid_from",
                            Labels.of(Limits.quote(unit.name()) + " " + unit.validity().vietnamese() + " trùng thời gian"
                                    + " với " + Limits.quote(other.name()) + " " + other.validity().vietnamese() + " ("
                                    + positions.apply(other) + ")", unit.name() + " " + unit.validity() + " overlaps "
                                    + other.name() + " " + other.validity() + " (" + positions.apply(other) + ")")));
                }
            }
            byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
            dates.add(unit.validity().start());
            unit.validity().end().ifPresent(dates::add);
        }
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (LocalDate date : dates) {
            Snapshot.Builder builder = Snapshot.builder(date);
            for (AdminUnit unit : unitVersions) {
                if (unit.validity().contains(date)) {
                    builder.add(unit, positions.apply(unit));
                }
            }
            snapshots.add(builder.build());
        }
        if (!snapshots.isEmpty() && snapshots.get(snapshots.size() - 1).size() == 0) {
            snapshots.remove(snapshots.size() - 1);
        }
        return of(snapshots, events);
    }

    /**
     * The snapshots, oldest first, with validities set.
     *
     * @return the snapshots
     */
    public List<Snapshot> snapshots() {
        return snapshots;
    }

    /**
     * Every event, explicit and derived, by date.
     *
     * @return the events
     */
    public List<ChangeEvent> events() {
        return events;
    }

    /**
     * The events taking effect on a date.
     *
     * @param date a date
     * @return the events of that date
     */
    public List<ChangeEvent> events(LocalDate date) {
        return events.stream().filter(e -> e.date().equals(date)).collect(ImmutableList.toImmutableList());
    }

    /**
     * The first date the history covers.
     *
     * @return the first snapshot's date
     */
    public LocalDate start() {
        return snapshots.get(0).date();
    }

    /**
     * The snapshot in force on a date: the last one whose date is not after it.
     *
     * @param date a date
     * @return the snapshot
     * @throws HierarchyException of kind {@link Kind#DATE_OUT_OF_RANGE} if the date is before the
     *                            history starts
     */
    public Snapshot asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Snapshot found = null;
        for (Snapshot snapshot : snapshots) {
            if (snapshot.date().isAfter(date)) {
                break;
            }
            found = snapshot;
        }
        if (found == null) {
            throw new HierarchyException(new Problem(Kind.DATE_OUT_OF_RANGE, SourcePosition.API, null, "date",
                    Labels.of("lịch sử bắt đầu ngày " + Language.VIETNAMESE.format(start()) + ", sau ngày "
                            + Language.VIETNAMESE.format(date), "the history starts on " + start() + ", after "
                            + date)));
        }
        return found;
    }

    /**
     * Every version of a code, oldest first.
     *
     * @param code a unit code
     * @return the versions, possibly none
     */
    public List<AdminUnit> versions(String code) {
        return versions.get(code);
    }

    /**
     * The version of a code in force on a date.
     *
     * @param code a unit code
     * @param date a date
     * @return the version, or empty
     */
    public Optional<AdminUnit> version(String code, LocalDate date) {
        return versions.get(code).stream().filter(u -> u.validity().contains(date)).findFirst();
    }

    /**
     * The direct successors of a version.
     *
     * @param version a unit version of this history
     * @return the links to the versions that took it over
     */
    public List<LineageLink> successors(AdminUnit version) {
        return forward.get(version);
    }

    /**
     * The direct predecessors of a version.
     *
     * @param version a unit version of this history
     * @return the links from the versions it took over
     */
    public List<LineageLink> predecessors(AdminUnit version) {
        return backward.get(version);
    }

    /**
     * The units in force on a later date that descend, wholly or in part, from a unit in force on
     * an earlier date.
     *
     * @param code   the unit's code on {@code from}
     * @param from   the earlier date
     * @param target the later date
     * @return the successor versions in force on {@code target}; the unit itself if unchanged
     * @throws UnknownUnitException if no unit has the code on {@code from}
     */
    public Set<AdminUnit> successorsOn(String code, LocalDate from, LocalDate target) {
        return traverse(requireVersion(code, from), target, true);
    }

    /**
     * The units in force on an earlier date from which a unit in force on a later date descends.
     *
     * @param code   the unit's code on {@code from}
     * @param from   the later date
     * @param target the earlier date
     * @return the predecessor versions in force on {@code target}
     * @throws UnknownUnitException if no unit has the code on {@code from}
     */
    public Set<AdminUnit> predecessorsOn(String code, LocalDate from, LocalDate target) {
        return traverse(requireVersion(code, from), target, false);
    }

    /**
     * The units of one level in force on an earlier date from which a unit in force on a later date
     * descends: the predecessor communes of a commune, without the abolished huyện whose territory
     * also passed to it.
     *
     * @param code   the unit's code on {@code from}
     * @param from   the later date
     * @param target the earlier date
     * @param level  the level of the predecessors wanted
     * @return the predecessor versions of that level in force on {@code target}
     * @throws UnknownUnitException if no unit has the code on {@code from}
     */
    public Set<AdminUnit> predecessorsOn(String code, LocalDate from, LocalDate target, Level level) {
        return ofLevel(predecessorsOn(code, from, target), level);
    }

    /**
     * The units of one level in force on a later date that descend, wholly or in part, from a unit
     * in force on an earlier date.
     *
     * @param code   the unit's code on {@code from}
     * @param from   the earlier date
     * @param target the later date
     * @param level  the level of the successors wanted
     * @return the successor versions of that level in force on {@code target}
     * @throws UnknownUnitException if no unit has the code on {@code from}
     */
    public Set<AdminUnit> successorsOn(String code, LocalDate from, LocalDate target, Level level) {
        return ofLevel(successorsOn(code, from, target), level);
    }

    private static Set<AdminUnit> ofLevel(Set<AdminUnit> units, Level level) {
        Objects.requireNonNull(level, "level");
        Set<AdminUnit> result = new LinkedHashSet<>();
        for (AdminUnit unit : units) {
            if (unit.level() == level) {
                result.add(unit);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    private AdminUnit requireVersion(String code, LocalDate date) {
        return version(code, date).orElseThrow(() -> new UnknownUnitException(code,
                Labels.of("không có đơn vị mã " + Limits.quote(code) + " vào ngày " + Language.VIETNAMESE.format(date),
                        "no unit with code " + Limits.quote(code) + " on " + date)));
    }

    private Set<AdminUnit> traverse(AdminUnit start, LocalDate target, boolean forwards) {
        Set<AdminUnit> result = new LinkedHashSet<>();
        Set<AdminUnit> visited = new HashSet<>();
        Deque<AdminUnit> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            AdminUnit unit = queue.poll();
            if (!visited.add(unit)) {
                continue;
            }
            if (unit.validity().contains(target)) {
                result.add(unit);
                continue;
            }
            boolean beyond = forwards
                    ? unit.validity().start().isAfter(target)
                    : unit.validity().end().map(end -> !end.isAfter(target)).orElse(false);
            if (beyond) {
                continue;
            }
            for (LineageLink link : forwards ? forward.get(unit) : backward.get(unit)) {
                queue.add(forwards ? link.to() : link.from());
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /**
     * The plain changes between the snapshots in force on two dates.
     *
     * @param a the earlier date
     * @param b the later date
     * @return the changes, as {@link #diff(Snapshot, Snapshot)}
     */
    public List<PlainChange> diff(LocalDate a, LocalDate b) {
        return diff(asOf(a), asOf(b));
    }

    /**
     * The plain changes between two snapshots: for each unit of {@code a} in order, GONE, or MOVED
     * and then RENAMED_OR_RECLASSIFIED as they apply; then NEW for each unit only in {@code b}, in
     * {@code b}'s order. This is the form of the GSO change lists.
     *
     * @param a the earlier snapshot
     * @param b the later snapshot
     * @return the changes
     */
    public static List<PlainChange> diff(Snapshot a, Snapshot b) {
        return SnapshotDiff.between(a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalityHistory && ((LocalityHistory) o).snapshots.equals(snapshots)
                && ((LocalityHistory) o).events.equals(events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(snapshots, events);
    }

    @Override
    public String toString() {
        return "LocalityHistory[" + snapshots.size() + " snapshots from " + start() + ", " + events.size() + " events]";
    }
}
