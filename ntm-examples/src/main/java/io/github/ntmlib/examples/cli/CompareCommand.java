package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.MergeMapCsv;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.StandardComparison;
import io.github.ntmlib.core.report.TargetStatus;
import io.github.ntmlib.core.report.io.ComparisonJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ntm compare}: two or more evaluations, year over year, across reorganisations. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares evaluations year over year (so sánh giữa các năm), matching units through the lineage "
                + "across reorganisations: per standard, units holding it on each date and the change (\"tăng 6 xã so "
                + "với năm 2024\"), units gained, lost, kept, mixed mergers with each predecessor's standing, newly or "
                + "no longer applicable, not assessed; with three evaluations or more, a series. Against targets with "
                + "--target and --plan.",
                "Each evaluation is a group of ntm evaluate's options, oldest first (a repeated option starts the next "
                + "group): e.g. --as-of 31/12/2024 --statuses s2024.csv --as-of 30/09/2025 --statuses s2025.csv; or "
                + "--evaluation FILE, an ntm.evaluation/2 JSON, with the --as-of (and --list or --units, --set) it was "
                + "made on. Output formats: docs/formats.md (ntm.comparison/1)."})
final class CompareCommand implements Callable<Integer> {

    /** The period target of Decision 263/QĐ-TTg (2021-2025): at least 80% of communes NTM, 10% kiểu mẫu. */
    static final Map<String, BigDecimal> PROGRAM_2021_2025 = programTargets();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "2..*", heading = "%nEach evaluation compared (oldest first):%n",
            headingKey = "compare.evaluations")
    // no initial list: picocli 4.7.7 would apply the group's default values to it when --help is given alone
    @Nullable List<ComparedEvaluation> evaluations;

    @Option(names = "--lineage", paramLabel = "FILE", description = "the lineage matching units across dates: a "
            + "history JSON (ntm.locality.history/1); default: the shipped list the evaluations use, or their units "
            + "files with --merge-map")
    @Nullable Path lineage;

    @Option(names = "--merge-map", paramLabel = "DATE=FILE", description = "with units files: the merge map (new code, "
            + "old code, share) of a reorganisation taking effect on DATE (repeated)")
    List<String> mergeMaps = new ArrayList<>();

    @Option(names = "--target", paramLabel = "STANDARD=PERCENT%|STANDARD=UNITS|program-2021-2025",
            description = "a target for the latest result: a share of the units the standard applies to "
                    + "(commune-ntm=80%%), a number of units (commune-ntm=120), or program-2021-2025 (Decision "
                    + "263/QĐ-TTg: commune-ntm=80%%, commune-model=10%%) (repeated)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "STANDARD=TARGET", description = "a plan for the year of the latest "
            + "evaluation: units to be recognised for a standard in that year (as ntm evaluate --plan)")
    Map<String, Integer> plans = new LinkedHashMap<>();

    @Option(names = "--summary", description = "print the counts only, not the units of each change")
    boolean summary;

    @Mixin
    Options options = new Options();

    @Mixin
    NumberStyleOption numbers = new NumberStyleOption();

    /** One evaluation compared: ntm evaluate's inputs, or a stored evaluation JSON with its snapshot. */
    static final class ComparedEvaluation extends EvaluationInputs {
        @Option(names = "--evaluation", paramLabel = "FILE", description = "a stored evaluation (ntm.evaluation/2 "
                + "JSON) made on --as-of with --list or --units (and --set), instead of data files")
        @Nullable Path json;

        Evaluation evaluation(CommandLine cl, @Nullable NumberStyle style) {
            Path file = json;
            if (file == null) {
                return evaluate(cl, style, snapshot -> { }).evaluation();
            }
            if (values != null || outcomes != null || statuses != null || groupFacts != null) {
                throw Usage.of(cl, "--evaluation " + file + " đã chứa kết quả đánh giá: không cho kèm --values,"
                        + " --outcomes, --statuses hoặc --group-facts", "--evaluation " + file + " holds its results:"
                        + " give no --values, --outcomes, --statuses or --group-facts with it");
            }
            io.github.ntmlib.core.registry.CriteriaRegistry registry = io.github.ntmlib.core.registry.CriteriaRegistry
                    .load();
            var set = criteriaSet(cl, registry);
            Snapshot snapshot = snapshot(registry, new Workbooks(cl, mapping, style));
            return Inputs.read(file, (r, f) -> io.github.ntmlib.core.report.io.EvaluationJson.read(r, f, set, snapshot));
        }
    }

    private static Map<String, BigDecimal> programTargets() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put("commune-ntm", BigDecimal.valueOf(80));
        map.put("commune-model", BigDecimal.valueOf(10));
        return map;
    }

    /** The evaluations compared, two or more (picocli refuses fewer before the command runs). */
    private List<ComparedEvaluation> evaluations() {
        return java.util.Objects.requireNonNull(evaluations, "the evaluations compared");
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Options.Format format = options.format(cl, EnumSet.of(Options.Format.text, Options.Format.json));
        for (int i = 1; i < evaluations().size(); i++) {
            if (!evaluations().get(i - 1).asOf().isBefore(evaluations().get(i).asOf())) {
                throw Usage.of(cl, "hãy cho các kết quả đánh giá theo thứ tự cũ trước, mỗi kết quả vào một ngày sau: "
                        + Language.VIETNAMESE.format(evaluations().get(i - 1).asOf()) + " rồi "
                        + Language.VIETNAMESE.format(evaluations().get(i).asOf()),
                        "give the evaluations oldest first, each on a later date: "
                        + evaluations().get(i - 1).asOf() + " then " + evaluations().get(i).asOf());
            }
        }
        List<Evaluation> evaluated = new ArrayList<>();
        for (ComparedEvaluation e : evaluations()) {
            evaluated.add(e.evaluation(cl, numbers.style()));
        }
        for (Evaluation e : evaluated) {
            if (e.request().counting() != evaluated.get(0).request().counting()) {
                throw Usage.of(cl, "các kết quả đánh giá được tính theo cách khác nhau (--counting "
                        + Limits.quote(evaluated.get(0).request().counting().name()) + " và "
                        + Limits.quote(e.request().counting().name()) + ")", "the evaluations count differently (--counting "
                        + evaluated.get(0).request().counting() + " and " + e.request().counting() + ")");
            }
        }
        LocalityHistory history = history(cl, evaluated);
        Notes.progress(cl, "đang so sánh " + evaluated.size() + " kết quả đánh giá",
                "comparing " + evaluated.size() + " evaluations");
        ComparisonSeries series = ComparisonSeries.of(evaluated, history);
        series = withTargets(cl, series, evaluated.get(evaluated.size() - 1));
        PrintWriter out = cl.getOut();
        Language language = options.language();
        if (format == Options.Format.json) {
            ComparisonJson.write(series, out);
            out.println();
        } else if (series.steps().size() == 1) {
            EvaluationComparison c = series.steps().get(0);
            out.println(summary ? String.join("\n", c.lines(language)) : c.text(language));
        } else {
            series.lines(language).forEach(out::println);
            if (!summary) {
                for (EvaluationComparison c : series.steps()) {
                    out.println();
                    out.println(c.text(language));
                }
            }
        }
        out.flush();
        return Ntm.OK;
    }

    /** The lineage: --lineage, the shipped list all evaluations use, or their units files with the merge maps. */
    private LocalityHistory history(CommandLine cl, List<Evaluation> evaluated) {
        Path file = lineage;
        if (file != null) {
            if (!mergeMaps.isEmpty()) {
                throw Usage.of(cl, "--merge-map đi cùng các tệp đơn vị hành chính, không đi cùng --lineage",
                        "--merge-map goes with units files, not with --lineage");
            }
            return Inputs.read(file, LocalityJson::readHistory);
        }
        boolean shipped = evaluations().stream().allMatch(e -> e.units == null);
        if (shipped) {
            if (evaluations().stream().map(e -> e.list).distinct().count() > 1) {
                throw Usage.of(cl, "các kết quả đánh giá dùng những danh sách có sẵn khác nhau: hãy cho lịch sử"
                        + " đơn vị bằng --lineage", "the evaluations use different shipped lists: give the "
                        + "lineage with --lineage");
            }
            if (!mergeMaps.isEmpty()) {
                throw Usage.of(cl, "--merge-map đi cùng các tệp đơn vị hành chính (--units)",
                        "--merge-map goes with units files (--units)");
            }
            return evaluations().get(0).list.history();
        }
        if (evaluations().stream().anyMatch(e -> e.units == null)) {
            throw Usage.of(cl, "có kết quả đánh giá dùng danh sách có sẵn, có kết quả dùng tệp đơn vị hành chính:"
                    + " hãy cho lịch sử đơn vị bằng --lineage", "some evaluations use a shipped list and others units"
                    + " files: give the lineage with --lineage");
        }
        TreeMap<LocalDate, Snapshot> snapshots = new TreeMap<>();
        for (Evaluation e : evaluated) {
            Snapshot s = e.snapshot();
            Snapshot other = snapshots.putIfAbsent(s.date(), s);
            if (other != null && !other.equals(s)) {
                throw Usage.of(cl, "hai danh sách đơn vị hành chính khác nhau cùng có hiệu lực từ ngày "
                        + Language.VIETNAMESE.format(s.date()) + ": hãy cho lịch sử đơn vị bằng --lineage",
                        "two different units lists in force from " + s.date() + ": give the lineage with --lineage");
            }
        }
        List<ChangeEvent> events = new ArrayList<>();
        for (String entry : mergeMaps) {
            int eq = entry.indexOf('=');
            LocalDate date = eq < 0 ? null : Dates.read(entry.substring(0, eq)).orElse(null);
            if (date == null) {
                throw Usage.of(cl, "--merge-map " + Limits.quote(entry) + ": hãy viết DATE=FILE (ví dụ "
                        + "01/07/2025=reorg.csv)", "--merge-map " + entry + ": give DATE=FILE (e.g. "
                        + "2025-07-01=reorg.csv)");
            }
            LocalDate d = date;
            events.addAll(Inputs.csv(Path.of(entry.substring(eq + 1)), (r, f) -> MergeMapCsv.read(r, f, d)));
        }
        return LocalityHistory.of(new ArrayList<>(snapshots.values()), events);
    }

    private ComparisonSeries withTargets(CommandLine cl, ComparisonSeries series, Evaluation latest) {
        EvaluationComparison last = series.steps().get(series.steps().size() - 1);
        ComparisonSeries result = series;
        for (String entry : targets) {
            Map<String, String> parts = new LinkedHashMap<>();
            if (entry.equals("program-2021-2025")) {
                PROGRAM_2021_2025.forEach((k, v) -> parts.put(k, v.toPlainString() + "%"));
            } else {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    throw Usage.of(cl, "--target " + Limits.quote(entry) + ": hãy viết STANDARD=PERCENT% hoặc "
                            + "STANDARD=UNITS, hoặc program-2021-2025", "--target " + entry + ": give STANDARD=PERCENT% or "
                            + "STANDARD=UNITS, or program-2021-2025");
                }
                parts.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
            for (Map.Entry<String, String> p : parts.entrySet()) {
                StandardComparison s = last.standard(p.getKey()).orElseThrow(() -> Usage.of(cl, "--target "
                        + Limits.quote(entry) + ": mức chuẩn " + Limits.quote(p.getKey()) + " không được so sánh (các mức"
                        + " chuẩn được so sánh: " + String.join(", ", last.standards().stream()
                        .map(c -> Limits.quote(c.standard())).toList()) + ")", "--target " + entry + ": standard '"
                        + p.getKey() + "' is not compared (compared: " + String.join(", ", last.standards().stream()
                        .map(StandardComparison::standard).toList()) + ")"));
                result = result.withTarget(target(cl, entry, s, p.getValue()));
            }
        }
        for (Map.Entry<String, Integer> p : plans.entrySet()) {
            if (last.standard(p.getKey()).isEmpty() || p.getValue() <= 0) {
                throw Usage.of(cl, "--plan " + Limits.quote(p.getKey() + "=" + p.getValue()) + ": cần một mức"
                        + " chuẩn được so sánh và chỉ tiêu lớn hơn 0", "--plan " + p.getKey() + "=" + p.getValue() + ": a "
                        + "compared standard and a target above 0 are needed");
            }
            String root = latest.units().get(0).unit();
            Standard standard = latest.standard(p.getKey());
            Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
            latest.descendants(root).stream().map(UnitResult::kind).filter(standard::appliesTo).forEach(kinds::add);
            if (kinds.isEmpty()) {
                throw Usage.of(cl, "--plan " + Limits.quote(p.getKey()) + ": không có đơn vị nào thuộc diện áp dụng",
                        "--plan " + p.getKey() + ": no unit it applies to");
            }
            Progress progress = Progress.of(new Plan(root, p.getKey(), kinds, latest.request().asOf().getYear(),
                    p.getValue()), latest);
            result = result.withTarget(TargetStatus.plan(progress));
        }
        return result;
    }

    private static TargetStatus target(CommandLine cl, String entry, StandardComparison s, String value) {
        try {
            if (value.endsWith("%")) {
                BigDecimal percent = new BigDecimal(value.substring(0, value.length() - 1).strip().replace(',', '.'));
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw Usage.of(cl, "--target " + Limits.quote(entry) + ": tỷ lệ phải từ 0% đến 100%",
                            "--target " + entry + ": a share from 0% to 100%");
                }
                return TargetStatus.share(s, Fraction.of(percent, BigDecimal.valueOf(100)));
            }
            int units = Integer.parseInt(value.strip());
            if (units <= 0) {
                throw Usage.of(cl, "--target " + Limits.quote(entry) + ": số đơn vị phải lớn hơn 0",
                        "--target " + entry + ": a number of units above 0");
            }
            return TargetStatus.count(s, units);
        } catch (NumberFormatException e) {
            throw Usage.of(cl, "--target " + Limits.quote(entry) + ": " + Limits.quote(value) + " không phải là"
                    + " tỷ lệ (80%) cũng không phải là số đơn vị", "--target " + entry + ": '" + value
                    + "' is neither a share (80%) nor a number of units");
        }
    }
}
