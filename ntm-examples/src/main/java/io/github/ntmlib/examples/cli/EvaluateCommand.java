package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.criteria2026.GroupDerivation;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.report.io.EvaluationJson;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ntm evaluate}: the assessment of a hierarchy from data files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assesses every unit of a hierarchy against a criteria set: per unit, standard and criterion "
                + "with its trace, tallies of the units below and the units closest to each standard.",
                "Input formats: docs/formats.md."})
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EvaluationInputs evaluationInputs = new EvaluationInputs();

    @Option(names = "--unit", paramLabel = "CODE", description = "print only this unit and its children")
    String unit;

    @Option(names = "--plan", paramLabel = "STANDARD=TARGET",
            description = "a plan for the year of --as-of: how many units below --unit (or the root) are to be "
                    + "recognised for a standard in that year, e.g. commune-advanced=20; progress is printed as %% KH")
    java.util.Map<String, Integer> plans = new java.util.LinkedHashMap<>();

    @Option(names = "--fail-on-not-met", description = "exit with 4 when a printed unit does not meet a standard")
    boolean failOnNotMet;

    @Mixin
    Options options = new Options();

    @Mixin
    NumberStyleOption numbers = new NumberStyleOption();

    @Option(names = "--summary", description = {"with --format json: the summary form of ntm.evaluation/3 (per unit"
            + " its verdict and criterion letters for each standard, tallies, plan progress, closest units) instead of"
            + " the full form with every trace"})
    boolean summary;

    /** The plans of --plan, as the document reports their progress. */
    private final List<Plan> planned = new ArrayList<>();

    @Mixin
    ReportOutput report = new ReportOutput();

    @Override
    public Integer call() {
        Options.Format format = options.format(spec.commandLine(), EnumSet.of(Options.Format.text, Options.Format.json,
                Options.Format.html, Options.Format.pdf, Options.Format.xlsx, Options.Format.docx));
        var official = ReportOutput.FORMATS.contains(format) ? report.check(spec.commandLine(), format) : null;
        if (summary && format != Options.Format.json) {
            throw Usage.of(spec.commandLine(), "--summary là một dạng của tài liệu JSON: dùng cùng --format json",
                    "--summary is a form of the JSON document: give it with --format json");
        }
        EvaluationInputs.Evaluated evaluated = evaluationInputs.evaluate(spec.commandLine(), numbers.style(), snapshot -> {
            if (unit != null && !snapshot.contains(unit)) {
                throw Usage.of(spec.commandLine(), "--unit " + unit + " không có trong danh sách đơn vị hành chính"
                        + " ngày " + Language.VIETNAMESE.format(evaluationInputs.asOf()), "--unit " + unit
                        + " is not in the hierarchy on " + evaluationInputs.asOf());
            }
        });
        Evaluation evaluation = evaluated.evaluation();
        Map<String, GroupDerivation> groups = evaluated.groups();
        List<UnitResult> shown = new ArrayList<>();
        if (unit == null) {
            evaluation.units().stream().filter(u -> u.parent().isEmpty()).forEach(u -> {
                shown.add(u);
                shown.addAll(evaluation.children(u.unit()));
            });
        } else {
            shown.add(evaluation.unit(unit));
            shown.addAll(evaluation.children(unit));
        }
        List<String> planLines = planLines(evaluation, shown.get(0).unit());
        PrintWriter out = spec.commandLine().getOut();
        if (official != null) {
            report.write(spec.commandLine(), format, official, evaluation, unit, plans, options.language());
        } else if (format == Options.Format.json) {
            EvaluationJson.write(evaluation, planned, summary ? EvaluationJson.Form.SUMMARY : EvaluationJson.Form.FULL, out);
            out.println();
        } else {
            print(evaluation, shown, planLines, groups, out);
        }
        out.flush();
        boolean notMet = shown.stream().flatMap(u -> u.standards().stream()).anyMatch(s -> s.verdict() == Verdict.NOT_MET);
        return failOnNotMet && notMet ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
    }



    /** The plan progress lines, computed before anything is printed (a bad --plan is a usage error). */
    private List<String> planLines(Evaluation evaluation, String scope) {
        Language lang = options.language();
        boolean vi = lang == Language.VIETNAMESE;
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        evaluation.descendants(scope).forEach(d -> kinds.add(d.kind()));
        List<String> lines = new ArrayList<>();
        for (var p : plans.entrySet()) {
            if (evaluation.criteriaSet().standard(p.getKey()).isEmpty()) {
                throw Usage.of(spec.commandLine(), "--plan: bộ tiêu chí " + evaluation.criteriaSet().id()
                        + " không có mức chuẩn " + Limits.quote(p.getKey()), "--plan: no standard "
                        + Limits.quote(p.getKey()) + " in " + evaluation.criteriaSet().id());
            }
            var standard = evaluation.standard(p.getKey());
            Set<UnitKind> applies = EnumSet.noneOf(UnitKind.class);
            applies.addAll(standard.appliesTo());
            applies.retainAll(kinds);
            if (applies.isEmpty() || p.getValue() <= 0) {
                throw Usage.of(spec.commandLine(), "--plan " + Limits.quote(p.getKey() + "=" + p.getValue())
                        + ": không có đơn vị nào dưới " + scope + " thuộc diện áp dụng, hoặc chỉ tiêu không lớn hơn 0",
                        "--plan " + p.getKey() + "=" + p.getValue()
                        + ": no unit below " + scope + " it applies to, or a target not above 0");
            }
            Plan plan = new Plan(scope, p.getKey(), applies, evaluation.request().asOf().getYear(), p.getValue());
            planned.add(plan);
            Progress progress = Progress.of(plan, evaluation);
            lines.add((vi ? "  Kế hoạch " : "  Plan ") + standard.labels().in(lang) + ": "
                    + progress.format(0, lang.locale()));
            // the plan counts the recognitions of its year, the tallies every recognition in force
            progress.differenceFrom(Tallies.of(evaluation).tally(scope, p.getKey(), Tally.Scope.DESCENDANTS, applies),
                    evaluation.request().counting(), lang).ifPresent(why -> lines.add("    " + why));
        }
        return lines;
    }

    private void print(Evaluation evaluation, List<UnitResult> shown, List<String> planLines,
            Map<String, GroupDerivation> groups, PrintWriter out) {
        Language lang = options.language();
        boolean vi = lang == Language.VIETNAMESE;
        out.println((vi ? "Bộ tiêu chí " : "Criteria set ") + evaluation.criteriaSet().id() + (vi ? ", ngày " : ", as of ")
                + lang.format(evaluation.request().asOf()) + (vi ? ", số liệu năm " : ", data year ")
                + evaluation.request().dataYear() + ", " + evaluation.request().counting().labels().in(lang));
        for (UnitResult u : shown) {
            out.println();
            out.println(u.name() + " (" + u.unit() + ")");
            GroupDerivation group = groups.get(u.unit());
            if (group != null) {
                out.println((vi ? "  Nhóm xã: " : "  Commune group: ") + group.explain(lang));
            }
            for (StandardResult s : u.standards()) {
                out.println("  " + evaluation.standard(s.standard()).labels().in(lang) + ": " + s.verdict().labels().in(lang)
                        + s.recognition().map(e -> (vi ? " [công nhận " : " [recognised ") + lang.format(e.date()) + ", " + e.decision()
                        + "]").orElse(""));
                for (CriterionResult c : s.criteria()) {
                    if (c.verdict() != Verdict.MET) {
                        out.println("    " + c.code() + " " + c.labels().in(lang) + ": " + c.verdict().labels().in(lang));
                        out.println("      " + c.explanation(lang).replace("\n", "\n      "));
                    }
                }
            }
        }
        Tallies tallies = Tallies.of(evaluation);
        // the scopes summed up: the unit asked for, else every root (a national list has one per province)
        List<UnitResult> scopes = unit != null ? List.of(evaluation.unit(unit))
                : evaluation.units().stream().filter(u -> u.parent().isEmpty()).toList();
        out.println();
        if (scopes.size() == 1) {
            out.println(vi ? "Tổng hợp:" : "Tallies:");
            tallyLines(evaluation, tallies, List.of(scopes.get(0).unit()), "  ", out);
        } else {
            out.println(vi ? "Tổng hợp toàn quốc (" + scopes.size() + " tỉnh, thành phố):"
                    : "Tallies for the whole list (" + scopes.size() + " provinces and cities):");
            tallyLines(evaluation, tallies, scopes.stream().map(UnitResult::unit).toList(), "  ", out);
            out.println(vi ? "Theo tỉnh, thành phố:" : "By province and city:");
            for (UnitResult root : scopes) {
                out.println("  " + root.name() + " (" + root.unit() + ")");
                tallyLines(evaluation, tallies, List.of(root.unit()), "    ", out);
            }
        }
        Set<String> scopeCodes = scopes.stream().map(UnitResult::unit).collect(Collectors.toSet());
        planLines.forEach(out::println);
        if (!evaluation.ignored().isEmpty()) {
            out.println();
            out.println((vi ? "Dòng dữ liệu bị bỏ qua (--lenient): " : "Rows ignored (--lenient): ")
                    + evaluation.ignored().size());
            for (var row : evaluation.ignored()) {
                out.println("  " + row.position() + " " + row.unit() + (vi ? ", cột " : ", field ") + row.field() + ": "
                        + row.message(lang));
            }
        }
        out.println();
        out.println(vi ? "Gần đạt chuẩn nhất:" : "Closest to each standard:");
        for (var standard : evaluation.criteriaSet().standards()) {
            List<Gap> gaps = Gaps.ranking(evaluation, standard.id()).stream()
                    .filter(g -> scopeCodes.contains(g.unit()) || evaluation.snapshot().ancestors(g.unit()).stream()
                            .anyMatch(a -> scopeCodes.contains(a.code()))).limit(3).toList();
            for (Gap g : gaps) {
                out.println("  " + standard.labels().in(lang) + ": " + evaluation.unit(g.unit()).name() + " — "
                        + g.missing().stream().map(c -> c.code() + " " + c.verdict().labels().in(lang))
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /**
     * One line per standard: the units below the scopes that the standard applies to, summed over
     * the scopes (a country's provinces), in the counting of the request.
     */
    private void tallyLines(Evaluation evaluation, Tallies tallies, List<String> scopes, String indent, PrintWriter out) {
        Language lang = options.language();
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        scopes.forEach(scope -> evaluation.descendants(scope).forEach(d -> kinds.add(d.kind())));
        for (var standard : evaluation.criteriaSet().standards()) {
            Set<UnitKind> applies = EnumSet.noneOf(UnitKind.class);
            applies.addAll(standard.appliesTo());
            applies.retainAll(kinds);
            if (applies.isEmpty()) {
                continue;
            }
            int total = 0;
            int recognised = 0;
            int attained = 0;
            int notAssessed = 0;
            for (String scope : scopes) {
                Tally t = tallies.tally(scope, standard.id(), Tally.Scope.DESCENDANTS, applies);
                total += t.total();
                recognised += t.recognised();
                attained += t.attained();
                notAssessed += t.notAssessed();
            }
            Tally sum = new Tally(String.join(",", scopes), standard.id(), applies, Tally.Scope.DESCENDANTS, total,
                    recognised, attained, notAssessed);
            out.println(indent + sum.format(evaluation.request().counting(), standard.labels().in(lang), 1, lang.locale()));
        }
    }
}
