package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.examples.demo.HaTinhDemo;
import io.github.ntmlib.finance.io.AllocationJson;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.CostModel;
import io.github.ntmlib.plan.ImprovementPlan;
import io.github.ntmlib.plan.Objective;
import io.github.ntmlib.plan.PlanRequest;
import io.github.ntmlib.plan.Planner;
import io.github.ntmlib.plan.PlanningException;
import io.github.ntmlib.plan.Target;
import io.github.ntmlib.plan.io.CostModelJson;
import io.github.ntmlib.plan.io.CostModelXlsx;
import io.github.ntmlib.plan.io.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ntm plan}: the least-cost choice of units and improvements that reaches a target (ntm-plan),
 * re-judged by the engine, beside the closest-first choice; on the evaluation inputs of
 * {@code ntm evaluate} or on the Hà Tĩnh demo with its synthetic cost model. A plan that does not
 * reach its goals (too few units, too small a budget) is printed with its shortfall and exits 0, as
 * a report does; {@code --fail-on-incomplete} makes it exit 4.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plans toward a target: which units to bring to a standard and which criteria each must close, "
                + "at the least cost (an exact integer programme, every unit re-judged by the engine), beside the "
                + "closest-first choice; or the most units within a budget.",
                "e.g. ntm plan --demo --goal commune-advanced=+20 (the Hà Tĩnh demo, SYNTHETIC costs). Formats: "
                        + "docs/formats.md (ntm.plan/1, ntm.plan-costs/1)."})
final class PlanCommand implements Callable<Integer> {

    /** The demo's synthetic cost model, a copy of docs/examples/plan-costs-ha-tinh.json. */
    static final String DEMO_COSTS = "/io/github/ntmlib/examples/plan-costs-ha-tinh.json";


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--demo", description = "plan on the Hà Tĩnh 2021-2025 demo (as ntm demo) with the shipped "
            + "SYNTHETIC cost model (docs/examples/plan-costs-ha-tinh.json) unless --costs is given")
    boolean demo;

    @ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nThe evaluation planned on (as ntm evaluate), "
            + "instead of --demo:%n", headingKey = "plan.evaluation")
    @Nullable EvaluationInputs inputs;

    @Option(names = "--scope", paramLabel = "CODE",
            description = "the unit whose units are planned (a province, a district); default: the one province of "
                    + "the inputs")
    @Nullable String scope;

    @Option(names = "--goal", required = true, paramLabel = "STANDARD=TARGET",
            description = "a goal (repeatable, nested standards): TARGET is +K (K more units), P%% (a share of the units "
                    + "the standard applies to), all, or req:STANDARD/CRITERION (what a requirement of the scope's own "
                    + "standard still needs), e.g. commune-advanced=+20")
    Map<String, String> goals = new LinkedHashMap<>();

    @Option(names = "--costs", paramLabel = "FILE",
            description = "the province's cost model, JSON ntm.plan-costs/1 or its workbook (.xlsx; a blank one: "
                    + "ntm template plan-costs -o FILE.xlsx); without it a gap costs its normalised distance")
    @Nullable Path costs;

    @Option(names = "--budget", paramLabel = "AMOUNT",
            description = "the budget with its unit, e.g. \"150 tỷ đồng\" or \"150.000 triệu đồng\" (numbers as "
                    + "--number-style, vi by default); needs a cost model")
    @Nullable String budget;

    @Option(names = "--most", description = "reach the most units within --budget instead of every goal at the least cost")
    boolean most;

    @Option(names = "--year", paramLabel = "YEAR", description = "the plan year (default: the data year + 1)")
    @Nullable Integer year;

    @Option(names = "--allocation", paramLabel = "FILE",
            description = "the year's allocation by district (the JSON of ntm finance allocate, "
                    + "ntm.finance-allocation/1), set beside each district's share of the plan")
    @Nullable Path allocation;

    @Option(names = "--fail-on-incomplete", description = "exit with 4 when the plan does not reach every goal")
    boolean failOnIncomplete;

    @Mixin
    NumberStyleOption numbers = new NumberStyleOption();

    @Mixin
    Options options = new Options();

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Options.Format format = options.format(cl, EnumSet.of(Options.Format.text, Options.Format.json));
        if (demo == (inputs != null)) {
            throw Usage.of(cl, demo ? "--demo dùng số liệu trình diễn: không dùng cùng --as-of và các tệp số liệu"
                    : "cần --demo hoặc số liệu để đánh giá (--as-of và các tệp --values, --outcomes, --statuses ...)",
                    demo ? "--demo plans on the demo's data: not with --as-of and data files"
                            : "give --demo or the data to evaluate (--as-of and --values, --outcomes, --statuses ...)");
        }
        if (most && budget == null) {
            throw Usage.of(cl, "--most cần --budget", "--most needs --budget");
        }
        if (budget != null && costs == null && !demo) {
            throw Usage.of(cl, "--budget cần một bảng chi phí tính bằng đồng (--costs)",
                    "--budget needs a cost model in đồng (--costs)");
        }
        if (year != null && (year < 1900 || year > 2200)) {
            throw Usage.of(cl, "--year " + year + ": năm kế hoạch phải từ 1900 đến 2200",
                    "--year " + year + ": the plan year must be from 1900 to 2200");
        }
        Vnd amount = budget == null ? null : budget(budget, numbers.style());
        CostModel model = costs != null ? costModel(cl, costs) : demo ? demoCosts() : null;
        Map<String, Vnd> allocations = allocation == null ? Map.of() : allocations(allocation);
        PreparedEvaluation prepared;
        String where;
        if (demo) {
            CriteriaSet set = CriteriaRegistry.load().byId(NationalCriteria2021.SET_ID);
            HaTinhDemo d = HaTinhDemo.generate(set);
            Notes.progress(cl, "đang đánh giá số liệu trình diễn Hà Tĩnh", "evaluating the Hà Tĩnh demo");
            prepared = Evaluator.of(set).prepare(EvaluationRequest.of(HaTinhDemo.AS_OF, HaTinhDemo.YEAR,
                    CountingMode.OFFICIAL), d.snapshot(), d.data(), d.register());
            where = scope != null ? checkScope(cl, d.snapshot(), scope) : HaTinhDemo.PROVINCE;
        } else {
            String[] chosen = new String[1];
            prepared = java.util.Objects.requireNonNull(inputs, "inputs").prepare(cl, numbers.style(), snapshot -> chosen[0] = scope != null
                    ? checkScope(cl, snapshot, scope) : province(cl, snapshot));
            where = chosen[0];
        }
        PlanRequest.Builder request = PlanRequest.builder(prepared, where);
        CriteriaSet set = prepared.criteriaSet();
        goals.forEach((standard, target) -> request.goal(standard(cl, set, standard), target(cl, standard, target)));
        request.objective(most ? Objective.MOST_WITHIN_BUDGET : Objective.LEAST_COST);
        if (model != null) {
            request.costs(model);
        }
        if (amount != null) {
            request.budget(amount);
        }
        if (year != null) {
            request.year(year);
        }
        allocations.forEach(request::allocation);
        Notes.progress(cl, "đang lập kế hoạch", "planning");
        ImprovementPlan plan;
        try {
            plan = Planner.plan(request.build());
        } catch (PlanningException e) {
            // a cost model's code the criteria set does not have: the cost file is what is wrong
            if (costs != null && e.field().filter(f -> f.startsWith("costs.")).isPresent()) {
                // no subject: the reason names the code, quoted (a bare standard id is no Vietnamese)
                throw new InvalidDataException(SourcePosition.of(costs.toString()), null, e.field().orElseThrow(), Labels.of(e.reason(Language.VIETNAMESE), e.reason(Language.ENGLISH)), e);
            }
            throw e;
        }
        PrintWriter out = cl.getOut();
        if (format == Options.Format.json) {
            PlanJson.write(plan, out);
            out.println();
        } else {
            out.print(plan.text(options.language()));
        }
        out.flush();
        return failOnIncomplete && !plan.isComplete() ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
    }

    private static String checkScope(CommandLine cl, Snapshot snapshot, String code) {
        if (!snapshot.contains(code)) {
            throw Usage.of(cl, "--scope " + Limits.quote(code) + " không có trong danh sách đơn vị hành chính ngày "
                    + Language.VIETNAMESE.format(snapshot.date()), "--scope " + Limits.quote(code)
                    + " is not in the hierarchy on " + snapshot.date());
        }
        return code;
    }

    /** The one province of the hierarchy, when --scope is not given. */
    private static String province(CommandLine cl, Snapshot snapshot) {
        List<String> provinces = snapshot.units(UnitKind.PROVINCE).stream().map(u -> u.code()).sorted().toList();
        if (provinces.size() != 1) {
            throw Usage.of(cl, "danh sách đơn vị hành chính có " + provinces.size() + " tỉnh: cần --scope",
                    "the hierarchy has " + provinces.size() + " provinces: give --scope");
        }
        return provinces.get(0);
    }

    private static String standard(CommandLine cl, CriteriaSet set, String standard) {
        if (set.standard(standard).isEmpty()) {
            throw Usage.of(cl, "--goal: bộ tiêu chí " + set.id() + " không có mức chuẩn " + Limits.quote(standard),
                    "--goal: no standard " + Limits.quote(standard) + " in " + set.id());
        }
        return standard;
    }

    /** A goal's target: +K, P%, all or req:STANDARD/CRITERION. */
    static Target target(CommandLine cl, String standard, String text) {
        try {
            // one rule, one place: the library's reading of a target (the server reads it the same way)
            return Target.parse(text);
        } catch (io.github.ntmlib.base.InvalidDataException e) {
            // the command's own wording below, naming the option
        }
        throw Usage.of(cl, "--goal " + Limits.quote(standard + "=" + text) + ": mục tiêu phải là '+K' (thêm K đơn vị,"
                + " K ≥ 1), 'P%' (tỷ lệ trên 0 và tối đa 100), 'all' (tất cả) hoặc 'req:STANDARD/CRITERION' (một yêu cầu"
                + " của mức chuẩn của phạm vi)", "--goal " + Limits.quote(standard + "=" + text) + ": the target must"
                + " be +K (K more units, K ≥ 1), P% (a share over 0 and at most 100), all, or req:STANDARD/CRITERION"
                + " (a requirement of the scope's standard)");
    }

    /**
     * The budget: a number (vi-VN unless --number-style plain) and a unit word: đồng, triệu đồng,
     * tỷ đồng (or triệu, tỷ).
     */
    static Vnd budget(String text, @Nullable NumberStyle declared) {
        SourcePosition at = SourcePosition.of("--budget");
        String trimmed = Figures.normalizeSpaces(text);
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            throw new InvalidDataException(at, null, "budget", Labels.of(Limits.quote(text)
                    + " không có đơn vị (đồng, triệu đồng hoặc tỷ đồng)", Limits.quote(text)
                    + " has no unit (đồng, triệu đồng or tỷ đồng)"));
        }
        String label = trimmed.substring(space + 1);
        ReportUnit unit = ReportUnit.fromLabel(label).orElseThrow(() -> new InvalidDataException(at, null, "budget",
                Labels.of(Limits.quote(label) + " không phải là đơn vị tiền (đồng, triệu đồng hoặc tỷ đồng)",
                        Limits.quote(label) + " is not a unit (đồng, triệu đồng or tỷ đồng)")));
        NumberStyle style = declared == null ? NumberStyle.VI_VN : declared;
        BigDecimal number = Figures.parse(trimmed.substring(0, space), style, at, null, "budget");
        if (number.signum() < 0) {
            throw new InvalidDataException(at, null, "budget", Labels.of("kinh phí không được âm",
                    "a budget cannot be negative"));
        }
        return Vnd.of(number, unit, at, null, "budget");
    }

    /**
     * The cost model of a file, by its extension: a workbook (.xlsx, {@link CostModelXlsx}; its
     * warnings printed on standard error) or JSON ntm.plan-costs/1.
     */
    static CostModel costModel(CommandLine cl, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Workbooks.isWorkbook(file)) {
                return Workbooks.warned(cl, CostModelXlsx.intake(in, file.toString()));
            }
            return CostModelJson.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.NO_SUCH_FILE, e);
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.unreadable(e), e);
        }
    }

    /** The demo's synthetic cost model, shipped with the command. */
    static CostModel demoCosts() {
        return CostModelJson.read(PlanCommand.class.getResourceAsStream(DEMO_COSTS), "plan-costs-ha-tinh.json");
    }

    /**
     * Each unit's allocation from the JSON of {@code ntm finance allocate} (ntm.finance-allocation/1):
     * its shares' {@code unit} and {@code amount} (whole đồng); the other fields are the allocation's
     * explanation and are not needed here.
     */
    static Map<String, Vnd> allocations(Path file) {
        JsonFields.Node root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JsonFields.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.NO_SUCH_FILE, e);
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.unreadable(e), e);
        }
        String schema = root.get("schema").text();
        if (!AllocationJson.SCHEMA.equals(schema)) {
            throw root.get("schema").error(Labels.of("định dạng phải là " + AllocationJson.SCHEMA + ", không phải '"
                    + InvalidDataException.excerpt(schema) + "'", "the format must be " + AllocationJson.SCHEMA
                    + ", not '" + InvalidDataException.excerpt(schema) + "'"));
        }
        Map<String, Vnd> shares = new LinkedHashMap<>();
        for (JsonFields.Node share : root.get("shares").elements()) {
            String unit = share.get("unit").text();
            long dong = share.get("amount").whole();
            if (dong < 0) {
                throw share.get("amount").error(Labels.of("số tiền không được âm", "an amount cannot be negative"));
            }
            if (shares.put(unit, Vnd.ofDong(dong)) != null) {
                throw share.get("unit").error(Labels.of("đơn vị '" + InvalidDataException.excerpt(unit)
                        + "' có hai phần vốn", "two shares for unit '" + InvalidDataException.excerpt(unit) + "'"));
            }
        }
        return shares;
    }
}
