package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.spi.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A criteria set compiled once, when its {@link Evaluator} is made: standards in dependency order
 * pre-filtered per unit kind (criteria too), indicator codes as integer slots, indicator
 * definitions numbered, and the classification schemes and territories any threshold rule reads
 * (which decide a unit's rule-selection profile).
 */
final class CompiledPlan {

    final CriteriaSet set;
    final List<Standard> order;
    final Map<String, List<IndicatorDefinition>> indicators = new HashMap<>();
    final Map<String, Set<UnitKind>> indicatorKinds = new HashMap<>();
    /** Indicator code to slot. */
    final Map<String, Integer> slots = new HashMap<>();
    /** Standard id to its position in the set (the evaluation's standard index). */
    final Map<String, Integer> standardIndex;
    /** Every indicator definition the set holds, by identity, to its number. */
    final Map<IndicatorDefinition, Integer> definitions = new IdentityHashMap<>();
    final Map<UnitKind, StandardPlan[]> byKind = new EnumMap<>(UnitKind.class);
    /** The schemes a rule condition or a classification override reads, in a fixed order. */
    final List<String> schemes;
    /** The territories territorial rules are restricted to. */
    final List<String> territories;
    final Map<String, ClassificationScheme> schemeById = new HashMap<>();
    /** Indicator code to what a value of it is checked against and where it goes. */
    final Map<String, IndicatorInfo> info = new HashMap<>();
    /**
     * The trace templates by rule-selection profile (data year, kind, classifications read,
     * territories), shared by every evaluation of the plan; a row fills as indicators are judged.
     */
    final Map<List<Object>, TraceTemplate[]> templates = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile SnapshotIndex lastIndex;

    /**
     * An indicator code's slot, the kinds it applies to, and its definitions with distinct value
     * checks (kind, unit, whole, scale), in order, so that a value is checked once per distinct check.
     */
    static final class IndicatorInfo {
        final int slot;
        final Set<UnitKind> kinds;
        final IndicatorDefinition[] checks;

        IndicatorInfo(int slot, Set<UnitKind> kinds, List<IndicatorDefinition> definitions) {
            this.slot = slot;
            this.kinds = kinds;
            Map<List<Object>, IndicatorDefinition> distinct = new java.util.LinkedHashMap<>();
            for (IndicatorDefinition d : definitions) {
                distinct.putIfAbsent(List.of(d.kind(), d.unit(), d.mayExceedWhole(), d.grades()), d);
            }
            this.checks = distinct.values().toArray(new IndicatorDefinition[0]);
        }
    }

    /** A standard as it applies to a kind: the criteria that apply to the kind, in order. */
    static final class StandardPlan {
        final Standard standard;
        final int index;
        final int nested;
        final Criterion[] criteria;

        StandardPlan(Standard standard, int index, int nested, Criterion[] criteria) {
            this.standard = standard;
            this.index = index;
            this.nested = nested;
            this.criteria = criteria;
        }
    }

    CompiledPlan(CriteriaSet set) {
        this.set = set;
        this.order = dependencyOrder(set);
        this.standardIndex = Evaluation.standardIndex(set);
        set.schemes().forEach(s -> schemeById.put(s.id(), s));
        Set<String> schemeSet = new LinkedHashSet<>();
        Set<String> territorySet = new LinkedHashSet<>();
        for (ClassificationOverride o : set.overrides()) {
            schemeSet.add(o.scheme());
            schemeSet.addAll(o.whenAny().keySet());
        }
        for (Standard s : set.standards()) {
            for (Criterion c : s.criteria()) {
                Set<UnitKind> kinds = EnumSet.copyOf(s.appliesTo());
                if (!c.appliesTo().isEmpty()) {
                    kinds.retainAll(c.appliesTo());
                }
                for (IndicatorDefinition i : c.indicators()) {
                    indicators.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i);
                    indicatorKinds.computeIfAbsent(i.code(), k -> EnumSet.noneOf(UnitKind.class)).addAll(kinds);
                    slots.putIfAbsent(i.code(), slots.size());
                    definitions.putIfAbsent(i, definitions.size());
                    for (ThresholdRule r : i.rules()) {
                        schemeSet.addAll(r.when().keySet());
                        r.within().ifPresent(territorySet::add);
                    }
                }
            }
        }
        indicators.forEach((code, defs) -> info.put(code, new IndicatorInfo(slots.get(code), indicatorKinds.get(code),
                defs)));
        this.schemes = List.copyOf(schemeSet);
        this.territories = List.copyOf(territorySet);
        for (UnitKind kind : UnitKind.values()) {
            List<StandardPlan> plans = new ArrayList<>();
            for (Standard s : order) {
                if (!s.appliesTo(kind)) {
                    continue;
                }
                List<Criterion> criteria = new ArrayList<>();
                for (Criterion c : s.criteria()) {
                    if (c.appliesTo().isEmpty() || c.appliesTo().contains(kind)) {
                        criteria.add(c);
                    }
                }
                int nested = s.nestedIn().map(standardIndex::get).orElse(-1);
                plans.add(new StandardPlan(s, standardIndex.get(s.id()), nested, criteria.toArray(new Criterion[0])));
            }
            byKind.put(kind, plans.toArray(new StandardPlan[0]));
        }
    }

    /** The classification scheme of an id, or an open one for an id the set does not declare. */
    ClassificationScheme scheme(String id) {
        ClassificationScheme known = schemeById.get(id);
        return known != null ? known : ClassificationScheme.open(id, false, "undeclared");
    }

    int slotCount() {
        return slots.size();
    }

    /** The index of a snapshot, kept for the last snapshot evaluated (snapshots are immutable). */
    SnapshotIndex index(Snapshot snapshot) {
        SnapshotIndex last = lastIndex;
        if (last != null && last.snapshot == snapshot) {
            return last;
        }
        SnapshotIndex made = new SnapshotIndex(snapshot);
        lastIndex = made;
        return made;
    }

    private static List<Standard> dependencyOrder(CriteriaSet set) {
        Set<String> done = new LinkedHashSet<>();
        List<Standard> order = new ArrayList<>();
        while (order.size() < set.standards().size()) {
            boolean progress = false;
            for (Standard s : set.standards()) {
                if (!done.contains(s.id()) && s.nestedIn().map(done::contains).orElse(true)) {
                    order.add(s);
                    done.add(s.id());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalArgumentException("standards of " + set.id() + " nest in a cycle");
            }
        }
        return Collections.unmodifiableList(order);
    }
}
