package io.github.ntmlib.core.registry;

import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Period;
import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * The criteria sets available to an application, found through {@link CriteriaPlugin}s or given
 * directly (for hosts and tests). Picks the set for a data year and an evaluation date, and says
 * which one it picked and why.
 *
 * <pre>{@code
 * CriteriaRegistry registry = CriteriaRegistry.load();
 * CriteriaChoice choice = registry.pick(2026, LocalDate.of(2026, 12, 31)); // the 2026-2030 set
 * CriteriaSet set = registry.forDataYear(2024);                               // the 2021-2025 set
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CriteriaRegistry {

    private final Map<String, Entry> sets;
    private final List<CriteriaPlugin> plugins;

    private record Entry(CriteriaSet set, CriteriaPlugin plugin) {
    }

    private CriteriaRegistry(Map<String, Entry> sets, List<CriteriaPlugin> plugins) {
        this.sets = sets;
        this.plugins = plugins;
    }

    /**
     * The sets of every plugin visible to this class's loader (module path and class path).
     *
     * @return the registry
     * @throws IllegalStateException if two sets claim one id, or two sets of one jurisdiction cover
     *                               a common data year on a common date, naming both plugins; or if
     *                               the core lies in a merged jar holding a plugin its service file
     *                               no longer declares (a shaded jar built without merging service
     *                               files), naming the plugin and the fix
     */
    public static CriteriaRegistry load() {
        ClassLoader loader = CriteriaRegistry.class.getClassLoader();
        ServiceLoader<CriteriaPlugin> plugins = ServiceLoader.load(CriteriaPlugin.class, loader);
        MergedJar.check(MergedJar.providers(plugins), loader);
        return load(plugins);
    }

    /**
     * The sets of the given plugins.
     *
     * @param providers the plugins
     * @return the registry
     * @throws IllegalStateException if two sets claim one id, or two sets of one jurisdiction cover
     *                               a common data year on a common date, naming both plugins
     */
    public static CriteriaRegistry load(Iterable<? extends CriteriaPlugin> providers) {
        Map<String, Entry> sets = new LinkedHashMap<>();
        List<CriteriaPlugin> plugins = new ArrayList<>();
        for (CriteriaPlugin plugin : providers) {
            plugins.add(plugin);
            for (CriteriaSet set : plugin.criteriaSets()) {
                Entry earlier = sets.get(set.id());
                if (earlier != null) {
                    throw new IllegalStateException("criteria set id " + Limits.quote(set.id()) + " is provided twice: by "
                            + owner(earlier.plugin()) + " and by " + owner(plugin));
                }
                for (Entry other : sets.values()) {
                    if (other.set().jurisdiction().equals(set.jurisdiction())
                            && other.set().period().overlaps(set.period())) {
                        throw new IllegalStateException("criteria sets " + other.set().id() + " (" + owner(other.plugin())
                                + ") and " + set.id() + " (" + owner(plugin) + ") both claim jurisdiction "
                                + set.jurisdiction() + " for a common data year and date: " + other.set().period()
                                + " and " + set.period());
                    }
                }
                sets.put(set.id(), new Entry(set, plugin));
            }
        }
        return new CriteriaRegistry(sets, List.copyOf(plugins));
    }

    private static String owner(CriteriaPlugin plugin) {
        return plugin.name() + " " + plugin.version() + " (" + plugin.getClass().getName() + ")";
    }

    /**
     * A registry of given sets (one plugin named "given").
     *
     * @param sets the sets
     * @return the registry
     * @throws IllegalStateException if two sets share an id or overlap
     */
    public static CriteriaRegistry of(Collection<CriteriaSet> sets) {
        List<CriteriaSet> copy = List.copyOf(sets);
        return load(List.of(new CriteriaPlugin() {
            @Override
            public String name() {
                return "given";
            }

            @Override
            public String version() {
                return "-";
            }

            @Override
            public List<CriteriaSet> criteriaSets() {
                return copy;
            }
        }));
    }

    /**
     * Every set, in discovery order.
     *
     * @return the sets
     */
    public List<CriteriaSet> all() {
        return sets.values().stream().map(Entry::set).toList();
    }

    /**
     * The plugins, in discovery order.
     *
     * @return the plugins
     */
    public List<CriteriaPlugin> plugins() {
        return plugins;
    }

    /**
     * A set by id.
     *
     * @param id the id
     * @return the set
     * @throws NoSuchElementException naming the ids available
     */
    public CriteriaSet byId(String id) {
        Entry entry = sets.get(id);
        if (entry == null) {
            throw new NoSuchElementException("no criteria set " + Limits.quote(id) + "; available: " + sets.keySet()
                    + (sets.isEmpty() ? " (is a criteria plugin on the path?)" : ""));
        }
        return entry.set();
    }

    /**
     * The national set for a data year and evaluation date, with the reason it was picked.
     *
     * @param dataYear the year of the data
     * @param date     the evaluation date
     * @return the choice
     * @throws NoSuchElementException if no national set covers the request, saying why for each
     */
    public CriteriaChoice pick(int dataYear, LocalDate date) {
        return pick(dataYear, date, "VN");
    }

    /**
     * The set of a jurisdiction for a data year and evaluation date, with the reason it was
     * picked. At most one can cover a request (the registry refuses overlapping sets).
     *
     * @param dataYear     the year of the data
     * @param date         the evaluation date
     * @param jurisdiction "VN" or a province code
     * @return the choice
     * @throws NoSuchElementException if no set of the jurisdiction covers the request, saying why
     *                                for each
     */
    public CriteriaChoice pick(int dataYear, LocalDate date, String jurisdiction) {
        List<String> why = new ArrayList<>();
        for (Entry e : sets.values()) {
            if (!e.set().jurisdiction().equals(jurisdiction)) {
                continue;
            }
            Period period = e.set().period();
            if (period.covers(dataYear, date)) {
                return new CriteriaChoice(e.set(), e.plugin().name(), e.plugin().version(),
                        period.explain(dataYear, date));
            }
            why.add(e.set().id() + ": " + period.explain(dataYear, date));
        }
        throw new NoSuchElementException("no criteria set of " + jurisdiction + " judges data year " + dataYear
                + " on " + date + (why.isEmpty() ? " (no set of that jurisdiction; is a criteria plugin on the path?)"
                        : ": " + String.join("; ", why)));
    }

    /**
     * The national set whose data years include a year (the simple look-up by period: {@code
     * forDataYear(2026)} is the 2026-2030 set when its plugin is on the path).
     *
     * @param dataYear a data year
     * @return the set
     * @throws NoSuchElementException if none covers the year, or several do (pick by date then)
     */
    public CriteriaSet forDataYear(int dataYear) {
        List<CriteriaSet> found = all().stream()
                .filter(s -> s.jurisdiction().equals("VN") && s.period().coversYear(dataYear)).toList();
        if (found.size() != 1) {
            throw new NoSuchElementException((found.isEmpty() ? "no national criteria set judges data year "
                    : "several national criteria sets judge data year ") + dataYear + ": "
                    + found.stream().map(CriteriaSet::id).toList() + "; available: " + sets.keySet());
        }
        return found.get(0);
    }

    /**
     * The national set in force on a date.
     *
     * @param date a date
     * @return the set, or empty if none
     */
    public Optional<CriteriaSet> forDate(LocalDate date) {
        return forDate(date, "VN");
    }

    /**
     * The set of a jurisdiction in force on a date.
     *
     * @param date         a date
     * @param jurisdiction "VN" or a province code
     * @return the set, or empty if none
     * @throws IllegalStateException if several sets of the jurisdiction are in force on the date
     */
    public Optional<CriteriaSet> forDate(LocalDate date, String jurisdiction) {
        List<CriteriaSet> found = new ArrayList<>();
        for (CriteriaSet set : all()) {
            if (set.jurisdiction().equals(jurisdiction) && set.isValidOn(date)) {
                found.add(set);
            }
        }
        if (found.size() > 1) {
            throw new IllegalStateException("several criteria sets of " + jurisdiction + " are in force on " + date
                    + ": " + found.stream().map(CriteriaSet::id).toList() + "; choose one by id");
        }
        return found.stream().findFirst();
    }

    /**
     * A snapshot with the classification tables of every plugin that fit its date (the NTM region
     * of the shipped provinces, say); values the units already have are kept.
     *
     * @param snapshot a snapshot
     * @return the classified snapshot
     */
    public Snapshot classify(Snapshot snapshot) {
        Snapshot result = snapshot;
        for (CriteriaPlugin plugin : plugins) {
            result = plugin.classify(result);
        }
        return result;
    }
}
