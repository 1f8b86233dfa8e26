package io.github.ntmlib.plan;

import io.github.ntmlib.base.Labels;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one unit of the scope would have to change to reach one goal's standard (and every standard
 * it nests in), as the planner sees it before choosing: the improvements and their cost, already
 * re-judged by the engine, or the reasons it cannot be planned. "What would it take for this
 * commune?" is answered here ({@link Planner#candidates}).
 *
 * @param unit         the unit code
 * @param name         its name
 * @param standard     the goal's standard
 * @param improvements what it must change (empty when it cannot be planned, or needs only a decision)
 * @param cost         their cost, or {@code null} when it cannot be planned
 * @param problems     why it cannot be planned (empty when it can)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Candidate(String unit, String name, String standard, List<Improvement> improvements, @Nullable Cost cost,
        List<Labels> problems) {

    /**
     * Validates.
     *
     * @param unit         the unit
     * @param name         its name
     * @param standard     the standard
     * @param improvements the improvements
     * @param cost         the cost
     * @param problems     the problems
     */
    public Candidate {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standard, "standard");
        improvements = List.copyOf(improvements);
        problems = List.copyOf(problems);
        if ((cost == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a candidate has a cost exactly when it can be planned");
        }
    }

    /**
     * Whether the unit can be planned for the standard.
     *
     * @return true when it can
     */
    public boolean isPlannable() {
        return cost != null;
    }

    /**
     * The cost.
     *
     * @return the cost, or empty when the unit cannot be planned
     */
    public Optional<Cost> costIfPlanned() {
        return Optional.ofNullable(cost);
    }
}
