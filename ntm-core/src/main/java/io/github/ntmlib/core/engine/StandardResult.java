package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.StatusEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one standard for one unit: computed attainment from the criteria, and the
 * official status from the register, never confused.
 *
 * @param standard    the standard id
 * @param verdict     computed attainment: met when the required standard and every criterion are met
 * @param criteria    the result of each criterion, in the standard's order
 * @param recognition the recognition in force on the evaluation date, if any (official status)
 * @param explanation the verdict in a sentence
 */
public record StandardResult(String standard, Verdict verdict, List<CriterionResult> criteria,
        Optional<StatusEvent> recognition, String explanation) {

    /**
     * Validates the components.
     *
     * @param standard    the standard id
     * @param verdict     the verdict
     * @param criteria    the criterion results
     * @param recognition the recognition
     * @param explanation the explanation
     */
    public StandardResult {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(verdict, "verdict");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Whether the computed attainment is met.
     *
     * @return true if met
     */
    public boolean isAttained() {
        return verdict == Verdict.MET;
    }

    /**
     * Whether the unit is recognised for the standard.
     *
     * @return true if a recognition is in force
     */
    public boolean isRecognised() {
        return recognition.isPresent();
    }

    /**
     * How many criteria have a verdict.
     *
     * @param v the verdict
     * @return the count
     */
    public int count(Verdict v) {
        return (int) criteria.stream().filter(c -> c.verdict() == v).count();
    }

    /**
     * The result of a criterion.
     *
     * @param code the criterion code
     * @return the result, or empty
     */
    public Optional<CriterionResult> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
