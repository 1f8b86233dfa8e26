package io.github.ntmlib.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;

/**
 * The schema's Flyway migrations, read from this module's own resources (so that they are found
 * on the module path, where Flyway's class-path scanning does not see inside a named module).
 */
final class Migrations implements ResourceProvider {

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
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new Migrations())
                .javaMigrationClassProvider(List::of)
                .locations("classpath:io/github/ntmlib/server/store")
                .failOnMissingLocations(false)
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    @Override
    public @Nullable LoadableResource getResource(String name) {
        return SCRIPTS.contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> list = new ArrayList<>();
        for (String name : SCRIPTS) {
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                list.add(new Script(name));
            }
        }
        return list;
    }

    /** One script, read from the module's resources. */
    private static final class Script extends LoadableResource {
        private final String name;
        private final String text;

        Script(String name) {
            this.name = name;
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("migration " + name + " is missing from the module");
                }
                this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return "io/github/ntmlib/server/store/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }

}
