package io.github.ntmlib.ocop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Stars;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lean boundary, as {@code jdeps} would report it, checked on every build: the compiled classes of
 * ntm-ocop refer to ntm-core only in {@code core.locality}, and only from {@code SnapshotResolver}
 * (ntm-core is an optional dependency), never to the engine, criteria or report packages.
 */
class ModuleBoundaryTest {

    private static final Pattern CORE = Pattern.compile("io/github/ntmlib/core/(\\w+)/");

    @Test
    void onlySnapshotResolverReadsNtmCoreAndOnlyItsLocalityPackage() throws IOException, URISyntaxException {
        Path classes = Path.of(Stars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, String> uses = new TreeMap<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                read++;
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher m = CORE.matcher(bytes);
                while (m.find()) {
                    uses.merge(classes.relativize(file).toString().replace('\\', '/'), m.group(1),
                            (a, b) -> a.contains(b) ? a : a + "," + b);
                }
            }
        }
        assertThat(read).isGreaterThan(40);
        assertThat(uses).containsOnlyKeys(List.of("io/github/ntmlib/ocop/portfolio/SnapshotResolver.class"));
        assertThat(uses.values()).containsOnly("locality");
    }
}
