package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.ocop.io.CertificateCsv;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import io.github.ntmlib.report.OfficialHeader;
import io.github.ntmlib.report.Report;
import io.github.ntmlib.report.ReportHeaderJson;
import io.github.ntmlib.report.ReportRenderer;
import io.github.ntmlib.report.ReportRequest;
import io.github.ntmlib.report.docx.DocxReport;
import io.github.ntmlib.report.html.HtmlReport;
import io.github.ntmlib.report.pdf.PdfReport;
import io.github.ntmlib.report.xlsx.XlsxReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The report formats of {@code ntm evaluate} ({@code --format html|pdf|xlsx|docx}): the official
 * header from {@code --header} and the single options, and the report written by ntm-report.
 */
final class ReportOutput {

    /** The formats written by ntm-report. */
    static final Set<Options.Format> FORMATS = EnumSet.of(Options.Format.html, Options.Format.pdf,
            Options.Format.xlsx, Options.Format.docx);

    @Option(names = "--out", paramLabel = "FILE", description = "report formats: the file to write (required for pdf, "
            + "xlsx and docx; html goes to standard output without it)")
    Path out;

    @Option(names = "--header", paramLabel = "FILE", description = "report formats: the official header, a JSON file "
            + "ntm.report-header/1 (docs/formats.md); the options below override its fields")
    Path header;

    @Option(names = "--issuer", paramLabel = "TEXT", description = "report formats: the issuing body (cơ quan ban hành)")
    String issuer;

    @Option(names = "--number", paramLabel = "TEXT", description = "report formats: the document number (số), e.g. 123/BC-UBND")
    String number;

    @Option(names = "--place", paramLabel = "TEXT", description = "report formats: the place of issue, e.g. Hà Tĩnh")
    String place;

    @Option(names = "--date", paramLabel = "DATE", description = "report formats: the date of issue, yyyy-mm-dd or dd/mm/yyyy")
    LocalDate date;

    @Option(names = "--title", paramLabel = "TEXT", description = "report formats: the report's title")
    String title;

    @Option(names = "--signer-title", paramLabel = "TEXT", description = "report formats: the signatory's position (chức vụ)")
    String signerTitle;

    @Option(names = "--signer", paramLabel = "NAME", description = "report formats: the signatory's name (họ tên)")
    String signer;

    @Option(names = "--ocop", paramLabel = "FILE", description = "report formats: OCOP certificates (CSV, CertificateCsv) "
            + "for the report's OCOP section, counted on --as-of")
    Path ocop;

    @Option(names = "--chromium", paramLabel = "FILE", description = "pdf: the Chromium executable (default: chromium "
            + "on the PATH)")
    Path chromium;

    /** Refuses a binary format without --out, and a header that is incomplete, before any work. */
    OfficialHeader check(CommandLine cl, Options.Format format) {
        if (format != Options.Format.html && out == null) {
            throw Usage.of(cl, "--format=" + format + " ghi ra một tệp: hãy cho --out FILE",
                    "--format " + format + " writes a file: give --out FILE");
        }
        OfficialHeader base = header == null ? null : ReportHeaderJson.read(header);
        List<String> missing = new ArrayList<>();
        String i = pick(issuer, base == null ? null : base.issuer(), "--issuer", missing);
        String n = pick(number, base == null ? null : base.number(), "--number", missing);
        String p = pick(place, base == null ? null : base.place(), "--place", missing);
        LocalDate d = date != null ? date : base == null ? null : base.date();
        if (d == null) {
            missing.add("--date");
        }
        String t = pick(title, base == null ? null : base.title(), "--title", missing);
        String st = pick(signerTitle, base == null ? null : base.signerTitle(), "--signer-title", missing);
        String sn = pick(signer, base == null ? null : base.signerName(), "--signer", missing);
        if (!missing.isEmpty()) {
            throw Usage.of(cl, "--format=" + format + " cần phần đầu văn bản chính thức: hãy cho --header FILE hoặc "
                    + String.join(", ", missing), "--format " + format + " needs the official header: give --header "
                    + "FILE or " + String.join(", ", missing));
        }
        List<String> bad = new ArrayList<>();
        String[][] fields = {{"--issuer", i}, {"--number", n}, {"--place", p}, {"--title", t}, {"--signer-title", st},
            {"--signer", sn}};
        for (String[] field : fields) {
            int length = field[1].strip().length();
            if (length == 0 || length > 500) {
                bad.add(field[0]);
            }
        }
        if (!bad.isEmpty()) {
            throw Usage.of(cl, "phần đầu văn bản chính thức: " + String.join(", ", bad) + " phải dài từ 1 đến 500 ký tự",
                    "the official header: " + String.join(", ", bad) + " must be 1 to 500 characters");
        }
        return new OfficialHeader(i, n, p, d, t, st, sn);
    }

    private static String pick(String option, String file, String name, List<String> missing) {
        if (option != null) {
            return option;
        }
        if (file == null) {
            missing.add(name);
            return "";
        }
        return file;
    }

    /**
     * Writes the report of the evaluation for --unit (a province or a district), or for the only
     * province of the evaluation: a report never covers one province of several without saying so.
     */
    void write(CommandLine cl, Options.Format format, OfficialHeader official, Evaluation evaluation, String unit,
            Map<String, Integer> plans, Language language) {
        UnitResult scope;
        if (unit != null) {
            scope = evaluation.unit(unit);
        } else {
            List<UnitResult> roots = evaluation.units().stream().filter(u -> u.parent().isEmpty()).toList();
            if (roots.size() != 1) {
                throw Usage.of(cl, "--format=" + format + ": kết quả đánh giá gồm " + roots.size() + " tỉnh; hãy chọn tỉnh"
                        + " (hoặc huyện) được báo cáo bằng --unit CODE", "--format " + format + ": the evaluation covers "
                        + roots.size() + " provinces; name the province (or district) reported on with --unit CODE");
            }
            scope = roots.get(0);
        }
        ReportRequest.Builder request = ReportRequest.builder(evaluation, official).language(language);
        if (ocop != null) {
            request.ocop(Portfolio.of(Inputs.csv(ocop, CertificateCsv::read)));
        }
        if (scope.kind().level() == Level.DISTRICT) {
            String province = evaluation.snapshot().ancestors(scope.unit()).stream()
                    .filter(a -> a.level() == Level.PROVINCE).findFirst().orElseThrow().code();
            request.province(province).district(scope.unit());
        } else if (scope.kind().level() == Level.PROVINCE) {
            request.province(scope.unit());
        } else {
            throw Usage.of(cl, "--format=" + format + " báo cáo về một tỉnh hoặc một huyện, không phải về "
                    + scope.name() + ": hãy cho --unit với mã tỉnh hoặc mã huyện", "--format " + format
                    + " reports on a province or a district, not on " + scope.name()
                    + ": give --unit with a province or district code");
        }
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        evaluation.descendants(scope.unit()).forEach(d -> kinds.add(d.kind()));
        for (var p : plans.entrySet()) {
            Set<UnitKind> applies = EnumSet.copyOf(evaluation.standard(p.getKey()).appliesTo());
            applies.retainAll(kinds);
            request.plan(new Plan(scope.unit(), p.getKey(), applies, evaluation.request().asOf().getYear(), p.getValue()));
        }
        Report report = Report.of(request.build());
        ReportRenderer renderer = switch (format) {
            case pdf -> chromium == null ? PdfReport.chromium() : PdfReport.chromium().withExecutable(chromium);
            case xlsx -> XlsxReport.create();
            case docx -> DocxReport.create();
            default -> HtmlReport.create();
        };
        if (out == null) {
            cl.getOut().print(HtmlReport.create().toHtml(report));
            return;
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            renderer.render(report, stream);
        } catch (IOException e) {
            deleteQuietly(out);
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(out);
            throw e;
        }
        Notes.progress(cl, "đã ghi " + out, "wrote " + out);
    }

    /** No half-written report is left behind. */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the error being reported matters more
        }
    }
}
