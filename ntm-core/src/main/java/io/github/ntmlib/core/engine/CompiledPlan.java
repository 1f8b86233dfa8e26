package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorRule;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    /** The provinces of the overlays applied to the set, each with the id of an overlay over it. */
    final Map<String, String> overlayTerritories;
    final Map<String, ClassificationScheme> schemeById = new HashMap<>();
    /** Indicator code to what a value of it is checked against and where it goes. */
    final Map<String, IndicatorInfo> info = new HashMap<>();
    /**
     * The trace templates by rule-selection profile (data year, kind, classifications read,
     * territories), shared by every evaluation of the plan; a row fills as indicators are judged.
     */
    final Map<List<Object>, Row> templates = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * By kind ordinal and slot, the slot's position in a dense row of the slots the kind reads (-1
     * for a slot it does not read); and each kind's row width. The verdicts mode lays values out
     * so, so that a unit's values lie together.
     */
    final int[][] dense;
    final int[] width;
    /** Whether the standard at an index applies to a kind, by standard index and kind ordinal. */
    final boolean[][] applies;
    /** Each standard's subdivision condition, by standard index (checked per unit beside its kind). */
    final io.github.ntmlib.core.criteria.Subdivision[] subdivisions;

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

    /**
     * A standard as it applies to a kind: the criteria that apply to the kind, in order; for each
     * data criterion ({@link IndicatorCriterion}) its indicators' definition numbers and slots, for
     * each aggregate the counted standard's index (-1 if the set has none).
     */
    static final class StandardPlan {
        final Standard standard;
        final int index;
        final int nested;
        final Criterion[] criteria;
        final int[][] definitions;
        final int[][] slots;
        /** The slots as positions in the kind's dense row (see {@link CompiledPlan#dense}). */
        final int[][] denseSlots;
        final int[] counted;
        /** For each aggregate, whether it counts a kind, by kind ordinal; else null. */
        final boolean[][] countedKinds;
        /** The standard's subdivision condition, checked per unit beside its kind. */
        final io.github.ntmlib.core.criteria.Subdivision subdivision;

        /** Whether the standard applies to the unit at a position, its kind having been checked. */
        boolean admits(SnapshotIndex index, int u) {
            return subdivision.admits(index.hasCommunes[u]);
        }

        StandardPlan(Standard standard, int index, int nested, Criterion[] criteria, CompiledPlan plan,
                UnitKind kind) {
            this.standard = standard;
            this.subdivision = standard.subdivision();
            this.index = index;
            this.nested = nested;
            this.criteria = criteria;
            this.definitions = new int[criteria.length][];
            this.slots = new int[criteria.length][];
            this.denseSlots = new int[criteria.length][];
            this.counted = new int[criteria.length];
            this.countedKinds = new boolean[criteria.length][];
            for (int c = 0; c < criteria.length; c++) {
                counted[c] = -1;
                if (criteria[c] instanceof IndicatorCriterion) {
                    List<IndicatorDefinition> defs = criteria[c].indicators();
                    definitions[c] = new int[defs.size()];
                    slots[c] = new int[defs.size()];
                    denseSlots[c] = new int[defs.size()];
                    for (int i = 0; i < defs.size(); i++) {
                        definitions[c][i] = known(plan.definitions, defs.get(i));
                        slots[c][i] = known(plan.slots, defs.get(i).code());
                        denseSlots[c][i] = plan.dense[kind.ordinal()][slots[c][i]];
                    }
                } else if (criteria[c] instanceof AggregateCriterion) {
                    AggregateCriterion a = (AggregateCriterion) criteria[c];
                    counted[c] = plan.standardIndex.getOrDefault(a.standard(), -1);
                    boolean[] mask = new boolean[UnitKind.values().length];
                    a.kinds().forEach(k -> mask[k.ordinal()] = true);
                    countedKinds[c] = mask;
                }
            }
        }
    }

    /**
     * Each unit's rule-selection profile (data year, kind, classifications read, territories) for
     * a snapshot index and data year, as a number, with the row of rules of each profile.
     */
    /**
     * A rule-selection profile's rules, chosen for the profile's first unit: as objects (for traces)
     * and, for every definition its kind's data criteria read, as flat arrays that the verdicts loop
     * reads with the kernel on primitives ({@link IndicatorRule#weigh}) — thresholds compiled into
     * flat arrays per profile. Made once per profile and plan; the flat arrays never change, the
     * rules of other definitions (read only by criteria written in code) are chosen on first use
     * (a racing duplicate is equal).
     */
    static final class Row {
        final IndicatorRule[] rules;
        final int[] op;
        final io.github.ntmlib.core.criteria.Comparison[] direction;
        final long[] bound;
        final int[] scale;

        Row(CompiledPlan plan, SnapshotIndex index, int u, int year) {
            int n = plan.definitions.size();
            rules = new IndicatorRule[n];
            op = new int[n];
            direction = new io.github.ntmlib.core.criteria.Comparison[n];
            bound = new long[n];
            scale = new int[n];
            StandardPlan[] plans = plan.byKind.get(index.units[u].kind());
            for (StandardPlan sp : plans == null ? new StandardPlan[0] : plans) {
                for (int c = 0; c < sp.criteria.length; c++) {
                    int[] defs = sp.definitions[c];
                    for (int i = 0; defs != null && i < defs.length; i++) {
                        int d = defs[i];
                        if (rules[d] == null) {
                            IndicatorRule r = plan.select(index, u, year, sp.criteria[c].indicators().get(i));
                            rules[d] = r;
                            op[d] = r.op();
                            direction[d] = r.direction();
                            bound[d] = r.boundUnscaled();
                            scale[d] = r.boundScale();
                        }
                    }
                }
            }
        }
    }

    static final class Profiles {
        final SnapshotIndex index;
        final int year;
        final int[] of;
        final Row[] rows;

        Profiles(CompiledPlan plan, SnapshotIndex index, int year) {
            this.index = index;
            this.year = year;
            this.of = new int[index.size()];
            Map<List<Object>, Integer> ids = new HashMap<>();
            List<Row> rowList = new ArrayList<>();
            for (int u = 0; u < of.length; u++) {
                List<Object> key = plan.profileKey(index, u, year);
                Integer id = ids.get(key);
                if (id == null) {
                    id = rowList.size();
                    ids.put(key, id);
                    int first = u;
                    rowList.add(plan.templates.computeIfAbsent(key, k -> new Row(plan, index, first, year)));
                }
                of[u] = id;
            }
            this.rows = rowList.toArray(new Row[0]);
        }
    }

    CompiledPlan(CriteriaSet set) {
        this.set = set;
        this.order = dependencyOrder(set);
        this.standardIndex = Evaluation.standardIndex(set);
        this.applies = new boolean[set.standards().size()][UnitKind.values().length];
        this.subdivisions = set.standards().stream().map(Standard::subdivision)
                .toArray(io.github.ntmlib.core.criteria.Subdivision[]::new);
        for (int i = 0; i < applies.length; i++) {
            for (UnitKind kind : UnitKind.values()) {
                applies[i][kind.ordinal()] = set.standards().get(i).appliesTo(kind);
            }
        }
        set.schemes().forEach(s -> schemeById.put(s.id(), s));
        Set<String> schemeSet = new LinkedHashSet<>();
        Set<String> territorySet = new LinkedHashSet<>();
        Map<String, String> overlaid = new LinkedHashMap<>();
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
                        r.overlay().ifPresent(o -> overlaid.putIfAbsent(r.within().orElseThrow(), o));
                    }
                }
            }
        }
        indicators.forEach((code, defs) -> info.put(code, new IndicatorInfo(known(slots, code), known(indicatorKinds, code),
                defs)));
        this.dense = new int[UnitKind.values().length][slots.size()];
        this.width = new int[UnitKind.values().length];
        String[] bySlot = new String[slots.size()];
        slots.forEach((code, slot) -> bySlot[slot] = code);
        for (UnitKind kind : UnitKind.values()) {
            for (int slot = 0; slot < bySlot.length; slot++) {
                dense[kind.ordinal()][slot] = known(indicatorKinds, bySlot[slot]).contains(kind) ? width[kind.ordinal()]++
                        : -1;
            }
        }
        this.schemes = List.copyOf(schemeSet);
        this.territories = List.copyOf(territorySet);
        this.overlayTerritories = java.util.Collections.unmodifiableMap(overlaid);
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
                plans.add(new StandardPlan(s, known(standardIndex, s.id()), nested, criteria.toArray(new Criterion[0]),
                        this, kind));
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

    /** A unit's rule-selection profile: data year, kind, its own classifications read, territories. */
    List<Object> profileKey(SnapshotIndex index, int u, int year) {
        List<Object> key = new ArrayList<>(2 + schemes.size() + territories.size());
        key.add(year);
        key.add(index.units[u].kind());
        for (String scheme : schemes) {
            key.add(index.snapshot.classification(index.units[u].code(), scheme(scheme)));
        }
        for (String territory : territories) {
            key.add(index.within(u, territory));
        }
        return key;
    }

    /** A value the plan put under a key when it was compiled (a missing one is a bug, named). */
    static <K, V> V known(Map<K, V> map, K key) {
        V v = map.get(key);
        if (v == null) {
            throw new IllegalStateException("the compiled plan has no entry for " + key);
        }
        return v;
    }

    /** An indicator's rule for the unit at a position of an index. */
    IndicatorRule select(SnapshotIndex index, int u, int year, IndicatorDefinition indicator) {
        return IndicatorRule.select(indicator, index.units[u], year,
                scheme -> index.snapshot.classification(index.units[u].code(), scheme(scheme)), set.overrides(),
                code -> index.within(u, code));
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
