package io.github.ntmlib.core.criteria.spi;

import io.github.ntmlib.core.criteria.CriteriaSet;
import java.util.List;

/**
 * The service a criteria-set plugin provides (one small class per plugin module).
 *
 * <p>Declare it both ways so that the plugin works on the module path and on the class path:
 * {@code provides io.github.ntmlib.core.criteria.spi.CriteriaSetProvider with ...;} in the
 * plugin's {@code module-info.java}, and the class name in {@code
 * META-INF/services/io.github.ntmlib.core.criteria.spi.CriteriaSetProvider}. Implementations need
 * a public no-argument constructor and should build their sets once (they are immutable).
 */
public interface CriteriaSetProvider {

    /**
     * The criteria sets this plugin provides.
     *
     * @return the sets; ids must be unique across all plugins
     */
    List<CriteriaSet> criteriaSets();
}
