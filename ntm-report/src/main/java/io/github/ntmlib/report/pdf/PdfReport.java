package io.github.ntmlib.report.pdf;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.report.Report;
import io.github.ntmlib.report.ReportException;
import io.github.ntmlib.report.ReportRenderer;
import io.github.ntmlib.report.html.HtmlReport;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The report as PDF, printed by headless Chromium from the {@link HtmlReport} page (its print
 * stylesheet: A4, a page per section, repeated table headers). Each print runs in a fresh
 * temporary directory (the page, a new browser profile, the PDF) that is deleted afterwards; a
 * browser that does not finish within the timeout is killed. Any failure is a
 * {@link PdfException} carrying an excerpt of the browser's error output.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PdfReport implements ReportRenderer {

    /** The default time a print may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final Path executable;
    private final Duration timeout;

    private PdfReport(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /**
     * The printer with the first of {@code chromium}, {@code chromium-browser}, {@code google-chrome}
     * found on the PATH (else plain {@code chromium}) and the default timeout.
     *
     * @return the printer
     */
    public static PdfReport chromium() {
        return new PdfReport(findOnPath().orElse(Path.of("chromium")), DEFAULT_TIMEOUT);
    }

    /**
     * The browser found on the PATH, if any.
     *
     * @return its path
     */
    public static java.util.Optional<Path> findOnPath() {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The same printer with another browser executable.
     *
     * @param path the Chromium (or Chrome) executable
     * @return the printer
     */
    public PdfReport withExecutable(Path path) {
        return new PdfReport(Objects.requireNonNull(path, "path"), timeout);
    }

    /**
     * The same printer with another timeout.
     *
     * @param value the longest a print may take, positive
     * @return the printer
     * @throws IllegalArgumentException for a timeout not above zero
     */
    public PdfReport withTimeout(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + value);
        }
        return new PdfReport(executable, value);
    }

    /**
     * The browser executable.
     *
     * @return its path
     */
    public Path executable() {
        return executable;
    }

    /**
     * The timeout.
     *
     * @return the longest a print may take
     */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public void render(Report report, OutputStream out) {
        String html = HtmlReport.create().toHtml(report);
        Path dir;
        try {
            dir = Files.createTempDirectory("ntm-report-pdf-");
        } catch (IOException e) {
            throw new PdfException(Labels.of("không tạo được thư mục tạm: " + InvalidDataException.excerpt(e.getMessage()),
                            "cannot create a temporary directory: " + e.getMessage()), "", e);
        }
        try {
            Path page = dir.resolve("report.html");
            Path pdf = dir.resolve("report.pdf");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            print(page, pdf, dir);
            Files.copy(pdf, out);
            out.flush();
        } catch (IOException e) {
            throw new PdfException(Labels.of("không ghi được báo cáo PDF: " + InvalidDataException.excerpt(e.getMessage()),
                            "cannot write the PDF report: " + e.getMessage()), "", e);
        } finally {
            delete(dir);
        }
    }

    private void print(Path page, Path pdf, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()));
        Path stderr = dir.resolve("stderr.txt");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                    .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
        } catch (IOException e) {
            throw new PdfException(Labels.of("không khởi động được " + InvalidDataException.excerpt(executable.toString()) + ": " + InvalidDataException.excerpt(e.getMessage()),
                            "cannot start " + executable + ": " + e.getMessage()), "", e);
        }
        boolean done;
        try {
            done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new PdfException(Labels.of("bị ngắt khi đang in PDF",
                            "interrupted while printing the PDF"), excerpt(stderr), e);
        }
        if (!done) {
            kill(process);
            throw new PdfException(Labels.of(InvalidDataException.excerpt(executable.toString()) + " không in xong PDF trong " + timeout.toSeconds() + " giây",
                            executable + " did not print the PDF within " + timeout.toSeconds() + " s"),
                    excerpt(stderr), null);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new PdfException(Labels.of(InvalidDataException.excerpt(executable.toString()) + " in PDF không thành công (mã thoát " + process.exitValue() + ")",
                            executable + " failed to print the PDF (exit " + process.exitValue() + ")"),
                    excerpt(stderr), null);
        }
    }

    private static File nullFile() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of the browser's error output, where its reason is: at most 2,000 characters. */
    static String excerpt(Path stderr) {
        try {
            if (!Files.exists(stderr)) {
                return "";
            }
            String text = new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8).strip();
            return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file the browser still holds: left to the system's temporary-file cleaning
                }
            });
        } catch (IOException e) {
            // nothing more can be done; the directory is under the system's temporary directory
        }
    }
}
