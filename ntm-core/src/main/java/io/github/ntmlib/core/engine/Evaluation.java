package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CountingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating a hierarchy against a criteria set: every unit's result for every
 * standard that applies to it. Immutable; serialises to JSON with {@code EvaluationJson}.
 *
 * @param criteriaSet the criteria set id
 * @param date        the date of the evaluation (hierarchy and statuses as of that date)
 * @param year        the data year
 * @param mode        how aggregate conditions counted units below
 * @param units       the results, in the snapshot's order
 */
public record Evaluation(String criteriaSet, LocalDate date, int year, CountingMode mode, List<UnitResult> units) {

    /**
     * Validates the components.
     *
     * @param criteriaSet the criteria set id
     * @param date        the date
     * @param year        the year
     * @param mode        the counting mode
     * @param units       the results
     */
    public Evaluation {
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mode, "mode");
        units = List.copyOf(units);
    }

    /**
     * The results of a unit.
     *
     * @param unit the unit code
     * @return the results, or empty if the unit was not evaluated
     */
    public Optional<UnitResult> unit(String unit) {
        return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    /**
     * The result of a unit for a standard.
     *
     * @param unit     the unit code
     * @param standard the standard id
     * @return the result, or empty if the standard does not apply to the unit
     */
    public Optional<StandardResult> result(String unit, String standard) {
        return unit(unit).flatMap(u -> u.standard(standard));
    }
}
