package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of evaluating a hierarchy against a criteria set: every unit's result for every
 * standard that applies to it, with the snapshot, set and request it was made from, so that
 * tallies, gaps and plan progress take the result alone. Lookups by unit code and standard id
 * take constant time; units iterate in hierarchy order (each unit before its children, children
 * in the snapshot's order). Immutable; serialises to JSON with {@code EvaluationJson}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Evaluation {

    private final CriteriaSet set;
    private final Snapshot snapshot;
    private final EvaluationRequest request;
    private final List<UnitResult> units;
    private final Map<String, Integer> unitIndex;
    private final Map<String, Integer> standardIndex;
    private final List<IgnoredRow> ignored;
    private final @org.jspecify.annotations.Nullable SnapshotIndex index;
    private final StandardResult @org.jspecify.annotations.Nullable [][] results;

    private Evaluation(CriteriaSet set, Snapshot snapshot, EvaluationRequest request,
            Map<String, List<StandardResult>> results, List<IgnoredRow> ignored) {
        this.set = Objects.requireNonNull(set, "set");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.request = Objects.requireNonNull(request, "request");
        this.ignored = List.copyOf(ignored);
        this.standardIndex = standardIndex(set);
        List<UnitResult> list = new ArrayList<>(snapshot.size());
        Map<String, Integer> index = new HashMap<>(snapshot.size() * 2);
        for (AdminUnit unit : hierarchyOrder(snapshot)) {
            StandardResult[] byStandard = new StandardResult[set.standards().size()];
            for (StandardResult r : results.getOrDefault(unit.code(), List.of())) {
                Integer i = standardIndex.get(r.standard());
                if (i == null) {
                    throw new UnknownStandardException(r.standard(), set.id());
                }
                byStandard[i] = r;
            }
            for (Standard s : set.standards()) {
                int at = Objects.requireNonNull(standardIndex.get(s.id()));
                boolean applies = s.appliesTo(unit, snapshot);
                if (applies != (byStandard[at] != null)) {
                    throw new IllegalArgumentException("unit " + unit.code() + " (" + unit.kind() + "): standard "
                            + s.id() + (applies ? " has no result" : " does not apply"));
                }
            }
            index.put(unit.code(), list.size());
            list.add(new UnitResult(unit.code(), unit.name(), unit.kind(), unit.parent().orElse(null), byStandard,
                    standardIndex, set.id()));
        }
        if (results.keySet().stream().anyMatch(code -> !index.containsKey(code))) {
            throw new IllegalArgumentException("results for units not in the snapshot of " + snapshot.date());
        }
        this.units = Collections.unmodifiableList(list);
        this.unitIndex = Collections.unmodifiableMap(index);
        this.index = null;
        this.results = null;
    }

    /** An evaluation of results already by unit position (hierarchy order) and standard index. */
    private Evaluation(CriteriaSet set, SnapshotIndex index, EvaluationRequest request, StandardResult[][] results,
            List<IgnoredRow> ignored) {
        this.set = set;
        this.snapshot = index.snapshot;
        this.request = request;
        this.ignored = List.copyOf(ignored);
        this.standardIndex = standardIndex(set);
        UnitResult[] list = new UnitResult[index.size()];
        for (int i = 0; i < list.length; i++) {
            AdminUnit unit = index.units[i];
            list[i] = new UnitResult(unit.code(), unit.name(), unit.kind(), index.parentCode[i], results[i],
                    standardIndex, set.id());
        }
        this.units = List.of(list);
        this.unitIndex = index.position;
        this.index = index;
        this.results = results;
    }

    /** An evaluation from a compiled run's results (by unit position and standard index). */
    static Evaluation indexed(CriteriaSet set, SnapshotIndex index, EvaluationRequest request,
            StandardResult[][] results, List<IgnoredRow> ignored) {
        return new Evaluation(set, index, request, results, ignored);
    }

    /** An evaluation with some units' results replaced (incremental), sharing the rest. */
    Evaluation with(StandardResult[][] replaced, int[] positions, List<IgnoredRow> newIgnored) {
        return new Evaluation(this, replaced, positions, newIgnored);
    }

    private Evaluation(Evaluation previous, StandardResult[][] results, int[] positions, List<IgnoredRow> ignored) {
        this.set = previous.set;
        this.snapshot = previous.snapshot;
        this.request = previous.request;
        this.ignored = List.copyOf(ignored);
        this.standardIndex = previous.standardIndex;
        this.unitIndex = previous.unitIndex;
        this.index = Objects.requireNonNull(previous.index, "an incremental evaluation starts from an indexed one");
        this.results = results;
        UnitResult[] list = previous.units.toArray(new UnitResult[0]);
        for (int i : positions) {
            AdminUnit unit = index.units[i];
            list[i] = new UnitResult(unit.code(), unit.name(), unit.kind(), index.parentCode[i], results[i],
                    standardIndex, set.id());
        }
        this.units = List.of(list);
    }

    /** The index and results of an evaluation made by the compiled engine, or null for a restored one. */
    @org.jspecify.annotations.Nullable SnapshotIndex index() {
        return index;
    }

    StandardResult @org.jspecify.annotations.Nullable [][] results() {
        return results;
    }

    static Evaluation of(CriteriaSet set, Snapshot snapshot, EvaluationRequest request,
            Map<String, List<StandardResult>> results, List<IgnoredRow> ignored) {
        return new Evaluation(set, snapshot, request, results, ignored);
    }

    /**
     * Rebuilds an evaluation from stored results (for readers of stored evaluations): every unit of
     * the snapshot must have a result for exactly the standards of the set that apply to its kind.
     *
     * @param set      the criteria set evaluated
     * @param snapshot the hierarchy evaluated
     * @param request  the request
     * @param results  unit code to its standard results
     * @param ignored  the data rows listed as ignored
     * @return the evaluation
     * @throws IllegalArgumentException if the results do not fit the snapshot and set
     */
    public static Evaluation restore(CriteriaSet set, Snapshot snapshot, EvaluationRequest request,
            Map<String, List<StandardResult>> results, List<IgnoredRow> ignored) {
        return new Evaluation(set, snapshot, request, results, ignored);
    }

    static Map<String, Integer> standardIndex(CriteriaSet set) {
        Map<String, Integer> index = new HashMap<>();
        for (Standard s : set.standards()) {
            index.put(s.id(), index.size());
        }
        return Collections.unmodifiableMap(index);
    }

    /** Each unit before its children, children in the snapshot's order. */
    static List<AdminUnit> hierarchyOrder(Snapshot snapshot) {
        List<AdminUnit> order = new ArrayList<>(snapshot.size());
        Deque<AdminUnit> stack = new ArrayDeque<>();
        List<AdminUnit> roots = snapshot.roots();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            AdminUnit unit = stack.pop();
            order.add(unit);
            List<AdminUnit> children = snapshot.children(unit.code());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return order;
    }

    /**
     * The criteria set evaluated.
     *
     * @return the set
     */
    public CriteriaSet criteriaSet() {
        return set;
    }

    /**
     * The hierarchy evaluated.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * What was asked: date, data year, counting mode, data policy.
     *
     * @return the request
     */
    public EvaluationRequest request() {
        return request;
    }

    /**
     * Every unit's results, in hierarchy order.
     *
     * @return the results
     */
    public List<UnitResult> units() {
        return units;
    }

    /**
     * The results of the units of a kind, in hierarchy order.
     *
     * @param kind the kind
     * @return the results
     */
    public List<UnitResult> units(UnitKind kind) {
        List<UnitResult> list = new ArrayList<>();
        units.stream().filter(u -> u.kind() == kind).forEach(list::add);
        return Collections.unmodifiableList(list);
    }

    /**
     * The results of the units directly under a unit, in the snapshot's order.
     *
     * @param parent the parent's code
     * @return the results
     * @throws UnknownUnitException if the snapshot has no such unit
     */
    public List<UnitResult> children(String parent) {
        unit(parent);
        List<UnitResult> list = new ArrayList<>();
        snapshot.children(parent).forEach(c -> list.add(units.get(Objects.requireNonNull(unitIndex.get(c.code())))));
        return Collections.unmodifiableList(list);
    }

    /**
     * The results of every unit below a unit, in hierarchy order.
     *
     * @param ancestor the unit's code
     * @return the results
     * @throws UnknownUnitException if the snapshot has no such unit
     */
    public List<UnitResult> descendants(String ancestor) {
        int from = unitIndex(ancestor);
        List<UnitResult> list = new ArrayList<>();
        int depth = snapshot.ancestors(ancestor).size();
        for (int i = from + 1; i < units.size(); i++) {
            if (snapshot.ancestors(units.get(i).unit()).size() <= depth) {
                break;
            }
            list.add(units.get(i));
        }
        return Collections.unmodifiableList(list);
    }

    private int unitIndex(String code) {
        Integer i = unitIndex.get(Objects.requireNonNull(code, "code"));
        if (i == null) {
            throw new UnknownUnitException(code, Labels.of("không có đơn vị " + Limits.quote(code)
                    + " trong danh mục đơn vị hành chính ngày " + Language.VIETNAMESE.format(snapshot.date())
                    + " đã được đánh giá", "no unit " + code + " in the snapshot of " + snapshot.date()
                    + " evaluated"));
        }
        return i;
    }

    /**
     * The results of a unit.
     *
     * @param code the unit code
     * @return the results
     * @throws UnknownUnitException if the snapshot has no such unit
     */
    public UnitResult unit(String code) {
        return units.get(unitIndex(code));
    }

    /**
     * The result of a unit for a standard.
     *
     * @param unit     the unit code
     * @param standard the standard id (the plugin exports them as constants)
     * @return the result, or empty if the standard does not apply to the unit's kind
     * @throws UnknownUnitException     if the snapshot has no such unit
     * @throws UnknownStandardException if the set has no such standard
     */
    public Optional<StandardResult> result(String unit, String standard) {
        return unit(unit).standard(standard);
    }

    /**
     * A standard of the evaluated set.
     *
     * @param id the standard id
     * @return the standard
     * @throws UnknownStandardException if the set has no such standard
     */
    public Standard standard(String id) {
        return set.standard(id).orElseThrow(() -> new UnknownStandardException(id, set.id()));
    }

    /**
     * The data rows a lenient evaluation did not use because they do not apply to the unit's kind.
     *
     * @return the rows; always empty for a strict evaluation
     */
    public List<IgnoredRow> ignored() {
        return ignored;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Evaluation)) {
            return false;
        }
        Evaluation e = (Evaluation) o;
        return set.id().equals(e.set.id()) && snapshot.equals(e.snapshot) && request.equals(e.request)
                && units.equals(e.units) && ignored.equals(e.ignored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(set.id(), snapshot.date(), request, units.size());
    }

    @Override
    public String toString() {
        return "Evaluation[" + set.id() + " of " + snapshot.date() + ", " + request + ", " + units.size() + " units]";
    }
}
