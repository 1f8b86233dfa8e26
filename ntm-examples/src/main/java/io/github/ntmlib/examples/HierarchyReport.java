package io.github.ntmlib.examples;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a province's hierarchy by kind on several dates and what changed between them: by
 * default Hà Tĩnh on 1 November 2024, 1 March 2025 and 1 July 2025.
 *
 * <p>Usage: {@code HierarchyReport [province-code] [date ...]}, dates as yyyy-mm-dd.
 */
public final class HierarchyReport {

    private HierarchyReport() {
    }

    /**
     * Runs the report on standard output.
     *
     * @param args an optional province code (42 by default) and dates
     */
    public static void main(String[] args) {
        String province = args.length > 0 ? args[0] : "42";
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            dates.add(LocalDate.parse(args[i]));
        }
        if (dates.isEmpty()) {
            dates = List.of(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 1));
        }
        LocalityHistory history = "42".equals(province) ? GsoLists.haTinh() : GsoLists.vietnam();
        print(history, province, dates, System.out);
    }

    /**
     * Prints the report.
     *
     * @param history  the history
     * @param province the province code
     * @param dates    the dates, in order
     * @param out      where to print
     */
    public static void print(LocalityHistory history, String province, List<LocalDate> dates, PrintStream out) {
        Snapshot previous = null;
        for (LocalDate date : dates) {
            Snapshot snapshot = history.asOf(date);
            if (previous != null) {
                printChanges(history, province, previous, snapshot, out);
            }
            printSnapshot(snapshot, province, date, out);
            previous = snapshot;
        }
    }

    private static void printSnapshot(Snapshot s, String province, LocalDate date, PrintStream out) {
        AdminUnit root = s.require(province);
        out.printf("%n%s on %s (list in force from %s)%n", root.name(), date, s.date());
        for (Level level : List.of(Level.DISTRICT, Level.COMMUNE)) {
            List<AdminUnit> units = s.descendants(province, level);
            if (units.isEmpty()) {
                out.printf("  %-16s none%n", level.english() + " level:");
                continue;
            }
            out.printf("  %-16s %d (%s)%n", level.english() + " level:", units.size(), byKind(units));
        }
        for (AdminUnit district : s.descendants(province, Level.DISTRICT)) {
            List<AdminUnit> communes = s.descendants(district.code(), Level.COMMUNE);
            out.printf("    %-5s %-28s %3d (%s)%n", district.code(), district.name(), communes.size(), byKind(communes));
        }
    }

    private static String byKind(List<AdminUnit> units) {
        Map<UnitKind, Long> counts = units.stream()
                .collect(Collectors.groupingBy(AdminUnit::kind, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey().vietnamese()).collect(Collectors.joining(", "));
    }

    private static void printChanges(LocalityHistory history, String province, Snapshot a, Snapshot b, PrintStream out) {
        out.printf("%nChanges from %s to %s:%n", a.date(), b.date());
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (ChangeEvent e : history.events()) {
            if (e.date().isAfter(a.date()) && !e.date().isAfter(b.date())) {
                counts.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                describe(e, a, b).ifPresent(lines::add);
            }
        }
        out.printf("  events: %s%n", counts);
        lines.forEach(l -> out.println("  " + l));
    }

    private static java.util.Optional<String> describe(ChangeEvent e, Snapshot a, Snapshot b) {
        if (e instanceof ChangeEvent.Dissolve) {
            ChangeEvent.Dissolve d = (ChangeEvent.Dissolve) e;
            String to = d.successors().stream().map(c -> b.require(c).name()).collect(Collectors.joining(", "));
            return java.util.Optional.of("dissolved: " + a.require(d.code()).name()
                    + (to.isEmpty() ? " (successor not stated in the lists)" : " -> " + to));
        }
        if (e instanceof ChangeEvent.Reclassify) {
            ChangeEvent.Reclassify r = (ChangeEvent.Reclassify) e;
            return java.util.Optional.of("reclassified: " + a.require(r.code()).name() + " -> " + b.require(r.code()).name()
                    + " (" + r.from().vietnamese() + " -> " + r.to().vietnamese() + ")");
        }
        if (e instanceof ChangeEvent.AbolishLevel) {
            ChangeEvent.AbolishLevel l = (ChangeEvent.AbolishLevel) e;
            return java.util.Optional.of("level abolished: " + l.level().english() + " (" + l.units().size() + " units)");
        }
        if (e instanceof ChangeEvent.Merge) {
            ChangeEvent.Merge m = (ChangeEvent.Merge) e;
            if (m.predecessors().size() > 1) {
                return java.util.Optional.of("merged: " + m.predecessors().stream()
                        .map(p -> a.require(p.code()).name() + (p.share() == io.github.ntmlib.core.locality.Share.PARTIAL
                                ? " (part)" : ""))
                        .collect(Collectors.joining(", ")) + " -> " + b.require(m.successor()).name());
            }
        }
        return java.util.Optional.empty();
    }
}
