package io.github.ntmlib.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.io.ComparisonJson;
import io.github.ntmlib.core.report.io.EvaluationJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Evaluation runs: started asynchronously, evaluated by the library from what the store holds, and
 * stored with the request, the digests of their inputs and of their results, their documents
 * (ntm.evaluation/3, full and summary) and their flattened results. The same inputs give the same
 * results digest.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Runs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FULL = "FULL";
    private static final String SUMMARY = "SUMMARY";

    private final Store store;
    private final ExecutorService executor;
    private final CriteriaRegistry registry = CriteriaRegistry.load();
    /** The last few comparisons: two finished runs never change. */
    private final Map<Map.Entry<Long, Long>, EvaluationComparison> comparisons = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Map.Entry<Long, Long>, EvaluationComparison> eldest) {
                    return size() > 8;
                }
            });
    /** Finished runs read back, the last few: a finished run never changes. */
    private final Map<Long, Evaluation> evaluations = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Evaluation> eldest) {
                    return size() > 8;
                }
            });

    Runs(Store store) {
        this.store = store;
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ntm-run");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a run; it evaluates in the background.
     *
     * @param request the request
     * @param actor   who starts it
     * @return the run, RUNNING
     */
    public RunInfo start(RunRequest request, String actor) {
        String json = requestJson(request);
        long id = store.write(h -> {
            check(h, request);
            long run = h.createUpdate("INSERT INTO evaluation_run (request, as_of, counting, requested_by, started_at, "
                    + "status) VALUES (:r, :d, :c, :a, :t, :s)").bind("r", json).bind("d", request.asOf())
                    .bind("c", request.counting().name()).bind("a", actor).bind("t", Store.now())
                    .bind("s", RunInfo.RUNNING).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Store.audit(h, actor, "evaluate", Digests.sha256(json), "run " + run);
            return run;
        });
        executor.execute(() -> evaluate(id, request));
        return info(id);
    }

    /**
     * Marks the runs left RUNNING by a server that stopped without finishing them (killed, or its
     * database gone while it ran) as FAILED, so that nobody waits on them. Called once at start-up,
     * before any run starts; a database shared by several servers must not be opened by a second one
     * while the first one runs.
     *
     * @return the number of runs marked
     */
    public int failInterrupted() {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("en", "the server stopped before the run finished; start it again");
        problem.put("vi", "máy chủ đã dừng trước khi lượt đánh giá xong; hãy chạy lại");
        return store.write(h -> {
            int n = h.createUpdate("UPDATE evaluation_run SET status = :f, problem = :p, finished_at = :t "
                    + "WHERE status = :r").bind("f", RunInfo.FAILED).bind("p", problem.toString())
                    .bind("t", Store.now()).bind("r", RunInfo.RUNNING).execute();
            if (n > 0) {
                Store.audit(h, "ntm-server", "recover", Digests.sha256(Integer.toString(n)), n + " interrupted runs failed");
            }
            return n;
        });
    }

    /**
     * Waits for a run to end.
     *
     * @param id      the run
     * @param timeout the longest wait, in milliseconds
     * @return the run as it is when it ended or the time ran out
     */
    public RunInfo await(long id, long timeout) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        RunInfo info = info(id);
        while (info.status().equals(RunInfo.RUNNING) && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return info;
            }
            info = info(id);
        }
        return info;
    }

    /**
     * A run.
     *
     * @param id the run
     * @return the run
     * @throws NotFoundException if there is none
     */
    public RunInfo info(long id) {
        return store.read(h -> h.createQuery("SELECT * FROM evaluation_run WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> info(rs)).findOne()).orElseThrow(() -> missingRun(id));
    }

    /**
     * The runs, newest first.
     *
     * @param offset the first item's position
     * @param limit  the page size
     * @return the page
     */
    public Page<RunInfo> list(int offset, int limit) {
        return store.read(h -> new Page<>(h.createQuery("SELECT * FROM evaluation_run ORDER BY id DESC LIMIT :l OFFSET :o")
                .bind("l", limit).bind("o", offset).map((rs, ctx) -> info(rs)).list(), offset, limit,
                h.createQuery("SELECT COUNT(*) FROM evaluation_run").mapTo(Long.class).one()));
    }

    private static NotFoundException missingRun(long id) {
        return new NotFoundException(Long.toString(id), "run", Labels.of("không có lượt đánh giá số " + id,
                "no evaluation run " + id));
    }

    private static RunInfo info(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        String problem = rs.getString("problem");
        String en = null;
        String vi = null;
        if (problem != null) {
            try {
                JsonNode p = JSON.readTree(problem);
                en = p.path("en").asText();
                vi = p.path("vi").asText();
            } catch (java.io.IOException e) {
                en = problem;
                vi = problem;
            }
        }
        return new RunInfo(rs.getLong("id"), rs.getString("request"), rs.getString("criteria_set"),
                rs.getString("status"), trim(rs.getString("inputs_digest")), trim(rs.getString("results_digest")),
                rs.getString("requested_by"), Store.instant(rs.getObject("started_at", OffsetDateTime.class)),
                finished == null ? null : finished.toInstant(), en, vi);
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null ? null : s.trim();
    }

    /** The request's canonical JSON: fixed field order, plans by standard. */
    static String requestJson(RunRequest r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("hierarchy", r.hierarchy());
        n.put("dataset", r.dataset());
        if (r.overlay() != null) {
            n.put("overlay", r.overlay());
        }
        if (r.criteriaSet() != null) {
            n.put("criteriaSet", r.criteriaSet());
        }
        n.put("asOf", r.asOf().toString());
        n.put("dataYear", r.year());
        n.put("counting", r.counting().name());
        n.put("lenient", r.lenient());
        ObjectNode plans = n.putObject("plans");
        new java.util.TreeMap<>(r.plans()).forEach(plans::put);
        return n.toString();
    }

    /** A request naming what the store does not hold is refused before the run is recorded. */
    private void check(Handle h, RunRequest r) {
        store.hierarchyDigest(h, r.hierarchy());
        if (h.createQuery("SELECT COUNT(*) FROM import_batch WHERE target = :d AND kind IN "
                + "('OBSERVATIONS', 'OUTCOMES', 'STATUSES')").bind("d", r.dataset()).mapTo(Long.class).one() == 0) {
            throw new NotFoundException(r.dataset(), "dataset", Labels.of("không có bộ dữ liệu này", "no such dataset"));
        }
        String overlay = r.overlay();
        if (overlay != null && h.createQuery("SELECT COUNT(*) FROM overlay WHERE name = :n").bind("n", overlay)
                .mapTo(Long.class).one() == 0) {
            throw new NotFoundException(overlay, "overlay", Labels.of("không có bộ ngưỡng của tỉnh này", "no such overlay"));
        }
        String set = r.criteriaSet();
        if (set != null && registry.all().stream().noneMatch(s -> s.id().equals(set))) {
            throw new NotFoundException(set, "criteriaSet", Labels.of("không có bộ tiêu chí này", "no such criteria set"));
        }
    }

    /** What a run reads, loaded in one transaction. */
    private record Inputs(CriteriaSet set, Snapshot snapshot, LocalityHistory history, Dataset data,
            StatusRegister register, String digest) {
    }

    private Inputs load(Handle h, RunRequest r) {
        LocalityHistory history = store.history(h, r.hierarchy());
        String hierarchyDigest = store.hierarchyDigest(h, r.hierarchy());
        CriteriaSet set;
        if (r.criteriaSet() != null) {
            String id = r.criteriaSet();
            if (registry.all().stream().noneMatch(s -> s.id().equals(id))) {
                throw new NotFoundException(id, "criteriaSet", Labels.of("không có bộ tiêu chí này",
                        "no such criteria set"));
            }
            set = registry.byId(id);
        } else {
            try {
                set = registry.pick(r.year(), r.asOf()).set();
            } catch (java.util.NoSuchElementException e) {
                throw new InvalidDataException(SourcePosition.API, r.asOf().toString(), "asOf", Labels.of(
                        "không có bộ tiêu chí nào áp dụng vào ngày " + Language.VIETNAMESE.format(r.asOf()),
                        "no criteria set applies on " + r.asOf()));
            }
        }
        String overlayDigest = "";
        if (r.overlay() != null) {
            String name = r.overlay();
            Map.Entry<Overlay, String> overlay = store.overlay(h, name).orElseThrow(() -> new NotFoundException(name,
                    "overlay", Labels.of("không có bộ ngưỡng của tỉnh này", "no such overlay")));
            set = overlay.getKey().applyTo(set);
            overlayDigest = overlay.getValue();
        }
        if (history.start().isAfter(r.asOf())) {
            throw new InvalidDataException(SourcePosition.API, r.asOf().toString(), "asOf", Labels.of(
                    "hệ thống đơn vị hành chính bắt đầu sau ngày này", "the hierarchy starts after this date"));
        }
        Snapshot snapshot = registry.classify(history.asOf(r.asOf()));
        Dataset.Builder data = Dataset.builder();
        data.addAll(h.createQuery("SELECT * FROM observation WHERE dataset = :d ORDER BY id").bind("d", r.dataset())
                .map((rs, ctx) -> observation(rs)).list());
        data.addAllOutcomes(h.createQuery("SELECT * FROM recorded_outcome WHERE dataset = :d ORDER BY id")
                .bind("d", r.dataset()).map((rs, ctx) -> outcome(rs)).list());
        List<StatusEvent> events = h.createQuery("SELECT * FROM status_decision WHERE dataset = :d ORDER BY id")
                .bind("d", r.dataset()).map((rs, ctx) -> status(rs)).list();
        List<String> batches = h.createQuery("SELECT DISTINCT b.digest FROM import_batch b WHERE b.id IN ("
                + "SELECT batch_id FROM observation WHERE dataset = :d UNION SELECT batch_id FROM recorded_outcome "
                + "WHERE dataset = :d UNION SELECT batch_id FROM status_decision WHERE dataset = :d) ORDER BY b.digest")
                .bind("d", r.dataset()).mapTo(String.class).list();
        if (batches.isEmpty() && h.createQuery("SELECT COUNT(*) FROM import_batch WHERE target = :d AND kind IN "
                + "('OBSERVATIONS', 'OUTCOMES', 'STATUSES')").bind("d", r.dataset()).mapTo(Long.class).one() == 0) {
            throw new NotFoundException(r.dataset(), "dataset", Labels.of("không có bộ dữ liệu này", "no such dataset"));
        }
        String digest = Digests.sha256("request " + requestJson(r) + "\nset " + set.id() + "\nhierarchy "
                + hierarchyDigest + "\noverlay " + overlayDigest + "\nbatches " + batches.stream().map(String::trim)
                .collect(Collectors.joining(",")));
        return new Inputs(set, snapshot, history, data.build(), StatusRegister.of(events), digest);
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        ValueKind kind = ValueKind.valueOf(rs.getString("kind"));
        String text = rs.getString("value_text");
        Value value = switch (kind) {
            case FLAG -> new Value.Flag(Boolean.parseBoolean(text));
            case QUANTITY -> new Value.Quantity(new BigDecimal(text), rs.getString("unit_of_measure"));
            case RATIO -> new Value.Ratio(new BigDecimal(rs.getString("numerator")), new BigDecimal(rs.getString("denominator")));
            case COUNT -> new Value.Count(Long.parseLong(text));
            case GRADE -> new Value.Grade(text);
        };
        return Observation.of(rs.getString("unit"), rs.getString("indicator"), rs.getInt("data_year"), value,
                Importer.source(rs), Optional.ofNullable(rs.getObject("as_of", LocalDate.class)));
    }

    private static RecordedOutcome outcome(ResultSet rs) throws SQLException {
        String low = rs.getString("completion_low");
        String high = rs.getString("completion_high");
        return RecordedOutcome.of(rs.getString("unit"), rs.getString("standard"), rs.getString("criterion"),
                Assessment.valueOf(rs.getString("assessment")), Optional.ofNullable(low).map(BigDecimal::new),
                Optional.ofNullable(high).map(BigDecimal::new), rs.getObject("recorded_on", LocalDate.class),
                Importer.source(rs));
    }

    private static StatusEvent status(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        String authority = rs.getString("authority");
        return new StatusEvent(rs.getString("unit"), rs.getString("standard"), StatusStep.valueOf(rs.getString("step")),
                rs.getObject("decided_on", LocalDate.class), decision, authority,
                new io.github.ntmlib.core.data.DataSource(authority, decision, Importer.position(rs)));
    }

    /**
     * The plans of a run's request, for the evaluation's first root unit.
     *
     * @param r          the request
     * @param evaluation its evaluation
     * @return the plans
     */
    public static List<Plan> plans(RunRequest r, Evaluation evaluation) {
        List<Plan> plans = new ArrayList<>();
        if (r.plans().isEmpty()) {
            return plans;
        }
        String scope = evaluation.units().stream().filter(u -> u.parent().isEmpty()).findFirst()
                .orElseThrow().unit();
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        evaluation.descendants(scope).forEach(d -> kinds.add(d.kind()));
        for (var p : r.plans().entrySet()) {
            if (evaluation.criteriaSet().standard(p.getKey()).isEmpty()) {
                throw new InvalidDataException(SourcePosition.API, p.getKey(), "plans", Labels.of(
                        "bộ tiêu chí không có mức chuẩn này", "the criteria set has no such standard"));
            }
            Set<UnitKind> applies = EnumSet.noneOf(UnitKind.class);
            applies.addAll(evaluation.standard(p.getKey()).appliesTo());
            applies.retainAll(kinds);
            if (applies.isEmpty() || p.getValue() <= 0) {
                throw new InvalidDataException(SourcePosition.API, p.getKey(), "plans", Labels.of(
                        "kế hoạch cần chỉ tiêu lớn hơn 0 cho một mức chuẩn áp dụng cho các đơn vị bên dưới",
                        "a plan needs a target above 0 for a standard that applies to the units below"));
            }
            plans.add(new Plan(scope, p.getKey(), applies, evaluation.request().asOf().getYear(), p.getValue()));
        }
        return plans;
    }

    /**
     * Evaluates a request in the calling thread, as the library does in process: used by a run, and
     * by tests to hold runs against.
     */
    private void evaluate(long id, RunRequest r) {
        String[] written = new String[1];
        try {
            Inputs in = store.read(h -> load(h, r));
            EvaluationRequest request = EvaluationRequest.of(r.asOf(), r.year(), r.counting());
            Evaluation evaluation = Evaluator.of(in.set()).evaluate(r.lenient() ? request.asLenient() : request,
                    in.snapshot(), in.data(), in.register());
            List<Plan> plans = plans(r, evaluation);
            StringWriter full = new StringWriter();
            EvaluationJson.write(evaluation, plans, EvaluationJson.Form.FULL, full);
            StringWriter summary = new StringWriter();
            EvaluationJson.write(evaluation, plans, EvaluationJson.Form.SUMMARY, summary);
            String resultsDigest = Digests.sha256(full.toString());
            written[0] = resultsDigest;
            store.write(h -> {
                h.createUpdate("INSERT INTO run_document (run_id, form, content) VALUES (:r, :f, :c)").bind("r", id)
                        .bind("f", FULL).bind("c", full.toString()).execute();
                h.createUpdate("INSERT INTO run_document (run_id, form, content) VALUES (:r, :f, :c)").bind("r", id)
                        .bind("f", SUMMARY).bind("c", summary.toString()).execute();
                writeResults(h, id, evaluation);
                h.createUpdate("UPDATE evaluation_run SET status = :s, criteria_set = :set, inputs_digest = :i, "
                        + "results_digest = :d, finished_at = :t WHERE id = :id").bind("s", RunInfo.FINISHED)
                        .bind("set", in.set().id()).bind("i", in.digest()).bind("d", resultsDigest)
                        .bind("t", Store.now()).bind("id", id).execute();
                return null;
            });
        } catch (RuntimeException e) {
            // the driver may report an error after the commit took effect (closing the handle): the run
            // is then whole in the store, and marking it failed would contradict its stored results
            if (written[0] == null || !finished(id, written[0])) {
                fail(id, e);
            }
        }
    }

    /** Whether the run's results were committed, whatever the error reported after. */
    private boolean finished(long id, String resultsDigest) {
        try {
            return store.read(h -> h.createQuery("SELECT COUNT(*) FROM evaluation_run WHERE id = :id AND status = :s "
                    + "AND results_digest = :d").bind("id", id).bind("s", RunInfo.FINISHED).bind("d", resultsDigest)
                    .mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private void fail(long id, RuntimeException e) {
        ObjectNode problem = JSON.createObjectNode();
        if (e instanceof InvalidDataException d) {
            problem.put("en", d.message(Language.ENGLISH));
            problem.put("vi", d.message(Language.VIETNAMESE));
        } else if (e instanceof StoreUnavailableException) {
            problem.put("en", "the database is unreachable");
            problem.put("vi", "không kết nối được cơ sở dữ liệu");
        } else {
            problem.put("en", "the evaluation failed: " + e.getClass().getSimpleName());
            problem.put("vi", "lượt đánh giá bị lỗi");
        }
        try {
            store.write(h -> h.createUpdate("UPDATE evaluation_run SET status = :s, problem = :p, finished_at = :t "
                    + "WHERE id = :id").bind("s", RunInfo.FAILED).bind("p", problem.toString()).bind("t", Store.now())
                    .bind("id", id).execute());
        } catch (RuntimeException ignored) {
            // the database went away: the run stays RUNNING in the store; nothing else to record it in
        }
    }

    private static void writeResults(Handle h, long run, Evaluation evaluation) {
        var batch = h.prepareBatch("INSERT INTO evaluation_result (run_id, unit, standard, criterion, verdict, reason_vi, "
                + "reason_en, decisive_value, threshold, legal_source) VALUES (:r, :u, :s, :c, :v, :vi, :en, :dv, :th, :ls)");
        for (UnitResult u : evaluation.units()) {
            for (StandardResult s : u.standards()) {
                batch.bind("r", run).bind("u", u.unit()).bind("s", s.standard()).bindNull("c", java.sql.Types.VARCHAR)
                        .bind("v", s.verdict().name()).bind("vi", s.explanation(Language.VIETNAMESE))
                        .bind("en", s.explanation(Language.ENGLISH)).bindNull("dv", java.sql.Types.VARCHAR)
                        .bindNull("th", java.sql.Types.VARCHAR)
                        .bind("ls", bounded(evaluation.standard(s.standard()).provenance().toString())).add();
                for (CriterionResult c : s.criteria()) {
                    Optional<IndicatorTrace> decisive = decisive(c);
                    batch.bind("r", run).bind("u", u.unit()).bind("s", s.standard()).bind("c", c.code())
                            .bind("v", c.verdict().name()).bind("vi", c.explanation(Language.VIETNAMESE))
                            .bind("en", c.explanation(Language.ENGLISH))
                            .bindByType("dv", decisive.flatMap(IndicatorTrace::observation)
                                    .map(o -> bounded(valueText(o.value()))).orElse(null), String.class)
                            .bindByType("th", decisive.flatMap(IndicatorTrace::threshold)
                                    .map(t -> bounded(t.toString())).orElse(null), String.class)
                            .bindByType("ls", decisive.flatMap(IndicatorTrace::threshold)
                                    .map(t -> bounded(t.provenance().toString())).orElse(null), String.class)
                            .add();
                }
            }
        }
        batch.execute();
    }

    /** The indicator that decided a criterion: the first not met, else the first. */
    private static Optional<IndicatorTrace> decisive(CriterionResult c) {
        return c.indicators().stream().filter(t -> t.verdict() != Verdict.MET).findFirst()
                .or(() -> c.indicators().stream().findFirst());
    }

    private static String valueText(Value v) {
        if (v instanceof Value.Flag f) {
            return Boolean.toString(f.met());
        } else if (v instanceof Value.Quantity q) {
            return q.amount().toPlainString() + " " + q.unit();
        } else if (v instanceof Value.Ratio r) {
            return r.numerator().toPlainString() + "/" + r.denominator().toPlainString();
        } else if (v instanceof Value.Count c) {
            return Long.toString(c.count());
        } else if (v instanceof Value.Grade g) {
            return g.grade();
        }
        return v.toString();
    }

    private static String bounded(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    /**
     * A finished run's document.
     *
     * @param id   the run
     * @param full the full form (else the summary form)
     * @return the ntm.evaluation/3 document
     * @throws NotFoundException if the run is not there or not finished
     */
    public String document(long id, boolean full) {
        RunInfo info = info(id);
        if (!info.status().equals(RunInfo.FINISHED)) {
            throw new NotFoundException(Long.toString(id), "run", Labels.of(
                    "lượt đánh giá số " + id + " chưa có kết quả", "evaluation run " + id + " has no results"));
        }
        return store.read(h -> h.createQuery("SELECT content FROM run_document WHERE run_id = :r AND form = :f")
                .bind("r", id).bind("f", full ? FULL : SUMMARY).mapTo(String.class).one());
    }

    /**
     * A unit's results in a run: each standard with its verdict and explanation, and its criteria
     * with theirs, the decisive value, threshold and legal source.
     *
     * @param id       the run
     * @param unit     the unit code
     * @param language the language of the explanations
     * @return the standards, in the run's order
     * @throws NotFoundException if the run has no such unit
     */
    public List<Map<String, @Nullable Object>> unitResults(long id, String unit, Language language) {
        document(id, false);
        String column = language == Language.VIETNAMESE ? "reason_vi" : "reason_en";
        List<Map<String, @Nullable Object>> rows = store.read(h -> h.createQuery("SELECT standard, criterion, verdict, "
                + column + ", decisive_value, threshold, legal_source FROM evaluation_result WHERE run_id = :r AND unit = :u "
                + "ORDER BY id").bind("r", id).bind("u", unit).map((rs, ctx) -> {
                    Map<String, @Nullable Object> m = new LinkedHashMap<>();
                    m.put("standard", rs.getString(1));
                    m.put("criterion", rs.getString(2));
                    m.put("verdict", rs.getString(3));
                    m.put("explanation", rs.getString(4));
                    m.put("decisiveValue", rs.getString(5));
                    m.put("threshold", rs.getString(6));
                    m.put("legalSource", rs.getString(7));
                    return m;
                }).list());
        if (rows.isEmpty()) {
            throw new NotFoundException(unit, "unit", Labels.of("lượt đánh giá số " + id + " không có đơn vị này",
                    "evaluation run " + id + " has no such unit"));
        }
        List<Map<String, @Nullable Object>> standards = new ArrayList<>();
        Map<String, @Nullable Object> current = null;
        for (Map<String, @Nullable Object> row : rows) {
            if (row.get("criterion") == null) {
                current = new LinkedHashMap<>();
                current.put("standard", row.get("standard"));
                current.put("verdict", row.get("verdict"));
                current.put("explanation", row.get("explanation"));
                current.put("legalSource", row.get("legalSource"));
                current.put("criteria", new ArrayList<Map<String, @Nullable Object>>());
                standards.add(current);
            } else if (current != null) {
                row.remove("standard");
                @SuppressWarnings("unchecked")
                List<Map<String, @Nullable Object>> criteria = (List<Map<String, @Nullable Object>>) current.get("criteria");
                if (criteria != null) {
                    criteria.add(row);
                }
            }
        }
        return standards;
    }

    /**
     * The comparison of two finished runs, the earlier first, matching units through the later
     * run's hierarchy: the ntm.comparison/1 document.
     *
     * @param earlier the earlier run
     * @param later   the later run
     * @return the document
     */
    public String compare(long earlier, long later) {
        StringWriter out = new StringWriter();
        ComparisonJson.write(ComparisonSeries.ofSteps(List.of(comparison(earlier, later))), out);
        return out.toString();
    }

    /**
     * The comparison of two finished runs, the earlier first, matching units through the later
     * run's hierarchy (the library's {@link EvaluationComparison}).
     *
     * @param earlier the earlier run
     * @param later   the later run
     * @return the comparison
     * @throws InvalidDataException when the later run is not later or the two count differently
     */
    public EvaluationComparison comparison(long earlier, long later) {
        Map.Entry<Long, Long> key = Map.entry(earlier, later);
        EvaluationComparison cached = comparisons.get(key);
        if (cached != null) {
            return cached;
        }
        Evaluation a = evaluation(earlier);
        Evaluation b = evaluation(later);
        if (!a.request().asOf().isBefore(b.request().asOf())) {
            throw new InvalidDataException(SourcePosition.API, Long.toString(later), "to", Labels.of(
                    "lượt đánh giá sau phải có ngày muộn hơn lượt trước",
                    "the later run must be on a later date than the earlier one"));
        }
        if (a.request().counting() != b.request().counting()) {
            throw new InvalidDataException(SourcePosition.API, Long.toString(later), "to", Labels.of(
                    "hai lượt đánh giá đếm theo cách khác nhau", "the two runs count differently"));
        }
        RunRequest r = request(later);
        LocalityHistory history = store.read(h -> store.history(h, r.hierarchy()));
        EvaluationComparison c = ComparisonSeries.of(List.of(a, b), history).steps().get(0);
        comparisons.put(key, c);
        return c;
    }

    /**
     * A finished run's inputs read again and prepared, for questions its stored results do not
     * answer (a plan toward a target): the same inputs as the run's, checked by its inputs digest.
     *
     * @param id the run
     * @return the prepared evaluation
     * @throws NotFoundException if the run is not there or not finished
     * @throws ConflictException if what the run read has changed since (a new import into its dataset)
     */
    public io.github.ntmlib.core.engine.PreparedEvaluation prepared(long id) {
        RunInfo info = info(id);
        if (!info.status().equals(RunInfo.FINISHED)) {
            throw new NotFoundException(Long.toString(id), "run", Labels.of(
                    "lượt đánh giá số " + id + " chưa có kết quả", "evaluation run " + id + " has no results"));
        }
        RunRequest r = request(id);
        Inputs in = store.read(h -> load(h, r));
        if (!in.digest().equals(info.inputsDigest())) {
            throw new ConflictException(SourcePosition.API, Long.toString(id), "run", Labels.of(
                    "dữ liệu đầu vào của lượt đánh giá số " + id + " đã thay đổi từ khi chạy: hãy chạy lượt mới",
                    "the inputs of evaluation run " + id + " have changed since it ran: start a new run"));
        }
        EvaluationRequest request = EvaluationRequest.of(r.asOf(), r.year(), r.counting());
        return Evaluator.of(in.set()).prepare(r.lenient() ? request.asLenient() : request, in.snapshot(), in.data(),
                in.register());
    }

    /**
     * A finished run's evaluation, read back from its full document against its set and snapshot.
     *
     * @param id the run
     * @return the evaluation
     * @throws NotFoundException if the run is not there or not finished
     */
    public Evaluation evaluation(long id) {
        Evaluation cached = evaluations.get(id);
        if (cached != null) {
            return cached;
        }
        String document = document(id, true);
        RunRequest r = request(id);
        RunInfo info = info(id);
        // the rows are read on a connection; the document is parsed after it went back to the pool
        Map.Entry<LocalityHistory, CriteriaSet> inputs = store.read(h -> {
            LocalityHistory history = store.history(h, r.hierarchy());
            CriteriaSet set = registry.byId(java.util.Objects.requireNonNull(info.criteriaSet(), "set"));
            if (r.overlay() != null) {
                String name = r.overlay();
                set = store.overlay(h, name).orElseThrow(() -> new NotFoundException(name, "overlay",
                        Labels.of("không có bộ ngưỡng của tỉnh này", "no such overlay"))).getKey().applyTo(set);
            }
            return Map.entry(history, set);
        });
        Evaluation e = EvaluationJson.read(new StringReader(document), "run " + id, inputs.getValue(),
                registry.classify(inputs.getKey().asOf(r.asOf())));
        evaluations.put(id, e);
        return e;
    }

    /**
     * A run's stored request.
     *
     * @param id the run
     * @return the request
     * @throws NotFoundException if the run is not there
     */
    public RunRequest request(long id) {
        try {
            JsonNode n = JSON.readTree(info(id).request());
            Map<String, Integer> plans = new LinkedHashMap<>();
            n.path("plans").properties().forEach(e -> plans.put(e.getKey(), e.getValue().asInt()));
            return new RunRequest(n.get("hierarchy").asText(), n.get("dataset").asText(),
                    n.hasNonNull("overlay") ? n.get("overlay").asText() : null,
                    n.hasNonNull("criteriaSet") ? n.get("criteriaSet").asText() : null,
                    LocalDate.parse(n.get("asOf").asText()), n.get("dataYear").asInt(),
                    CountingMode.valueOf(n.get("counting").asText()), n.get("lenient").asBoolean(), plans);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the background runs: no new run starts, the runs under way get a minute to finish. A run
     * thread is never interrupted: an interrupt closes the embedded database's file channel under
     * it (NIO), which breaks the database for the rest of the process. A run still going after the
     * minute is left RUNNING and failed at the next start-up ({@code recover}).
     */
    void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
