package io.github.ntmlib.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets compile (this module builds them with the README's module-info and
 * dependencies) and run, and the README shows exactly what is compiled here: every block of the
 * README appears in {@link ReadmeSnippets} line for line.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static List<String> readmeBlocks() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Lines without indentation or trailing space, blank lines dropped. */
    private static String lines(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                b.append(line.strip()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void everyReadmeBlockIsCompiledHereLineForLine() throws IOException {
        List<String> blocks = readmeBlocks();
        assertThat(blocks).as("the README's Java blocks").hasSize(5);
        String source = lines(Files.readString(ROOT.resolve(
                "ntm-consumer/src/main/java/io/github/ntmlib/consumer/ReadmeSnippets.java"), StandardCharsets.UTF_8));
        for (String block : blocks) {
            assertThat(source).as("README block starting %s", block.lines().findFirst().orElse(""))
                    .contains(lines(block));
        }
    }

    @Test
    void theHierarchySnippetRuns() {
        assertThat(ReadmeSnippets.hierarchy()).startsWith("{COMMUNE=21, TOWNSHIP=2} | 69 | ");
    }

    @Test
    void theEngineSnippetRuns() {
        String out = ReadmeSnippets.engine();
        assertThat(out).contains("xã được công nhận đạt chuẩn NTM nâng cao").contains("3.1: 799/1,000 = 79.9%")
                .contains("THRESHOLD_NOT_ENCODED");
    }

    @Test
    void thePeriodSwapSnippetPicksThe2026Set() {
        assertThat(ReadmeSnippets.periodSwap()).startsWith("vn-2026-2030 | ");
    }

    @Test
    void theOcopSnippetRuns() {
        assertThat(ReadmeSnippets.ocop()).startsWith("Optional[FOUR] | ").contains("2029-07-01 | 1");
    }

    @Test
    void theFinanceSnippetRuns() {
        assertThat(ReadmeSnippets.finance()).startsWith("72,43%\n42: ");
    }
}
