package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ntmlib.base.InvalidDataException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: every typed input error an ntm module raises has its reason in Vietnamese and English
 * ({@code Labels}), so that a Vietnamese command, report or service never shows an English
 * sentence. The one-language constructors of {@link InvalidDataException} and of its subclasses
 * (a constructor whose reason is a {@code String}) stay for code outside ntm; this test finds
 * every call of one from ntm's main code, and is also run against a class that makes such a call,
 * so that it is known to find them.
 */
class BilingualErrorsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.ntmlib");

    /** The calls of one-language error constructors made by the given classes, each as "caller → callee". */
    static List<String> oneLanguageCalls(JavaClasses classes) {
        TreeSet<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                if (!target.isAssignableTo(InvalidDataException.class)
                        && !target.getName().equals("io.github.ntmlib.report.ReportException")
                        && !target.isAssignableTo("io.github.ntmlib.report.ReportException")) {
                    continue;
                }
                if (call.getOrigin().getOwner().equals(target)) {
                    continue; // a constructor delegating to a sibling of its own class
                }
                List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                boolean oneLanguage = parameters.stream().anyMatch(p -> p.isEquivalentTo(String.class))
                        && parameters.stream().noneMatch(p -> p.getName().equals("io.github.ntmlib.base.Labels"))
                        && !BUILDS_ITS_OWN_TEXT.contains(call.getTarget().getFullName());
                if (oneLanguage) {
                    found.add(call.getOrigin().getFullName() + " (" + call.getSourceCodeLocation() + ") -> "
                            + call.getTarget().getFullName());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Constructors whose {@code String} parameters are not a reason (a unit code, a standard id):
     * they write their bilingual text themselves. Each entry is the constructor's full name.
     */
    private static final java.util.Set<String> BUILDS_ITS_OWN_TEXT = java.util.Set.of(
            // the standard asked for and the criteria set's id, each quoted in both languages
            "io.github.ntmlib.core.engine.UnknownStandardException.<init>(java.lang.String, java.lang.String)");

    @Test
    void everyTypedErrorOfNtmHasBothLanguages() {
        List<String> calls = oneLanguageCalls(MAIN);
        assertThat(calls).as(calls.size() + " one-language calls:\n" + String.join("\n", calls)).isEmpty();
    }

    @Test
    void theRuleFindsAOneLanguageCall() {
        JavaClasses probe = new ClassFileImporter().importClasses(OneLanguage.class);
        assertThat(oneLanguageCalls(probe)).hasSize(1);
    }

    /** Makes the call the rule is for. */
    static final class OneLanguage {
        static InvalidDataException make() {
            return new InvalidDataException(io.github.ntmlib.base.SourcePosition.API, null, null, "in English only");
        }
    }
}
