package io.github.ntmlib.core.criteria;

import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a criterion sees while it is judged: the unit, the hierarchy, the unit's data and the
 * results already computed for the units below it. Provided by the engine.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface CriterionContext {

    /**
     * The unit being judged.
     *
     * @return the unit version
     */
    AdminUnit unit();

    /**
     * The hierarchy in force.
     *
     * @return the snapshot
     */
    Snapshot snapshot();

    /**
     * The date of the evaluation.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The year whose data is judged.
     *
     * @return the year
     */
    int year();

    /**
     * The id of the standard the criterion belongs to.
     *
     * @return the standard id
     */
    String standard();

    /**
     * How aggregate conditions count units below.
     *
     * @return the counting mode
     */
    CountingMode mode();

    /**
     * A classification of the unit, inherited where the scheme says so, after the criteria set's
     * overrides (the effective region).
     *
     * @param scheme the scheme id
     * @return the value, or empty
     */
    Optional<String> classification(String scheme);

    /**
     * Convenience for {@link #classification(String)}.
     *
     * @param scheme the scheme
     * @return the value, or empty
     */
    default Optional<String> classification(ClassificationScheme scheme) {
        return classification(scheme.id());
    }

    /**
     * The unit's value of an indicator for the year.
     *
     * @param indicator the indicator code
     * @return the observation, or empty if missing
     */
    Optional<Observation> observation(String indicator);

    /**
     * Judges an indicator of the unit: selects its threshold and compares the value.
     *
     * @param indicator the definition
     * @return the trace
     */
    IndicatorTrace assess(IndicatorDefinition indicator);

    /**
     * Whether a unit below holds a standard, in the context's counting mode.
     *
     * @param unitCode a unit already evaluated (a descendant)
     * @param standard the standard id
     * @return met, not met, or not assessed: computed mode with missing data, or a unit that has no
     *         result of the standard (an unknown unit or standard, or a kind it does not apply
     *         to) — never silently not met
     */
    Verdict holds(String unitCode, String standard);
}
