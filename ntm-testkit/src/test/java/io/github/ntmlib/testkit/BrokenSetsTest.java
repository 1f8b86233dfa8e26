package io.github.ntmlib.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.testkit.conformance.Check;
import io.github.ntmlib.testkit.conformance.Conformance;
import io.github.ntmlib.testkit.conformance.ConformanceReport;
import io.github.ntmlib.testkit.conformance.Failure;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A good set passes every check; a deliberately broken set fails each check, with a clear message. */
class BrokenSetsTest {

    private static final Set<UnitKind> KINDS = EnumSet.of(UnitKind.PROVINCE, UnitKind.RURAL_DISTRICT,
            UnitKind.COMMUNE, UnitKind.WARD, UnitKind.VILLAGE);

    private static ConformanceReport check(CriteriaSet set, Check check) {
        return Conformance.of(set, KINDS).check(check);
    }

    private static void failsWith(CriteriaSet set, Check check, String where, String message) {
        ConformanceReport report = check(set, check);
        assertThat(report.failures()).as("failures of %s", check).isNotEmpty()
                .allSatisfy(f -> assertThat(f.check()).isEqualTo(check));
        assertThat(report.failures()).extracting(Failure::toString).anySatisfy(
                text -> assertThat(text).contains(where).contains(message));
        assertThatThrownBy(() -> report.assertPasses(check)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("criteria set test-set fails " + check).hasMessageContaining(message);
    }

    @Test
    void theGoodSetPassesEveryCheckAndEveryCheckTriesCases() {
        ConformanceReport report = Conformance.of(TestSets.good(), KINDS).check();
        report.assertPasses();
        for (Check check : Check.values()) {
            assertThat(report.tried(check)).as("cases of %s", check).isPositive();
        }
    }

    @Test
    void provenance_aVerifiedValueWithoutASourceFails() {
        CriteriaSet broken = TestSets.set(TestSets.commune(IndicatorCriterion.of("2", io.github.ntmlib.base.Labels.of(
                "Nước", "water"), List.of(TestSets.ratio("2.1", "55", Provenance.CALLER)))));
        failsWith(broken, Check.PROVENANCE, "commune/2/2.1", "a verified value without a source document");
    }

    @Test
    void monotone_aRuleThatIsMetBelowItsThresholdFails() {
        CriteriaSet broken = TestSets.set(TestSets.commune(new TestSets.CodeRule("2", "2",
                TestSets.ratio("2.1", "50", TestSets.TEST), (value, t) -> value.compareTo(t) <= 0, false)));
        failsWith(broken, Check.MONOTONE, "commune/2/2.1", "not monotone");
    }

    @Test
    void nesting_aStandardNestedInOneOfOtherKindsFails() {
        Standard ward = Standard.of("ward-advanced", io.github.ntmlib.base.Labels.of("Phường", "ward"),
                Set.of(UnitKind.WARD), Optional.of(TestSets.COMMUNE), List.of(IndicatorCriterion.of("W",
                        io.github.ntmlib.base.Labels.of("W", "W"), List.of(TestSets.ratio("W.1", "10", TestSets.TEST)))),
                TestSets.TEST);
        failsWith(TestSets.set(TestSets.commune(), ward), Check.NESTING, "ward-advanced in commune",
                "but its base only to [COMMUNE]");
    }

    @Test
    void kinds_aStandardForAKindTheHierarchyLacksFails() {
        Standard district = Standard.of("district", io.github.ntmlib.base.Labels.of("Huyện", "district"),
                Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(), List.of(IndicatorCriterion.of("D",
                        io.github.ntmlib.base.Labels.of("D", "D"), List.of(TestSets.ratio("D.1", "10", TestSets.TEST)))),
                TestSets.TEST);
        ConformanceReport report = Conformance.of(TestSets.set(TestSets.commune(), district),
                EnumSet.of(UnitKind.PROVINCE, UnitKind.COMMUNE, UnitKind.WARD)).check(Check.KINDS);
        assertThat(report.failures()).hasSize(1);
        assertThat(report.failures().get(0).toString()).startsWith("KINDS district: applies to [RURAL_DISTRICT],"
                + " none of which exists in the hierarchy");
        assertThat(report.failures().get(0).message()).contains("none of which exists in the hierarchy");
    }

    @Test
    void overlays_aCodeRuleThatKeepsItsOwnValueIgnoresATighteningOverlay() {
        CriteriaSet broken = TestSets.set(TestSets.commune(new TestSets.CodeRule("2", "2",
                TestSets.ratio("2.1", "60", TestSets.TEST), (value, t) -> value.compareTo(t) >= 0, true)));
        failsWith(broken, Check.OVERLAYS, "commune/2/2.1", "an overlay tightening it to 61 had no effect");
        // the same rule reading the replaced value passes
        CriteriaSet fixed = TestSets.set(TestSets.commune(new TestSets.CodeRule("2", "2",
                TestSets.ratio("2.1", "60", TestSets.TEST), (value, t) -> value.compareTo(t) >= 0, false)));
        assertThat(check(fixed, Check.OVERLAYS).failures()).isEmpty();
    }

    @Test
    void jsonRoundTrip_aRuleReportingUnderAnotherCodeFails() {
        CriteriaSet broken = TestSets.set(TestSets.commune(new TestSets.CodeRule("2", "2b",
                TestSets.ratio("2.1", "60", TestSets.TEST), (value, t) -> value.compareTo(t) >= 0, false)));
        failsWith(broken, Check.JSON_ROUND_TRIP, "commune", "result for criterion 2b, which the standard does not have");
    }

    /** A criterion written in code whose quick verdict disagrees with its evaluation. */
    private static final class Disagreeing implements io.github.ntmlib.core.criteria.Criterion {
        @Override
        public String code() {
            return "Q";
        }

        @Override
        public io.github.ntmlib.base.Labels labels() {
            return io.github.ntmlib.base.Labels.of("Luật nhanh", "quick rule");
        }

        @Override
        public List<io.github.ntmlib.core.criteria.IndicatorDefinition> indicators() {
            return List.of();
        }

        @Override
        public io.github.ntmlib.core.criteria.CriterionResult evaluate(
                io.github.ntmlib.core.criteria.CriterionContext context) {
            return io.github.ntmlib.core.criteria.CriterionResult.ofRule("Q", labels(),
                    io.github.ntmlib.core.criteria.Verdict.NOT_MET, List.of(),
                    io.github.ntmlib.base.Labels.of("luật", "rule"));
        }

        @Override
        public io.github.ntmlib.core.criteria.Verdict verdict(io.github.ntmlib.core.criteria.CriterionContext context) {
            return io.github.ntmlib.core.criteria.Verdict.MET;
        }
    }

    @Test
    void criterionVerdict_aQuickVerdictThatDisagreesWithTheEvaluationFails() {
        CriteriaSet broken = TestSets.set(TestSets.commune(new Disagreeing()));
        failsWith(broken, Check.CRITERION_VERDICT, "commune/Q",
                "verdict(context) gives MET where evaluate(context).verdict() gives NOT_MET");
    }

    @Test
    void verdictsMode_aVerdictsRunThatDisagreesWithTheFullEvaluationFails() {
        CriteriaSet broken = TestSets.set(TestSets.commune(new Disagreeing()));
        failsWith(broken, Check.VERDICTS_MODE, "/commune", "where the full evaluation gives NOT_MET");
        assertThat(check(TestSets.good(), Check.VERDICTS_MODE).tried(Check.VERDICTS_MODE))
                .as("worlds x counting modes").isEqualTo(2 * 24);
    }
}
