package io.github.ntmlib.examples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form floors without a cycle (issue 19): {@code locality → data → criteria →
 * engine → report}, with {@code criteria.spi} (plugin discovery) and {@code registry} beside
 * criteria, and each {@code io} package above the package whose types it reads and writes. Every
 * package of ntm-core and of both plugins is its own slice, and the slices are free of cycles. The
 * rules are run against deliberately bad classes too, so that they are known to fail.
 */
class PackageArchitectureTest {

    private static final String CORE = "io.github.ntmlib.core.";

    /** Each package of the core and of the plugins is a slice; no cycle among them. */
    private static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("io.github.ntmlib.(**)").should().beFreeOfCycles()
            .because("a package owns the types it constructs, so no package needs one above it (issue 19)");

    /** The floors of the core, each reading only those below it. */
    private static final ArchRule CORE_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("locality").definedBy(CORE + "locality..")
            .layer("data").definedBy(CORE + "data..")
            .layer("criteria").definedBy(CORE + "criteria", CORE + "criteria.io")
            .layer("spi").definedBy(CORE + "criteria.spi..")
            .layer("registry").definedBy(CORE + "registry..")
            .layer("engine").definedBy(CORE + "engine..")
            .layer("report").definedBy(CORE + "report..")
            .whereLayer("report").mayNotBeAccessedByAnyLayer()
            .whereLayer("engine").mayOnlyBeAccessedByLayers("report")
            .whereLayer("registry").mayOnlyBeAccessedByLayers("engine", "report")
            .whereLayer("spi").mayOnlyBeAccessedByLayers("registry")
            .whereLayer("criteria").mayOnlyBeAccessedByLayers("spi", "registry", "engine", "report")
            .whereLayer("data").mayOnlyBeAccessedByLayers("criteria", "spi", "registry", "engine", "report")
            .because("locality → data → criteria → engine → report, spi and registry beside criteria (issue 19)");

    /** Where a class was loaded from: its module's jar or classes directory. */
    static Path path(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Location location(Class<?> c) {
        return Location.of(path(c).toUri());
    }

    private static JavaClasses coreAndPlugins() {
        return new ClassFileImporter().importLocations(Set.of(location(CriteriaRegistry.class),
                location(NationalCriteria2021.class), location(NationalCriteria2026.class)));
    }

    @Test
    void thePlannerHasNoPackageCycleAndItsSolverStaysInternal() {
        JavaClasses classes = new ClassFileImporter().importLocations(Set.of(location(
                io.github.ntmlib.plan.Planner.class)));
        assertThat(classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
                .contains("io.github.ntmlib.plan", "io.github.ntmlib.plan.io", "io.github.ntmlib.plan.internal");
        NO_PACKAGE_CYCLES.check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("io.github.ntmlib.plan.internal")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ntmlib.plan", "io.github.ntmlib.plan.io")
                .because("the integer programme knows nothing of plans (issue 23)").check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideOutsideOfPackage(
                "io.github.ntmlib.plan.internal").should().dependOnClassesThat().resideInAPackage("org.ojalgo..")
                .because("only the internal integer programme reads the solver (issue 23)").check(classes);
    }

    @Test
    void theCoreAndThePluginsHaveNoPackageCycle() {
        JavaClasses classes = coreAndPlugins();
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).as("every package was imported").contains(CORE + "locality", CORE + "data",
                CORE + "criteria", CORE + "criteria.spi", CORE + "registry", CORE + "engine", CORE + "report",
                "io.github.ntmlib.criteria2021", "io.github.ntmlib.criteria2021.internal",
                "io.github.ntmlib.criteria2026", "io.github.ntmlib.criteria2026.internal")
                .doesNotContain(CORE + "internal");
        NO_PACKAGE_CYCLES.check(classes);
        CORE_LAYERS.check(classes);
    }

    @Test
    void theReportModuleHasNoPackageCycleAndItsModelReadsNoRenderer() {
        JavaClasses classes = new ClassFileImporter().importLocations(Set.of(location(io.github.ntmlib.report.Report.class)));
        assertThat(classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet())).contains(
                "io.github.ntmlib.report", "io.github.ntmlib.report.html", "io.github.ntmlib.report.pdf",
                "io.github.ntmlib.report.xlsx", "io.github.ntmlib.report.docx", "io.github.ntmlib.report.html.generated");
        NO_PACKAGE_CYCLES.check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideInAPackage("io.github.ntmlib.report").should().dependOnClassesThat()
                .resideInAnyPackage("io.github.ntmlib.report.html..",
                        "io.github.ntmlib.report.pdf..", "io.github.ntmlib.report.xlsx..", "io.github.ntmlib.report.docx..")
                .because("the report is computed once; renderers read it, never the other way (issue 21)")
                .check(classes);
    }

    @Test
    void theRulesFailOnACycleAndOnAnArrowBackUp() {
        JavaClasses bad = new ClassFileImporter().importClasses(
                io.github.ntmlib.core.data.bad.ReadsTheEngine.class, io.github.ntmlib.core.engine.bad.ReadsData.class);
        assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
        assertThatThrownBy(() -> CORE_LAYERS.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReadsTheEngine");
    }
}
