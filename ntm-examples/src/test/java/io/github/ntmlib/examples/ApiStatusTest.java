package io.github.ntmlib.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.testkit.Hierarchies;
import io.github.ntmlib.testkit.quicktheories.QtGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of every exported package of the published modules carries an API
 * status ({@code @API(status = STABLE | EXPERIMENTAL | ..., since = ...)}, issue 19): a user can
 * tell what may change before 1.0. A package counts as exported when its module exports it to
 * everyone (a qualified export, such as {@code io.github.ntmlib.base.internal}, is not API); an
 * automatic module (ntm-testkit-quicktheories) exports all its packages. The rule is also run
 * against a deliberately unmarked class, so that it is known to fail.
 */
class ApiStatusTest {

    /** A class from each published module (examples and benchmarks are not published). */
    private static final List<Class<?>> PUBLISHED = List.of(Labels.class, CriteriaRegistry.class,
            NationalCriteria2021.class, NationalCriteria2026.class, Hierarchies.class, QtGens.class, Stars.class,
            Vnd.class, io.github.ntmlib.claims.ReportClaims.class, io.github.ntmlib.intake.XlsxReader.class,
            io.github.ntmlib.report.Report.class, io.github.ntmlib.plan.Planner.class);

    static ArchRule everyPublicTypeHasAStatus(Set<String> exported) {
        return classes().that().arePublic().and().areTopLevelClasses()
                .and(DescribedPredicate.describe("reside in an exported package",
                        (JavaClass c) -> exported.contains(c.getPackageName())))
                .should().beAnnotatedWith(API.class)
                .because("every exported type carries an API status (issue 19)");
    }

    /** The packages a module's jar (or classes directory) exports to everyone. */
    static Set<String> exportedPackages(Path location) {
        if (Files.isDirectory(location) && !Files.exists(location.resolve("module-info.class"))) {
            // the classes of an automatic module, before it is a jar: it exports every package
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> location.relativize(f.getParent()).toString().replace(f.getFileSystem()
                                .getSeparator(), "."))
                        .collect(Collectors.toSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ModuleDescriptor module = ModuleFinder.of(location).findAll().iterator().next().descriptor();
        if (module.isAutomatic()) {
            return module.packages();
        }
        return module.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    @Test
    void everyPublicTypeOfAnExportedPackageHasAnApiStatus() {
        Set<Location> locations = new HashSet<>();
        Set<String> exported = new HashSet<>();
        for (Class<?> c : PUBLISHED) {
            Path at = PackageArchitectureTest.path(c);
            locations.add(Location.of(at.toUri()));
            exported.addAll(exportedPackages(at));
        }
        assertThat(locations).as("one location per published module").hasSize(PUBLISHED.size());
        assertThat(exported).as("the exported packages found").contains("io.github.ntmlib.base",
                "io.github.ntmlib.core.engine", "io.github.ntmlib.core.criteria.spi", "io.github.ntmlib.criteria2021",
                "io.github.ntmlib.criteria2026", "io.github.ntmlib.testkit.conformance",
                "io.github.ntmlib.testkit.quicktheories", "io.github.ntmlib.ocop.rating",
                "io.github.ntmlib.finance.forecast", "io.github.ntmlib.report", "io.github.ntmlib.report.xlsx",
                "io.github.ntmlib.plan", "io.github.ntmlib.plan.io")
                .doesNotContain("io.github.ntmlib.report.html.internal", "io.github.ntmlib.report.html.generated",
                        "io.github.ntmlib.base.internal", "io.github.ntmlib.criteria2021.internal",
                        "io.github.ntmlib.criteria2026.internal", "io.github.ntmlib.plan.internal");
        JavaClasses classes = new ClassFileImporter().importLocations(locations);
        long checked = classes.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                && c.isTopLevelClass() && exported.contains(c.getPackageName())).count();
        assertThat(checked).as("public top-level types checked").isGreaterThan(200);
        everyPublicTypeHasAStatus(exported).check(classes);
    }

    @Test
    void theRuleFailsOnAnUnmarkedPublicType() {
        JavaClasses bad = new ClassFileImporter().importClasses(io.github.ntmlib.core.api.bad.Unmarked.class,
                io.github.ntmlib.core.api.bad.Marked.class, io.github.ntmlib.core.api.bad.Marked.Helper.class);
        ArchRule rule = everyPublicTypeHasAStatus(Set.of("io.github.ntmlib.core.api.bad"));
        assertThatThrownBy(() -> rule.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unmarked").hasMessageNotContaining("bad.Marked")
                .hasMessageContaining("1 times");
        everyPublicTypeHasAStatus(Set.of("io.github.ntmlib.core.api.bad"))
                .check(new ClassFileImporter().importClasses(io.github.ntmlib.core.api.bad.Marked.class));
    }
}
