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
import io.github.ntmlib.core.criteria.spi.Criterion;
import io.github.ntmlib.core.criteria.spi.CriterionContext;
import io.github.ntmlib.core.criteria.spi.CriterionResult;
import io.github.ntmlib.core.criteria.spi.IndicatorTrace;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.net.URISyntaxException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plugin author's contract is the core's {@code spi} package (issue 11): every interface of the
 * core that a criteria-set plugin implements lives there, and the plugins implement no other core
 * interface. Both rules are also run against a deliberately bad class, so that they are known to
 * fail.
 */
class PluginContractTest {

    private static final String CORE = "io.github.ntmlib.core..";
    private static final String SPI = "io.github.ntmlib.core.criteria.spi";

    /** Every public interface of the core's criteria packages is an SPI type. */
    private static final ArchRule CRITERIA_INTERFACES_IN_SPI = classes().that().areInterfaces().and().arePublic()
            .and().areTopLevelClasses().and().resideInAPackage("io.github.ntmlib.core.criteria..")
            .should().resideInAPackage(SPI)
            .because("what a criteria-set plugin implements belongs to the SPI package (issue 11)");

    /** A plugin implements only SPI interfaces of the core. */
    private static final ArchRule PLUGINS_IMPLEMENT_ONLY_SPI = classes()
            .that().resideInAnyPackage("io.github.ntmlib.criteria2021..", "io.github.ntmlib.criteria2026..")
            .should(implementNoCoreInterfaceOutside(SPI))
            .because("a plugin author needs the SPI package only for what it implements (issue 11)");

    private static ArchCondition<JavaClass> implementNoCoreInterfaceOutside(String spi) {
        return new ArchCondition<>("implement no core interface outside " + spi) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaClass i : item.getAllRawInterfaces()) {
                    if (i.getPackageName().startsWith("io.github.ntmlib.core") && !i.getPackageName().equals(spi)) {
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
    void theContractTypesAreInTheSpiPackage() {
        for (Class<?> c : new Class<?>[] {CriteriaPlugin.class, Criterion.class, CriterionContext.class,
                CriterionResult.class, IndicatorTrace.class}) {
            assertThat(c.getPackageName()).as(c.getSimpleName()).isEqualTo(SPI);
        }
    }

    @Test
    void pluginsImplementOnlySpiInterfacesAndTheCoreKeepsItsInterfacesThere() {
        JavaClasses classes = new ClassFileImporter().importLocations(Set.of(location(CriteriaPlugin.class),
                location(NationalCriteria2021.class), location(NationalCriteria2026.class)));
        assertThat(classes.stream().filter(c -> c.isAssignableTo(CriteriaPlugin.class) && !c.isInterface() && !c.isAnonymousClass()))
                .as("both plugins' providers were imported").hasSize(2);
        assertThat(classes.stream().filter(c -> c.isAssignableTo(Criterion.class)).map(JavaClass::getSimpleName))
                .as("code criteria were imported").contains("IncomeAboveAdvancedLevel");
        CRITERIA_INTERFACES_IN_SPI.check(classes);
        PLUGINS_IMPLEMENT_ONLY_SPI.check(classes.that(DescribedPredicate.describe("plugin classes",
                c -> !c.getPackageName().startsWith("io.github.ntmlib.core"))));
    }

    @Test
    void theRulesFailOnABadPlugin() {
        JavaClasses bad = new ClassFileImporter().importClasses(io.github.ntmlib.core.criteria.bad.Judge.class,
                io.github.ntmlib.criteria2021.bad.ImplementsCoreInterface.class);
        assertThatThrownBy(() -> CRITERIA_INTERFACES_IN_SPI.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Judge");
        assertThatThrownBy(() -> PLUGINS_IMPLEMENT_ONLY_SPI.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("implements io.github.ntmlib.core.criteria.bad.Judge");
    }
}
