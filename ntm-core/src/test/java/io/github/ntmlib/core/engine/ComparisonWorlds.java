package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated worlds for comparisons: a province with a huyện and a thị xã, communes of every lawful
 * kind, and a reorganisation that keeps, reclassifies, merges (predecessors of mixed kinds) and
 * splits them (partial shares); two evaluations restored from generated verdicts, some units
 * without data (every criterion not assessed).
 */
final class ComparisonWorlds {

    static final CriteriaSet SET = SmallSet.set();
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    static final LocalDate EARLIER = LocalDate.of(2024, 12, 31);
    static final LocalDate LATER = LocalDate.of(2025, 12, 31);

    /** What happens to a run of communes under one parent. */
    enum Op { KEEP, RECLASSIFY, MERGE, SPLIT }

    /** A world: the history and an evaluation on each side. */
    record World(LocalityHistory history, Evaluation earlier, Evaluation later, List<Op> ops) {
    }

    private ComparisonWorlds() {
    }

    /** A draw of integers, for building a world from plain numbers (QuickTheories shrinks them). */
    static Gen<World> worlds() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, 999)).ofSizeBetween(12, 160).map(ComparisonWorlds::world);
    }

    /** Reads numbers in turn, wrapping around. */
    private static final class Draws {
        private final List<Integer> values;
        private int at;

        Draws(List<Integer> values) {
            this.values = values;
        }

        int next(int bound) {
            int v = values.get(at++ % values.size());
            return v % bound;
        }
    }

    static World world(List<Integer> numbers) {
        Draws d = new Draws(numbers);
        List<AdminUnit> before = new ArrayList<>();
        before.add(AdminUnit.of("42", "Tỉnh Thử", UnitKind.PROVINCE, null, FIRST));
        before.add(AdminUnit.of("100", "Huyện Thử", UnitKind.RURAL_DISTRICT, "42", FIRST));
        before.add(AdminUnit.of("101", "Thị xã Thử", UnitKind.TOWN, "42", FIRST));
        List<AdminUnit> after = new ArrayList<>(before.stream()
                .map(u -> AdminUnit.of(u.code(), u.name(), u.kind(), u.parent().orElse(null), REORGANISED)).toList());
        List<ChangeEvent> events = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        int code = 1000;
        int fresh = 5000;
        for (String parent : List.of("100", "101")) {
            UnitKind[] kinds = parent.equals("100") ? new UnitKind[] {UnitKind.COMMUNE, UnitKind.COMMUNE, UnitKind.TOWNSHIP}
                    : new UnitKind[] {UnitKind.COMMUNE, UnitKind.WARD, UnitKind.WARD};
            int communes = 1 + d.next(5);
            int i = 0;
            while (i < communes) {
                Op op = Op.values()[d.next(Op.values().length)];
                int size = op == Op.MERGE ? Math.min(2 + d.next(2), communes - i) : 1;
                if (op == Op.MERGE && size < 2) {
                    op = Op.KEEP;
                }
                ops.add(op);
                List<String> run = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    String c = String.valueOf(code++);
                    UnitKind kind = kinds[d.next(kinds.length)];
                    before.add(AdminUnit.of(c, kind.namePrefixes().get(0) + " " + c, kind, parent, FIRST));
                    run.add(c);
                }
                i += size;
                AdminUnit first = before.get(before.size() - size);
                switch (op) {
                    case KEEP -> after.add(AdminUnit.of(first.code(), first.name(), first.kind(), parent, REORGANISED));
                    case RECLASSIFY -> {
                        UnitKind other = first.kind() == UnitKind.COMMUNE ? kinds[kinds.length - 1] : UnitKind.COMMUNE;
                        after.add(AdminUnit.of(first.code(), other.namePrefixes().get(0) + " " + first.code(), other,
                                parent, REORGANISED));
                    }
                    case MERGE -> {
                        UnitKind kind = kinds[d.next(kinds.length)];
                        after.add(AdminUnit.of(first.code(), kind.namePrefixes().get(0) + " Mới " + first.code(), kind,
                                parent, REORGANISED));
                        events.add(new ChangeEvent.Merge(REORGANISED, first.code(), run.stream()
                                .map(c -> new ChangeEvent.Predecessor(c, Share.FULL)).toList()));
                    }
                    case SPLIT -> {
                        String other = String.valueOf(fresh++);
                        UnitKind kind = kinds[d.next(kinds.length)];
                        after.add(AdminUnit.of(first.code(), first.name(), first.kind(), parent, REORGANISED));
                        after.add(AdminUnit.of(other, kind.namePrefixes().get(0) + " " + other, kind, parent,
                                REORGANISED));
                        events.add(new ChangeEvent.Merge(REORGANISED, first.code(),
                                List.of(new ChangeEvent.Predecessor(first.code(), Share.PARTIAL))));
                        events.add(new ChangeEvent.Merge(REORGANISED, other,
                                List.of(new ChangeEvent.Predecessor(first.code(), Share.PARTIAL))));
                    }
                    default -> throw new AssertionError(op);
                }
            }
        }
        Snapshot a = Snapshot.of(FIRST, before);
        Snapshot b = Snapshot.of(REORGANISED, after);
        LocalityHistory history = LocalityHistory.of(List.of(a, b), events);
        return new World(history, evaluation(history.asOf(EARLIER), EARLIER, d),
                evaluation(history.asOf(LATER), LATER, d), ops);
    }

    /** An evaluation of generated verdicts: a unit in six has no data (every criterion not assessed). */
    static Evaluation evaluation(Snapshot snapshot, LocalDate asOf, Draws d) {
        Map<String, List<StandardResult>> results = new HashMap<>();
        for (AdminUnit unit : snapshot.units()) {
            boolean noData = d.next(6) == 0;
            Map<String, Verdict> verdicts = new HashMap<>();
            List<StandardResult> list = new ArrayList<>();
            for (Standard s : SET.standards()) {
                if (!s.appliesTo(unit, snapshot)) {
                    continue;
                }
                List<CriterionResult> criteria = new ArrayList<>();
                for (Criterion c : s.criteria()) {
                    int v = d.next(5);
                    Verdict verdict = noData ? Verdict.NOT_ASSESSED
                            : v < 3 ? Verdict.MET : v == 3 ? Verdict.NOT_MET : Verdict.NOT_ASSESSED;
                    criteria.add(CriterionResult.restore(c.code(), c.labels(), verdict, Origin.INDICATORS, List.of(),
                            null, null, null));
                }
                String requires = s.nestedIn().orElse(null);
                Verdict required = requires == null ? Verdict.MET
                        : Objects.requireNonNullElse(verdicts.get(requires), Verdict.NOT_ASSESSED);
                StandardResult r = StandardResult.restore(s.id(), criteria, null, requires, required);
                verdicts.put(s.id(), r.verdict());
                list.add(r);
            }
            results.put(unit.code(), list);
        }
        return Evaluation.restore(SET, snapshot, EvaluationRequest.of(asOf, asOf.getYear(), CountingMode.COMPUTED),
                results, List.of());
    }

    /** The communes of a snapshot. */
    static List<AdminUnit> communes(Snapshot s) {
        return s.units(Level.COMMUNE);
    }
}
