package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end runs of the command: help, version, usage errors and exit codes. */
class CommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "check-report", "evaluate", "compare", "units", "units check", "units diff", "units lineage", "units carry", "ocop", "ocop score",
        "ocop upgrade", "ocop portfolio", "finance", "finance rates", "finance deadlines", "finance allocate"})
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Cách dùng: ntm" + (command.isEmpty() ? "" : " " + command)).contains("--help");
        args.add("--lang=en");
        Run en = Run.of(args.toArray(String[]::new));
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("Usage: ntm" + (command.isEmpty() ? "" : " " + command)).contains("--help");
    }

    @Test
    void theTopLevelHelpListsTheSubcommandsAndExitCodes() {
        Run r = Run.of("--help", "--lang", "en");
        assertThat(r.out()).contains("demo", "check-report", "generate-completion", "Exit codes:",
                "3   invalid input");
        Run vi = Run.of("--help");
        assertThat(vi.out()).contains("demo", "check-report", "generate-completion", "Mã thoát:",
                "3   dữ liệu vào không hợp lệ");
        assertThat(Run.of("--version").out()).startsWith("ntm ");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = Run.of("demo", "--no-such-option");
        assertThat(r.code()).isEqualTo(Ntm.USAGE);
        assertThat(r.err()).contains("--no-such-option");
        assertThat(Run.of("demo", "--lang", "fr").code()).isEqualTo(Ntm.USAGE);
        assertThat(Run.of("check-report").code()).isEqualTo(Ntm.USAGE);
    }

    @Test
    void checkReportFlagsTheSeedsFourInconsistenciesAndNoConsistentClaim(@TempDir Path dir) throws IOException {
        Run r = Run.of("check-report", "--format", "json", Run.SEED);
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> mismatches = new ArrayList<>();
        List<String> ok = new ArrayList<>();
        for (JsonNode c : root.get("claims")) {
            assertThat(c.get("line").isInt()).isTrue();
            assertThat(c.get("numerator").isTextual()).isTrue();
            String s = c.get("numerator").asText() + "/" + c.get("denominator").asText() + " " + c.get("printed").asText()
                    + (c.get("status").asText().equals("ok") ? "" : " (" + c.get("recomputed").asText() + ")");
            (c.get("status").asText().equals("ok") ? ok : mismatches).add(s);
        }
        assertThat(mismatches).containsExactlyInAnyOrder("1205/1512 79.9 (79.7)", "1205/1512 79.9 (79.7)",
                "11/20 57.1 (55.0)", "99600/372000 26.7 (26.8)", "99600/372000 26.7 (26.8)", "15/20 85 (75)");
        assertThat(ok).contains("69/169 40.8", "411626/593139 69.4", "15/20 75", "4/5 80");
        assertThat(root.get("claims").get(1).get("line").asInt()).isEqualTo(5);
        assertThat(root.get("schema").asText()).isEqualTo("ntm.check-report/1");
        assertThat(root.get("warnings")).hasSize(2);
        // 388 triệu + 45,985 tỷ đồng = 46,373 tỷ đồng, printed as 46,372 tỷ đồng
        JsonNode amounts = root.get("warnings").get(0);
        assertThat(amounts.get("line").asInt()).isEqualTo(92);
        assertThat(amounts.get("status").asText()).isEqualTo("parts-exceed-total");
        assertThat(amounts.get("statedTotal").asText() + " / " + amounts.get("sumOfParts").asText() + " "
                + amounts.get("unit").asText()).isEqualTo("46.372 / 46.373 tỷ đồng");
        JsonNode ratios = root.get("warnings").get(1);
        assertThat(ratios.get("line").asInt()).isEqualTo(103);
        assertThat(ratios.get("sumOfDenominators").asText()).isEqualTo("593140");
        assertThat(Run.of("check-report", "--fail-on-mismatch", Run.SEED).code()).isEqualTo(Ntm.FAILED_ON_REQUEST);
        Path fine = dir.resolve("fine.txt");
        Files.writeString(fine, "Có 69/169 xã (đạt 40,8%).\n", StandardCharsets.UTF_8);
        Run clean = Run.of("check-report", "--fail-on-mismatch", "--lang", "en", fine.toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).contains("fine.txt:1: ok", "-> 40.8%", "1 claims, 0 mismatched");
    }

    @Test
    void checkReportRefusesAMissingOrNonUtf8File(@TempDir Path dir) throws IOException {
        Run missing = Run.of("check-report", dir.resolve("none.txt").toString());
        assertThat(missing.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(missing.err()).contains("none.txt").contains("không có tệp này");
        assertThat(Run.of("check-report", "--lang", "en", dir.resolve("none.txt").toString()).err())
                .contains("none.txt").contains("no such file");
        Path latin = dir.resolve("latin1.txt");
        Files.write(latin, "dòng một\nd\u00f2ng hai".getBytes(StandardCharsets.ISO_8859_1));
        Run bad = Run.of("check-report", latin.toString());
        assertThat(bad.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(bad.err()).contains("latin1.txt:1").contains("text").contains("UTF-8");
        assertThat(bad.out()).isEmpty();
    }
}
