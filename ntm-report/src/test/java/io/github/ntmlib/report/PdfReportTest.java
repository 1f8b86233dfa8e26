package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.report.pdf.PdfException;
import io.github.ntmlib.report.pdf.PdfReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF printer's contract without a browser: stand-in executables that fail, print nothing or
 * hang give a typed error with the browser's output, never a hang, and leave no temporary files.
 */
@DisabledOnOs(OS.WINDOWS)
class PdfReportTest {

    private static final Report REPORT = Worlds.report(Worlds.bare(Worlds.generated().next(new java.util.Random(3))
            .snapshot()), Language.VIETNAMESE);

    private static Path script(Path dir, String body) throws IOException {
        Path s = dir.resolve("fake-chromium");
        Files.writeString(s, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwx------"));
        return s;
    }

    private static List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("ntm-report-pdf-")).toList();
        }
    }

    @Test
    void aFailingBrowserIsATypedErrorWithItsOutput(@TempDir Path dir) throws IOException {
        List<Path> before = temporaries();
        PdfReport printer = PdfReport.chromium().withExecutable(script(dir, "echo 'ERROR: no display' >&2; exit 3"));
        assertThatThrownBy(() -> printer.render(REPORT, new ByteArrayOutputStream())).isInstanceOf(PdfException.class)
                .hasMessageContaining("exit 3").hasMessageContaining("ERROR: no display")
                .satisfies(e -> assertThat(((PdfException) e).browserOutput()).isEqualTo("ERROR: no display"));
        assertThat(temporaries()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aBrowserThatPrintsNothingIsAnError(@TempDir Path dir) throws IOException {
        PdfReport printer = PdfReport.chromium().withExecutable(script(dir, "exit 0"));
        assertThatThrownBy(() -> printer.render(REPORT, new ByteArrayOutputStream())).isInstanceOf(PdfException.class)
                .hasMessageContaining("failed to print");
    }

    @Test
    void aHangingBrowserIsKilledAtTheTimeout(@TempDir Path dir) throws IOException {
        List<Path> before = temporaries();
        PdfReport printer = PdfReport.chromium().withExecutable(script(dir, "echo starting >&2; sleep 60"))
                .withTimeout(Duration.ofSeconds(1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> printer.render(REPORT, new ByteArrayOutputStream())).isInstanceOf(PdfException.class)
                .hasMessageContaining("within 1 s").hasMessageContaining("starting");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(temporaries()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aMissingExecutableIsATypedError(@TempDir Path dir) {
        PdfReport printer = PdfReport.chromium().withExecutable(dir.resolve("no-such-browser"));
        assertThatThrownBy(() -> printer.render(REPORT, new ByteArrayOutputStream())).isInstanceOf(PdfException.class)
                .hasMessageContaining("cannot start");
    }

    @Test
    void theFileTheBrowserPrintsIsWhatIsWritten(@TempDir Path dir) throws IOException {
        // the stand-in writes "%PDF-stand-in" to the --print-to-pdf path and checks the page it was given
        PdfReport printer = PdfReport.chromium().withExecutable(script(dir, String.join("\n",
                "for a in \"$@\"; do case $a in --print-to-pdf=*) out=${a#--print-to-pdf=};; file://*) page=${a#file://};; esac; done",
                "grep -q 'Toàn tỉnh' \"$page\" || exit 9",
                "printf '%%PDF-stand-in' > \"$out\"")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.render(REPORT, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("%PDF-stand-in");
        assertThatThrownBy(() -> printer.withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(printer.timeout()).isEqualTo(PdfReport.DEFAULT_TIMEOUT);
    }
}
