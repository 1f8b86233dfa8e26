package io.github.ntmlib.criteria2021;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.testkit.conformance.Conformance;
import io.github.ntmlib.testkit.conformance.CriteriaSetConformanceTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The 2021-2025 set passes the testkit's conformance kit on the hierarchy of its period. */
class Criteria2021ConformanceTest extends CriteriaSetConformanceTest {

    @Override
    protected CriteriaSet criteriaSet() {
        return NationalCriteria2021.criteriaSet();
    }

    @Override
    protected Set<UnitKind> hierarchyKinds() {
        // the national list of 1 March 2025, and villages (thôn), which provinces list themselves
        Set<UnitKind> kinds = EnumSet.copyOf(Conformance.kindsOf(GsoLists.vietnam().asOf(LocalDate.of(2025, 3, 1))));
        kinds.add(UnitKind.VILLAGE);
        return kinds;
    }

    @org.junit.jupiter.api.Test
    void theKitTriesEveryKindOfCaseOnThisSet() {
        io.github.ntmlib.testkit.conformance.ConformanceReport report = Conformance.of(criteriaSet(), hierarchyKinds())
                .check();
        for (io.github.ntmlib.testkit.conformance.Check check : io.github.ntmlib.testkit.conformance.Check.values()) {
            org.assertj.core.api.Assertions.assertThat(report.tried(check)).as("cases of %s", check).isPositive();
        }
        org.assertj.core.api.Assertions.assertThat(report.tried(io.github.ntmlib.testkit.conformance.Check.MONOTONE))
                .as("every verified numeric threshold is probed").isGreaterThanOrEqualTo(20);
    }
}
