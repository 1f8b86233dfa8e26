package io.github.ntmlib.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.examples.demo.DemoReport;
import io.github.ntmlib.examples.demo.DemoReport2026;
import io.github.ntmlib.examples.demo.HaTinhDemo;
import io.github.ntmlib.examples.demo.HaTinhDemo2026;
import io.github.ntmlib.examples.demo.ProgramPeriod;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo's HTML report in headless Chromium (Debian's {@code chromium}): a screenshot of
 * the page, and the DOM after the browser ran it, with a unit name carrying {@code <script>}
 * shown as text. Skipped when no browser is installed, unless {@code NTM_REQUIRE_BROWSER} is set
 * (CI sets it, after installing the browser).
 */
class HtmlReportBrowserTest {

    private static final String HOSTILE = "<script>document.body.setAttribute('data-pwned','1')</script> Huyện Thử";

    static Optional<Path> browser() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static String run(Path browser, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path log = dir.resolve("stdout.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(log.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + command);
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void thePageItsTablesAndChartsRenderAndAScriptInANameIsText(@TempDir Path dir) throws Exception {
        Path browser = requireBrowser();
        HaTinhDemo demo = HaTinhDemo.generate(CriteriaRegistry.load().forDate(ProgramPeriod.P2021_2025.assessmentDate())
                .orElseThrow());
        DemoReport r = DemoReport.of(demo.evaluate(), demo.evaluateYearEnd(), Language.VIETNAMESE);
        List<DemoReport.DistrictRow> rows = new ArrayList<>(r.districts());
        DemoReport.DistrictRow first = rows.get(0);
        rows.set(0, new DemoReport.DistrictRow(HOSTILE, first.communes(), first.ntm(), first.advanced(), first.model(),
                first.villages(), first.villagesModel(), first.status(), first.advancedShare(), first.advancedPermille()));
        DemoReport hostile = new DemoReport(r.language(), r.title(), r.notes(), r.headlines(), rows, r.requirements(),
                r.plans(), r.ocop(), r.disbursement(), r.gaps());
        Path page = dir.resolve("ntm-report.html");
        Files.writeString(page, HtmlReport.render(hostile), StandardCharsets.UTF_8);

        String dom = screenshotAndDom(browser, dir, page);
        assertThat(dom).contains("<table id=\"districts\">", "<table id=\"requirements\">", "<table id=\"disbursement\">",
                "<table id=\"gaps\">", "<svg id=\"chart-districts\"", "<svg id=\"chart-disbursement\"");
        assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo(r.districts().size());
        assertThat(count(dom, "<rect class=\"money\"")).isEqualTo(r.disbursement().size());
        // the name is text in its cell and in the chart; the script never ran
        assertThat(dom).contains("<td>&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt; Huyện Thử</td>");
        assertThat(dom).doesNotContain("data-pwned=\"1\"").doesNotContain("<script");
    }

    @Test
    void the2026PageItsTablesAndChartRenderAndAScriptInANameIsText(@TempDir Path dir) throws Exception {
        Path browser = requireBrowser();
        DemoReport2026 r = DemoReport2026.of(HaTinhDemo2026.generate(CriteriaRegistry.load()), Language.VIETNAMESE);
        List<DemoReport2026.UnitRow> rows = new ArrayList<>(r.units());
        DemoReport2026.UnitRow first = rows.get(0);
        String hostile = HOSTILE.replace("Huyện", "Phường");
        rows.set(0, new DemoReport2026.UnitRow(hostile, first.group(), first.groupBasis(), first.predecessors(),
                first.carried(), first.carryNote(), first.verdict(), first.met(), first.criteria()));
        DemoReport2026 withHostile = new DemoReport2026(r.language(), r.title(), r.notes(), r.headlines(), rows, r.chart(),
                r.province(), r.plans(), r.gaps());
        Path page = dir.resolve("ntm-report.html");
        Files.writeString(page, HtmlReport.render(withHostile), StandardCharsets.UTF_8);

        String dom = screenshotAndDom(browser, dir, page);
        assertThat(dom).contains("<table id=\"units\">", "<table id=\"requirements\">", "<table id=\"gaps\">",
                "<svg id=\"chart-verdicts\"", "DỮ LIỆU TỔNG HỢP (synthetic)");
        assertThat(count(dom, "<rect class=\"track\"")).isEqualTo(r.chart().size());
        assertThat(dom).contains("<td>&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt; Phường Thử</td>");
        assertThat(dom).doesNotContain("data-pwned=\"1\"").doesNotContain("<script");
    }

    private static Path requireBrowser() {
        Optional<Path> browser = browser();
        if (browser.isEmpty()) {
            if (System.getenv("NTM_REQUIRE_BROWSER") != null) {
                fail("NTM_REQUIRE_BROWSER is set but no chromium is on the PATH");
            }
            Assumptions.abort("no chromium on the PATH (apt-get install chromium); CI runs this test");
        }
        return browser.get();
    }

    /** A screenshot of the page (checked: a PNG of the window's size, not blank), then its DOM after the browser ran it. */
    private static String screenshotAndDom(Path browser, Path dir, Path page) throws IOException, InterruptedException {
        Path png = dir.resolve("screenshot.png");
        run(browser, dir, "--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
        assertThat(png).isRegularFile();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(readInt(bytes, 16)).isEqualTo(1280);
        assertThat(readInt(bytes, 20)).isEqualTo(2000);
        assertThat(bytes.length).as("a page with tables and charts, not a blank screenshot").isGreaterThan(40_000);
        return run(browser, dir, "--dump-dom", page.toUri().toString());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
