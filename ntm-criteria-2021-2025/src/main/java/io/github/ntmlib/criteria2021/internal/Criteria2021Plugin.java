package io.github.ntmlib.criteria2021.internal;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import io.github.ntmlib.core.locality.ClassificationTable;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.util.List;
import java.util.Map;

/**
 * Provides the national set of 2021-2025, its region tables and its rule written in code to
 * {@code CriteriaRegistry} (declared in {@code module-info.java} and in {@code META-INF/services},
 * so it is found on both paths).
 */
public final class Criteria2021Plugin implements CriteriaPlugin {

    /** The constructor {@link java.util.ServiceLoader} calls. */
    public Criteria2021Plugin() {
        // the set and tables are read lazily, once, by NationalCriteria2021
    }

    @Override
    public String name() {
        return NationalCriteria2021.PLUGIN_NAME;
    }

    @Override
    public String version() {
        return NationalCriteria2021.PLUGIN_VERSION;
    }

    @Override
    public List<CriteriaSet> criteriaSets() {
        return List.of(NationalCriteria2021.criteriaSet());
    }

    @Override
    public List<ClassificationTable> classificationTables() {
        return NationalCriteria2021.classificationTables();
    }

    @Override
    public Map<String, Criterion> rules() {
        return NationalCriteria2021.rules();
    }
}
