package io.github.ntmlib.testkit.conformance;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One way a criteria set fails a check.
 *
 * @param check   the check
 * @param where   the standard, criterion and indicator concerned ("commune-ntm/3/3.1")
 * @param message what is wrong
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Failure(Check check, String where, String message) {

    /**
     * Validates the components.
     *
     * @param check   the check
     * @param where   where
     * @param message what
     */
    public Failure {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return check + " " + where + ": " + message;
    }
}
