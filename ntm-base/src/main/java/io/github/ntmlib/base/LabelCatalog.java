package io.github.ntmlib.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The Vietnamese and English names of the constants of {@link Labelled} enums, read once per enum
 * from {@code META-INF/ntm-labels/<enum's binary name>.properties} in the enum's own module, one
 * line per constant: {@code MET = đạt | met}. The names are data, not code: a report that wants
 * other wording reads the same file. A non-package location, so the file is readable on the module
 * path as on the class path.
 */
final class LabelCatalog {

    private static final ClassValue<Map<?, Labels>> CATALOG = new ClassValue<>() {
        @Override
        protected Map<?, Labels> computeValue(Class<?> type) {
            return load(type.asSubclass(Enum.class));
        }
    };

    private LabelCatalog() {
    }

    static Labels of(Labelled constant) {
        if (!(constant instanceof Enum<?>)) {
            throw new IllegalStateException(constant.getClass().getName()
                    + " is not an enum: a Labelled class must return its own labels()");
        }
        Enum<?> e = (Enum<?>) constant;
        // load() gives every constant of the enum its labels, or fails
        return Objects.requireNonNull(CATALOG.get(e.getDeclaringClass()).get(e));
    }

    static String resource(Class<?> type) {
        return "META-INF/ntm-labels/" + type.getName() + ".properties";
    }

    private static <E extends Enum<E>> Map<E, Labels> load(Class<E> type) {
        String name = resource(type);
        Properties table = new Properties();
        try (InputStream in = type.getModule().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("labels of " + type.getName() + " not found: " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                table.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("labels of " + type.getName() + " unreadable: " + name, e);
        }
        Map<E, Labels> labels = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            String line = table.getProperty(constant.name());
            int bar = line == null ? -1 : line.indexOf('|');
            if (bar < 0 || line.substring(0, bar).isBlank() || line.substring(bar + 1).isBlank()) {
                throw new IllegalStateException(name + ": " + constant.name()
                        + " needs a line 'NAME = Vietnamese | English'");
            }
            labels.put(constant, Labels.of(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        if (table.size() != labels.size()) {
            throw new IllegalStateException(name + ": names no constant of " + type.getName() + ": "
                    + table.stringPropertyNames().stream().filter(k -> labels.keySet().stream()
                            .noneMatch(c -> c.name().equals(k))).sorted().toList());
        }
        return labels;
    }
}
