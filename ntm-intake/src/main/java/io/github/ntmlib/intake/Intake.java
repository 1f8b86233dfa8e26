package io.github.ntmlib.intake;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What was read from a workbook and what the reader noticed without refusing (formula cells read
 * as their cached values, times of day dropped from dates). Callers list the warnings to the user.
 *
 * @param <T>      what was read
 * @param value    the value
 * @param warnings the warnings, in reading order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Intake<T>(T value, List<IntakeWarning> warnings) {

    /**
     * Validates and copies the components.
     *
     * @param value    the value
     * @param warnings the warnings
     */
    public Intake {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
