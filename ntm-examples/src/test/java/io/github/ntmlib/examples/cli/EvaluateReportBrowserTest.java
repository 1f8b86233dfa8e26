package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ntmlib.report.pdf.PdfReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ntm evaluate --format html|pdf} for a province's own files, rendered in headless Chromium:
 * the page's screenshot and DOM (the official header, the "Toàn tỉnh" total row, the charts'
 * legends and text alternatives), and the PDF's text (pdftotext) carrying the same figures as the
 * text output of {@code ntm evaluate} for the same inputs. Skipped without a browser or pdftotext,
 * unless {@code NTM_REQUIRE_BROWSER} is set (CI sets it after installing both).
 */
class EvaluateReportBrowserTest {

    private static final String P = "../docs/examples/province/";
    private static final List<String> PROVINCE = List.of("evaluate", "--units", P + "units.csv", "--values",
            P + "values.csv", "--overlay", P + "overlay-filled.json", "--as-of", "2024-12-31", "--plan", "commune-ntm=1");
    private static final List<String> HA_TINH = List.of("evaluate", "--list", "ha_tinh", "--statuses",
            "../docs/examples/statuses-ha-tinh-2024.csv", "--as-of", "2024-12-31", "--plan", "commune-advanced=20");
    private static final List<String> HEADER = List.of("--issuer", "UBND TỈNH THỬ NGHIỆM", "--number", "12/BC-UBND",
            "--place", "Thử Nghiệm", "--date", "05/12/2026", "--title", "BÁO CÁO Kết quả xây dựng nông thôn mới năm 2024",
            "--signer-title", "CHỦ TỊCH", "--signer", "Nguyễn Văn A");

    private static Run run(List<String> inputs, String... more) {
        List<String> args = new ArrayList<>(inputs);
        args.addAll(Arrays.asList(more));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static <T> T require(Optional<T> tool, String what) {
        if (tool.isEmpty()) {
            if (System.getenv("NTM_REQUIRE_BROWSER") != null) {
                fail("NTM_REQUIRE_BROWSER is set but no " + what + " is on the PATH");
            }
            Assumptions.abort("no " + what + " on the PATH (apt-get install chromium poppler-utils); CI runs this test");
        }
        return tool.get();
    }

    private static String exec(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("stderr-" + out.getFileName()).toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("did not finish in 120 s: " + command);
        }
        assertThat(p.exitValue()).as(command.toString()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<String> chromium(Path browser, Path dir, String... args) {
        List<String> c = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile")));
        c.addAll(Arrays.asList(args));
        return c;
    }

    @Test
    void thePageShowsTheHeaderTheTotalRowAndTheChartLegends(@TempDir Path dir) throws Exception {
        Path browser = require(PdfReport.findOnPath(), "chromium");
        Path page = dir.resolve("report.html");
        run(PROVINCE, Stream.concat(HEADER.stream(), Stream.of("--format", "html", "--out", page.toString()))
                .toArray(String[]::new));
        String stdout = run(PROVINCE, Stream.concat(HEADER.stream(), Stream.of("--format", "html"))
                .toArray(String[]::new)).out();
        assertThat(stdout).as("html goes to standard output without --out").isEqualTo(Files.readString(page));

        Path png = dir.resolve("screenshot.png");
        exec(dir, chromium(browser, dir, "--screenshot=" + png, "--window-size=1280,1800", page.toUri().toString()));
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(readInt(bytes, 16)).isEqualTo(1280);
        assertThat(readInt(bytes, 20)).isEqualTo(1800);
        assertThat(bytes.length).as("a page with tables and charts, not a blank screenshot").isGreaterThan(40_000);

        String dom = exec(dir, chromium(browser, dir, "--dump-dom", page.toUri().toString()));
        assertThat(dom).contains("UBND TỈNH THỬ NGHIỆM", "Số: 12/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Thử Nghiệm, ngày 05 tháng 12 năm 2026", "Nguyễn Văn A");
        assertThat(dom).containsPattern("<tr class=\"total\"><td class=\"text\">Toàn tỉnh</td><td class=\"num\">2</td>");
        assertThat(dom).contains("<g class=\"legend\">", ">Được công nhận</text>", ">Đạt theo tính toán</text>",
                ">Xã đạt chuẩn nông thôn mới</text>");
        assertThat(dom).containsPattern("<svg [^>]*role=\"img\"[^>]*aria-labelledby=\"tallies-chart-svg-title");
        assertThat(dom).contains("<desc id=\"districts-chart-svg-desc\">");
    }

    @Test
    void thePdfCarriesTheFiguresOfTheTextOutput(@TempDir Path dir) throws Exception {
        require(PdfReport.findOnPath(), "chromium");
        Path pdftotext = require(onPath("pdftotext"), "pdftotext");
        for (List<String> inputs : List.of(PROVINCE, HA_TINH)) {
            String text = run(inputs).out();
            Path pdf = dir.resolve("report-" + inputs.size() + ".pdf");
            run(inputs, Stream.concat(HEADER.stream(), Stream.of("--format", "pdf", "--out", pdf.toString()))
                    .toArray(String[]::new));
            assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');
            String pdfText = exec(dir, List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-"));
            String flat = pdfText.replaceAll("\\s+", " ");
            List<String> figures = text.lines().dropWhile(l -> !l.equals("Tổng hợp:")).skip(1)
                    .takeWhile(l -> !l.isBlank()).map(String::strip).toList();
            assertThat(figures).as("tallies and plan lines of the text output").hasSizeGreaterThan(4)
                    .anyMatch(l -> l.startsWith("Kế hoạch"));
            for (String line : figures) {
                assertThat(flat).as("the PDF carries: " + line).contains(line.replaceAll("\\s+", " "));
            }
            assertThat(flat).contains("Toàn tỉnh", "UBND TỈNH THỬ NGHIỆM", "Số: 12/BC-UBND",
                    "Thử Nghiệm, ngày 05 tháng 12 năm 2026");
        }
    }

    @Test
    void binaryFormatsNeedAFileAndTheHeader() {
        Run noOut = Run.of(Stream.concat(PROVINCE.stream(), Stream.concat(HEADER.stream(), Stream.of("--format", "pdf")))
                .toArray(String[]::new));
        assertThat(noOut.code()).isEqualTo(Ntm.USAGE);
        assertThat(noOut.err()).contains("--out FILE");
        Run noHeader = Run.of(Stream.concat(PROVINCE.stream(), Stream.of("--format", "html")).toArray(String[]::new));
        assertThat(noHeader.code()).isEqualTo(Ntm.USAGE);
        assertThat(noHeader.err()).contains("--header FILE", "--issuer", "--signer");
    }

    @Test
    void aReportOnSeveralProvincesNeedsTheUnit(@TempDir Path dir) throws IOException {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, Files.readString(Path.of(P + "units.csv")) + "98,,PROVINCE,Tỉnh,Tỉnh Khác,2020-01-01,TAY_NGUYEN,\n");
        List<String> args = new ArrayList<>(List.of("evaluate", "--units", units.toString(), "--as-of", "2024-12-31",
                "--format", "html"));
        args.addAll(HEADER);
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(Ntm.USAGE);
        assertThat(r.err()).contains("gồm 2 tỉnh", "--unit CODE");
        args.addAll(List.of("--unit", "991", "--ocop", "../docs/examples/ocop-certificates.csv"));
        Run district = Run.of(args.toArray(String[]::new));
        assertThat(district.code()).as(district.err()).isZero();
        assertThat(district.out()).contains("Huyện Đồi Xanh — ", "IV. Sản phẩm OCOP");
    }

    @Test
    void theWorkbookAndTheDocumentAreWritten(@TempDir Path dir) throws IOException {
        for (String format : List.of("xlsx", "docx")) {
            Path out = dir.resolve("report." + format);
            run(PROVINCE, Stream.concat(HEADER.stream(), Stream.of("--format", format, "--out", out.toString()))
                    .toArray(String[]::new));
            assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
