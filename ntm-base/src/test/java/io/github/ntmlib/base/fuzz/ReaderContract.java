package io.github.ntmlib.base.fuzz;

import io.github.ntmlib.base.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The contract every fuzz target of ntm checks (issue 15): an input is accepted, or the library's
 * typed error is thrown with a bounded message that, for a file reader, names the file the caller
 * gave. Anything else escaping — an unchecked exception of the JDK
 * or of Jackson, an {@link OutOfMemoryError}, a stack overflow — is a finding of the fuzzer; so is
 * an input that runs past Jazzer's time bound in fuzzing mode. Shared by every module's fuzz tests
 * through ntm-base's test jar.
 */
public final class ReaderContract {

    /** How long the fuzz profile runs each target (the documented run; CI bounds it by a count). */
    public static final String DURATION = "60s";

    /** The longest message a typed error may have. */
    public static final int MESSAGE = 2_000;

    private ReaderContract() {
    }

    /**
     * Checks a text parser (no file).
     *
     * @param parse the call
     */
    public static void text(Runnable parse) {
        check(null, parse);
    }

    /**
     * Checks a JSON file reader: an error names the file.
     *
     * @param source the name given to the reader
     * @param read   the call
     */
    public static void json(String source, Runnable read) {
        check(source, read);
    }

    /**
     * Checks a CSV file reader: an error names the file, and a line unless it is about the file as
     * a whole (an empty history of versions, a product without evaluation rows); that rows' errors
     * carry their line is checked by each reader's example tests.
     *
     * @param source the name given to the reader
     * @param read   the call
     */
    public static void csv(String source, Runnable read) {
        check(source, read);
    }

    private static void check(String source, Runnable read) {
        try {
            read.run();
        } catch (InvalidDataException e) {
            String message = e.getMessage();
            if (message == null || message.isBlank() || message.length() > MESSAGE) {
                throw new AssertionError("a typed error without a bounded message ("
                        + (message == null ? "null" : message.length() + " characters") + ")", e);
            }
            if (source != null && !source.equals(e.position().source())) {
                throw new AssertionError("the error does not name the file " + source + ": " + message, e);
            }
        }
    }

    /**
     * The input as text (invalid UTF-8 replaced, as a reader of a mis-encoded file sees it).
     *
     * @param data the bytes
     * @return the text
     */
    public static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * The input as a reader.
     *
     * @param data the bytes
     * @return a reader of their UTF-8 text
     */
    public static Reader reader(byte[] data) {
        return new InputStreamReader(stream(data), StandardCharsets.UTF_8);
    }

    /**
     * The input as bytes to read.
     *
     * @param data the bytes
     * @return a stream of them
     */
    public static InputStream stream(byte[] data) {
        return new ByteArrayInputStream(data);
    }
}
