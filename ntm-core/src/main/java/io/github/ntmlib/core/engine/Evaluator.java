package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The attainment engine for one criteria set, compiled once: thread-safe and immutable, so one
 * evaluator serves any number of evaluations at once. A request is a value ({@link
 * EvaluationRequest}: date, data year, counting mode, data policy); the inputs are a snapshot, a
 * dataset and a status register. {@link #prepare} validates and indexes the inputs once and
 * returns a {@link PreparedEvaluation}, which answers the full evaluation, the verdicts and
 * incremental re-evaluations from that index; {@link #evaluate} and {@link #verdicts} prepare and
 * answer in one call. The engine keeps nothing of the inputs: what stays alive is what the
 * caller's prepared handle holds.
 *
 * <pre>{@code
 * Evaluator engine = Evaluator.of(set);
 * EvaluationRequest request = EvaluationRequest.of(LocalDate.of(2024, 12, 31), 2024, CountingMode.OFFICIAL);
 * Evaluation e = engine.evaluate(request, snapshot, data, register);
 * }</pre>
 *
 * <p>What the compiled engine does keep is per criteria set, not per input: each indicator's
 * threshold chosen once per rule-selection profile ({@link
 * io.github.ntmlib.core.criteria.IndicatorRule}), shared by every evaluation.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Evaluator {

    private final CriteriaSet set;
    private final boolean parallel;
    private final CompiledPlan plan;

    private Evaluator(CriteriaSet set, boolean parallel, CompiledPlan plan) {
        this.set = set;
        this.parallel = parallel;
        this.plan = plan;
    }

    /**
     * The engine for a criteria set, compiled now.
     *
     * @param set the criteria set (with any overlays already applied)
     * @return the engine
     */
    public static Evaluator of(CriteriaSet set) {
        return new Evaluator(Objects.requireNonNull(set, "set"), false, new CompiledPlan(set));
    }

    /**
     * This engine judging the provinces (the roots of the hierarchy) in parallel, on the common
     * fork-join pool; the same compiled set. The result is identical to a sequential evaluation: a
     * unit's results depend only on its own data and on the units below it.
     *
     * @return the parallel engine
     */
    public Evaluator parallel() {
        return new Evaluator(set, true, plan);
    }

    /**
     * Whether this engine judges the roots in parallel.
     *
     * @return true for a parallel engine
     */
    public boolean isParallel() {
        return parallel;
    }

    /**
     * The criteria set.
     *
     * @return the set
     */
    public CriteriaSet criteriaSet() {
        return set;
    }

    /**
     * Validates and indexes the inputs of a request once: every data row of the data year is
     * checked (unknown unit or indicator, a value of the wrong kind, an impossible ratio, a row
     * that does not apply to its unit's kind unless lenient; recorded outcomes likewise) and laid
     * out by unit position, the units' rule-selection profiles and recognitions are listed. The
     * handle answers every question on these inputs without doing this again.
     *
     * @param request  what is asked
     * @param snapshot the hierarchy in force on the evaluation date
     * @param data     indicator values and recorded outcomes
     * @param register official statuses
     * @return the prepared handle
     * @throws EvaluationException if the request does not fit the set's period or the snapshot's
     *                             date, or the data is invalid (naming file, line, unit and field)
     */
    public PreparedEvaluation prepare(EvaluationRequest request, Snapshot snapshot, Dataset data,
            StatusRegister register) {
        check(Objects.requireNonNull(request, "request"), Objects.requireNonNull(snapshot, "snapshot"));
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(register, "register");
        SnapshotIndex index = new SnapshotIndex(snapshot);
        return new PreparedEvaluation(this, request, index, data, register, index(index, data, register, request),
                null);
    }

    /**
     * Evaluates a hierarchy: {@code prepare(request, snapshot, data, register).evaluate()}.
     *
     * @param request  what is asked
     * @param snapshot the hierarchy in force on the evaluation date
     * @param data     indicator values and recorded outcomes
     * @param register official statuses
     * @return the evaluation, keeping the snapshot, set and request
     * @throws EvaluationException as {@link #prepare} does
     */
    public Evaluation evaluate(EvaluationRequest request, Snapshot snapshot, Dataset data, StatusRegister register) {
        return prepare(request, snapshot, data, register).evaluate();
    }

    /**
     * Evaluates a hierarchy for its verdicts only: {@code prepare(request, snapshot, data,
     * register).verdicts()}.
     *
     * @param request  what is asked
     * @param snapshot the hierarchy in force on the evaluation date
     * @param data     indicator values and recorded outcomes
     * @param register official statuses
     * @return the verdicts, keeping the snapshot, set and request
     * @throws EvaluationException as {@link #prepare} does
     */
    public Verdicts verdicts(EvaluationRequest request, Snapshot snapshot, Dataset data, StatusRegister register) {
        return prepare(request, snapshot, data, register).verdicts();
    }

    /** The request's fit with the set's period and the snapshot: one place, one exception type. */
    void check(EvaluationRequest request, Snapshot snapshot) {
        if (!set.period().covers(request.dataYear(), request.asOf())) {
            throw new EvaluationException(SourcePosition.API, null, "asOf", Labels.of("năm số liệu "
                    + request.dataYear() + " ngày " + Language.VIETNAMESE.format(request.asOf())
                    + " nằm ngoài thời kỳ của bộ tiêu chí " + set.labels().vietnamese() + ": "
                    + set.period().explain(request.dataYear(), request.asOf(), Language.VIETNAMESE),
                    "data year " + request.dataYear()
                    + " on " + request.asOf() + " is outside the period of criteria set " + set.id() + ": "
                    + set.period().explain(request.dataYear(), request.asOf())));
        }
        plan.overlayTerritories.forEach((province, overlay) -> {
            Optional<AdminUnit> unit = snapshot.unit(province);
            if (unit.isEmpty() || unit.get().level() != io.github.ntmlib.core.locality.Level.PROVINCE) {
                throw new EvaluationException(SourcePosition.API, province, "jurisdiction", Labels.of("bộ ngưỡng của tỉnh "
                        + Limits.quote(overlay) + " áp dụng cho tỉnh " + Limits.quote(province) + ", nhưng "
                        + (unit.isEmpty() ? "đơn vị này không có trong danh mục đơn vị hành chính ngày "
                        + Language.VIETNAMESE.format(snapshot.date()) : "đơn vị này là "
                        + unit.get().kind().vietnamese() + ", không phải là tỉnh")
                        + ": các ngưỡng của nó sẽ không áp dụng cho đơn vị nào; hãy đánh giá một danh mục có tỉnh"
                        + " này, hoặc bỏ bộ ngưỡng đó", "overlay " + overlay
                        + " covers province " + province + ", which is " + (unit.isEmpty() ? "not in the hierarchy of "
                        + snapshot.date() : "a " + unit.get().kind().english() + " (" + unit.get().kind().vietnamese()
                        + "), not a province") + ": its thresholds would apply to no unit; evaluate a hierarchy that"
                        + " holds the province, or leave the overlay out"));
            }
        });
        if (snapshot.date().isAfter(request.asOf())) {
            throw new EvaluationException(SourcePosition.API, null, "asOf", Labels.of("danh mục đơn vị hành chính ngày "
                    + Language.VIETNAMESE.format(snapshot.date()) + " chưa có hiệu lực vào ngày "
                    + Language.VIETNAMESE.format(request.asOf()) + ": hãy đánh giá nó từ ngày "
                    + Language.VIETNAMESE.format(snapshot.date()) + " trở đi, hoặc dùng danh mục có hiệu lực ngày "
                    + Language.VIETNAMESE.format(request.asOf()), "the snapshot of " + snapshot.date()
                    + " is not in force as of " + request.asOf() + ": evaluate it as of " + snapshot.date()
                    + " or later, or use the snapshot in force on " + request.asOf()));
        }
    }

    CompiledPlan plan() {
        return plan;
    }

    /** A full run (results or verdicts) over every unit, sequential or by root in parallel. */
    CompiledRun run(PreparedEvaluation prepared, boolean verdictsOnly) {
        DataIndex indexed = prepared.indexed();
        Observation[] values = indexed.values;
        int slots = indexed.slots;
        CompiledRun run = new CompiledRun(plan, prepared.index, prepared.profiles, prepared.data(), prepared.register(),
                prepared.request(), (unit, slot) -> values[unit * slots + slot], null, indexed,
                prepared.recognitions(), verdictsOnly);
        if (parallel) {
            run.evaluateByRoot();
        } else {
            run.evaluateAll();
        }
        return run;
    }

    /**
     * A dataset's values validated and indexed for a snapshot index and request, with the status
     * register's events validated alike.
     */
    DataIndex index(SnapshotIndex index, Dataset data, StatusRegister register, EvaluationRequest request) {
        int slots = plan.slotCount();
        Observation[] values = new Observation[index.size() * slots];
        List<IgnoredRow> ignored = validate(index, data, request, (unit, slot, o) -> values[unit * slots + slot] = o);
        validate(index.snapshot, register, request, ignored);
        return new DataIndex(plan, index, data, request, slots, values, ignored);
    }

    /**
     * The status register checked as recorded outcomes are: every event dated on or before the
     * evaluation date names a unit of the snapshot, a standard of the set that applies to the
     * unit's kind, and a date on which the unit had its present territory. An event that fails is
     * an error naming its file, line, unit and field, or (lenient) an ignored row: the evaluation
     * would not read it, so it never changes a tally silently. Events after the date are not read.
     */
    private void validate(Snapshot snapshot, StatusRegister register, EvaluationRequest request,
            List<IgnoredRow> ignored) {
        for (StatusEvent e : register.events()) {
            if (e.date().isAfter(request.asOf())) {
                break; // events are sorted by date
            }
            SourcePosition at = e.source().position();
            Optional<AdminUnit> unit = snapshot.unit(e.unit());
            if (unit.isEmpty()) {
                inapplicable(request, ignored, at, e.unit(), "unit", Labels.of("đơn vị không rõ: không có đơn vị mang"
                        + " mã này trong danh mục đơn vị hành chính ngày " + Language.VIETNAMESE.format(snapshot.date())
                        + " (trạng thái của một đơn vị cũ chỉ chuyển sang các đơn vị kế thừa qua việc kế thừa kết quả,"
                        + " không bao giờ qua một lần đánh giá)", "unknown unit: no unit with this code in the"
                        + " hierarchy of " + snapshot.date() + " (a status of a former unit passes to its successors"
                        + " only through a carry-over, never through an evaluation)"));
                continue;
            }
            Optional<Standard> standard = set.standard(e.standard());
            if (standard.isEmpty()) {
                inapplicable(request, ignored, at, e.unit(), "standard", Labels.of("mức chuẩn không rõ "
                        + Limits.quote(e.standard()) + ": bộ tiêu chí " + set.labels().vietnamese()
                        + " không có mức chuẩn này" + suggestion(e.standard(), Language.VIETNAMESE)
                        + "; các mức chuẩn của bộ là " + standardIds(Language.VIETNAMESE), "unknown standard '"
                        + e.standard() + "': criteria set " + set.id() + " has no such standard"
                        + suggestion(e.standard(), Language.ENGLISH) + "; its standards are "
                        + standardIds(Language.ENGLISH)));
                continue;
            }
            UnitKind kind = unit.get().kind();
            if (!standard.get().appliesTo(kind)) {
                inapplicable(request, ignored, at, e.unit(), "standard", Labels.of("mức chuẩn "
                        + standard.get().labels().vietnamese() + " không áp dụng cho " + kind.vietnamese()
                        + ": mức chuẩn này áp dụng cho " + standard.get().appliesTo().stream()
                                .map(UnitKind::vietnamese).collect(java.util.stream.Collectors.joining(", ")),
                        "standard " + e.standard() + " does not apply to a " + kind.english() + " ("
                        + kind.vietnamese() + "): it applies to " + standard.get().appliesTo()));
                continue;
            }
            if (!standard.get().appliesTo(unit.get(), snapshot)) {
                inapplicable(request, ignored, at, e.unit(), "standard", Labels.of("mức chuẩn "
                        + standard.get().labels().vietnamese() + " " + standard.get().subdivision().vietnamese()
                        + ", và " + Limits.quote(unit.get().name()) + " không phải là đơn vị như vậy", "standard "
                        + e.standard() + " " + standard.get().subdivision().english() + ", and "
                        + unit.get().name() + " is not one"));
                continue;
            }
            Optional<LocalDate> formed = snapshot.formedOn(e.unit());
            if (formed.isPresent() && e.date().isBefore(formed.get())) {
                LocalDate from = formed.get();
                inapplicable(request, ignored, at, e.unit(), "date", Labels.of("ghi ngày "
                        + Language.VIETNAMESE.format(e.date()) + ", trước khi đơn vị có địa giới hiện nay vào ngày "
                        + Language.VIETNAMESE.format(from) + ": trạng thái thuộc về các đơn vị đã hợp thành nó,"
                        + " hoặc một đơn vị trước đây mang mã này (hãy dùng việc kế thừa kết quả)", "dated " + e.date()
                        + ", before the unit took its present territory on " + from + ": the status belongs to the"
                        + " units it was formed from, or to an earlier unit with this code (carry it over instead)"));
            }
        }
    }

    private String standardIds(Language language) {
        return set.standards().stream().map(s -> language == Language.VIETNAMESE
                ? Limits.quote(s.id()) + " (" + s.labels().vietnamese() + ")" : s.id())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** ", did you mean X?" for the standard id nearest a misspelt one (at most two edits), or "". */
    private String suggestion(String id, Language language) {
        String best = null;
        int bestDistance = 3;
        for (Standard s : set.standards()) {
            int d = editDistance(id, s.id(), bestDistance);
            if (d < bestDistance) {
                best = s.id();
                bestDistance = d;
            }
        }
        if (best == null) {
            return "";
        }
        return language == Language.VIETNAMESE ? " (có phải ý bạn là " + Limits.quote(best) + "?)"
                : " (did you mean " + best + "?)";
    }

    /** The Levenshtein distance of two strings, or {@code limit} when it is at least that. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }

    /**
     * Re-evaluates a prepared evaluation after the data of some units changed (see {@link
     * PreparedEvaluation#update}).
     */
    Evaluation reevaluate(PreparedEvaluation prepared, Evaluation previous, Dataset data,
            java.util.Collection<String> changed) {
        EvaluationRequest request = prepared.request();
        if (request.lenient()) {
            throw new IllegalStateException("re-evaluate strict evaluations only; evaluate a lenient request in full");
        }
        SnapshotIndex index = prepared.index;
        StandardResult[][] before = Objects.requireNonNull(previous.results(), "an evaluation made by the engine");
        java.util.BitSet affected = new java.util.BitSet(index.size());
        for (String code : changed) {
            Integer p = index.position.get(code);
            if (p == null) {
                throw new EvaluationException(SourcePosition.API, code, "unit", unknownUnit(index.snapshot.date()));
            }
            for (int u = p; u >= 0 && !affected.get(u); u = index.parent[u]) {
                affected.set(u);
            }
        }
        int[] order = affected.stream().boxed().sorted(Comparator.comparing(
                (Integer u) -> index.units[u].level()).reversed()).mapToInt(Integer::intValue).toArray();
        Map<Integer, Observation[]> rows = new HashMap<>();
        for (int u : order) {
            rows.put(u, values(index.units[u], data, request));
        }
        CompiledRun run = new CompiledRun(plan, index, prepared.profiles, data, prepared.register(), request,
                (unit, slot) -> {
                    Observation[] row = rows.get(unit);
                    return row == null ? null : row[slot];
                }, before, null, null, false);
        run.evaluate(order);
        return previous.with(run.results(), order, previous.ignored());
    }

    /** A unit's values of the data year by slot, each checked as a full evaluation checks it. */
    private Observation[] values(AdminUnit unit, Dataset data, EvaluationRequest request) {
        Observation[] row = new Observation[plan.slotCount()];
        plan.slots.forEach((code, slot) -> data.observation(unit.code(), code, request.dataYear()).ifPresent(o -> {
            CompiledPlan.known(plan.indicators, code).forEach(def -> checkValue(o, def));
            if (!CompiledPlan.known(plan.indicatorKinds, code).contains(unit.kind())) {
                inapplicable(request, new ArrayList<>(), o.source().position(), unit.code(), code,
                        notApplicable(code, unit.kind()));
            }
            row[slot] = o;
        }));
        return row;
    }

    /** Receives each applicable value of the data year with its unit position and indicator slot. */
    interface ValueSink {
        void accept(int unit, int slot, Observation observation);
    }

    List<IgnoredRow> validate(SnapshotIndex index, Dataset data, EvaluationRequest request, ValueSink sink) {
        Snapshot snapshot = index.snapshot;
        List<IgnoredRow> ignored = new ArrayList<>();
        for (Observation o : data.observations(request.dataYear())) {
            SourcePosition at = o.source().position();
            Integer position = index.position.get(o.unit());
            if (position == null) {
                throw new EvaluationException(at, o.unit(), o.indicator(), unknownUnit(snapshot.date()));
            }
            CompiledPlan.IndicatorInfo info = plan.info.get(o.indicator());
            if (info == null) {
                throw new EvaluationException(at, o.unit(), o.indicator(), Labels.of("chỉ tiêu không rõ: bộ tiêu chí "
                        + set.labels().vietnamese() + " không có chỉ tiêu " + Limits.quote(o.indicator()),
                        "unknown indicator: criteria set " + set.id() + " has no indicator " + o.indicator()));
            }
            for (IndicatorDefinition def : info.checks) {
                checkValue(o, def);
            }
            UnitKind kind = index.units[position].kind();
            if (info.kinds.contains(kind)) {
                sink.accept(position, info.slot, o);
            } else {
                inapplicable(request, ignored, at, o.unit(), o.indicator(), notApplicable(o.indicator(), kind));
            }
        }
        for (RecordedOutcome r : data.outcomes()) {
            if (r.date().isAfter(request.asOf())) {
                continue;
            }
            String field = r.standard() + "/" + r.criterion();
            SourcePosition at = r.source().position();
            if (!snapshot.contains(r.unit())) {
                throw new EvaluationException(at, r.unit(), field, unknownUnit(snapshot.date()));
            }
            Optional<Standard> standard = set.standard(r.standard());
            Optional<Criterion> criterion = standard.flatMap(s -> s.criterion(r.criterion()));
            if (criterion.isEmpty()) {
                throw new EvaluationException(at, r.unit(), field, Labels.of("tiêu chí không rõ: bộ tiêu chí "
                        + set.labels().vietnamese() + " không có tiêu chí " + Limits.quote(r.criterion())
                        + " trong mức chuẩn " + standard.map(s -> s.labels().vietnamese())
                                .orElse(Limits.quote(r.standard())),
                        "unknown criterion: criteria set " + set.id()
                        + " has no criterion " + r.criterion() + " in standard " + r.standard()));
            }
            AdminUnit unit = snapshot.require(r.unit());
            UnitKind kind = unit.kind();
            if (!standard.get().appliesTo(kind) || !applies(criterion.get(), kind)) {
                boolean standardApplies = standard.get().appliesTo(kind);
                Labels message = Labels.of((standardApplies ? "tiêu chí " + criterion.get().labels().vietnamese()
                        : "mức chuẩn " + standard.get().labels().vietnamese()) + " không áp dụng cho "
                        + kind.vietnamese(), (standardApplies ? "criterion " + field : "standard " + r.standard())
                        + " does not apply to a " + kind.english() + " (" + kind.vietnamese() + ")");
                inapplicable(request, ignored, at, r.unit(), field, message);
            } else if (!standard.get().appliesTo(unit, snapshot)) {
                inapplicable(request, ignored, at, r.unit(), field, Labels.of("mức chuẩn "
                        + standard.get().labels().vietnamese() + " " + standard.get().subdivision().vietnamese()
                        + ", và " + Limits.quote(unit.name()) + " không phải là đơn vị như vậy", "standard " + r.standard() + " "
                        + standard.get().subdivision().english() + ", and " + unit.name() + " is not one"));
            }
        }
        return ignored;
    }

    private Labels notApplicable(String indicator, UnitKind kind) {
        Set<UnitKind> kinds = plan.indicatorKinds.getOrDefault(indicator, Set.of());
        return Labels.of("chỉ tiêu " + Limits.quote(indicator) + " không áp dụng cho " + kind.vietnamese()
                + ": chỉ tiêu này chỉ được đọc cho " + kinds.stream().map(UnitKind::vietnamese)
                        .collect(java.util.stream.Collectors.joining(", ")),
                "indicator " + indicator + " does not apply to a " + kind.english() + " (" + kind.vietnamese()
                + "): it is read only for " + plan.indicatorKinds.get(indicator));
    }

    private static Labels unknownUnit(java.time.LocalDate date) {
        return Labels.of("đơn vị không rõ: không có đơn vị mang mã này vào ngày " + Language.VIETNAMESE.format(date),
                "unknown unit: no unit with this code on " + date);
    }

    private static void inapplicable(EvaluationRequest request, List<IgnoredRow> ignored, SourcePosition at,
            String unit, String field, Labels message) {
        if (!request.lenient()) {
            throw new EvaluationException(at, unit, field, Labels.of(message.vietnamese()
                    + " (chế độ đánh giá nới lỏng sẽ liệt kê các dòng như vậy là bị bỏ qua)",
                    message.english() + " (a lenient evaluation lists such rows as ignored)"));
        }
        ignored.add(new IgnoredRow(unit, field, at, message));
    }

    static boolean applies(Criterion criterion, UnitKind kind) {
        return criterion.appliesTo().isEmpty() || criterion.appliesTo().contains(kind);
    }

    private static void checkValue(Observation o, IndicatorDefinition def) {
        SourcePosition at = o.source().position();
        Value value = o.value();
        if (def.kind() != value.kind()) {
            throw new EvaluationException(at, o.unit(), o.indicator(), Labels.of("giá trị sai loại: đã cho loại "
                    + Limits.quote(value.kind().name()) + ", chỉ tiêu nhận loại " + Limits.quote(def.kind().name()),
                    "value of the wrong kind: " + value.kind() + " given, indicator takes " + def.kind()));
        }
        if (value instanceof Value.Quantity && !((Value.Quantity) value).unit().equals(def.unit())) {
            throw new EvaluationException(at, o.unit(), o.indicator(), Labels.of("đã cho đơn vị đo "
                    + Limits.quote(((Value.Quantity) value).unit()) + ", chỉ tiêu tính theo đơn vị đo "
                    + Limits.quote(def.unit()), "unit " + Limits.quote(((Value.Quantity) value).unit())
                    + " given, indicator is in " + Limits.quote(def.unit())));
        }
        if (value instanceof Value.Ratio && !def.mayExceedWhole() && ((Value.Ratio) value).exceedsWhole()) {
            Value.Ratio r = (Value.Ratio) value;
            throw new EvaluationException(at, o.unit(), o.indicator(), Labels.of("tử số lớn hơn mẫu số, điều mà chỉ"
                    + " tiêu này không cho phép: " + r.numerator().toPlainString() + "/"
                    + r.denominator().toPlainString(), "the part exceeds the whole, which this"
                    + " indicator forbids: " + r.numerator().toPlainString() + "/" + r.denominator().toPlainString()));
        }
        if (value instanceof Value.Grade && !def.grades().contains(((Value.Grade) value).grade())) {
            throw new EvaluationException(at, o.unit(), o.indicator(), Labels.of("mức xếp loại "
                    + Limits.quote(((Value.Grade) value).grade()) + " không có trong thang "
                    + def.grades().stream().map(Limits::quote).collect(java.util.stream.Collectors.joining(", ")),
                    "grade '" + ((Value.Grade) value).grade() + "' is not on the scale " + def.grades()));
        }
    }

}
