package io.github.ntmlib.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A unit the plan chooses: the goals' standards it is to reach (lowest first), the improvements
 * that take it there, and their cost. A unit that attains its standards already and lacks only the
 * recognition decision has no improvement and costs nothing.
 *
 * @param unit         the unit code
 * @param name         the unit's name
 * @param district     the code of the unit it is counted under for allocations (the scope's child
 *                     holding it), or {@code null} when the unit is that child itself
 * @param districtName that unit's name, or {@code null}
 * @param standards    the standards it reaches, lowest first
 * @param improvements what it must change, standard by standard
 * @param cost         the cost of the improvements
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UnitPlan(String unit, String name, @Nullable String district, @Nullable String districtName,
        List<String> standards, List<Improvement> improvements, Cost cost) {

    /**
     * Validates.
     *
     * @param unit         the unit
     * @param name         its name
     * @param district     its district
     * @param districtName the district's name
     * @param standards    the standards reached
     * @param improvements the improvements
     * @param cost         the cost
     */
    public UnitPlan {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        standards = List.copyOf(standards);
        improvements = List.copyOf(improvements);
        Objects.requireNonNull(cost, "cost");
        if (standards.isEmpty()) {
            throw new IllegalArgumentException("a unit of a plan reaches at least one standard");
        }
    }

    /**
     * The unit it is counted under for allocations.
     *
     * @return the code, or empty
     */
    public Optional<String> districtCode() {
        return Optional.ofNullable(district);
    }

    /**
     * Whether the unit needs only its recognition decision.
     *
     * @return true when nothing must change
     */
    public boolean needsRecognitionOnly() {
        return improvements.isEmpty();
    }
}
