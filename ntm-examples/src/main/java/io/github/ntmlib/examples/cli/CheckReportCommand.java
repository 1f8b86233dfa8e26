package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.claims.AmountSum;
import io.github.ntmlib.claims.Claim;
import io.github.ntmlib.claims.LineIndex;
import io.github.ntmlib.claims.PartsSum;
import io.github.ntmlib.claims.ReportClaims;
import io.github.ntmlib.claims.io.CheckReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ntm check-report FILE}: recomputes every claim of a Vietnamese report text found by
 * ntm-claims (ratios, shares of a whole, plan percentages, totals with their parts); lines come from
 * one {@link LineIndex} of the text.
 */
@Command(name = "check-report", mixinStandardHelpOptions = true,
        description = {"Finds every ratio claim in a Vietnamese report text (\"69/169 xã ... (đạt 40,8%%)\", "
                + "\"đạt 75%% KH (kế hoạch 20 xã)\", \"tăng 7%% (tăng 2036 hợp tác xã)\") and recomputes it half-up"
                + " at the printed digits; totals are checked against their parts.",
                "--format json prints {\"schema\":\"ntm.check-report/1\",\"claims\":[{\"line\":N,\"kind\":\"RATIO\"|\"SHARE_OF_WHOLE\"|\"PLAN\"|\"CHANGE\",\"hedge\":\"EXACT\"|\"ABOUT\"|\"NEARLY\"|\"OVER\"|\"UNDER\",\"text\":...,\"numerator\":...,\"denominator\":...,"
                        + "\"printed\":...,\"recomputed\":...,\"status\":\"ok\"|\"mismatch\"}],\"warnings\":[...]}"})
final class CheckReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the report, UTF-8 text")
    Path file = Path.of("");

    @Option(names = "--fail-on-mismatch", description = "exit with 4 when a claim does not match its parts")
    boolean failOnMismatch;

    @Mixin
    Options options = new Options();

    /** One checked claim with its line. */
    record Checked(int line, Claim claim) {
    }

    /** A total whose parts do not add up: its line, message and figures as the text prints them. */
    record Warning(int line, String message, String figures) {
    }

    @Override
    public Integer call() throws IOException {
        Options.Format format = options.format(spec.commandLine(), EnumSet.of(Options.Format.text, Options.Format.json));
        String text = read(file);
        ReportClaims.Result result = ReportClaims.scan(text);
        PrintWriter out = spec.commandLine().getOut();
        boolean mismatch = result.claims().stream().anyMatch(c -> !c.isConsistent());
        if (format == Options.Format.json) {
            CheckReportJson.write(text, result, options.language(), out);
        } else {
            text(text, result, out);
        }
        out.flush();
        return failOnMismatch && mismatch ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
    }

    private void text(String text, ReportClaims.Result result, PrintWriter out) {
        Language language = options.language();
        LineIndex lines = LineIndex.of(text);
        List<Checked> checked = new ArrayList<>();
        for (Claim c : result.claims()) {
            checked.add(new Checked(lines.line(c.offset()), c));
        }
        boolean vi = language == Language.VIETNAMESE;
        Locale locale = language.locale();
        String partsSumTo = vi ? "; tổng các phần " : "; parts sum to ";
        List<Warning> warnings = new ArrayList<>();
        for (PartsSum sum : result.sums()) {
            if (!sum.isConsistent()) {
                warnings.add(new Warning(lines.line(sum.offset()), CheckReportJson.message(sum, language),
                        ExactJson.decimal(sum.statedPart()) + "/" + ExactJson.decimal(sum.statedWhole()) + partsSumTo
                                + ExactJson.decimal(sum.partsSum()) + "/" + ExactJson.decimal(sum.wholesSum())));
            }
        }
        for (AmountSum sum : result.amounts()) {
            if (!sum.isConsistent()) {
                warnings.add(new Warning(lines.line(sum.offset()), CheckReportJson.message(sum, language),
                        Figures.format(sum.stated(), locale) + " " + sum.unit() + partsSumTo
                                + Figures.format(sum.partsSum(), locale) + " " + sum.unit()));
            }
        }
        warnings.sort(Comparator.comparingInt(Warning::line));
        long mismatches = checked.stream().filter(c -> !c.claim().isConsistent()).count();
        for (Checked c : checked) {
            out.println(file.getFileName() + ":" + c.line() + ": " + (c.claim().isConsistent() ? (vi ? "khớp     " : "ok       ")
                    : (vi ? "KHÔNG KHỚP " : "MISMATCH "))
                    + c.claim().text().strip() + " -> " + Figures.format(c.claim().recomputed(), locale) + "%");
        }
        for (Warning w : warnings) {
            out.println(file.getFileName() + ":" + w.line() + ": " + (vi ? "cảnh báo: " : "warning: ")
                    + w.message() + " (" + w.figures() + ")");
        }
        int totals = result.sums().size() + result.amounts().size();
        out.println(vi ? checked.size() + " tỷ lệ, " + mismatches + " không khớp; " + totals + " tổng được đối chiếu, "
                + warnings.size() + " cảnh báo"
                : checked.size() + " claims, " + mismatches + " mismatched; " + totals + " totals checked, "
                + warnings.size() + " warnings");
    }

    /** The line of the first byte sequence that is not UTF-8. */
    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    static String read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.NO_SUCH_FILE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString(), firstBadLine(bytes)), null, "text",
                    Labels.of("tệp không phải là văn bản UTF-8", "the file is not UTF-8 text"));
        }
        return text;
    }
}
