package io.github.ntmlib.server.store;

import io.github.ntmlib.core.criteria.CountingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation run evaluates: a stored hierarchy on a date, a stored dataset, optionally a
 * stored overlay and a criteria set, as {@code ntm evaluate} takes them.
 *
 * @param hierarchy   the hierarchy's name
 * @param dataset     the dataset's name
 * @param overlay     the overlay's name, or {@code null}
 * @param criteriaSet the criteria set's id, or {@code null} for the one valid on {@code asOf}
 * @param asOf        the assessment date
 * @param dataYear    the data year, or {@code null} for the year of {@code asOf}
 * @param counting    official (recognitions) or computed (attainment)
 * @param lenient     list unusable rows instead of failing
 * @param plans       standard id to the units to be recognised in the year, in the hierarchy's first root
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunRequest(String hierarchy, String dataset, @Nullable String overlay, @Nullable String criteriaSet,
        LocalDate asOf, @Nullable Integer dataYear, CountingMode counting, boolean lenient, Map<String, Integer> plans) {

    /**
     * Validates the components.
     *
     * @param hierarchy   the hierarchy
     * @param dataset     the dataset
     * @param overlay     the overlay, or null
     * @param criteriaSet the criteria set, or null
     * @param asOf        the date
     * @param dataYear    the data year, or null
     * @param counting    the counting mode
     * @param lenient     whether lenient
     * @param plans       the plans
     */
    public RunRequest {
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(counting, "counting");
        plans = Map.copyOf(new TreeMap<>(Objects.requireNonNull(plans, "plans")));
    }

    /**
     * The data year: the one given, else the year of the date.
     *
     * @return the data year
     */
    public int year() {
        return dataYear == null ? asOf.getYear() : dataYear;
    }
}
