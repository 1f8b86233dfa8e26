package io.github.ntmlib.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of one unit: one per standard that applies to its kind. A phường is never judged
 * against commune NTM and a xã never against đô thị văn minh: such standards are simply absent.
 *
 * @param unit      the unit code
 * @param name      the unit's name
 * @param standards the results, in the criteria set's order
 */
public record UnitResult(String unit, String name, List<StandardResult> standards) {

    /**
     * Validates the components.
     *
     * @param unit      the unit code
     * @param name      the name
     * @param standards the results
     */
    public UnitResult {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        standards = List.copyOf(standards);
    }

    /**
     * The result of a standard.
     *
     * @param standard the standard id
     * @return the result, or empty if the standard does not apply to the unit
     */
    public Optional<StandardResult> standard(String standard) {
        return standards.stream().filter(s -> s.standard().equals(standard)).findFirst();
    }
}
