package io.github.ntmlib.testkit.conformance;

import java.util.Objects;

/**
 * One way a criteria set fails a check.
 *
 * @param check   the check
 * @param where   the standard, criterion and indicator concerned ("commune-ntm/3/3.1")
 * @param message what is wrong
 */
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
