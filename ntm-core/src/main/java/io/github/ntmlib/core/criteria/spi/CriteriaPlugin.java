package io.github.ntmlib.core.criteria.spi;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.ClassificationTable;
import io.github.ntmlib.core.locality.Snapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A criteria-set plugin (SPI v2): one small class per plugin module, found with {@link
 * java.util.ServiceLoader} by {@code io.github.ntmlib.core.registry.CriteriaRegistry}.
 *
 * <p>A plugin contributes its criteria sets (each with its {@link
 * io.github.ntmlib.core.criteria.Period}: data years covered, evaluation dates accepted and
 * transitional rules, as data), the classification schemes its thresholds read and their tables for
 * the units shipped with ntm, the criteria it writes in code (by the names its JSON uses), and its
 * name and version. Its standard ids are public constants of the plugin's API class, so that a
 * caller cannot misspell them.
 *
 * <pre>{@code
 * public final class MyPlugin implements CriteriaPlugin {
 *     public MyPlugin() { }                       // ServiceLoader needs it on the class path
 *     public String name() { return "my-criteria"; }
 *     public String version() { return "1.0"; }
 *     public List<CriteriaSet> criteriaSets() { return List.of(MyCriteria.criteriaSet()); }
 *     public List<ClassificationTable> classificationTables() { return MyCriteria.tables(); }
 *     public Map<String, Criterion> rules() { return Map.of(MyRule.NAME, MyRule.criterion()); }
 * }
 * }</pre>
 *
 * <p>Declare it both ways so that it is found on the module path and on the class path: {@code
 * provides io.github.ntmlib.core.criteria.spi.CriteriaPlugin with ...;} in {@code module-info.java}
 * and the class name in {@code META-INF/services/io.github.ntmlib.core.criteria.spi.CriteriaPlugin}.
 * Implementations need a public no-argument constructor and build their sets once (they are
 * immutable).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface CriteriaPlugin {

    /**
     * The plugin's name, e.g. its artifact id.
     *
     * @return the name
     */
    String name();

    /**
     * The plugin's version (of its data), named in the registry's choices and in errors.
     *
     * @return the version
     */
    String version();

    /**
     * The criteria sets; ids must be unique across all plugins, and two sets of one jurisdiction
     * must not cover a common data year on a common date.
     *
     * @return the sets
     */
    List<CriteriaSet> criteriaSets();

    /**
     * Classification tables for the units shipped with ntm (a region per province, a group per
     * commune).
     *
     * @return the tables; none by default
     */
    default List<ClassificationTable> classificationTables() {
        return List.of();
    }

    /**
     * The criteria written in code, by the names the plugin's JSON gives in {@code "rule"} fields
     * (to read a corrected copy of the data with {@link
     * io.github.ntmlib.core.criteria.io.CriteriaJson#readSet}).
     *
     * @return name to criterion; none by default
     */
    default Map<String, Criterion> rules() {
        return Map.of();
    }

    /**
     * The classification schemes of the plugin's sets and tables, by id.
     *
     * @return the schemes
     */
    default List<ClassificationScheme> schemes() {
        Map<String, ClassificationScheme> all = new LinkedHashMap<>();
        criteriaSets().forEach(s -> s.schemes().forEach(c -> all.putIfAbsent(c.id(), c)));
        classificationTables().forEach(t -> all.putIfAbsent(t.scheme().id(), t.scheme()));
        return List.copyOf(all.values());
    }

    /**
     * A snapshot with the values of every table of this plugin that fits its date (values the
     * units already have are kept).
     *
     * @param snapshot a snapshot
     * @return the classified snapshot
     */
    default Snapshot classify(Snapshot snapshot) {
        return ClassificationTable.applyAll(classificationTables(), snapshot);
    }
}
