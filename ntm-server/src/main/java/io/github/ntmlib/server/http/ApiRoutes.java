package io.github.ntmlib.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.server.ServerConfig;
import io.github.ntmlib.server.store.Batch;
import io.github.ntmlib.server.store.ImportKind;
import io.github.ntmlib.server.store.ImportResult;
import io.github.ntmlib.server.store.Page;
import io.github.ntmlib.server.store.Role;
import io.github.ntmlib.server.store.RunInfo;
import io.github.ntmlib.server.store.RunRequest;
import io.github.ntmlib.server.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The JSON API under {@code /api/v1} (docs/openapi/ntm-server.yaml). */
public final class ApiRoutes implements RouteModule {

    /** The API's path prefix. */
    public static final String PREFIX = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final String APPLICATION_JSON = "application/json";
    private static final int DEFAULT_LIMIT = 100;

    private final Store store;
    private final ServerConfig config;
    /** The summaries last read, parsed: the sections of one run are read together. */
    private final Map<Long, JsonNode> summaries = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, JsonNode> eldest) {
                    return size() > 4;
                }
            });

    /**
     * The API over a store.
     *
     * @param store  the store
     * @param config the configuration (limits)
     */
    public ApiRoutes(Store store, ServerConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public Access.@Nullable Need need(String method, String path) {
        if (!path.startsWith(PREFIX + "/")) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.equals("/health")) {
            return Access.Need.ANYONE;
        }
        if (rest.startsWith("/tokens") || rest.startsWith("/audit")) {
            return Access.Need.ADMIN;
        }
        if (method.equals("GET") || method.equals("HEAD") || rest.matches("/runs/[0-9]{1,18}/plan")) {
            // a plan is computed from a finished run and stored nowhere: a reader may ask for one
            return Access.Need.READ;
        }
        return Access.Need.IMPORT;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(PREFIX + "/health", this::health);
        r.get(PREFIX + "/hierarchies", ctx -> json(ctx, 200, items(store.hierarchies())));
        r.get(PREFIX + "/hierarchies/{name}/units", this::units);
        r.get(PREFIX + "/datasets", ctx -> json(ctx, 200, items(store.datasets())));
        r.get(PREFIX + "/overlays", ctx -> json(ctx, 200, items(store.overlays())));
        r.get(PREFIX + "/batches", ctx -> {
            int[] page = page(ctx);
            json(ctx, 200, page(store.batches(page[0], page[1]), ApiRoutes::batch));
        });
        r.post(PREFIX + "/imports", this::importFile);
        r.post(PREFIX + "/runs", this::startRun);
        r.get(PREFIX + "/runs", ctx -> {
            int[] page = page(ctx);
            json(ctx, 200, page(store.runs().list(page[0], page[1]), ApiRoutes::run));
        });
        r.get(PREFIX + "/runs/{id}", ctx -> json(ctx, 200, run(store.runs().info(runId(ctx)))));
        r.get(PREFIX + "/runs/{id}/summary", ctx -> {
            text(ctx, store.runs().document(runId(ctx), false));
        });
        r.get(PREFIX + "/runs/{id}/units/{code}", ctx -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("run", runId(ctx));
            n.put("unit", ctx.pathParam("code"));
            n.put("lang", Problems.language(ctx) == io.github.ntmlib.base.Language.ENGLISH ? "en" : "vi");
            n.set("standards", JSON.valueToTree(store.runs().unitResults(runId(ctx), ctx.pathParam("code"),
                    Problems.language(ctx))));
            json(ctx, 200, n);
        });
        r.get(PREFIX + "/runs/{id}/tallies", ctx -> section(ctx, "tallies"));
        r.get(PREFIX + "/runs/{id}/progress", ctx -> section(ctx, "progress"));
        r.get(PREFIX + "/runs/{id}/closest", ctx -> section(ctx, "closest"));
        r.post(PREFIX + "/runs/{id}/plan", this::plan);
        r.get(PREFIX + "/comparisons", ctx -> {
            long from = longParam(ctx, "from");
            long to = longParam(ctx, "to");
            text(ctx, store.runs().compare(from, to));
        });
        r.post(PREFIX + "/tokens", this::createToken);
        r.get(PREFIX + "/audit", ctx -> {
            int[] page = page(ctx);
            json(ctx, 200, page(store.audit(page[0], page[1]), m -> JSON.valueToTree(m)));
        });
    }

    private void health(Context ctx) {
        if (!store.isReachable()) {
            throw new io.github.ntmlib.server.store.StoreUnavailableException(new IllegalStateException("no connection"));
        }
        json(ctx, 200, JSON.createObjectNode().put("status", "UP").put("database", "UP"));
    }

    private void units(Context ctx) {
        int[] page = page(ctx);
        String asOf = ctx.queryParam("asOf");
        LocalDate date = asOf == null ? null : date(asOf, "asOf");
        json(ctx, 200, page(store.units(ctx.pathParam("name"), date, page[0], page[1]), m -> JSON.valueToTree(m)));
    }

    private void importFile(Context ctx) {
        ImportKind kind = enumParam(ctx, "kind", ImportKind.class);
        String target = required(ctx, "target");
        String file = required(ctx, "file");
        String validFrom = ctx.queryParam("validFrom");
        byte[] body = body(ctx, config.maxUploadBytes());
        ImportResult result = store.imports().importFile(kind, target, file, body, Access.actor(ctx),
                validFrom == null ? null : date(validFrom, "validFrom"));
        ObjectNode n = batch(result.batch());
        n.put("created", result.created());
        n.put("added", result.added());
        ArrayNode warnings = n.putArray("warnings");
        result.warnings().forEach(warnings::add);
        json(ctx, result.created() ? 201 : 200, n);
    }

    private void startRun(Context ctx) {
        JsonNode body = jsonBody(ctx);
        Set<String> known = Set.of("hierarchy", "dataset", "overlay", "criteriaSet", "asOf", "dataYear", "counting",
                "lenient", "plans");
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                throw bad(f, Labels.of("trường JSON không rõ; định dạng chỉ có các trường " + String.join(", ", known),
                        "unknown JSON field; the format has the fields " + String.join(", ", known)));
            }
        }
        Map<String, Integer> plans = new LinkedHashMap<>();
        JsonNode p = body.path("plans");
        if (!p.isMissingNode() && !p.isObject()) {
            throw bad("plans", Labels.of("kế hoạch phải là đối tượng JSON: mức chuẩn → số đơn vị",
                    "plans is a JSON object: standard → number of units"));
        }
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber()) {
                throw bad("plans", Labels.of("chỉ tiêu kế hoạch phải là số nguyên", "a plan's target is a whole number"));
            }
            plans.put(e.getKey(), e.getValue().intValue());
        }
        JsonNode year = body.get("dataYear");
        if (year != null && !year.isNull() && !(year.isIntegralNumber() && year.canConvertToInt())) {
            throw bad("dataYear", Labels.of("năm số liệu phải là số nguyên", "dataYear is a whole number"));
        }
        JsonNode lenient = body.get("lenient");
        if (lenient != null && !lenient.isBoolean()) {
            throw bad("lenient", Labels.of("trường này phải là true hoặc false", "lenient is true or false"));
        }
        String counting = text(body, "counting", false);
        CountingMode mode;
        try {
            mode = counting == null ? CountingMode.OFFICIAL : CountingMode.valueOf(counting);
        } catch (IllegalArgumentException e) {
            throw bad("counting", Labels.of("cách đếm phải là OFFICIAL hoặc COMPUTED", "counting is OFFICIAL or COMPUTED"));
        }
        RunRequest request = new RunRequest(name(requiredText(body, "hierarchy"), "hierarchy"),
                name(requiredText(body, "dataset"), "dataset"), text(body, "overlay", false),
                text(body, "criteriaSet", false), date(requiredText(body, "asOf"), "asOf"),
                year == null || year.isNull() ? null : year.intValue(), mode, lenient != null && lenient.booleanValue(),
                plans);
        RunInfo info = store.runs().start(request, Access.actor(ctx));
        String wait = ctx.queryParam("wait");
        if (wait != null) {
            long ms;
            try {
                ms = Long.parseLong(wait);
            } catch (NumberFormatException e) {
                throw bad("wait", Labels.of("thời gian chờ phải là số nguyên mili giây", "wait is a whole number of milliseconds"));
            }
            info = store.runs().await(info.id(), Math.max(0, Math.min(ms, 600_000)));
        }
        ctx.header("Location", PREFIX + "/runs/" + info.id());
        json(ctx, info.status().equals(RunInfo.RUNNING) ? 202 : 201, run(info));
    }

    private void createToken(Context ctx) {
        JsonNode body = jsonBody(ctx);
        String roleText = requiredText(body, "role");
        Role role;
        try {
            role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("role", Labels.of("vai trò phải là reader, importer hoặc admin", "role is reader, importer or admin"));
        }
        String label = requiredText(body, "label");
        String token = store.tokens().create(role, label, Access.actor(ctx));
        json(ctx, 201, JSON.createObjectNode().put("token", token).put("role", role.name().toLowerCase(Locale.ROOT))
                .put("label", label));
    }

    /** A section of a run's summary (tallies, progress, closest), filtered by ?unit and ?standard, paged. */
    private void section(Context ctx, String name) {
        JsonNode summary = summary(runId(ctx));
        String unit = ctx.queryParam("unit");
        String standard = ctx.queryParam("standard");
        int[] page = page(ctx);
        ArrayNode all = JSON.createArrayNode();
        for (JsonNode n : summary.path(name)) {
            if ((unit == null || unit.equals(n.path("unit").asText())) && (standard == null
                    || standard.equals(n.path("standard").asText()))) {
                all.add(n);
            }
        }
        ArrayNode items = JSON.createArrayNode();
        for (int i = page[0]; i < all.size() && i < page[0] + page[1]; i++) {
            items.add(all.get(i));
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("run", runId(ctx));
        n.set("items", items);
        n.put("offset", page[0]);
        n.put("limit", page[1]);
        n.put("total", all.size());
        json(ctx, 200, n);
    }

    private JsonNode summary(long id) {
        JsonNode cached = summaries.get(id);
        if (cached != null) {
            return cached;
        }
        try {
            JsonNode node = JSON.readTree(store.runs().document(id, false));
            summaries.put(id, node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static InvalidDataException bad(String field, Labels reason) {
        return new InvalidDataException(SourcePosition.API, null, field, reason);
    }

    /** A JSON document written by the library, as it is. */
    private static void text(Context ctx, String document) {
        ctx.status(200).contentType(APPLICATION_JSON).result(document.getBytes(StandardCharsets.UTF_8));
    }

    private static void json(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType(APPLICATION_JSON).result(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode items(List<? extends Map<String, ?>> list) {
        ObjectNode n = JSON.createObjectNode();
        n.set("items", JSON.valueToTree(list));
        return n;
    }

    private static <T> ObjectNode page(Page<T> page, Function<T, JsonNode> item) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode items = n.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        n.put("offset", page.offset());
        n.put("limit", page.limit());
        n.put("total", page.total());
        return n;
    }

    private static ObjectNode batch(Batch b) {
        return JSON.createObjectNode().put("id", b.id()).put("kind", b.kind().name().toLowerCase(Locale.ROOT))
                .put("target", b.target()).put("fileName", b.fileName()).put("digest", b.digest())
                .put("importedBy", b.importedBy()).put("importedAt", b.importedAt().toString())
                .put("rowCount", b.rowCount());
    }

    private static ObjectNode run(RunInfo r) {
        ObjectNode n = JSON.createObjectNode().put("id", r.id()).put("status", r.status());
        try {
            n.set("request", JSON.readTree(r.request()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        n.put("criteriaSet", r.criteriaSet());
        n.put("inputsDigest", r.inputsDigest());
        n.put("resultsDigest", r.resultsDigest());
        n.put("requestedBy", r.requestedBy());
        n.put("startedAt", r.startedAt().toString());
        n.put("finishedAt", r.end().map(Object::toString).orElse(null));
        if (r.problem() != null) {
            n.putObject("problem").put("vi", r.problemVi()).put("en", r.problem());
        }
        return n;
    }

    private static int[] page(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
        if (offset < 0 || limit < 1 || limit > Page.MAX_LIMIT) {
            throw bad("limit", Labels.of("trang cần offset ≥ 0 và limit từ 1 đến " + Page.MAX_LIMIT,
                    "a page needs offset ≥ 0 and a limit of 1 to " + Page.MAX_LIMIT));
        }
        return new int[] {offset, limit};
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(name, Labels.of("giá trị " + InvalidDataException.excerpt(v) + " không phải là số nguyên",
                    "value " + InvalidDataException.excerpt(v) + " is not a whole number"));
        }
    }

    private static long longParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            throw bad(name, Labels.of("thiếu tham số bắt buộc", "a required parameter is missing"));
        }
        return parseId(v, name);
    }

    private static long runId(Context ctx) {
        return parseId(ctx.pathParam("id"), "id");
    }

    private static long parseId(String v, String name) {
        try {
            long id = Long.parseLong(v);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw bad(name, Labels.of("giá trị " + InvalidDataException.excerpt(v) + " không phải là số lượt đánh giá",
                    "value " + InvalidDataException.excerpt(v) + " is not a run number"));
        }
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            throw bad(name, Labels.of("thiếu tham số bắt buộc", "a required parameter is missing"));
        }
        return v;
    }

    private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String v = required(ctx, name);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, Labels.of("giá trị " + InvalidDataException.excerpt(v) + " không rõ",
                    "unknown value " + InvalidDataException.excerpt(v)));
        }
    }

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static LocalDate date(String v, String field) {
        try {
            return v.contains("/") ? LocalDate.parse(v, VIETNAMESE_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(field, Labels.of("giá trị " + InvalidDataException.excerpt(v)
                    + " không phải là ngày (dd/MM/yyyy hoặc yyyy-mm-dd)",
                    "value " + InvalidDataException.excerpt(v) + " is not a date (yyyy-mm-dd or dd/MM/yyyy)"));
        }
    }

    private static String name(String v, String field) {
        if (v.length() > 100) {
            throw bad(field, Labels.of("tên quá dài", "the name is too long"));
        }
        return v;
    }

    /**
     * A plan toward a target from a finished run ({@code ntm-plan}): the body names the scope, the
     * goals ({@code [{"standard": …, "target": "+20" | "40%" | "all" | "req:STANDARD/CRITERION"}]}),
     * and optionally the objective, a budget in whole đồng, the plan year, the province's cost model
     * ({@code ntm.plan-costs/1}) and allocations by unit; the answer is {@code ntm.plan/1}, or the
     * plan's text with {@code format=text} (in {@code lang}).
     */
    private void plan(Context ctx) {
        JsonNode body = jsonBody(ctx);
        Set<String> known = Set.of("scope", "goals", "objective", "budget", "year", "costs", "allocations");
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                throw bad(f, Labels.of("trường JSON không rõ; định dạng chỉ có các trường " + String.join(", ", known),
                        "unknown JSON field; the format has the fields " + String.join(", ", known)));
            }
        }
        long id = runId(ctx);
        io.github.ntmlib.plan.PlanRequest.Builder request = io.github.ntmlib.plan.PlanRequest.builder(
                store.runs().prepared(id), requiredText(body, "scope"));
        JsonNode goals = body.path("goals");
        if (!goals.isArray() || goals.isEmpty()) {
            throw bad("goals", Labels.of("cần ít nhất một mục tiêu (mức chuẩn và số đơn vị cần đạt)",
                    "at least one goal is needed: [{\"standard\": …, \"target\": \"+20\"}]"));
        }
        for (JsonNode g : goals) {
            if (!g.isObject()) {
                throw bad("goals", Labels.of("mỗi mục tiêu là một đối tượng JSON", "each goal is a JSON object"));
            }
            request.goal(requiredText(g, "standard"), io.github.ntmlib.plan.Target.parse(requiredText(g, "target")));
        }
        String objective = text(body, "objective", false);
        if (objective != null) {
            try {
                request.objective(io.github.ntmlib.plan.Objective.valueOf(objective));
            } catch (IllegalArgumentException e) {
                throw bad("objective", Labels.of("mục tiêu tối ưu phải là LEAST_COST hoặc MOST_WITHIN_BUDGET",
                        "objective is LEAST_COST or MOST_WITHIN_BUDGET"));
            }
        }
        JsonNode budget = body.get("budget");
        if (budget != null && !budget.isNull()) {
            if (!budget.isIntegralNumber() || !budget.canConvertToLong() || budget.longValue() < 0) {
                throw bad("budget", Labels.of("kinh phí là số nguyên đồng không âm", "budget is a whole number of đồng,"
                        + " not negative"));
            }
            request.budget(io.github.ntmlib.finance.money.Vnd.ofDong(budget.longValue()));
        }
        JsonNode year = body.get("year");
        if (year != null && !year.isNull()) {
            if (!year.isIntegralNumber() || !year.canConvertToInt() || year.intValue() < 1900 || year.intValue() > 2200) {
                throw bad("year", Labels.of("năm kế hoạch là số nguyên từ 1900 đến 2200", "year is a whole number from"
                        + " 1900 to 2200"));
            }
            request.year(year.intValue());
        }
        JsonNode costs = body.get("costs");
        if (costs != null && !costs.isNull()) {
            request.costs(io.github.ntmlib.plan.io.CostModelJson.read(new java.io.ByteArrayInputStream(
                    costs.toString().getBytes(StandardCharsets.UTF_8)), "costs"));
        }
        JsonNode allocations = body.path("allocations");
        if (!allocations.isMissingNode() && !allocations.isNull()) {
            if (!allocations.isObject()) {
                throw bad("allocations", Labels.of("vốn phân bổ là đối tượng JSON: mã đơn vị → số đồng",
                        "allocations is a JSON object: unit code → đồng"));
            }
            for (Map.Entry<String, JsonNode> e : allocations.properties()) {
                if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToLong() || e.getValue().longValue() < 0) {
                    throw bad("allocations", Labels.of("vốn phân bổ là số nguyên đồng không âm",
                            "an allocation is a whole number of đồng, not negative"));
                }
                request.allocation(e.getKey(), io.github.ntmlib.finance.money.Vnd.ofDong(e.getValue().longValue()));
            }
        }
        io.github.ntmlib.plan.PlanRequest built;
        try {
            built = request.build();
        } catch (IllegalArgumentException e) {
            throw bad("body", Labels.of("yêu cầu lập kế hoạch không hợp lệ: kinh phí cần bảng chi phí, mục tiêu"
                    + " 'nhiều đơn vị nhất' cần kinh phí, mỗi mức chuẩn chỉ một mục tiêu", "the plan request is not valid:"
                    + " a budget needs a cost model, the most-within-budget objective needs a budget, one goal per standard"));
        }
        io.github.ntmlib.plan.ImprovementPlan plan = io.github.ntmlib.plan.Planner.plan(built);
        if ("text".equals(ctx.queryParam("format"))) {
            ctx.status(200).contentType("text/plain; charset=utf-8").result(plan.text(Problems.language(ctx))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        ctx.status(200).contentType(APPLICATION_JSON).result(io.github.ntmlib.plan.io.PlanJson.write(plan)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A required text field of a JSON body. */
    private static String requiredText(JsonNode body, String field) {
        String v = text(body, field, true);
        if (v == null) {
            throw bad(field, Labels.of("thiếu trường JSON bắt buộc", "a required JSON field is missing"));
        }
        return v;
    }

    /** A text field of a JSON body. */
    private static @Nullable String text(JsonNode body, String field, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw bad(field, Labels.of("thiếu trường JSON bắt buộc", "a required JSON field is missing"));
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isEmpty()) {
            throw bad(field, Labels.of("trường JSON này phải là một chuỗi không rỗng", "this JSON field is a non-empty string"));
        }
        return n.asText();
    }

    private JsonNode jsonBody(Context ctx) {
        byte[] bytes = body(ctx, config.maxBodyBytes());
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw bad("body", Labels.of("nội dung phải là một đối tượng JSON", "the body is a JSON object"));
            }
            return node;
        } catch (IOException e) {
            throw bad("body", Labels.of("nội dung không phải JSON hợp lệ", "the body is not valid JSON"));
        }
    }

    /** The request body, read to at most a limit. */
    private static byte[] body(Context ctx, long limit) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                throw new Problems.TooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
