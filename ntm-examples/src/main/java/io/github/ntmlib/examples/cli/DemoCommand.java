package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.report.io.EvaluationJson;
import io.github.ntmlib.examples.demo.DemoReport;
import io.github.ntmlib.examples.demo.DemoReport2026;
import io.github.ntmlib.examples.demo.HaTinhDemo;
import io.github.ntmlib.examples.demo.HaTinhDemo2026;
import io.github.ntmlib.examples.demo.ProgramPeriod;
import io.github.ntmlib.examples.demo.TextReport;
import io.github.ntmlib.examples.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ntm demo}: the Hà Tĩnh report on embedded, partly synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Hà Tĩnh's NTM report on embedded data: the real GSO units, synthetic (labelled) indicator "
                + "outcomes and decisions calibrated to the 2024 report, the report's real OCOP and finance figures.",
                "Prints the report and writes ntm-report.html into --out."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--period", defaultValue = "2021-2025", paramLabel = "YYYY-YYYY",
            description = "the program period: 2021-2025 (default) or 2026-2030 (the 69 units of 1 July 2025, "
                    + "synthetic recorded outcomes, 2021-2025 statuses carried over; needs its criteria plugin)")
    String period = "2021-2025";

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", description = "where ntm-report.html goes (default: .)")
    Path out = Path.of(".");

    @Mixin
    Options options = new Options();

    /** A criteria set, or why the demo cannot run for a period. */
    static final class Resolved {
        private final CriteriaSet set;
        private final Labels problem;

        private Resolved(CriteriaSet set, Labels problem) {
            this.set = set;
            this.problem = problem;
        }

        CriteriaSet orElseThrow(java.util.function.Function<Labels, RuntimeException> error) {
            if (set == null) {
                throw error.apply(problem);
            }
            return set;
        }
    }

    /**
     * The set the demo of a period runs on, found through the registry (never named in code), or
     * why there is none: the period's plugin is not installed, or the demo has no scenario for it.
     */
    static Resolved setFor(CriteriaRegistry registry, ProgramPeriod period) {
        java.util.Optional<CriteriaSet> found = registry.forDate(period.assessmentDate());
        if (found.isEmpty()) {
            return new Resolved(null, Labels.of("bộ tiêu chí giai đoạn " + period + " chưa được cài đặt: không plugin"
                    + " tiêu chí nào trên đường dẫn có bộ tiêu chí áp dụng ngày " + Language.VIETNAMESE.format(
                    period.assessmentDate()) + " (đã cài đặt: " + registry.all().stream().map(s -> s.id() + " "
                    + Language.VIETNAMESE.format(s.validFrom()) + ".." + Language.VIETNAMESE.format(s.validUntil()))
                    .collect(Collectors.joining(", ")) + ")",
                    "the " + period + " criteria set is not installed: no criteria plugin on the path "
                    + "provides a set valid on " + period.assessmentDate() + " (installed: " + registry.all().stream()
                    .map(s -> s.id() + " " + s.validFrom() + ".." + s.validUntil()).collect(Collectors.joining(", "))
                    + ")"));
        }
        if (!period.equals(ProgramPeriod.P2021_2025) && !period.equals(ProgramPeriod.P2026_2030)) {
            return new Resolved(null, Labels.of("bản trình diễn của phiên bản này chưa có kịch bản cho giai đoạn "
                    + period + " (đã tìm thấy bộ tiêu chí " + found.get().id() + "); lệnh ntm evaluate đánh giá dữ liệu"
                    + " của bạn theo bộ tiêu chí đó", "the demo has no scenario for " + period + " (set "
                    + found.get().id() + " found) in this version; ntm evaluate assesses your data with it"));
        }
        return new Resolved(found.get(), Labels.of("", ""));
    }

    @Override
    public Integer call() throws IOException {
        ProgramPeriod p = ProgramPeriod.parse(period).orElseThrow(() -> Usage.of(spec.commandLine(),
                "--period phải là một giai đoạn của chương trình, như 2021-2025, không phải " + Limits.quote(period),
                "--period must be a program period such as 2021-2025, not " + Limits.quote(period)));
        CriteriaRegistry registry = CriteriaRegistry.load();
        CriteriaSet set = setFor(registry, p).orElseThrow(message -> Usage.of(
                spec.commandLine(), message.vietnamese(), message.english()));
        if (!Files.isDirectory(out)) {
            throw Usage.of(spec.commandLine(), "--out " + out + " không phải là một thư mục",
                    "--out " + out + " is not a directory");
        }
        Notes.progress(spec.commandLine(), "đang tạo dữ liệu tổng hợp của Hà Tĩnh và đánh giá theo bộ tiêu chí "
                + set.id(), "generating the synthetic Hà Tĩnh data and evaluating it with " + set.id());
        Evaluation evaluation;
        String html;
        var stdout = spec.commandLine().getOut();
        if (p.equals(ProgramPeriod.P2026_2030)) {
            HaTinhDemo2026 demo = HaTinhDemo2026.generate(registry);
            evaluation = demo.evaluation();
            DemoReport2026 report = DemoReport2026.of(demo, options.language());
            html = HtmlReport.render(report);
            if (options.format == Options.Format.text) {
                TextReport.print(report, stdout);
            }
        } else {
            HaTinhDemo demo = HaTinhDemo.generate(set);
            evaluation = demo.evaluate();
            DemoReport report = DemoReport.of(evaluation, demo.evaluateYearEnd(), options.language());
            html = HtmlReport.render(report);
            if (options.format == Options.Format.text) {
                TextReport.print(report, stdout);
            }
        }
        Path file = out.resolve("ntm-report.html");
        switch (options.format) {
            case json -> EvaluationJson.write(evaluation, stdout);
            case html -> stdout.print(html);
            default -> { }
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("ntm demo: wrote " + file);
        stdout.flush();
        return Ntm.OK;
    }
}
