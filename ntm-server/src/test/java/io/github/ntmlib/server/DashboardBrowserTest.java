package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard clicked through in headless Chromium (Debian's chromium and chromium-driver):
 * sign-in, the drill-down from the province to a commune and its explanations, the comparison of two
 * runs, and report downloads that arrive as valid HTML and XLSX files. Skipped without a browser,
 * failed without one when NTM_REQUIRE_BROWSER=1 (CI). On a failure the page's screenshot is kept in
 * target/screenshots/. Runs in the class-path execution only (Selenium's jars are not modules).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("NTM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    @TempDir
    static Path downloads;

    DemoServer demo;
    WebDriver browser;
    String test = "setup";

    static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @BeforeAll
    void start() {
        boolean available = Files.isExecutable(DRIVER) && chromium().isPresent();
        if (!available && "1".equals(System.getenv("NTM_REQUIRE_BROWSER"))) {
            throw new AssertionError("NTM_REQUIRE_BROWSER=1 but " + DRIVER + " or chromium is missing");
        }
        Assumptions.assumeTrue(available, "no chromium and chromedriver: browser tests skipped");
        demo = new DemoServer(dir, false);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--lang=vi");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.get(demo.url() + "/dashboard");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/login");
        browser.findElement(By.id("token")).sendKeys(demo.reader);
        follow(browser.findElement(By.id("login-submit")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Các lượt đánh giá");
    }

    @BeforeEach
    void name(TestInfo info) {
        test = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    /** Runs a check; on a failure keeps the page's screenshot and source for CI's artefacts. */
    private void check(Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, SCREENSHOTS.resolve(test + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(SCREENSHOTS.resolve(test + ".html"), browser.getPageSource());
            } catch (IOException | RuntimeException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    /**
     * Clicks a link or a submit button and waits until the browser has replaced the page: a
     * {@code click()} returns before the navigation ends, and an element looked up in between
     * belongs to the old page (a stale element, or worse, the old page's text).
     */
    private void follow(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element of the old page is gone: stale, or (Chromium, while the new page replaces it) a node that
     * "does not belong to the document" any more, which the driver reports as an unknown error.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void openRun(long run) {
        browser.get(demo.url() + "/dashboard");
        follow(browser.findElement(By.cssSelector("a.run-link[href='/dashboard/runs/" + run + "']")));
    }

    @Test
    void drillDownFromTheProvinceToACommuneAndItsExplanations() {
        check(() -> {
            openRun(demo.runs.get(0));
            assertThat(browser.findElement(By.id("unit-name")).getText()).contains("Hà Tĩnh");
            WebElement chart = browser.findElement(By.cssSelector("svg#tally-chart"));
            assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).startsWith("Số đơn vị đạt chuẩn");
            assertThat(chart.findElements(By.cssSelector("g.legend text"))).hasSize(3);
            // province → district → commune (end of 2024, before districts were abolished)
            String province = browser.getCurrentUrl();
            follow(browser.findElements(By.cssSelector("a.child")).get(0));
            assertThat(browser.getCurrentUrl()).isNotEqualTo(province);
            assertThat(browser.findElements(By.cssSelector("a.crumb"))).hasSize(1);
            WebElement commune = browser.findElements(By.cssSelector("a.child")).get(0);
            String name = commune.getText();
            follow(commune);
            assertThat(browser.findElement(By.id("unit-name")).getText()).startsWith(name);
            assertThat(browser.findElements(By.cssSelector("a.crumb"))).hasSize(2);
            List<WebElement> standards = browser.findElements(By.cssSelector("details.standard"));
            assertThat(standards).isNotEmpty();
            assertThat(standards.get(0).findElement(By.cssSelector("p.explanation")).getText()).isNotBlank();
            assertThat(standards.get(0).findElements(By.cssSelector("table.criteria tbody tr"))).hasSizeGreaterThan(5);
            // back up the trail, then to the matrix
            follow(browser.findElements(By.cssSelector("a.crumb")).get(0));
            assertThat(browser.findElement(By.id("unit-name")).getText()).contains("Hà Tĩnh");
            follow(browser.findElement(By.id("matrix-link")));
            assertThat(browser.findElements(By.cssSelector("#matrix tbody tr"))).hasSizeGreaterThan(10);
        });
    }

    @Test
    void switchingToEnglishKeepsThePage() {
        check(() -> {
            openRun(demo.runs.get(2));
            follow(browser.findElement(By.id("other-language")));
            assertThat(browser.getCurrentUrl()).contains("lang=en");
            assertThat(browser.findElement(By.cssSelector("svg#progress-chart title")).getAttribute("textContent"))
                    .startsWith("Plan progress in 2025");
            follow(browser.findElements(By.cssSelector("a.child")).get(0));
            assertThat(browser.getCurrentUrl()).contains("lang=en");
            assertThat(browser.getPageSource()).contains("Results and explanations");
        });
    }

    @Test
    void theComparisonOfTwoRuns() {
        check(() -> {
            browser.get(demo.url() + "/dashboard");
            new Select(browser.findElement(By.id("compare-from"))).selectByValue(Long.toString(demo.runs.get(0)));
            new Select(browser.findElement(By.id("compare-to"))).selectByValue(Long.toString(demo.runs.get(1)));
            follow(browser.findElement(By.id("compare-submit")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("So sánh hai lượt đánh giá");
            assertThat(browser.findElements(By.cssSelector("#comparison tbody tr"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#comparison-lines li"))).isNotEmpty();
            assertThat(browser.findElement(By.cssSelector("svg#compare-chart title")).getAttribute("textContent"))
                    .contains("31/12/2024").contains("30/09/2025");
        });
    }

    @Test
    void reportsDownloadAsValidHtmlAndXlsx() {
        check(() -> {
            openRun(demo.runs.get(2));
            browser.findElement(By.id("download-xlsx")).click();
            Path xlsx = awaitDownload(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
                boolean province = false;
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as("no formula cell").isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("Hà Tĩnh")) {
                                province = true;
                            }
                        }
                    }
                }
                assertThat(province).isTrue();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            browser.findElement(By.id("download-html")).click();
            Path html = awaitDownload(".html");
            try {
                assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static Path awaitDownload(String suffix) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no " + suffix + " file arrived in " + downloads);
    }

    @Test
    void signingOutSendsTheReaderBackToTheForm() {
        check(() -> {
            browser.get(demo.url() + "/dashboard?lang=en");
            follow(browser.findElement(By.cssSelector("form.inline button")));
            assertThat(browser.getCurrentUrl()).endsWith("/dashboard/login?lang=en");
            browser.get(demo.url() + "/dashboard");
            assertThat(browser.getCurrentUrl()).endsWith("/dashboard/login");
            browser.findElement(By.id("token")).sendKeys(demo.reader);
            follow(browser.findElement(By.id("login-submit")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Các lượt đánh giá");
        });
    }
}
