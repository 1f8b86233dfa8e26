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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "evaluate|thiếu tùy chọn bắt buộc: '--as-of=DATE'|Missing required option: '--as-of=DATE'",
        "units check|thiếu tham số bắt buộc: 'FILE'|Missing required parameter: 'FILE'",
        "evaluate --as-of|thiếu giá trị cho tùy chọn '--as-of'|Missing required parameter for option '--as-of'",
        "demo --no-such-option|không có tùy chọn '--no-such-option'|Unknown option: '--no-such-option'",
        "demo --outt .|không có các tùy chọn '--outt', '.'; có phải ý bạn là: --out?|Unknown options: '--outt', '.'",
        "evalute|có phải ý bạn là: evaluate|Unmatched argument at index 1: 'evalute'",
        "units check a.csv b.csv|đối số thừa, không khớp với tham số nào: 'b.csv'|Unmatched argument at index 4: 'b.csv'",
        "evaluate --as-of 2024-12-31 --as-of 2024-12-31|tùy chọn '--as-of' chỉ được cho một lần|option '--as-of' (DATE) should be specified only once",
        "evaluate --as-of 31/02/2024|giá trị không hợp lệ cho '--as-of': '31/02/2024' không phải là một ngày|Invalid value for option '--as-of': '31/02/2024' is not a date",
        "evaluate --as-of 2024-12-31 --counting MAYBE|giá trị 'MAYBE' không hợp lệ cho '--counting': phải là một trong các giá trị 'OFFICIAL', 'COMPUTED'|expected one of [OFFICIAL, COMPUTED]",
        "evaluate --as-of 2024-12-31 --data-year hai|giá trị 'hai' không hợp lệ cho '--data-year': phải là một số nguyên|'hai' is not an int",
        "compare --as-of 2024-12-31|phải được cho 2 lần, mới có 1 lần|must be specified 2 times but was matched 1 times",
        "units lineage 99999|không có đơn vị 99999 trong lịch sử 'ha_tinh' (từ ngày 01/11/2024)|no unit 99999 in the history ha_tinh (from 2024-11-01)",
        "finance|cần một lệnh con: rates, deadlines hoặc allocate|a subcommand is needed: rates, deadlines or allocate"})
    void eachKindOfUsageErrorIsASentenceOfTheLanguageNamingTheOption(String args, String vietnamese, String english) {
        List<String> words = new ArrayList<>(List.of(args.split(" ")));
        Run vi = Run.of(words.toArray(String[]::new));
        assertThat(vi.code()).isEqualTo(Ntm.USAGE);
        assertThat(vi.err().lines().findFirst().orElseThrow()).contains(": lỗi cách dùng: ").contains(vietnamese);
        assertThat(vi.err()).contains("Cách dùng: ntm");
        words.add(0, "--lang=en"); // the root command takes --lang too, for the errors of any command
        Run en = Run.of(words.toArray(String[]::new));
        assertThat(en.code()).isEqualTo(Ntm.USAGE);
        assertThat(en.err().lines().findFirst().orElseThrow()).contains(": usage error: ").contains(english);
        assertThat(en.err()).contains("Usage: ntm");
    }
}
