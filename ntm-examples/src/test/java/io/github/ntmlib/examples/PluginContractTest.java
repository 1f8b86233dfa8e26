package io.github.ntmlib.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.net.URISyntaxException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plugin author's contract, as the list of core types a plugin may implement: {@link
 * CriteriaPlugin} (discovery, in {@code criteria.spi}) and {@link Criterion} (a rule written in
 * code, in {@code criteria} beside the sets it serves). Every other public core interface is
 * implemented by the core itself ({@link CriterionContext} by the engine) and a plugin implements
 * none of them. The rules are also run against deliberately bad classes, so that they are known to
 * fail.
 */
class PluginContractTest {

    /** The core interfaces a plugin may implement. */
    static final Set<Class<?>> IMPLEMENTABLE = Set.of(CriteriaPlugin.class, Criterion.class);

    /** A plugin implements only the listed core interfaces. */
    private static final ArchRule PLUGINS_IMPLEMENT_ONLY_THE_CONTRACT = classes()
            .that().resideInAnyPackage("io.github.ntmlib.criteria2021..", "io.github.ntmlib.criteria2026..")
            .should(implementNoCoreInterfaceBut(IMPLEMENTABLE))
            .because("a plugin implements CriteriaPlugin and, for a rule written in code, Criterion (issue 19)");

    /** The spi package holds plugin discovery only and depends on nothing of the core but criteria. */
    private static final ArchRule SPI_IS_DISCOVERY_ONLY = classes().that()
            .resideInAPackage("io.github.ntmlib.core.criteria.spi..")
            .should().onlyDependOnClassesThat(DescribedPredicate.describe("criteria, locality, base or the JDK",
                    c -> !c.getPackageName().startsWith("io.github.ntmlib")
                            || c.getPackageName().equals("io.github.ntmlib.core.criteria.spi")
                            || c.getPackageName().equals("io.github.ntmlib.core.criteria")
                            || c.getPackageName().equals("io.github.ntmlib.core.locality")
                            || c.getPackageName().startsWith("io.github.ntmlib.base")))
            .because("consumers never import criteria.spi to read a result (issue 19)");

    private static ArchCondition<JavaClass> implementNoCoreInterfaceBut(Set<Class<?>> allowed) {
        return new ArchCondition<>("implement no core interface but " + allowed) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaClass i : item.getAllRawInterfaces()) {
                    if (i.getPackageName().startsWith("io.github.ntmlib.core")
                            && allowed.stream().noneMatch(a -> i.isEquivalentTo(a))) {
                        events.add(SimpleConditionEvent.violated(item,
                                item.getName() + " implements " + i.getName()));
                    }
                }
            }
        };
    }

    private static Location location(Class<?> c) {
        try {
            return Location.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theResultTypesLiveWithTheSetsAndTheSpiKeepsDiscovery() {
        for (Class<?> c : new Class<?>[] {Criterion.class, CriterionContext.class, CriterionResult.class,
                IndicatorTrace.class}) {
            assertThat(c.getPackageName()).as(c.getSimpleName()).isEqualTo("io.github.ntmlib.core.criteria");
        }
        assertThat(CriteriaPlugin.class.getPackageName()).isEqualTo("io.github.ntmlib.core.criteria.spi");
    }

    @Test
    void pluginsImplementOnlyTheListedTypes() {
        JavaClasses classes = new ClassFileImporter().importLocations(Set.of(location(CriteriaPlugin.class),
                location(NationalCriteria2021.class), location(NationalCriteria2026.class)));
        assertThat(classes.stream().filter(c -> c.isAssignableTo(CriteriaPlugin.class) && !c.isInterface() && !c.isAnonymousClass()))
                .as("both plugins' providers were imported").hasSize(2);
        assertThat(classes.stream().filter(c -> c.isAssignableTo(Criterion.class)).map(JavaClass::getSimpleName))
                .as("code criteria were imported").contains("IncomeAboveAdvancedLevel");
        PLUGINS_IMPLEMENT_ONLY_THE_CONTRACT.check(classes.that(DescribedPredicate.describe("plugin classes",
                c -> !c.getPackageName().startsWith("io.github.ntmlib.core"))));
        SPI_IS_DISCOVERY_ONLY.check(classes);
    }

    @Test
    void theRulesFailOnABadPlugin() {
        JavaClasses bad = new ClassFileImporter().importClasses(io.github.ntmlib.core.criteria.bad.Judge.class,
                io.github.ntmlib.criteria2021.bad.ImplementsCoreInterface.class,
                io.github.ntmlib.core.criteria.spi.bad.ReadsTheEngine.class);
        assertThatThrownBy(() -> PLUGINS_IMPLEMENT_ONLY_THE_CONTRACT.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("implements io.github.ntmlib.core.criteria.bad.Judge");
        assertThatThrownBy(() -> SPI_IS_DISCOVERY_ONLY.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReadsTheEngine");
    }
}
