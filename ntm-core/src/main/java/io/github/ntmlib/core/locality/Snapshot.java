package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The administrative hierarchy in force on one date: every unit, its parent and its children.
 *
 * <p>A snapshot is immutable and validated when built: codes are unique, every parent is present,
 * kinds nest by level (a commune under a district or, from 1 July 2025, directly under its
 * province; a village under a commune), there is no cycle and every unit is valid on the date.
 * Lookups by name ignore accents, case and the kind word: {@code find("thach ha")} finds "Huyện
 * Thạch Hà" (and "Thị trấn Thạch Hà").
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Snapshot {

    private final LocalDate date;
    private final ImmutableMap<String, AdminUnit> units;
    private final ImmutableListMultimap<String, AdminUnit> children;
    private final ImmutableList<AdminUnit> roots;
    private final ImmutableMap<String, Integer> order;
    private final ImmutableMap<String, LocalDate> formedOn;
    /** The name index, built on the first lookup by name. */
    private volatile @Nullable ImmutableListMultimap<String, AdminUnit> names;

    private Snapshot(LocalDate date, ImmutableMap<String, AdminUnit> units) {
        this(date, units, ImmutableMap.of());
    }

    private Snapshot(LocalDate date, ImmutableMap<String, AdminUnit> units, ImmutableMap<String, LocalDate> formedOn) {
        this.date = date;
        this.formedOn = formedOn;
        this.units = units;
        ImmutableListMultimap.Builder<String, AdminUnit> kids = ImmutableListMultimap.builder();
        ImmutableList.Builder<AdminUnit> top = ImmutableList.builder();
        ImmutableMap.Builder<String, Integer> rank = ImmutableMap.builderWithExpectedSize(units.size());
        int i = 0;
        for (AdminUnit unit : units.values()) {
            rank.put(unit.code(), i++);
            if (unit.parent().isPresent()) {
                kids.put(unit.parent().get(), unit);
            } else {
                top.add(unit);
            }
        }
        this.children = kids.build();
        this.roots = top.build();
        this.order = rank.build();
    }

    private ImmutableListMultimap<String, AdminUnit> names() {
        ImmutableListMultimap<String, AdminUnit> index = names;
        if (index == null) {
            Map<String, List<AdminUnit>> keys = new LinkedHashMap<>();
            for (AdminUnit unit : units.values()) {
                for (String key : nameKeys(unit)) {
                    List<AdminUnit> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(unit)) {
                        list.add(unit);
                    }
                }
            }
            ImmutableListMultimap.Builder<String, AdminUnit> byName = ImmutableListMultimap.builder();
            keys.forEach(byName::putAll);
            index = byName.build();
            names = index;
        }
        return index;
    }

    /**
     * A validated snapshot of units built through the API.
     *
     * @param date  the date the hierarchy is in force
     * @param units the units, parents in any order
     * @return the snapshot
     * @throws HierarchyException listing every problem found
     */
    public static Snapshot of(LocalDate date, Collection<AdminUnit> units) {
        Builder builder = builder(date);
        units.forEach(builder::add);
        return builder.build();
    }

    /** A snapshot of units already validated (validities rewritten by a history). */
    static Snapshot trusted(LocalDate date, List<AdminUnit> units, Map<String, LocalDate> formedOn) {
        ImmutableMap.Builder<String, AdminUnit> map = ImmutableMap.builderWithExpectedSize(units.size());
        units.forEach(u -> map.put(u.code(), u));
        return new Snapshot(date, map.build(), ImmutableMap.copyOf(formedOn));
    }

    /**
     * The date a unit took its present territory in a reorganisation — merged from others, split
     * off, or newly established — when the history this snapshot belongs to says so.
     *
     * <p>Official statuses dated before that day belong to the units it was formed from (or to an
     * earlier unit with the same code), never silently to this one. A unit that only changed its
     * name, kind or parent keeps its statuses. Snapshots built outside a history know no such date.
     *
     * @param code a unit code
     * @return the date, or empty
     */
    public Optional<LocalDate> formedOn(String code) {
        require(code);
        return Optional.ofNullable(formedOn.get(code));
    }

    /**
     * A builder that records where each unit came from, for precise errors.
     *
     * @param date the date the hierarchy is in force
     * @return a new builder
     */
    public static Builder builder(LocalDate date) {
        return new Builder(date);
    }

    /**
     * The date this hierarchy is in force from.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Every unit, in the order given.
     *
     * @return the units
     */
    public List<AdminUnit> units() {
        return units.values().asList();
    }

    /**
     * The number of units.
     *
     * @return the count
     */
    public int size() {
        return units.size();
    }

    /**
     * Whether a code names a unit of this snapshot.
     *
     * @param code a code
     * @return true if present
     */
    public boolean contains(String code) {
        return units.containsKey(code);
    }

    /**
     * The unit with a code.
     *
     * @param code a code
     * @return the unit, or empty
     */
    public Optional<AdminUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /**
     * The unit with a code, which must exist.
     *
     * @param code a code
     * @return the unit
     * @throws UnknownUnitException if there is none
     */
    public AdminUnit require(String code) {
        AdminUnit unit = units.get(code);
        if (unit == null) {
            throw new UnknownUnitException(code, Labels.of("không có đơn vị mã " + Limits.quote(code) + " vào ngày "
                    + Language.VIETNAMESE.format(date), "no unit with code " + Limits.quote(code) + " on " + date));
        }
        return unit;
    }

    /**
     * The units without a parent: the provinces.
     *
     * @return the roots, in order
     */
    public List<AdminUnit> roots() {
        return roots;
    }

    /**
     * The parent of a unit.
     *
     * @param code a unit code
     * @return the parent, or empty for a province
     */
    public Optional<AdminUnit> parent(String code) {
        return require(code).parent().map(units::get);
    }

    /**
     * The units directly under a unit.
     *
     * @param code a unit code
     * @return the children, in order
     */
    public List<AdminUnit> children(String code) {
        require(code);
        return children.get(code);
    }

    /**
     * The ancestors of a unit, nearest first.
     *
     * @param code a unit code
     * @return the parent, its parent, up to the province
     */
    public List<AdminUnit> ancestors(String code) {
        List<AdminUnit> result = new ArrayList<>(3);
        Optional<String> parent = require(code).parent();
        while (parent.isPresent()) {
            AdminUnit unit = require(parent.get());
            result.add(unit);
            parent = unit.parent();
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Every unit below a unit, depth first, in order.
     *
     * @param code a unit code
     * @return the descendants, not including the unit itself
     */
    public List<AdminUnit> descendants(String code) {
        return descendants(code, unit -> true);
    }

    /**
     * The units of a level below a unit.
     *
     * @param code  a unit code
     * @param level the level
     * @return the descendants of that level, in order
     */
    public List<AdminUnit> descendants(String code, Level level) {
        return descendants(code, unit -> unit.level() == level);
    }

    /**
     * The units of a kind below a unit.
     *
     * @param code a unit code
     * @param kind the kind
     * @return the descendants of that kind, in order
     */
    public List<AdminUnit> descendants(String code, UnitKind kind) {
        return descendants(code, unit -> unit.kind() == kind);
    }

    private List<AdminUnit> descendants(String code, Predicate<AdminUnit> filter) {
        require(code);
        List<AdminUnit> result = new ArrayList<>();
        Deque<AdminUnit> stack = new ArrayDeque<>();
        pushChildren(stack, code);
        while (!stack.isEmpty()) {
            AdminUnit unit = stack.pop();
            if (filter.test(unit)) {
                result.add(unit);
            }
            pushChildren(stack, unit.code());
        }
        return Collections.unmodifiableList(result);
    }

    private void pushChildren(Deque<AdminUnit> stack, String code) {
        List<AdminUnit> kids = children.get(code);
        for (int i = kids.size() - 1; i >= 0; i--) {
            stack.push(kids.get(i));
        }
    }

    /**
     * The units of a level in the whole snapshot.
     *
     * @param level the level
     * @return the units, in order
     */
    public List<AdminUnit> units(Level level) {
        return units.values().stream().filter(u -> u.level() == level).collect(ImmutableList.toImmutableList());
    }

    /**
     * The units of a kind in the whole snapshot.
     *
     * @param kind the kind
     * @return the units, in order
     */
    public List<AdminUnit> units(UnitKind kind) {
        return units.values().stream().filter(u -> u.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    /**
     * How many units of each kind the snapshot holds.
     *
     * @return kind to count, kinds with no unit left out
     */
    public Map<UnitKind, Integer> countByKind() {
        return count(units.values());
    }

    /**
     * How many units of each kind lie below a unit.
     *
     * @param code a unit code
     * @return kind to count of descendants, kinds with no unit left out
     */
    public Map<UnitKind, Integer> countByKind(String code) {
        return count(descendants(code));
    }

    private static Map<UnitKind, Integer> count(Collection<AdminUnit> list) {
        Map<UnitKind, Integer> counts = new EnumMap<>(UnitKind.class);
        list.forEach(u -> counts.merge(u.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The units whose name matches a query, ignoring accents, case and the kind word.
     *
     * <p>"thach ha", "Thạch Hà", "huyen thach ha" all find "Huyện Thạch Hà"; "TP Hà Tĩnh" finds
     * "Thành phố Hà Tĩnh". A query written with accents prefers the names that carry the same
     * accents: "Thạch Hà" finds "Huyện Thạch Hà" and "Thị trấn Thạch Hà" but not "Phường Thạch
     * Hạ", which "thach ha" also finds. Units of higher levels come first, then in snapshot
     * order.
     *
     * @param query a name
     * @return the matching units, possibly none
     */
    public List<AdminUnit> find(String query) {
        Objects.requireNonNull(query, "query");
        List<AdminUnit> found = new ArrayList<>(names().get(VietnameseText.fold(query)));
        String exact = exactKey(query);
        if (!exact.equals(VietnameseText.fold(query))) {
            List<AdminUnit> accented = new ArrayList<>();
            for (AdminUnit unit : found) {
                if (exactKey(unit.name()).endsWith(exact)) {
                    accented.add(unit);
                }
            }
            if (!accented.isEmpty()) {
                found = accented;
            }
        }
        found.sort(Comparator.comparing(AdminUnit::level).thenComparing(u -> order.get(u.code())));
        return Collections.unmodifiableList(found);
    }

    /**
     * The one unit whose name matches a query.
     *
     * @param query a name
     * @return the unit
     * @throws UnknownUnitException if no unit or more than one matches
     */
    public AdminUnit findUnique(String query) {
        List<AdminUnit> found = find(query);
        if (found.size() != 1) {
            throw new UnknownUnitException(query, found.isEmpty()
                    ? Labels.of("không có đơn vị tên " + Limits.quote(query) + " vào ngày "
                            + Language.VIETNAMESE.format(date), "no unit named " + Limits.quote(query) + " on " + date)
                    : Labels.of(Limits.quote(query) + " là tên của " + found.size() + " đơn vị vào ngày "
                            + Language.VIETNAMESE.format(date) + ": " + found.stream()
                                    .map(u -> Limits.quote(u.name()) + " (mã " + Limits.quote(u.code()) + ")")
                                    .collect(java.util.stream.Collectors.joining(", ")),
                            Limits.quote(query) + " names " + found.size() + " units on " + date + ": " + found));
        }
        return found.get(0);
    }

    /**
     * The value of a classification for a unit; for an inherited scheme, the nearest ancestor's
     * value when the unit has none.
     *
     * @param code   a unit code
     * @param scheme the scheme
     * @return the value, or empty
     */
    public Optional<String> classification(String code, ClassificationScheme scheme) {
        AdminUnit unit = require(code);
        Optional<String> own = unit.classification(scheme);
        if (own.isPresent() || !scheme.inherited()) {
            return own;
        }
        for (AdminUnit ancestor : ancestors(code)) {
            Optional<String> value = ancestor.classification(scheme);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * This snapshot with classifications set on some units.
     *
     * @param scheme the scheme
     * @param values unit code to value
     * @return a new snapshot
     * @throws HierarchyException if a code is not in the snapshot or a value not allowed
     */
    public Snapshot withClassifications(ClassificationScheme scheme, Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        values.forEach((code, value) -> {
            if (!units.containsKey(code)) {
                problems.add(new Problem(Kind.UNKNOWN_UNIT_IN_MAP, SourcePosition.API, code, scheme.id(),
                        Labels.of("không có đơn vị mã " + Limits.quote(code) + " vào ngày "
                                + Language.VIETNAMESE.format(date), "no unit with code " + Limits.quote(code) + " on "
                                + date)));
            } else if (!scheme.allows(value)) {
                problems.add(new Problem(Kind.BAD_CLASSIFICATION, SourcePosition.API, code, scheme.id(),
                        Labels.of(Limits.quote(value) + " không phải là một giá trị của cách phân loại "
                                + Limits.quote(scheme.id()) + " (" + scheme.values().stream().map(Limits::quote)
                                        .collect(java.util.stream.Collectors.joining(", ")) + ")",
                                Limits.quote(value) + " is not a value of " + scheme.id() + " " + scheme.values())));
            }
        });
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
        ImmutableMap.Builder<String, AdminUnit> copy = ImmutableMap.builderWithExpectedSize(units.size());
        for (AdminUnit unit : units.values()) {
            String value = values.get(unit.code());
            copy.put(unit.code(), value == null ? unit : unit.withClassification(scheme, value));
        }
        return new Snapshot(date, copy.build(), formedOn);
    }

    /** Lower case with accents kept and white space folded, to prefer accented matches. */
    private static String exactKey(String text) {
        return String.join(" ", text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    }

    private static Set<String> nameKeys(AdminUnit unit) {
        Set<String> keys = new HashSet<>();
        keys.add(VietnameseText.fold(unit.name()));
        String base = VietnameseText.fold(unit.baseName());
        keys.add(base);
        for (String prefix : unit.kind().namePrefixes()) {
            keys.add(VietnameseText.fold(prefix) + " " + base);
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot && ((Snapshot) o).date.equals(date)
                && ((Snapshot) o).units.values().asList().equals(units.values().asList());
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, units.values().asList());
    }

    @Override
    public String toString() {
        return "Snapshot[" + date + ", " + units.size() + " units]";
    }

    /**
     * Collects units with their source positions and validates them all at once. Not thread-safe: fill a builder
     * from one thread (or synchronise around it); the objects it builds are immutable and may be shared freely.
     */
    public static final class Builder {

        private final LocalDate date;
        private final List<AdminUnit> added = new ArrayList<>();
        private final List<SourcePosition> positions = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
        }

        /**
         * Adds a unit built through the API.
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder add(AdminUnit unit) {
            return add(unit, SourcePosition.API);
        }

        /**
         * Adds a unit read from a source.
         *
         * @param unit     the unit
         * @param position where it was read
         * @return this builder
         */
        public Builder add(AdminUnit unit, SourcePosition position) {
            added.add(Objects.requireNonNull(unit, "unit"));
            positions.add(Objects.requireNonNull(position, "position"));
            return this;
        }

        /**
         * Records a problem found while reading, so that it is reported with the others.
         *
         * @param problem the problem
         * @return this builder
         */
        public Builder problem(Problem problem) {
            problems.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /**
         * Validates and builds the snapshot.
         *
         * @return the snapshot
         * @throws HierarchyException listing every problem found
         */
        public Snapshot build() {
            List<Problem> found = new ArrayList<>(problems);
            Map<String, AdminUnit> byCode = new LinkedHashMap<>();
            Map<String, SourcePosition> where = new LinkedHashMap<>();
            for (int i = 0; i < added.size(); i++) {
                AdminUnit unit = added.get(i);
                SourcePosition pos = positions.get(i);
                if (byCode.containsKey(unit.code())) {
                    found.add(new Problem(Kind.DUPLICATE_CODE, pos, unit.code(), "code", Labels.of("mã đã được dùng cho "
                            + Limits.quote(byCode.get(unit.code()).name()) + " tại " + where.get(unit.code()),
                            "code already used by " + byCode.get(unit.code()).name() + " at " + where.get(unit.code()))));
                    continue;
                }
                byCode.put(unit.code(), unit);
                where.put(unit.code(), pos);
                if (!unit.validity().contains(date)) {
                    found.add(new Problem(Kind.NOT_VALID_ON_DATE, pos, unit.code(), "validity", Labels.of(
                            Limits.quote(unit.name()) + " có hiệu lực " + unit.validity().vietnamese()
                                    + ", không phải vào ngày " + Language.VIETNAMESE.format(date),
                            unit.name() + " is valid " + unit.validity() + ", not on " + date)));
                }
            }
            for (AdminUnit unit : byCode.values()) {
                checkParent(unit, byCode, Objects.requireNonNull(where.get(unit.code())), found);
            }
            if (found.stream().anyMatch(p -> p.kind() == Kind.WRONG_LEVEL)) {
                // parents always sit at a higher level, so only a unit at the wrong level can close a cycle
                checkCycles(byCode, where, found);
            }
            if (!found.isEmpty()) {
                throw new HierarchyException(found);
            }
            return new Snapshot(date, ImmutableMap.copyOf(byCode));
        }

        private static void checkParent(AdminUnit unit, Map<String, AdminUnit> byCode, SourcePosition pos,
                List<Problem> found) {
            if (unit.parent().isEmpty()) {
                if (unit.level() != Level.PROVINCE) {
                    found.add(new Problem(Kind.UNKNOWN_PARENT, pos, unit.code(), "parent_code", Labels.of(
                            Limits.quote(unit.name()) + " là " + unit.kind().vietnamese() + " nên cần có đơn vị cấp trên",
                            unit.name() + " is a " + unit.kind().english() + " and needs a parent")));
                }
                return;
            }
            String parentCode = unit.parent().get();
            AdminUnit parent = byCode.get(parentCode);
            if (unit.level() == Level.PROVINCE) {
                found.add(new Problem(Kind.WRONG_LEVEL, pos, unit.code(), "parent_code", Labels.of(
                        Limits.quote(unit.name()) + " là tỉnh nên không thể có đơn vị cấp trên ("
                                + Limits.quote(parentCode) + ")",
                        unit.name() + " is a province and cannot have a parent (" + parentCode + ")")));
            } else if (parent == null) {
                found.add(new Problem(Kind.UNKNOWN_PARENT, pos, unit.code(), "parent_code", Labels.of(
                        "đơn vị cấp trên " + Limits.quote(parentCode) + " của " + Limits.quote(unit.name())
                                + " không có trong danh mục đơn vị hành chính",
                        "parent " + Limits.quote(parentCode) + " of " + unit.name() + " is not in the snapshot")));
            } else if (parent.code().equals(unit.code())) {
                found.add(new Problem(Kind.CYCLE, pos, unit.code(), "parent_code", Labels.of(
                        Limits.quote(unit.name()) + " là đơn vị cấp trên của chính nó", unit.name() + " is its own parent")));
            } else if (!unit.level().mayBeChildOf(parent.level())) {
                found.add(new Problem(Kind.WRONG_LEVEL, pos, unit.code(), "parent_code", Labels.of(
                        "một " + unit.kind().vietnamese() + " (" + unit.level().vietnamese() + ") không thể trực thuộc "
                                + Limits.quote(parent.name()) + " (" + parent.level().vietnamese() + ")",
                        "a " + unit.kind().english() + " (" + unit.level().english() + " level) cannot sit under "
                                + parent.name() + " (" + parent.level().english() + " level)")));
            } else if (!unit.kind().mayBeChildOf(parent.kind())) {
                found.add(new Problem(Kind.WRONG_LEVEL, pos, unit.code(), "parent_code", Labels.of(
                        "một " + unit.kind().vietnamese() + " không thể trực thuộc " + Limits.quote(parent.name())
                                + ", một " + parent.kind().vietnamese() + ": Luật Tổ chức chính quyền địa phương chỉ"
                                + " cho phép trực thuộc " + allowedParents(unit.kind(), Language.VIETNAMESE),
                        "a " + unit.kind().english() + " (" + unit.kind().vietnamese() + ") cannot sit under "
                                + parent.name() + ", a " + parent.kind().english() + " (" + parent.kind().vietnamese()
                                + "): the Law on the Organisation of Local Government allows it only under "
                                + allowedParents(unit.kind(), Language.ENGLISH))));
            }
        }

        private static String allowedParents(UnitKind kind, Language language) {
            List<String> kinds = new ArrayList<>();
            for (UnitKind k : UnitKind.values()) {
                if (kind.mayBeChildOf(k)) {
                    kinds.add(language == Language.VIETNAMESE ? k.vietnamese() : k.english() + " (" + k.vietnamese() + ")");
                }
            }
            return String.join(", ", kinds);
        }

        private static void checkCycles(Map<String, AdminUnit> byCode, Map<String, SourcePosition> where,
                List<Problem> found) {
            Set<String> cleared = new HashSet<>();
            Set<String> reported = new HashSet<>();
            for (AdminUnit start : byCode.values()) {
                Set<String> path = new HashSet<>();
                AdminUnit unit = start;
                while (unit != null && !cleared.contains(unit.code())) {
                    boolean selfParent = unit.parent().filter(unit.code()::equals).isPresent();
                    if (!path.add(unit.code())) {
                        if (!selfParent && reported.add(unit.code())) {
                            SourcePosition at = Objects.requireNonNull(where.get(unit.code()));
                            found.add(new Problem(Kind.CYCLE, at, unit.code(), "parent_code", Labels.of(
                                    Limits.quote(unit.name()) + " là đơn vị cấp trên gián tiếp của chính nó",
                                    unit.name() + " is its own ancestor")));
                        }
                        break;
                    }
                    unit = unit.parent().map(byCode::get).orElse(null);
                }
                cleared.addAll(path);
            }
        }
    }
}
