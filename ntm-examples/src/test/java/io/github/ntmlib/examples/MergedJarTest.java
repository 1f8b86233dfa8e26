package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fat jar merged as a shade plugin without {@code ServicesResourceTransformer} merges it: the
 * core, the base and both plugins in one jar, where the plugins' service files collide and the
 * last one wins. Loading the registry from it must fail and name the fix; the same jar with the
 * service files merged loads both sets.
 */
class MergedJarTest {

    private static final String SERVICES = "META-INF/services/io.github.ntmlib.core.criteria.spi.CriteriaPlugin";

    private static Path jarOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Merges jars (or class directories) into one; service files are merged or the last one wins. */
    private static Path merge(Path out, List<Path> parts, boolean mergeServices) throws IOException {
        Set<String> seen = new HashSet<>();
        StringBuilder services = new StringBuilder();
        String lastServices = "";
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out))) {
            for (Path part : parts) {
                List<String> names = new ArrayList<>();
                List<byte[]> contents = new ArrayList<>();
                if (Files.isDirectory(part)) {
                    try (var walk = Files.walk(part)) {
                        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                            names.add(part.relativize(p).toString().replace('\\', '/'));
                            contents.add(Files.readAllBytes(p));
                        }
                    }
                } else {
                    try (JarFile in = new JarFile(part.toFile())) {
                        Enumeration<JarEntry> entries = in.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry e = entries.nextElement();
                            if (e.isDirectory()) {
                                continue;
                            }
                            names.add(e.getName());
                            try (InputStream s = in.getInputStream(e)) {
                                contents.add(s.readAllBytes());
                            }
                        }
                    }
                }
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    if (name.equals(SERVICES)) {
                        String text = new String(contents.get(i), java.nio.charset.StandardCharsets.UTF_8);
                        services.append(text).append('\n');
                        lastServices = text;
                    } else if (!name.equals("module-info.class") && !name.startsWith("META-INF/versions/")
                            && !name.equals("META-INF/MANIFEST.MF") && seen.add(name)) {
                        jar.putNextEntry(new JarEntry(name));
                        jar.write(contents.get(i));
                        jar.closeEntry();
                    }
                }
            }
            jar.putNextEntry(new JarEntry(SERVICES));
            jar.write((mergeServices ? services.toString() : lastServices)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return out;
    }

    private static Object loadRegistry(Path fat, List<Path> dependencies) throws Exception {
        try (JarFile check = new JarFile(fat.toFile())) {
            assertThat(check.getEntry("io/github/ntmlib/core/registry/CriteriaRegistry.class")).as("merged core in %s: %s",
                    fat, check.stream().limit(20).map(JarEntry::getName).toList()).isNotNull();
        }
        List<URL> urls = new ArrayList<>(List.of(fat.toUri().toURL()));
        for (Path d : dependencies) {
            urls.add(d.toUri().toURL());
        }
        // the boot loader as parent: the platform loader would hand the boot layer's ntm packages to the
        // application loader when the test runs on the module path
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), null)) {
            Class<?> registry = Class.forName(CriteriaRegistry.class.getName(), true, loader);
            assertThat(registry.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .as("the core is loaded from the merged jar, not from %s", urls).isEqualTo(fat.toUri());
            try {
                Object r = registry.getMethod("load").invoke(null);
                return registry.getMethod("all").invoke(r).toString();
            } catch (InvocationTargetException e) {
                return e.getCause();
            }
        }
    }

    @Test
    void aFatJarThatLostAPluginsServiceFileFailsNamingTheFixAndAMergedOneLoadsBoth(@TempDir Path dir)
            throws Exception {
        List<Path> parts = List.of(jarOf(io.github.ntmlib.base.Language.class), jarOf(CriteriaRegistry.class),
                jarOf(NationalCriteria2021.class), jarOf(NationalCriteria2026.class));
        List<Path> dependencies = new ArrayList<>();
        String path = System.getProperty("jdk.module.path", "") + java.io.File.pathSeparator
                + System.getProperty("java.class.path", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path p = entry.isEmpty() ? null : Path.of(entry);
            if (p != null && p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)
                    && !p.getFileName().toString().startsWith("ntm-")
                    && !p.getFileName().toString().startsWith("surefire")) {
                dependencies.add(p);
            }
        }
        assertThat(dependencies).as("the libraries the core needs").anyMatch(d -> d.toString().contains("jackson"));
        Object lost = loadRegistry(merge(dir.resolve("lost.jar"), parts, false), dependencies);
        assertThat(lost).isInstanceOf(IllegalStateException.class);
        assertThat(((Throwable) lost).getMessage()).contains("Criteria2021Plugin")
                .contains("ServicesResourceTransformer").contains("lost.jar")
                .doesNotContain("Criteria2026Plugin]");
        Object merged = loadRegistry(merge(dir.resolve("merged.jar"), parts, true), dependencies);
        assertThat(merged).as("both sets load from a jar whose service files were merged").isInstanceOf(String.class);
        assertThat((String) merged).contains(NationalCriteria2021.SET_ID).contains("vn-2026-2030");
    }
}
