package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.criteria.spi.CriteriaSetProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The criteria sets available to an application, found through {@link CriteriaSetProvider}
 * plugins or given directly (for hosts and tests). Chooses a set by id or by date.
 */
public final class CriteriaRegistry {

    private final Map<String, CriteriaSet> sets;

    private CriteriaRegistry(Map<String, CriteriaSet> sets) {
        this.sets = sets;
    }

    /**
     * The sets of every plugin visible to this class's loader (module path and class path).
     *
     * @return the registry
     * @throws IllegalStateException if two sets claim one id, naming both providers
     */
    public static CriteriaRegistry load() {
        return load(ServiceLoader.load(CriteriaSetProvider.class, CriteriaRegistry.class.getClassLoader()));
    }

    /**
     * The sets of the given providers.
     *
     * @param providers the providers
     * @return the registry
     * @throws IllegalStateException if two sets claim one id, naming both providers
     */
    public static CriteriaRegistry load(Iterable<? extends CriteriaSetProvider> providers) {
        Map<String, CriteriaSet> sets = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (CriteriaSetProvider provider : providers) {
            for (CriteriaSet set : provider.criteriaSets()) {
                String owner = provider.getClass().getName();
                String earlier = owners.putIfAbsent(set.id(), owner);
                if (earlier != null) {
                    throw new IllegalStateException("criteria set id '" + set.id() + "' is provided twice: by "
                            + earlier + " and by " + owner);
                }
                sets.put(set.id(), set);
            }
        }
        return new CriteriaRegistry(sets);
    }

    /**
     * A registry of given sets.
     *
     * @param sets the sets
     * @return the registry
     * @throws IllegalStateException if two sets share an id
     */
    public static CriteriaRegistry of(Collection<CriteriaSet> sets) {
        return load(List.of(() -> List.copyOf(sets)));
    }

    /**
     * Every set, in discovery order.
     *
     * @return the sets
     */
    public List<CriteriaSet> all() {
        return List.copyOf(sets.values());
    }

    /**
     * A set by id.
     *
     * @param id the id
     * @return the set
     * @throws NoSuchElementException naming the ids available
     */
    public CriteriaSet byId(String id) {
        CriteriaSet set = sets.get(id);
        if (set == null) {
            throw new NoSuchElementException("no criteria set '" + id + "'; available: " + sets.keySet()
                    + (sets.isEmpty() ? " (is a criteria plugin such as ntm-criteria-2021-2025 on the path?)" : ""));
        }
        return set;
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
        for (CriteriaSet set : sets.values()) {
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
}
