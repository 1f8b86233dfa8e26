package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.report.ShareClaim;
import io.github.ntmlib.core.report.ShareClaims;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ntm check-report FILE}: recomputes every ratio claim of a Vietnamese report text. */
@Command(name = "check-report", mixinStandardHelpOptions = true,
        description = {"Finds every ratio claim in a Vietnamese report text (\"69/169 xã ... (đạt 40,8%)\", "
                + "\"đạt 75% KH (kế hoạch 20 xã)\") and recomputes it half-up at the printed digits.",
                "--format json prints {\"claims\":[{\"line\":N,\"text\":...,\"numerator\":...,\"denominator\":...,"
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
    record Checked(int line, ShareClaim claim) {
    }

    @Override
    public Integer call() throws IOException {
        List<String> lines = read(file);
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (ShareClaim c : ShareClaims.scan(lines.get(i))) {
                checked.add(new Checked(i + 1, c));
            }
        }
        List<String> warnings = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        boolean vi = options.language() == io.github.ntmlib.base.Language.VIETNAMESE;
        if (options.format == Options.Format.json) {
            out.println(json(checked, warnings));
        } else if (options.format == Options.Format.html) {
            throw new CommandLine.ParameterException(spec.commandLine(), "check-report prints text or json");
        } else {
            long mismatches = checked.stream().filter(c -> !c.claim().isConsistent()).count();
            for (Checked c : checked) {
                out.println(file.getFileName() + ":" + c.line() + ": " + (c.claim().isConsistent() ? "ok       " : "MISMATCH ")
                        + c.claim().text().strip() + " -> " + Ntm.decimal(c.claim().recomputed()) + "%");
            }
            warnings.forEach(w -> out.println((vi ? "cảnh báo: " : "warning: ") + w));
            out.println(vi ? checked.size() + " tỷ lệ, " + mismatches + " không khớp"
                    : checked.size() + " claims, " + mismatches + " mismatched");
        }
        out.flush();
        boolean mismatch = checked.stream().anyMatch(c -> !c.claim().isConsistent());
        return failOnMismatch && mismatch ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
    }

    static List<String> read(Path file) throws IOException {
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
            int line = 1;
            throw new InvalidDataException(SourcePosition.of(file.toString(), line), null, "text",
                    "the file is not UTF-8 text");
        }
        return List.of(text.split("\\R", -1));
    }

    private static String json(List<Checked> checked, List<String> warnings) throws IOException {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Checked c : checked) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", c.line());
            m.put("text", c.claim().text().strip());
            m.put("numerator", Ntm.decimal(c.claim().part()));
            m.put("denominator", Ntm.decimal(c.claim().whole()));
            m.put("printed", Ntm.decimal(c.claim().printed()));
            m.put("recomputed", Ntm.decimal(c.claim().recomputed()));
            m.put("status", c.claim().isConsistent() ? "ok" : "mismatch");
            claims.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("claims", claims);
        root.put("warnings", warnings);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }
}
