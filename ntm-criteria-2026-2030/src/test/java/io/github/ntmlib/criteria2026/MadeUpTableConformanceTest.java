package io.github.ntmlib.criteria2026;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.testkit.conformance.Conformance;
import io.github.ntmlib.testkit.conformance.CriteriaSetConformanceTest;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The set with the MADE-UP appendix I table loaded passes the kit too (verified values by group,
 * so monotonicity, overlays and JSON are exercised as they will be with the official table).
 */
class MadeUpTableConformanceTest extends CriteriaSetConformanceTest {

    @Override
    protected CriteriaSet criteriaSet() {
        try (Reader in = new InputStreamReader(MadeUpTableConformanceTest.class.getResourceAsStream(
                "MADE-UP-appendix-i.json"), StandardCharsets.UTF_8)) {
            return NationalCriteria2026.withOfficialTable(in, "MADE-UP-appendix-i.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected Set<UnitKind> hierarchyKinds() {
        return Conformance.kindsOf(GsoLists.vietnam().asOf(GsoLists.TWO_LEVEL_GOVERNMENT));
    }

    @org.junit.jupiter.api.Test
    void theKitProbesEveryGroupValueOfTheTable() {
        io.github.ntmlib.testkit.conformance.ConformanceReport report = Conformance.of(criteriaSet(), hierarchyKinds())
                .check();
        // 10 numeric indicators of the made-up table, a value per group each
        org.assertj.core.api.Assertions.assertThat(report.tried(io.github.ntmlib.testkit.conformance.Check.MONOTONE))
                .isEqualTo(30);
        org.assertj.core.api.Assertions.assertThat(report.tried(io.github.ntmlib.testkit.conformance.Check.OVERLAYS))
                .isEqualTo(30);
        org.assertj.core.api.Assertions.assertThat(report.tried(io.github.ntmlib.testkit.conformance.Check.NESTING))
                .isEqualTo(1);
    }
}
