package io.github.ntmlib.base;

import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Where a piece of input came from: a file or resource name and, when known, a line number.
 *
 * <p>Errors about bad input carry a position so that the person who fixes the data can find the
 * row. A position made by code rather than read from a file has the source {@code "<api>"}.
 *
 * @param source the file, resource or other source name; never blank
 * @param line   the 1-based line number, or 0 when the source has no lines
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SourcePosition(String source, int line) {

    /** The position of values built through the API rather than read from a file. */
    public static final SourcePosition API = new SourcePosition("<api>", 0);

    /**
     * Validates the components.
     *
     * @param source the file, resource or other source name; never blank
     * @param line   the 1-based line number, or 0 when the source has no lines
     */
    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /**
     * A position at a line of a source.
     *
     * @param source the file or resource name
     * @param line   the 1-based line number
     * @return the position
     */
    public static SourcePosition of(String source, int line) {
        return new SourcePosition(source, line);
    }

    /**
     * A position in a source without line numbers (a JSON document, an API call).
     *
     * @param source the source name
     * @return the position
     */
    public static SourcePosition of(String source) {
        return new SourcePosition(source, 0);
    }

    /**
     * The line, if the source has lines.
     *
     * @return the 1-based line, or empty
     */
    public OptionalInt lineNumber() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    @Override
    public String toString() {
        return line == 0 ? source : source + ":" + line;
    }
}
