package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.locality.ChangeEvent.AbolishLevel;
import io.github.ntmlib.core.locality.ChangeEvent.Dissolve;
import io.github.ntmlib.core.locality.ChangeEvent.Merge;
import io.github.ntmlib.core.locality.ChangeEvent.Predecessor;
import io.github.ntmlib.core.locality.ChangeEvent.Split;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates snapshots and events, derives the implicit events, sets validities and links lineage. */
final class HistoryAssembler {

    private final List<Snapshot> input;
    private final List<ChangeEvent> explicit;
    private final List<Problem> problems = new ArrayList<>();

    HistoryAssembler(List<Snapshot> snapshots, List<ChangeEvent> events) {
        this.input = List.copyOf(snapshots);
        this.explicit = List.copyOf(events);
    }

    LocalityHistory assemble() {
        if (input.isEmpty()) {
            throw new HierarchyException(problem(Kind.BAD_SEQUENCE, null, Labels.of("lịch sử cần ít nhất một danh mục đơn vị hành chính",
                    "a history needs at least one snapshot")));
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            Snapshot s = input.get(i);
            if (i > 0 && !s.date().isAfter(input.get(i - 1).date())) {
                problems.add(problem(Kind.BAD_SEQUENCE, null, Labels.of("danh mục ngày " + Language.VIETNAMESE.format(s.date())
                        + " không đứng sau danh mục ngày " + Language.VIETNAMESE.format(input.get(i - 1).date()), "snapshot of " + s.date()
                        + " does not come after the snapshot of " + input.get(i - 1).date())));
            }
            index.put(s.date(), i);
        }
        Map<Integer, List<ChangeEvent>> byTransition = new LinkedHashMap<>();
        for (ChangeEvent event : explicit) {
            Integer i = index.get(event.date());
            if (i == null || i == 0) {
                problems.add(problem(Kind.BAD_SEQUENCE, String.join(",", event.codes()), Labels.of(vietnamese(event)
                        + " không mang ngày của một danh mục sau danh mục đầu tiên", "event " + event
                        + " is not dated on the date of a snapshot after the first")));
                continue;
            }
            byTransition.computeIfAbsent(i, k -> new ArrayList<>()).add(event);
        }
        throwIfProblems();
        List<ChangeEvent> events = new ArrayList<>();
        for (int i = 1; i < input.size(); i++) {
            List<ChangeEvent> given = byTransition.getOrDefault(i, List.of());
            validate(input.get(i - 1), input.get(i), given);
            events.addAll(given);
            events.addAll(derive(input.get(i - 1), input.get(i), given));
        }
        throwIfProblems();
        return link(events);
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
    }

    private static Problem problem(Kind kind, @Nullable String code, Labels message) {
        return new Problem(kind, SourcePosition.API, code, null, message);
    }

    /** An event as a Vietnamese message names it: its date and the codes it names. */
    private static String vietnamese(ChangeEvent event) {
        return "sự kiện ngày " + Language.VIETNAMESE.format(event.date()) + " về "
                + event.codes().stream().map(Limits::quote).collect(java.util.stream.Collectors.joining(", "));
    }

    private void validate(Snapshot a, Snapshot b, List<ChangeEvent> given) {
        Map<String, List<Share>> shares = new LinkedHashMap<>();
        Set<Level> mergedLevels = EnumSet.noneOf(Level.class);
        for (ChangeEvent event : given) {
            if (event instanceof Merge) {
                Merge merge = (Merge) event;
                requireIn(b, merge.successor(), Labels.of("đơn vị mới của một lần sáp nhập",
                        "new unit of a merge"));
                for (Predecessor p : merge.predecessors()) {
                    requireIn(a, p.code(), Labels.of("đơn vị cũ của một lần sáp nhập vào "
                            + Limits.quote(merge.successor()), "old unit of a merge into " + merge.successor()));
                    shares.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p.share());
                    a.unit(p.code()).ifPresent(u -> mergedLevels.add(u.level()));
                }
            } else if (event instanceof Split) {
                Split split = (Split) event;
                requireIn(a, split.predecessor(), Labels.of("đơn vị bị chia tách", "unit split"));
                split.successors().forEach(s -> requireIn(b, s, Labels.of("phần chia tách của "
                        + Limits.quote(split.predecessor()), "part of the split of " + split.predecessor())));
                for (int k = 0; k < split.successors().size(); k++) {
                    shares.computeIfAbsent(split.predecessor(), c -> new ArrayList<>()).add(Share.PARTIAL);
                }
            } else {
                event.codes().forEach(code -> {
                    if (!a.contains(code) && !b.contains(code)) {
                        problems.add(problem(Kind.UNKNOWN_UNIT_IN_MAP, code, Labels.of(vietnamese(event)
                                + " nêu một đơn vị không có trong danh mục nào của hai ngày", "event " + event
                                + " names a unit in neither snapshot")));
                    }
                });
            }
        }
        shares.forEach((code, list) -> {
            long full = list.stream().filter(s -> s == Share.FULL).count();
            if (full > 1 || (full == 1 && list.size() > 1)) {
                problems.add(problem(Kind.UNACCOUNTED_SHARE, code, Labels.of("đơn vị cũ " + Limits.quote(code)
                        + " được nhập toàn bộ vào một đơn vị và cũng vào các đơn vị khác ngày "
                        + Language.VIETNAMESE.format(b.date()) + " (" + list.stream().map(s -> s == Share.FULL
                                ? "toàn bộ" : "một phần").collect(java.util.stream.Collectors.joining(", ")) + ")",
                        "old unit " + code + " goes wholly into one unit"
                        + " and also into others on " + b.date() + " (" + list + ")")));
            } else if (full == 0 && list.size() == 1) {
                problems.add(problem(Kind.UNACCOUNTED_SHARE, code, Labels.of("đơn vị cũ " + Limits.quote(code)
                        + " chỉ có một phần được chia ngày " + Language.VIETNAMESE.format(b.date())
                        + ": phần còn lại không rõ đi đâu", "old unit " + code + " has a single partial share"
                        + " on " + b.date() + ": the rest of it is unaccounted for")));
            }
        });
        Set<Level> levelsAfter = levels(b);
        for (AdminUnit old : a.units()) {
            boolean levelAbolished = !levelsAfter.contains(old.level());
            if (mergedLevels.contains(old.level()) && !levelAbolished && !b.contains(old.code())
                    && !shares.containsKey(old.code())) {
                problems.add(problem(Kind.UNACCOUNTED_SHARE, old.code(), Labels.of(Limits.quote(old.name())
                        + " chấm dứt ngày " + Language.VIETNAMESE.format(b.date()) + " nhưng bảng sáp nhập của ngày"
                        + " đó không cho biết đơn vị này đi đâu", old.name() + " ends on " + b.date()
                        + " but the merge map of that date does not say where it went")));
            }
        }
    }

    private void requireIn(Snapshot s, String code, Labels role) {
        if (!s.contains(code)) {
            problems.add(problem(Kind.UNKNOWN_UNIT_IN_MAP, code, Labels.of(role.vietnamese() + " " + Limits.quote(code)
                    + " không có trong danh mục ngày " + Language.VIETNAMESE.format(s.date()), role.english() + " "
                    + Limits.quote(code) + " is not in the snapshot of " + s.date())));
        }
    }

    private static Set<String> covered(List<ChangeEvent> events) {
        Set<String> codes = new HashSet<>();
        events.forEach(e -> codes.addAll(e.codes()));
        return codes;
    }

    private static List<ChangeEvent> derive(Snapshot a, Snapshot b, List<ChangeEvent> given) {
        Set<String> covered = covered(given);
        LocalDate date = b.date();
        List<ChangeEvent> derived = new ArrayList<>();
        Map<Level, List<String>> abolished = new LinkedHashMap<>();
        Set<Level> levelsAfter = levels(b);
        for (AdminUnit old : a.units()) {
            if (covered.contains(old.code())) {
                continue;
            }
            Optional<AdminUnit> now = b.unit(old.code());
            if (now.isEmpty()) {
                if (!levelsAfter.contains(old.level())) {
                    abolished.computeIfAbsent(old.level(), l -> new ArrayList<>()).add(old.code());
                } else {
                    derived.add(new Dissolve(date, old.code(), receivers(a, b, old)));
                }
                continue;
            }
            AdminUnit unit = now.get();
            if (!unit.parent().equals(old.parent()) && unit.parent().isPresent() && old.parent().isPresent()) {
                derived.add(new ChangeEvent.Move(date, old.code(), old.parent().get(), unit.parent().get()));
            }
            if (!unit.name().equals(old.name())) {
                derived.add(new ChangeEvent.Rename(date, old.code(), old.name(), unit.name()));
            }
            if (unit.kind() != old.kind()) {
                derived.add(new ChangeEvent.Reclassify(date, old.code(), old.kind(), unit.kind()));
            }
        }
        abolished.forEach((level, codes) -> derived.add(new AbolishLevel(date, level, codes)));
        for (AdminUnit unit : b.units()) {
            if (!a.contains(unit.code()) && !covered.contains(unit.code())) {
                derived.add(new ChangeEvent.Establish(date, unit.code()));
            }
        }
        return derived;
    }

    private static Set<Level> levels(Snapshot s) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        s.units().forEach(u -> levels.add(u.level()));
        return levels;
    }

    /** The new parents of a dissolved unit's children: where its territory went. */
    private static List<String> receivers(Snapshot a, Snapshot b, AdminUnit old) {
        Set<String> receivers = new LinkedHashSet<>();
        for (AdminUnit child : a.children(old.code())) {
            b.unit(child.code()).flatMap(AdminUnit::parent).ifPresent(receivers::add);
        }
        return List.copyOf(receivers);
    }

    private LocalityHistory link(List<ChangeEvent> events) {
        int n = input.size();
        List<Map<String, AdminUnit>> starts = new ArrayList<>();
        Map<AdminUnit, LocalDate> ends = new HashMap<>();
        Map<AdminUnit, AdminUnit> firstForm = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Snapshot s = input.get(i);
            Set<String> reshaped = mergedOrSplit(events(events, s.date(), i));
            Map<String, AdminUnit> current = new LinkedHashMap<>();
            for (AdminUnit unit : s.units()) {
                AdminUnit previous = i == 0 ? null : starts.get(i - 1).get(unit.code());
                if (previous != null && previous.sameFormAs(unit) && !reshaped.contains(unit.code())) {
                    current.put(unit.code(), previous);
                } else {
                    AdminUnit start = unit.withValidity(Validity.from(s.date()));
                    current.put(unit.code(), start);
                    firstForm.put(start, start);
                }
            }
            if (i > 0) {
                for (AdminUnit old : starts.get(i - 1).values()) {
                    if (current.get(old.code()) != old) {
                        ends.put(old, s.date());
                    }
                }
            }
            starts.add(current);
        }
        Map<AdminUnit, AdminUnit> finals = new HashMap<>();
        for (AdminUnit start : firstForm.keySet()) {
            LocalDate end = ends.get(start);
            finals.put(start, end == null ? start : start.withValidity(start.validity().endingOn(end)));
        }
        List<Snapshot> snapshots = new ArrayList<>();
        Map<String, LocalDate> formed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = input.get(i).date();
            for (ChangeEvent e : events(events, date, i)) {
                if (e instanceof Merge) {
                    formed.put(((Merge) e).successor(), date);
                } else if (e instanceof Split) {
                    ((Split) e).successors().forEach(code -> formed.put(code, date));
                } else if (e instanceof ChangeEvent.Establish) {
                    formed.put(((ChangeEvent.Establish) e).code(), date);
                }
            }
            List<AdminUnit> units = new ArrayList<>();
            Map<String, LocalDate> formedHere = new HashMap<>();
            starts.get(i).values().forEach(u -> {
                units.add(finals.get(u));
                if (formed.containsKey(u.code())) {
                    formedHere.put(u.code(), formed.get(u.code()));
                }
            });
            snapshots.add(Snapshot.trusted(date, units, formedHere));
        }
        List<LineageLink> links = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            links.addAll(links(snapshots.get(i - 1), snapshots.get(i), events(events, input.get(i).date(), i)));
        }
        return new LocalityHistory(snapshots, events, links);
    }

    private static List<ChangeEvent> events(List<ChangeEvent> events, LocalDate date, int i) {
        if (i == 0) {
            return List.of();
        }
        List<ChangeEvent> list = new ArrayList<>();
        events.forEach(e -> {
            if (e.date().equals(date)) {
                list.add(e);
            }
        });
        return list;
    }

    private static Set<String> mergedOrSplit(List<ChangeEvent> events) {
        Set<String> codes = new HashSet<>();
        for (ChangeEvent e : events) {
            if (e instanceof Merge || e instanceof Split) {
                codes.addAll(e.codes());
            }
        }
        return codes;
    }

    private static List<LineageLink> links(Snapshot a, Snapshot b, List<ChangeEvent> events) {
        LocalDate date = b.date();
        List<LineageLink> links = new ArrayList<>();
        Set<String> mergedOrSplit = new HashSet<>();
        for (ChangeEvent event : events) {
            if (event instanceof Merge) {
                Merge merge = (Merge) event;
                AdminUnit to = b.require(merge.successor());
                for (Predecessor p : merge.predecessors()) {
                    links.add(new LineageLink(a.require(p.code()), to, date, p.share(), LineageLink.Cause.MERGED));
                    mergedOrSplit.add(p.code());
                }
            } else if (event instanceof Split) {
                Split split = (Split) event;
                for (String s : split.successors()) {
                    links.add(new LineageLink(a.require(split.predecessor()), b.require(s), date, Share.PARTIAL,
                            LineageLink.Cause.SPLIT));
                }
                mergedOrSplit.add(split.predecessor());
            } else if (event instanceof Dissolve) {
                Dissolve dissolve = (Dissolve) event;
                for (String s : dissolve.successors()) {
                    links.add(new LineageLink(a.require(dissolve.code()), b.require(s), date, Share.PARTIAL,
                            LineageLink.Cause.DISSOLVED));
                }
            }
        }
        for (AdminUnit old : a.units()) {
            Optional<AdminUnit> now = b.unit(old.code());
            if (now.isPresent() && now.get() != old && !mergedOrSplit.contains(old.code())) {
                links.add(new LineageLink(old, now.get(), date, Share.FULL, LineageLink.Cause.CONTINUED));
            }
        }
        Map<AdminUnit, List<AdminUnit>> targets = new HashMap<>();
        links.forEach(link -> targets.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to()));
        for (ChangeEvent event : events) {
            if (event instanceof AbolishLevel) {
                for (String code : ((AbolishLevel) event).units()) {
                    AdminUnit old = a.require(code);
                    Set<AdminUnit> receivers = new LinkedHashSet<>();
                    for (AdminUnit child : a.children(code)) {
                        Optional<AdminUnit> same = b.unit(child.code());
                        if (same.isPresent() && same.get() == child) {
                            receivers.add(child);
                        }
                        receivers.addAll(targets.getOrDefault(child, List.of()));
                    }
                    receivers.forEach(r -> links.add(new LineageLink(old, r, date, Share.PARTIAL,
                            LineageLink.Cause.LEVEL_ABOLISHED)));
                }
            }
        }
        return links;
    }
}
