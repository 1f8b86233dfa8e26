package io.github.ntmlib.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The schema's Flyway migrations. The scripts are this module's resources, copied to a temporary
 * directory that Flyway reads as a {@code filesystem:} location: Flyway's class-path scanning does
 * not see inside a named module.
 *
 * <p>Flyway is called through reflection: its jar declares no module name, and a published module
 * must not {@code requires} a name derived from a jar's file name (it would change with the jar).
 * The calls are the five of its fluent configuration below; Flyway stays a runtime dependency.
 */
final class Migrations {

    /** The migration scripts, in order; a new version is added at the end, never edited. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql");

    private Migrations() {
    }

    /**
     * Brings the database's schema to the latest version.
     *
     * @param dataSource the database
     */
    static void migrate(DataSource dataSource) {
        Path dir;
        try {
            dir = Files.createTempDirectory("ntm-migrations");
            for (String name : SCRIPTS) {
                try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("migration " + name + " is missing from the module");
                    }
                    Files.copy(in, dir.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ClassLoader loader = Migrations.class.getClassLoader();
            Class<?> flyway = Class.forName("org.flywaydb.core.Flyway", true, loader);
            Object config = flyway.getMethod("configure", ClassLoader.class).invoke(null, loader);
            Class<?> type = config.getClass();
            type.getMethod("dataSource", DataSource.class).invoke(config, dataSource);
            type.getMethod("locations", String[].class).invoke(config, (Object) new String[] {"filesystem:" + dir});
            type.getMethod("cleanDisabled", boolean.class).invoke(config, true);
            Object loaded = type.getMethod("load").invoke(config);
            Method migrate = loaded.getClass().getMethod("migrate");
            migrate.invoke(loaded);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException("migration failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Flyway (org.flywaydb:flyway-core) is not on the path", e);
        } finally {
            try {
                for (String name : SCRIPTS) {
                    Files.deleteIfExists(dir.resolve(name));
                }
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
