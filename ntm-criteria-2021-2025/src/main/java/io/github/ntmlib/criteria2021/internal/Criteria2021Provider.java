package io.github.ntmlib.criteria2021.internal;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.spi.CriteriaSetProvider;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.util.List;

/**
 * Provides the national set of 2021-2025 to {@code CriteriaRegistry} (declared in {@code
 * module-info.java} and in {@code META-INF/services}, so it is found on both paths).
 */
public final class Criteria2021Provider implements CriteriaSetProvider {

    /** The constructor {@link java.util.ServiceLoader} calls. */
    public Criteria2021Provider() {
        // the set is read lazily, once, by NationalCriteria2021
    }

    @Override
    public List<CriteriaSet> criteriaSets() {
        return List.of(NationalCriteria2021.criteriaSet());
    }
}
