package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance kit as a JUnit 5 test class: a plugin author extends it, names the set and its
 * hierarchy's kinds, and gets one test per {@link Check}.
 *
 * <pre>{@code
 * class MyCriteriaConformanceTest extends CriteriaSetConformanceTest {
 *     protected CriteriaSet criteriaSet() { return MyCriteria.criteriaSet(); }
 *     protected Set<UnitKind> hierarchyKinds() { return Conformance.kindsOf(GsoLists.vietnam().asOf(date)); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CriteriaSetConformanceTest {

    /** For subclasses. */
    protected CriteriaSetConformanceTest() {
    }

    /**
     * The set under test.
     *
     * @return the set
     */
    protected abstract CriteriaSet criteriaSet();

    /**
     * The kinds of unit of the hierarchy the set is for.
     *
     * @return the kinds
     */
    protected abstract Set<UnitKind> hierarchyKinds();

    /**
     * One test per check.
     *
     * @return the tests
     */
    @TestFactory
    Stream<DynamicTest> conformance() {
        ConformanceReport report = Conformance.of(criteriaSet(), hierarchyKinds()).check();
        return Arrays.stream(Check.values()).map(check -> DynamicTest.dynamicTest(check + " (" + report.tried(check)
                + " cases)", () -> report.assertPasses(check)));
    }
}
