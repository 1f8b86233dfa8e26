package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.claims.AmountSum;
import io.github.ntmlib.claims.Claim;
import io.github.ntmlib.claims.LineIndex;
import io.github.ntmlib.claims.PartsSum;
import io.github.ntmlib.claims.ReportClaims;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A total whose parts do not add up: its JSON fields and its figures as the text prints them. */
    record Warning(Map<String, Object> json, String figures) {
        int line() {
            return (Integer) json.get("line");
        }
    }

    @Override
    public Integer call() throws IOException {
        Options.Format format = options.format(spec.commandLine(), EnumSet.of(Options.Format.text, Options.Format.json));
        String text = read(file);
        ReportClaims.Result result = ReportClaims.scan(text);
        LineIndex lines = LineIndex.of(text);
        List<Checked> checked = new ArrayList<>();
        for (Claim c : result.claims()) {
            checked.add(new Checked(lines.line(c.offset()), c));
        }
        boolean vi = options.language() == io.github.ntmlib.base.Language.VIETNAMESE;
        java.util.Locale locale = options.language().locale();
        String partsSumTo = vi ? "; tổng các phần " : "; parts sum to ";
        List<Warning> warnings = new ArrayList<>();
        for (PartsSum sum : result.sums()) {
            if (!sum.isConsistent()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("line", lines.line(sum.offset()));
                w.put("text", sum.text());
                w.put("statedNumerator", Json.decimal(sum.statedPart()));
                w.put("sumOfNumerators", Json.decimal(sum.partsSum()));
                w.put("statedDenominator", Json.decimal(sum.statedWhole()));
                w.put("sumOfDenominators", Json.decimal(sum.wholesSum()));
                w.put("message", vi ? "tổng các phần khác số tổng đã nêu" : "the parts do not add up to the stated total");
                warnings.add(new Warning(w, Json.decimal(sum.statedPart()) + "/" + Json.decimal(sum.statedWhole())
                        + partsSumTo + Json.decimal(sum.partsSum()) + "/" + Json.decimal(sum.wholesSum())));
            }
        }
        for (AmountSum sum : result.amounts()) {
            if (!sum.isConsistent()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("line", lines.line(sum.offset()));
                w.put("text", sum.text());
                w.put("unit", sum.unit());
                w.put("statedTotal", Json.decimal(sum.stated()));
                w.put("sumOfParts", Json.decimal(sum.partsSum()));
                w.put("parts", sum.parts());
                w.put("status", sum.exceedsTotal() ? "parts-exceed-total" : "parts-short-of-total");
                w.put("message", sum.exceedsTotal()
                        ? (vi ? "tổng các phần vượt số tổng đã nêu" : "the parts add up to more than the stated total")
                        : (vi ? "tổng các phần nhỏ hơn số tổng đã nêu (danh sách có thể chưa đủ)"
                                : "the parts add up to less than the stated total (the list may be partial)"));
                warnings.add(new Warning(w, Figures.format(sum.stated(), locale) + " " + sum.unit() + partsSumTo
                        + Figures.format(sum.partsSum(), locale) + " " + sum.unit()));
            }
        }
        warnings.sort(java.util.Comparator.comparingInt(Warning::line));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Options.Format.json) {
            Json.write(json(checked, warnings.stream().map(Warning::json).toList()), out);
        } else {
            long mismatches = checked.stream().filter(c -> !c.claim().isConsistent()).count();
            for (Checked c : checked) {
                out.println(file.getFileName() + ":" + c.line() + ": " + (c.claim().isConsistent() ? "ok       " : "MISMATCH ")
                        + c.claim().text().strip() + " -> " + Figures.format(c.claim().recomputed(), locale) + "%");
            }
            for (Warning w : warnings) {
                out.println(file.getFileName() + ":" + w.line() + ": " + (vi ? "cảnh báo: " : "warning: ")
                        + w.json().get("message") + " (" + w.figures() + ")");
            }
            int totals = result.sums().size() + result.amounts().size();
            out.println(vi ? checked.size() + " tỷ lệ, " + mismatches + " không khớp; " + totals + " tổng được đối chiếu, "
                    + warnings.size() + " cảnh báo"
                    : checked.size() + " claims, " + mismatches + " mismatched; " + totals + " totals checked, "
                    + warnings.size() + " warnings");
        }
        out.flush();
        boolean mismatch = checked.stream().anyMatch(c -> !c.claim().isConsistent());
        return failOnMismatch && mismatch ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
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
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, "no such file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString(), firstBadLine(bytes)), null, "text",
                    "the file is not UTF-8 text");
        }
        return text;
    }

    private static ObjectNode json(List<Checked> checked, List<Map<String, Object>> warnings) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Checked c : checked) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", c.line());
            m.put("kind", c.claim().kind().name());
            m.put("hedge", c.claim().hedge().name());
            m.put("text", c.claim().text().strip());
            m.put("numerator", Json.decimal(c.claim().part()));
            m.put("denominator", Json.decimal(c.claim().whole()));
            m.put("printed", Json.decimal(c.claim().printed()));
            m.put("recomputed", Json.decimal(c.claim().recomputed()));
            m.put("status", c.claim().isConsistent() ? "ok" : "mismatch");
            claims.add(m);
        }
        ObjectNode root = Json.document("ntm.check-report/1");
        root.putPOJO("claims", claims);
        root.putPOJO("warnings", warnings);
        return root;
    }
}
