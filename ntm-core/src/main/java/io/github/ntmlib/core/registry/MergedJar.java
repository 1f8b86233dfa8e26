package io.github.ntmlib.core.registry;

import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * Finds the plugins a merged ("fat", shaded) jar holds but no longer declares. A shaded jar built
 * without merging service files keeps one plugin's {@code META-INF/services} file and silently
 * drops the others' (the 2026-2030 set disappears and 2026 data is judged by no set, or the
 * wrong one). When the core itself lies in a jar that also declares criteria plugins, every class
 * of that jar implementing {@link CriteriaPlugin} must be among the providers found; otherwise
 * loading fails with a message naming the fix.
 */
final class MergedJar {

    static final String SERVICES = "META-INF/services/" + CriteriaPlugin.class.getName();
    private static final byte[] INTERFACE = CriteriaPlugin.class.getName().replace('.', '/')
            .getBytes(StandardCharsets.UTF_8);

    private MergedJar() {
    }

    /**
     * Checks the providers found against the jar the core was loaded from.
     *
     * @param found  the provider classes the service loader found
     * @param loader the loader that looked for them
     * @throws IllegalStateException naming the undeclared plugins and the fix
     */
    static void check(Set<String> found, ClassLoader loader) {
        Path jar = jarOfCore();
        if (jar == null) {
            return;
        }
        Set<String> lost = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICES) == null) {
                return;
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (!name.endsWith(".class") || name.contains("-") || name.startsWith("META-INF/")) {
                    continue;
                }
                String type = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                if (!found.contains(type) && names(file, e) && isProvider(type, loader)) {
                    lost.add(type);
                }
            }
        } catch (IOException e) {
            return;
        }
        if (!lost.isEmpty()) {
            throw new IllegalStateException("criteria plugins " + lost + " are in " + jar.getFileName()
                    + " beside ntm-core but not declared in its " + SERVICES + ": the jar was merged without merging"
                    + " service files, so only one plugin's declaration survived. With maven-shade-plugin add"
                    + " <transformer implementation=\"org.apache.maven.plugins.shade.resource."
                    + "ServicesResourceTransformer\"/> to the shade configuration (with Gradle's Shadow plugin,"
                    + " mergeServiceFiles()), or keep the plugin jars as separate jars (as Spring Boot does)");
        }
    }

    /** The plain jar file the core's classes come from, or null (a directory, a nested jar, unknown). */
    private static @Nullable Path jarOfCore() {
        CodeSource source = CriteriaRegistry.class.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a class file names the plugin interface (a cheap filter before loading it). */
    private static boolean names(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(1 << 20);
            outer:
            for (int i = 0; i + INTERFACE.length <= bytes.length; i++) {
                for (int j = 0; j < INTERFACE.length; j++) {
                    if (bytes[i + j] != INTERFACE[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    /** Whether a class is a concrete public implementation of the plugin interface. */
    private static boolean isProvider(String type, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(type, false, loader);
            return CriteriaPlugin.class.isAssignableFrom(c) && !c.isInterface()
                    && !Modifier.isAbstract(c.getModifiers()) && Modifier.isPublic(c.getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The provider class names a service loader lists, without instantiating them. */
    static Set<String> providers(java.util.ServiceLoader<CriteriaPlugin> loader) {
        Set<String> names = new TreeSet<>();
        loader.stream().forEach(p -> names.add(p.type().getName()));
        return names;
    }
}
