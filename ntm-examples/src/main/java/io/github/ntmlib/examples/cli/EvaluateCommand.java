package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.criteria2026.AppendixOneTable;
import io.github.ntmlib.criteria2026.CommuneGroups;
import io.github.ntmlib.criteria2026.GroupDerivation;
import io.github.ntmlib.criteria2026.GroupFacts;
import io.github.ntmlib.criteria2026.GroupFactsCsv;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.engine.io.EvaluationJson;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.core.report.Progress;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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

    @Option(names = "--list", paramLabel = "NAME", description = "a shipped list: ha_tinh (default) or vietnam")
    Inputs.ShippedList list = Inputs.ShippedList.ha_tinh;

    @Option(names = "--units", paramLabel = "FILE", description = "a units CSV or .xlsx workbook instead of a shipped list")
    Path units;

    @Option(names = "--values", paramLabel = "FILE", description = "indicator values: CSV or .xlsx workbook")
    Path values;

    @Option(names = "--outcomes", paramLabel = "FILE", description = "recorded criterion outcomes: CSV or .xlsx workbook")
    Path outcomes;

    @Option(names = "--statuses", paramLabel = "FILE", description = "official statuses (status register): CSV or .xlsx workbook")
    Path statuses;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "a JSON mapping (ntm.xlsx-mapping/1) that reads the --values or --outcomes workbook in the wide "
                    + "layout: one row per unit, one column per indicator or criterion")
    Path mapping;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "a provincial overlay: an overlay JSON, or a filled template (.xlsx or .json)")
    Path overlay;

    @Option(names = "--appendix", paramLabel = "FILE",
            description = "2026-2030: a transcription of appendix I of Decision 51/2025 (JSON, ntm.appendix-i-2026-2030/1)")
    Path appendix;

    @Option(names = "--group-facts", paramLabel = "FILE",
            description = "2026-2030: the facts placing each xã in a commune group (CSV, or the same columns in an "
                    + ".xlsx sheet)")
    Path groupFacts;

    @Option(names = "--group-precedence", defaultValue = "AREA_FIRST", paramLabel = "RULE",
            description = "when a xã's facts point to groups 1 and 3: AREA_FIRST (default) or URBAN_FIRST")
    CommuneGroups.Precedence precedence = CommuneGroups.Precedence.AREA_FIRST;

    @Option(names = "--set", paramLabel = "ID", description = "the criteria set (default: the one valid on --as-of)")
    String setId;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the assessment date, yyyy-mm-dd or dd/mm/yyyy")
    LocalDate asOf = LocalDate.MIN;

    @Option(names = "--data-year", paramLabel = "YEAR", description = "the data year (default: the year of --as-of)")
    Integer dataYear;

    @Option(names = "--counting", defaultValue = "OFFICIAL", description = "OFFICIAL (default) or COMPUTED")
    CountingMode counting = CountingMode.OFFICIAL;

    @Option(names = "--lenient", description = "list rows an evaluation cannot use (data or statuses for a kind a "
            + "standard does not apply to, statuses of unknown units or standards) instead of failing")
    boolean lenient;

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

    @Mixin
    ReportOutput report = new ReportOutput();

    @Override
    public Integer call() {
        Options.Format format = options.format(spec.commandLine(), EnumSet.of(Options.Format.text, Options.Format.json,
                Options.Format.html, Options.Format.pdf, Options.Format.xlsx, Options.Format.docx));
        var official = ReportOutput.FORMATS.contains(format) ? report.check(spec.commandLine(), format) : null;
        CriteriaRegistry registry = CriteriaRegistry.load();
        int year = dataYear == null ? asOf.getYear() : dataYear;
        CriteriaSet set;
        if (setId != null) {
            if (registry.all().stream().noneMatch(s -> s.id().equals(setId))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no criteria set '" + setId
                        + "' is installed (installed: " + ids(registry) + ")");
            }
            set = registry.byId(setId);
        } else {
            try {
                set = registry.pick(year, asOf).set();
            } catch (java.util.NoSuchElementException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (appendix != null) {
            if (!set.id().equals(NationalCriteria2026.SET_ID)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--appendix is appendix I of "
                        + NationalCriteria2026.SET_ID + ", not of " + set.id());
            }
            set = Inputs.read(appendix, AppendixOneTable::read).applyTo(set);
        }
        if (overlay != null) {
            set = OverlayFiles.read(overlay).applyTo(set);
        }
        Notes.progress(spec.commandLine(), "reading the hierarchy" + (units == null ? " (" + list + ")" : ""));
        // the plugins' classification tables (the NTM region, say) fill what the units do not carry
        Workbooks inputs = new Workbooks(spec.commandLine(), mapping, numbers.style());
        Snapshot snapshot = registry.classify(units != null ? inputs.units(units, asOf) : list.history().asOf(asOf));
        Map<String, GroupDerivation> groups = Map.of();
        if (groupFacts != null) {
            Map<String, GroupFacts> facts = inputs.sheet(groupFacts, java.util.Set.of("agriculture_share_percent"),
                    GroupFactsCsv::read);
            CommuneGroups.Assignment assignment;
            try {
                assignment = CommuneGroups.classify(snapshot, facts, precedence);
            } catch (InvalidDataException e) {
                throw new InvalidDataException(SourcePosition.of(groupFacts.toString()), e.subject().orElse(null),
                        "commune_code", e.reason());
            }
            snapshot = assignment.snapshot();
            groups = assignment.derivations();
        }
        Dataset.Builder data = Dataset.builder();
        if (values != null) {
            data.addAll(inputs.observations(values));
        }
        if (outcomes != null) {
            data.addAllOutcomes(inputs.outcomes(outcomes));
        }
        StatusRegister register = statuses == null ? StatusRegister.empty() : StatusRegister.of(inputs.statuses(statuses));
        inputs.checkMappingUsed();
        if (unit != null && !snapshot.contains(unit)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--unit " + unit + " is not in the hierarchy on "
                    + asOf);
        }
        EvaluationRequest request = EvaluationRequest.of(asOf, year, counting);
        Notes.progress(spec.commandLine(), "evaluating " + snapshot.size() + " units with " + set.id());
        Evaluation evaluation = Evaluator.of(set).evaluate(lenient ? request.asLenient() : request, snapshot,
                data.build(), register);
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
            EvaluationJson.write(evaluation, out);
            out.println();
        } else {
            print(evaluation, shown, planLines, groups, out);
        }
        out.flush();
        boolean notMet = shown.stream().flatMap(u -> u.standards().stream()).anyMatch(s -> s.verdict() == Verdict.NOT_MET);
        return failOnNotMet && notMet ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
    }

    private static String ids(CriteriaRegistry registry) {
        return registry.all().stream().map(s -> s.id() + " " + s.validFrom() + ".." + s.validUntil())
                .collect(Collectors.joining(", "));
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
                throw new CommandLine.ParameterException(spec.commandLine(), "--plan: no standard '" + p.getKey()
                        + "' in " + evaluation.criteriaSet().id());
            }
            var standard = evaluation.standard(p.getKey());
            Set<UnitKind> applies = EnumSet.noneOf(UnitKind.class);
            applies.addAll(standard.appliesTo());
            applies.retainAll(kinds);
            if (applies.isEmpty() || p.getValue() <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--plan " + p.getKey() + "=" + p.getValue()
                        + ": no unit below " + scope + " it applies to, or a target not above 0");
            }
            Progress progress = Progress.of(new Plan(scope, p.getKey(), applies, evaluation.request().asOf().getYear(),
                    p.getValue()), evaluation);
            lines.add((vi ? "  Kế hoạch " : "  Plan ") + standard.labels().in(lang) + ": "
                    + progress.format(0, lang.locale()));
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
        String scope = shown.get(0).unit();
        Tallies tallies = Tallies.of(evaluation);
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        evaluation.descendants(scope).forEach(d -> kinds.add(d.kind()));
        out.println();
        out.println(vi ? "Tổng hợp:" : "Tallies:");
        for (var standard : evaluation.criteriaSet().standards()) {
            Set<UnitKind> applies = EnumSet.noneOf(UnitKind.class);
            applies.addAll(standard.appliesTo());
            applies.retainAll(kinds);
            if (!applies.isEmpty()) {
                Tally t = tallies.tally(scope, standard.id(), Tally.Scope.DESCENDANTS, applies);
                out.println("  " + t.format(evaluation.request().counting(), standard.labels().in(lang), 1, lang.locale()));
            }
        }
        planLines.forEach(out::println);
        if (!evaluation.ignored().isEmpty()) {
            out.println();
            out.println((vi ? "Dòng dữ liệu bị bỏ qua (--lenient): " : "Rows ignored (--lenient): ")
                    + evaluation.ignored().size());
            for (var row : evaluation.ignored()) {
                out.println("  " + row.position() + " " + row.unit() + (vi ? ", cột " : ", field ") + row.field() + ": "
                        + row.message());
            }
        }
        out.println();
        out.println(vi ? "Gần đạt chuẩn nhất:" : "Closest to each standard:");
        for (var standard : evaluation.criteriaSet().standards()) {
            List<Gap> gaps = Gaps.ranking(evaluation, standard.id()).stream()
                    .filter(g -> evaluation.snapshot().ancestors(g.unit()).stream().anyMatch(a -> a.code().equals(scope))
                            || g.unit().equals(scope)).limit(3).toList();
            for (Gap g : gaps) {
                out.println("  " + standard.labels().in(lang) + ": " + evaluation.unit(g.unit()).name() + " — "
                        + g.missing().stream().map(c -> c.code() + " " + c.verdict().labels().in(lang))
                                .collect(Collectors.joining(", ")));
            }
        }
    }
}
