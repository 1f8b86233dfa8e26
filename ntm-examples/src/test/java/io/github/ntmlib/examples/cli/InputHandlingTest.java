package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's generic input handling (issue 20): dates as dd/MM/yyyy or ISO, CSV files as
 * Excel saves them, numbers in a declared style, hostile numbers refused with exit 3, and errors
 * in the language of --lang prefixed with the command's real name.
 */
class InputHandlingTest {

    private static final String EX = FormatsDocTest.EX;

    private static Run evaluate(String asOf, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--units", EX + "units.csv", "--as-of", asOf,
                "--unit", "445", "--lang", "en"));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void datesAreReadAsDdMmYyyyAsWellAsIso() {
        Run iso = evaluate("2024-12-31", "--values", EX + "values.csv");
        Run vn = evaluate("31/12/2024", "--values", EX + "values.csv");
        assertThat(iso.code()).as(iso.err()).isZero();
        assertThat(vn.code()).as(vn.err()).isZero();
        assertThat(vn.out()).isEqualTo(iso.out());
        assertThat(evaluate("1/7/2025").code()).as("d/M/yyyy").isZero();
    }

    @Test
    void anInvalidDateIsAUsageErrorInTheLanguageOfLangNamingTheCommand() {
        for (String bad : List.of("31/13/2024", "31/02/2024", "2024-02-30", "12/31/2024", "hôm nay")) {
            Run en = evaluate(bad);
            assertThat(en.code()).as(bad).isEqualTo(Ntm.USAGE);
            assertThat(en.err()).as(bad).startsWith("ntm evaluate: usage error: ")
                    .contains("--as-of").contains("is not a date (write dd/MM/yyyy").doesNotContain("Exception");
            Run vi = Run.of("evaluate", "--as-of", bad);
            assertThat(vi.code()).isEqualTo(Ntm.USAGE);
            assertThat(vi.err()).as(bad).startsWith("ntm evaluate: lỗi cách dùng: ")
                    .contains("không phải là một ngày (viết dd/MM/yyyy");
        }
        Run ocop = Run.of("ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "30/02/2025", "--lang", "en");
        assertThat(ocop.code()).isEqualTo(Ntm.USAGE);
        assertThat(ocop.err()).startsWith("ntm ocop portfolio: usage error: ");
        assertThat(Run.of("ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "31/12/2025").code()).isZero();
    }

    @Test
    void invalidInputIsPrefixedWithTheRealCommandInTheLanguageOfLang(@TempDir Path dir) throws IOException {
        Path council = dir.resolve("council.csv");
        Files.writeString(council, "evaluator,criterion,option,points,knock_out\nA,1.1,x,,\n");
        Run en = Run.of("ocop", "score", "--date", "2026-06-20", "--sheet", "1", "--product", "Cam",
                council.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(en.err()).startsWith("ntm ocop score: invalid input: " + council + ":2");
        Run vi = Run.of("ocop", "score", "--date", "20/06/2026", "--sheet", "1", "--product", "Cam",
                council.toString());
        assertThat(vi.err()).startsWith("ntm ocop score: dữ liệu vào không hợp lệ: " + council + ":2");
    }

    @Test
    void aValuesCsvSavedByVietnameseExcelReadsAsTheUtf8One(@TempDir Path dir) throws IOException {
        Run plain = evaluate("2024-12-31", "--values", EX + "values.csv");
        String text = Files.readString(Path.of(EX + "values.csv"));
        // Excel's "CSV (semicolon)" in Windows-1258: ';' between cells, tone marks combining
        String semicolons = text.replace(",", ";");
        if (Charset.isSupported("windows-1258")) {
            Path cp1258 = dir.resolve("values-1258.csv");
            String decomposed = windows1258(semicolons);
            byte[] bytes = decomposed.getBytes(Charset.forName("windows-1258"));
            assertThat(new String(bytes, Charset.forName("windows-1258"))).isEqualTo(decomposed); // nothing lost
            Files.write(cp1258, bytes);
            Run r = evaluate("2024-12-31", "--values", cp1258.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo(plain.out());
        }
        Path utf16 = dir.resolve("values-16.csv");
        byte[] body = semicolons.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        Run r16 = evaluate("2024-12-31", "--values", utf16.toString());
        assertThat(r16.code()).as(r16.err()).isZero();
        assertThat(r16.out()).isEqualTo(plain.out());
    }

    /** Text as Windows-1258 holds it: letters it lacks ("ệ") as a letter it has ("ê") and a combining mark. */
    private static String windows1258(String text) {
        java.nio.charset.CharsetEncoder e = Charset.forName("windows-1258").newEncoder();
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (e.canEncode(c)) {
                out.append(c);
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            String done = d;
            for (int i = 1; i < d.length(); i++) {
                String base = java.text.Normalizer.normalize(d.charAt(0) + String.valueOf(d.charAt(i)),
                        java.text.Normalizer.Form.NFC);
                String rest = d.substring(1, i) + d.substring(i + 1);
                if (base.length() == 1 && e.canEncode(base + rest)) {
                    done = base + rest;
                    break;
                }
            }
            out.append(done);
        }
        return out.toString();
    }

    @Test
    void anAmbiguousNumberIsAnErrorUntilTheStyleIsDeclared(@TempDir Path dir) throws IOException {
        Path values = dir.resolve("values.csv");
        Files.writeString(values, "unit,indicator,year,kind,value,unit_of_measure\n"
                + "18001,10.income,2024,QUANTITY,\"61.500\",triệu đồng/người/năm\n");
        Run undeclared = evaluate("2024-12-31", "--values", values.toString());
        assertThat(undeclared.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(undeclared.err()).contains(values + ":2 [18001] field 'value'").contains("--number-style");
        Run vi = evaluate("2024-12-31", "--values", values.toString(), "--number-style", "vi");
        assertThat(vi.code()).as(vi.err()).isZero();
        Run plain = evaluate("2024-12-31", "--values", values.toString(), "--number-style", "plain");
        assertThat(plain.code()).as(plain.err()).isZero();
        Files.writeString(values, "# number-style: vi\n" + Files.readString(values));
        assertThat(evaluate("2024-12-31", "--values", values.toString()).code()).isZero();
        Run clash = evaluate("2024-12-31", "--values", values.toString(), "--number-style", "plain");
        assertThat(clash.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(clash.err()).contains(values + ":1").contains("declares number-style vi");
        Run badStyle = evaluate("2024-12-31", "--number-style", "en");
        assertThat(badStyle.code()).isEqualTo(Ntm.USAGE);
        assertThat(badStyle.err()).contains("vi, plain");
    }

    @Test
    void aZeroWithAHugeExponentInAnOverlayIsInvalidInputNotAnOutOfMemory(@TempDir Path dir) throws IOException {
        String overlay = Files.readString(Path.of(EX + "overlay.json"));
        for (String zero : List.of("\"0e-999999999\"", "0e-999999999", "\"1e999999999\"", "0E+2147483647")) {
            Path file = dir.resolve("overlay.json");
            Files.writeString(file, overlay.replace("\"value\": \"85\"", "\"value\": " + zero));
            Run r = evaluate("2024-12-31", "--overlay", file.toString());
            assertThat(r.code()).as(zero + ": " + r.err()).isEqualTo(Ntm.INVALID_INPUT);
            assertThat(r.err()).as(zero).startsWith("ntm evaluate: invalid input: " + file).contains("value");
        }
        Run points = Run.of("finance", "allocate", "--pool", "1.000 triệu đồng", "--points", "a=0e-999999999",
                "--points", "b=1", "--lang", "en");
        assertThat(points.code()).isEqualTo(Ntm.INVALID_INPUT);
    }

    @Test
    void aControlCharacterInAUnitsCsvIsInvalidInput(@TempDir Path dir) throws IOException {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, Files.readString(Path.of(EX + "units.csv")).replace("Huyện Thạch Hà", "Huyện\u0000Thạch Hà"));
        Run r = Run.of("units", "check", units.toString(), "--date", "31/12/2024", "--lang", "en");
        assertThat(r.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(r.err()).startsWith("ntm units check: invalid input: ").contains(units + ":3").contains("U+0000");
    }

    @Test
    void anEnumeratedOptionListsItsAcceptedValuesAndIgnoresCase() {
        Run bad = Run.of("evaluate", "--as-of", "31/12/2024", "--counting", "official-ish", "--lang", "en");
        assertThat(bad.code()).isEqualTo(Ntm.USAGE);
        assertThat(bad.err()).startsWith("ntm evaluate: usage error: ").contains("OFFICIAL").contains("COMPUTED");
        Run list = Run.of("evaluate", "--as-of", "31/12/2024", "--list", "hanoi");
        assertThat(list.err()).startsWith("ntm evaluate: lỗi cách dùng: ").contains("ha_tinh").contains("vietnam");
        assertThat(evaluate("2024-12-31", "--counting", "computed").code()).isZero();
    }
}
