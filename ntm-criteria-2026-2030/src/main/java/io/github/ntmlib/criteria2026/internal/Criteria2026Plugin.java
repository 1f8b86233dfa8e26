package io.github.ntmlib.criteria2026.internal;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.util.List;

/**
 * Provides the national set of 2026-2030 to {@code CriteriaRegistry} (declared in {@code
 * module-info.java} and in {@code META-INF/services}, so it is found on both paths). It ships no
 * classification table: commune groups are derived from facts the province supplies ({@code
 * CommuneGroups}), and no criterion is written in code.
 */
public final class Criteria2026Plugin implements CriteriaPlugin {

    /** The constructor {@link java.util.ServiceLoader} calls. */
    public Criteria2026Plugin() {
        // the set is read lazily, once, by NationalCriteria2026
    }

    @Override
    public String name() {
        return NationalCriteria2026.PLUGIN_NAME;
    }

    @Override
    public String version() {
        return NationalCriteria2026.PLUGIN_VERSION;
    }

    @Override
    public List<CriteriaSet> criteriaSets() {
        return List.of(NationalCriteria2026.criteriaSet());
    }
}
