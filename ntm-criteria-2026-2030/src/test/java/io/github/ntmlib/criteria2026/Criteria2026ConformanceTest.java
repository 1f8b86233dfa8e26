package io.github.ntmlib.criteria2026;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.testkit.conformance.Conformance;
import io.github.ntmlib.testkit.conformance.CriteriaSetConformanceTest;
import java.util.Set;

/**
 * The 2026-2030 set passes the testkit's conformance kit on the two-level hierarchy of 1 July 2025
 * (no district level: a standard for huyện would fail the kinds check).
 */
class Criteria2026ConformanceTest extends CriteriaSetConformanceTest {

    @Override
    protected CriteriaSet criteriaSet() {
        return NationalCriteria2026.criteriaSet();
    }

    @Override
    protected Set<UnitKind> hierarchyKinds() {
        return Conformance.kindsOf(GsoLists.vietnam().asOf(GsoLists.TWO_LEVEL_GOVERNMENT));
    }
}
