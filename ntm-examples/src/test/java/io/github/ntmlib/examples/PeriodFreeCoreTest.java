package io.github.ntmlib.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.finance.money.Vnd;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ntm-core and ntm-finance hold no knowledge of a criteria period: no field named after one, no
 * dependency on a period plugin, and no string constant naming one ("2021-2025", "2026-2030") in
 * their compiled classes. The rules are checked against a deliberately bad class too, so that
 * they are known to fail.
 */
class PeriodFreeCoreTest {

    private static final List<String> PERIOD_TEXTS = List.of("2021-2025", "2026-2030", "2021_2025", "2026_2030");

    private static final ArchRule NO_PERIOD_FIELDS = noFields().that().areDeclaredInClassesThat()
            .resideInAnyPackage("io.github.ntmlib.core..", "io.github.ntmlib.finance..")
            .should().haveNameMatching(".*(2021|2026|2030).*|ALL_CRITERIA")
            .because("criteria periods belong to the plugins (issue 11)");

    private static final ArchRule NO_PLUGIN_DEPENDENCY = noClasses().that()
            .resideInAnyPackage("io.github.ntmlib.core..", "io.github.ntmlib.finance..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.ntmlib.criteria2021..",
                    "io.github.ntmlib.criteria2026..")
            .because("the engine and finance must work with any period plugin");

    private static JavaClasses coreAndFinance() {
        try {
            return new ClassFileImporter().importLocations(Set.of(
                    Location.of(CriteriaRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                    Location.of(Vnd.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void coreAndFinanceNameNoCriteriaPeriod() {
        JavaClasses classes = coreAndFinance();
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .as("both modules were imported").contains("io.github.ntmlib.core.engine",
                        "io.github.ntmlib.finance.allocation");
        NO_PERIOD_FIELDS.check(classes);
        NO_PLUGIN_DEPENDENCY.check(classes);
        assertThat(periodTexts(classes)).as("string constants naming a criteria period").isEmpty();
    }

    @Test
    void theRulesFailOnAClassThatNamesAPeriod() {
        JavaClasses bad = new ClassFileImporter().importClasses(io.github.ntmlib.core.bad.PeriodConstants.class);
        assertThatThrownBy(() -> NO_PERIOD_FIELDS.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("COMMUNE_GROUP_2026_2030");
        assertThat(periodTexts(bad)).contains(io.github.ntmlib.core.bad.PeriodConstants.class.getName()
                + ": 2026-2030");
    }

    private static List<String> periodTexts(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass c : classes) {
            String text = bytes(c);
            for (String period : PERIOD_TEXTS) {
                if (text.contains(period)) {
                    found.add(c.getName() + ": " + period);
                }
            }
        }
        return found;
    }

    private static String bytes(JavaClass c) {
        try (InputStream in = c.getSource().orElseThrow().getUri().toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
