package io.github.ntmlib.server.dashboard;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.report.OfficialHeader;
import io.github.ntmlib.report.Report;
import io.github.ntmlib.report.ReportRenderer;
import io.github.ntmlib.report.ReportRequest;
import io.github.ntmlib.report.docx.DocxReport;
import io.github.ntmlib.report.html.HtmlReport;
import io.github.ntmlib.report.pdf.PdfReport;
import io.github.ntmlib.report.xlsx.XlsxReport;
import io.github.ntmlib.server.http.Access;
import io.github.ntmlib.server.http.RouteModule;
import io.github.ntmlib.server.store.NotFoundException;
import io.github.ntmlib.server.store.Role;
import io.github.ntmlib.server.store.RunInfo;
import io.github.ntmlib.server.store.RunRequest;
import io.github.ntmlib.server.store.Runs;
import io.github.ntmlib.server.store.Store;
import io.github.ntmlib.server.store.StoreUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's routes, under {@code /dashboard}: read-only pages over the store's runs, served by
 * the same server as the API and behind the same access rule. A browser cannot send a bearer header,
 * so the sign-in form takes a token (any role) and keeps it in an HttpOnly, SameSite=Strict cookie
 * scoped to {@code /dashboard}; the API never reads that cookie, so a page elsewhere cannot make a
 * browser write through it. With anonymous reads the pages need no sign-in.
 */
public final class Dashboard implements RouteModule {

    /** The dashboard's path. */
    public static final String ROOT = "/dashboard";
    /** The cookie holding a signed-in reader's token. */
    public static final String COOKIE = "ntm_dashboard";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Dashboard.class.getClassLoader(), "io.github.ntmlib.server.dashboard.generated");
    private static final Map<String, String> ASSETS = Map.of("dashboard.css", "text/css; charset=utf-8");
    private static final int MAX_RUNS = 200;

    private final Store store;
    /**
     * The dashboard over a store.
     *
     * @param store the store
     */
    public Dashboard(Store store) {
        this.store = store;
    }

    @Override
    public Access.@Nullable Need need(String method, String path) {
        if (path.equals("/")) {
            return Access.Need.ANYONE;
        }
        if (!path.equals(ROOT) && !path.startsWith(ROOT + "/")) {
            return null;
        }
        if (path.startsWith(ROOT + "/login") || path.startsWith(ROOT + "/logout") || path.startsWith(ROOT + "/assets/")) {
            return Access.Need.ANYONE;
        }
        return Access.Need.READ;
    }

    @Override
    public @Nullable String credential(Context ctx) {
        return ctx.cookie(COOKIE);
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/", ctx -> ctx.redirect(ROOT, io.javalin.http.HttpStatus.SEE_OTHER));
        r.get(ROOT, this::runs);
        r.get(ROOT + "/assets/{name}", this::asset);
        r.get(ROOT + "/login", ctx -> html(ctx, 200, "login.jte", new Views.LoginView(page(ctx, "đăng nhập", "sign in",
                "/login"), null)));
        r.post(ROOT + "/login", this::login);
        r.post(ROOT + "/logout", ctx -> {
            ctx.header("Set-Cookie", COOKIE + "=; Path=" + ROOT + "; Max-Age=0; HttpOnly; SameSite=Strict");
            ctx.redirect(ROOT + "/login" + (language(ctx) == Language.ENGLISH ? "?lang=en" : ""),
                    io.javalin.http.HttpStatus.SEE_OTHER);
        });
        r.get(ROOT + "/runs/{id}", ctx -> {
            Evaluation e = evaluation(ctx);
            String root = e.units().stream().filter(u -> u.parent().isEmpty()).findFirst().orElseThrow().unit();
            unit(ctx, e, root);
        });
        r.get(ROOT + "/runs/{id}/units/{code}", ctx -> unit(ctx, evaluation(ctx), ctx.pathParam("code")));
        r.get(ROOT + "/runs/{id}/matrix", this::matrix);
        r.get(ROOT + "/runs/{id}/report.{format}", this::report);
        r.get(ROOT + "/compare", this::compare);
    }

    // ---- access and errors ----

    @Override
    public boolean handle(Exception e, Context ctx) {
        if (ctx.path().startsWith(ROOT + "/assets/")) {
            return false;
        }
        if (e instanceof Access.Denied d) {
            if (d.status() == 401) {
                if (ctx.cookie(COOKIE) != null) {
                    ctx.header("Set-Cookie", COOKIE + "=; Path=" + ROOT + "; Max-Age=0; HttpOnly; SameSite=Strict");
                }
                ctx.redirect(ROOT + "/login" + (language(ctx) == Language.ENGLISH ? "?lang=en" : ""),
                        io.javalin.http.HttpStatus.SEE_OTHER);
            } else {
                error(ctx, 403, d.reason());
            }
            return true;
        }
        if (e instanceof InvalidDataException d) {
            error(ctx, d instanceof NotFoundException ? 404 : 400, Labels.of(d.reason(Language.VIETNAMESE),
                    d.reason(Language.ENGLISH)));
            return true;
        }
        if (e instanceof StoreUnavailableException) {
            ctx.header("Retry-After", "5");
            error(ctx, 503, Labels.of("không kết nối được cơ sở dữ liệu; hãy thử lại sau",
                    "the database is unreachable; try again later"));
            return true;
        }
        return false;
    }

    private void error(Context ctx, int status, Labels message) {
        Page page = page(ctx, "lỗi", "error", "");
        html(ctx, status, "error.jte", new Views.ErrorView(page, status, page.t(message)));
    }

    private void login(Context ctx) {
        String token = ctx.formParam("token");
        Page page = page(ctx, "đăng nhập", "sign in", "/login");
        if (token == null || token.isBlank() || token.length() > 200
                || !Access.allows(store.tokens(), token.strip(), Role.READER)) {
            html(ctx, 401, "login.jte", new Views.LoginView(page, page.t("mã truy cập không đúng hoặc đã bị thu hồi",
                    "the token is unknown or revoked")));
            return;
        }
        ctx.header("Set-Cookie", COOKIE + "=" + token.strip() + "; Path=" + ROOT + "; HttpOnly; SameSite=Strict");
        ctx.redirect(page.link(""), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new NotFoundException(name, "asset", Labels.of("không có tệp này", "no such file"));
        }
        try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the asset " + name + " is missing from the module");
            }
            ctx.header("Cache-Control", "max-age=3600").contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- pages ----

    private static Language language(Context ctx) {
        String lang = ctx.queryParam("lang");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Language.ENGLISH : Language.VIETNAMESE;
    }

    private static Page page(Context ctx, String vi, String en, String self) {
        Language language = language(ctx);
        return new Page(language, language == Language.VIETNAMESE ? vi : en, ctx.cookie(COOKIE) != null, self);
    }

    private static void html(Context ctx, int status, String template, Object view) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("v", view), out);
        ctx.status(status).contentType("text/html; charset=utf-8").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "frame-ancestors 'none'; form-action 'self'")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String status(Page page, String status) {
        return switch (status) {
            case RunInfo.FINISHED -> page.t("đã xong", "finished");
            case RunInfo.RUNNING -> page.t("đang chạy", "running");
            default -> page.t("bị lỗi", "failed");
        };
    }

    private String runTitle(Page page, long id) {
        RunRequest r = store.runs().request(id);
        return page.t("lượt đánh giá số ", "evaluation run ") + id + page.t(" ngày ", " as of ") + page.date(r.asOf())
                + " (" + r.dataset() + ")";
    }

    private void runs(Context ctx) {
        Page page = page(ctx, "các lượt đánh giá", "evaluation runs", "");
        var list = store.runs().list(0, MAX_RUNS);
        List<Views.RunRow> rows = new ArrayList<>();
        for (RunInfo info : list.items()) {
            RunRequest r = store.runs().request(info.id());
            String problem = info.status().equals(RunInfo.FAILED)
                    ? (page.vi() ? info.problemVi() : info.problem()) : null;
            rows.add(new Views.RunRow(info.id(), page.date(r.asOf()), r.hierarchy(), r.dataset(),
                    status(page, info.status()), info.status().toLowerCase(Locale.ROOT), page.time(info.startedAt()),
                    info.status().equals(RunInfo.FINISHED), problem));
        }
        html(ctx, 200, "runs.jte", new Views.RunsView(page, rows));
    }

    private static long runId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException(ctx.pathParam("id"), "run", Labels.of("không có lượt đánh giá này",
                    "no such evaluation run"));
        }
    }

    private Evaluation evaluation(Context ctx) {
        return evaluation(runId(ctx));
    }

    private Evaluation evaluation(long id) {
        return store.runs().evaluation(id);
    }

    private static Views.Cell verdictCell(Page page, Verdict v) {
        String symbol = switch (v) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case NOT_ASSESSED -> "?";
        };
        return new Views.Cell(symbol, page.name(v), css(v));
    }

    private static String css(Verdict v) {
        return switch (v) {
            case MET -> "met";
            case NOT_MET -> "not-met";
            case NOT_ASSESSED -> "not-assessed";
        };
    }

    private static UnitResult unitOf(Evaluation e, String code) {
        try {
            return e.unit(code);
        } catch (RuntimeException ex) {
            throw new NotFoundException(code, "unit", Labels.of("lượt đánh giá không có đơn vị này",
                    "the evaluation run has no such unit"));
        }
    }

    private void unit(Context ctx, Evaluation e, String code) {
        long run = runId(ctx);
        UnitResult u = unitOf(e, code);
        String self = "/runs/" + run + "/units/" + Page.encode(code);
        Page page = page(ctx, u.name(), u.name(), self);
        List<Views.Crumb> crumbs = new ArrayList<>();
        List<AdminUnit> ancestors = new ArrayList<>(e.snapshot().ancestors(code));
        Collections.reverse(ancestors);
        for (AdminUnit a : ancestors) {
            crumbs.add(new Views.Crumb(a.name(), page.link("/runs/" + run + "/units/" + Page.encode(a.code()))));
        }
        List<Views.StandardRow> standards = new ArrayList<>();
        for (StandardResult s : u.standards()) {
            List<Views.CriterionRow> criteria = new ArrayList<>();
            for (CriterionResult c : s.criteria()) {
                criteria.add(new Views.CriterionRow(c.code(), page.t(c.labels()), page.name(c.verdict()),
                        css(c.verdict()), c.explanation(page.language())));
            }
            String recognition = s.recognition().map(r -> page.t("công nhận ngày ", "recognised on ")
                    + page.date(r.date()) + " (" + r.decision() + ")").orElse("");
            standards.add(new Views.StandardRow(page.t(e.standard(s.standard()).labels()), page.name(s.verdict()),
                    css(s.verdict()), recognition, s.explanation(page.language()), criteria));
        }
        List<UnitResult> below = e.descendants(code);
        List<Views.TallyRow> tallies = new ArrayList<>();
        List<Chart.Group> tallyGroups = new ArrayList<>();
        List<Views.ProgressRow> progress = new ArrayList<>();
        List<Chart.Group> progressGroups = new ArrayList<>();
        Set<UnitKind> kindsBelow = EnumSet.noneOf(UnitKind.class);
        below.forEach(d -> kindsBelow.add(d.kind()));
        if (!below.isEmpty()) {
            Tallies all = Tallies.of(e);
            for (Standard s : e.criteriaSet().standards()) {
                Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
                kinds.addAll(s.appliesTo());
                kinds.retainAll(kindsBelow);
                if (kinds.isEmpty()) {
                    continue;
                }
                Tally t = all.tally(code, s.id(), Tally.Scope.DESCENDANTS, kinds);
                if (t.total() == 0) {
                    continue;
                }
                String name = page.t(s.labels());
                tallies.add(new Views.TallyRow(name, kinds.stream().map(page::name).collect(Collectors.joining(", ")),
                        t.total(), t.recognised(), t.attained(), t.notAssessed()));
                tallyGroups.add(new Chart.Group(name, List.of(t.attained(), t.recognised(), t.total())));
            }
            RunRequest request = store.runs().request(run);
            for (Plan plan : Runs.plans(request, e)) {
                if (!plan.unit().equals(code)) {
                    continue;
                }
                Progress p = Progress.of(plan, e);
                String name = page.t(e.standard(plan.standard()).labels());
                progress.add(new Views.ProgressRow(name, plan.target(), p.achieved().size(),
                        Figures.format(p.percent(1), page.vi() ? Figures.VI : Locale.ENGLISH) + "%"));
                progressGroups.add(new Chart.Group(name, List.of(p.achieved().size(), plan.target())));
            }
        }
        Chart tallyChart = tallyGroups.isEmpty() ? null : Chart.of("tally-chart",
                page.t("Số đơn vị đạt chuẩn thuộc ", "Units meeting each standard under ") + u.name(),
                tallyGroups.stream().map(g -> g.label() + ": " + g.values().get(0) + "/" + g.values().get(2)
                        + page.t(" đạt theo tính toán, ", " attained as computed, ") + g.values().get(1)
                        + page.t(" được công nhận", " recognised")).collect(Collectors.joining("; ")),
                List.of(page.t("đạt theo tính toán", "attained (computed)"), page.t("được công nhận", "recognised"),
                        page.t("tổng số đơn vị", "units counted")), tallyGroups);
        Chart progressChart = progressGroups.isEmpty() ? null : Chart.of("progress-chart",
                page.t("Tiến độ kế hoạch năm ", "Plan progress in ") + e.request().asOf().getYear(),
                progressGroups.stream().map(g -> g.label() + ": " + g.values().get(0) + "/" + g.values().get(1))
                        .collect(Collectors.joining("; ")),
                List.of(page.t("đã được công nhận", "recognised so far"), page.t("chỉ tiêu kế hoạch", "plan target")),
                progressGroups);
        List<UnitResult> children = e.children(code);
        List<String> columnIds = new ArrayList<>();
        for (Standard s : e.criteriaSet().standards()) {
            if (children.stream().anyMatch(c -> c.standard(s.id()).isPresent())) {
                columnIds.add(s.id());
            }
        }
        List<Views.ChildRow> childRows = new ArrayList<>();
        for (UnitResult c : children) {
            List<Views.Cell> cells = new ArrayList<>();
            for (String id : columnIds) {
                Optional<StandardResult> r = c.standard(id);
                cells.add(r.map(x -> new Views.Cell(page.name(x.verdict()), page.name(x.verdict()), css(x.verdict())))
                        .orElse(new Views.Cell("—", page.t("không áp dụng", "not applicable"), "none")));
            }
            childRows.add(new Views.ChildRow(c.name(), page.name(c.kind()),
                    page.link("/runs/" + run + "/units/" + Page.encode(c.unit())), cells));
        }
        List<String> columns = columnIds.stream().map(id -> page.t(e.standard(id).labels())).toList();
        Level level = u.kind().level();
        boolean reportable = level == Level.PROVINCE || level == Level.DISTRICT;
        List<Views.Download> downloads = new ArrayList<>();
        if (reportable) {
            for (String f : List.of("html", "pdf", "xlsx", "docx")) {
                downloads.add(new Views.Download(f.toUpperCase(Locale.ROOT), page.link("/runs/" + run + "/report." + f
                        + "?unit=" + Page.encode(code))));
            }
        }
        String matrix = below.isEmpty() ? null : page.link("/runs/" + run + "/matrix?unit=" + Page.encode(code));
        html(ctx, 200, "unit.jte", new Views.UnitView(page, run, runTitle(page, run), crumbs, code, u.name(),
                page.name(u.kind()), standards, tallies, tallyChart, progress, progressChart, columns, childRows, matrix,
                downloads));
    }

    private void matrix(Context ctx) {
        long run = runId(ctx);
        Evaluation e = evaluation(run);
        String unit = ctx.queryParam("unit");
        if (unit == null || unit.isEmpty()) {
            unit = e.units().stream().filter(u -> u.parent().isEmpty()).findFirst().orElseThrow().unit();
        }
        UnitResult scope = unitOf(e, unit);
        List<UnitResult> below = e.descendants(unit);
        List<Standard> present = e.criteriaSet().standards().stream()
                .filter(s -> below.stream().anyMatch(d -> d.standard(s.id()).isPresent())).toList();
        String wanted = ctx.queryParam("standard");
        Standard standard = present.stream().filter(s -> s.id().equals(wanted)).findFirst()
                .orElse(present.isEmpty() ? null : present.get(0));
        String base = "/runs/" + run + "/matrix?unit=" + Page.encode(unit);
        Page page = page(ctx, "ma trận tiêu chí", "criterion matrix", base + (standard == null ? ""
                : "&standard=" + Page.encode(standard.id())));
        List<Views.Choice> choices = new ArrayList<>();
        for (Standard s : present) {
            choices.add(new Views.Choice(page.t(s.labels()), page.link(base + "&standard=" + Page.encode(s.id())),
                    s == standard));
        }
        List<Views.Column> columns = new ArrayList<>();
        List<Views.MatrixRow> rows = new ArrayList<>();
        if (standard != null) {
            List<String> codes = new ArrayList<>();
            for (var c : standard.criteria()) {
                codes.add(c.code());
                columns.add(new Views.Column(c.code(), page.t(c.labels())));
            }
            for (UnitResult d : below) {
                Optional<StandardResult> r = d.standard(standard.id());
                if (r.isEmpty()) {
                    continue;
                }
                List<Views.Cell> cells = new ArrayList<>();
                for (String code : codes) {
                    cells.add(r.get().criterion(code).map(c -> verdictCell(page, c.verdict()))
                            .orElse(new Views.Cell("—", page.t("không áp dụng", "not applicable"), "none")));
                }
                rows.add(new Views.MatrixRow(d.name(), page.link("/runs/" + run + "/units/" + Page.encode(d.unit())),
                        verdictCell(page, r.get().verdict()), cells));
            }
        }
        List<Views.Cell> legend = List.of(verdictCell(page, Verdict.MET), verdictCell(page, Verdict.NOT_MET),
                verdictCell(page, Verdict.NOT_ASSESSED));
        html(ctx, 200, "matrix.jte", new Views.MatrixView(page, run, runTitle(page, run), scope.name(),
                page.link("/runs/" + run + "/units/" + Page.encode(unit)), choices, columns, rows, legend));
    }

    private static long param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return Long.parseLong(v == null ? "" : v);
        } catch (NumberFormatException ex) {
            throw new InvalidDataException(SourcePosition.API, null, name, Labels.of(
                    "cần chọn hai lượt đánh giá", "choose two evaluation runs"));
        }
    }

    private void compare(Context ctx) {
        long from = param(ctx, "from");
        long to = param(ctx, "to");
        Page page = page(ctx, "so sánh hai lượt đánh giá", "comparison of two runs", "/compare?from=" + from + "&to=" + to);
        EvaluationComparison c = store.runs().comparison(from, to);
        List<Views.CompareRow> rows = new ArrayList<>();
        List<Chart.Group> groups = new ArrayList<>();
        for (StandardComparison s : c.standards()) {
            String name = page.t(s.labels());
            int change = s.change();
            rows.add(new Views.CompareRow(name, s.before() + "/" + s.totalBefore(), s.after() + "/" + s.totalAfter(),
                    (change > 0 ? "+" : "") + change));
            groups.add(new Chart.Group(name, List.of(s.before(), s.after())));
        }
        String a = page.date(c.earlier().asOf());
        String b = page.date(c.later().asOf());
        Chart chart = Chart.of("compare-chart", page.t("Số đơn vị đạt chuẩn ngày ", "Units meeting each standard on ")
                + a + page.t(" và ngày ", " and on ") + b,
                groups.stream().map(g -> g.label() + ": " + g.values().get(0) + page.t(" rồi ", " then ")
                        + g.values().get(1)).collect(Collectors.joining("; ")),
                List.of(page.t("ngày ", "on ") + a, page.t("ngày ", "on ") + b), groups);
        html(ctx, 200, "compare.jte", new Views.CompareView(page, runTitle(page, from), runTitle(page, to),
                c.lines(page.language()), rows, chart));
    }

    private void report(Context ctx) {
        long run = runId(ctx);
        String format = ctx.pathParam("format");
        ReportRenderer renderer;
        String type;
        switch (format) {
            case "html" -> {
                renderer = HtmlReport.create();
                type = "text/html; charset=utf-8";
            }
            case "pdf" -> {
                Optional<java.nio.file.Path> chromium = PdfReport.findOnPath();
                if (chromium.isEmpty()) {
                    error(ctx, 503, Labels.of("không tạo được tệp PDF: máy chủ không có trình duyệt Chromium",
                            "cannot make a PDF: the server has no Chromium"));
                    return;
                }
                renderer = PdfReport.chromium().withExecutable(chromium.get());
                type = "application/pdf";
            }
            case "xlsx" -> {
                renderer = XlsxReport.create();
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            case "docx" -> {
                renderer = DocxReport.create();
                type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            default -> throw new NotFoundException(format, "format", Labels.of("không có định dạng báo cáo này",
                    "no such report format"));
        }
        Evaluation e = evaluation(run);
        String code = ctx.queryParam("unit");
        if (code == null || code.isEmpty()) {
            code = e.units().stream().filter(u -> u.parent().isEmpty()).findFirst().orElseThrow().unit();
        }
        UnitResult scope = unitOf(e, code);
        Language language = language(ctx);
        boolean vi = language == Language.VIETNAMESE;
        OfficialHeader header = new OfficialHeader(vi ? "Hệ thống theo dõi nông thôn mới" : "NTM monitoring system",
                "NTM-" + run, scope.name(), e.request().asOf(),
                vi ? "Báo cáo kết quả đánh giá nông thôn mới" : "Report on the new rural development evaluation",
                vi ? "Người lập báo cáo" : "Prepared by", vi ? "(chưa ký)" : "(not signed)");
        ReportRequest.Builder request = ReportRequest.builder(e, header).language(language);
        Level level = scope.kind().level();
        if (level == Level.DISTRICT) {
            String province = e.snapshot().ancestors(code).stream().filter(a -> a.level() == Level.PROVINCE)
                    .findFirst().orElseThrow().code();
            request.province(province).district(code);
        } else if (level == Level.PROVINCE) {
            request.province(code);
        } else {
            throw new InvalidDataException(SourcePosition.API, code, "unit", Labels.of(
                    "báo cáo là về một tỉnh hoặc một huyện", "a report is on a province or a district"));
        }
        RunRequest stored = store.runs().request(run);
        for (Plan p : Runs.plans(stored, e)) {
            if (p.unit().equals(code)) {
                request.plan(p);
            }
        }
        Report report = Report.of(request.build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        String file = "ntm-run-" + run + "-" + code.replaceAll("[^A-Za-z0-9_-]", "_") + "." + format;
        ctx.status(200).contentType(type).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff").result(out.toByteArray());
    }
}
