package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.TextFiles;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Reading the command's input files: a missing or unreadable file is invalid input naming it. */
final class Inputs {

    /** The shipped administrative lists, by name. */
    enum ShippedList {
        /** Hà Tĩnh with its 2024-2025 history. */
        ha_tinh,
        /** The whole country, from 1 March 2025. */
        vietnam;

        LocalityHistory history() {
            return this == ha_tinh ? GsoLists.haTinh() : GsoLists.vietnam();
        }
    }

    private Inputs() {
    }

    /**
     * Reads a CSV file with a reader of the library, in the encoding Excel saved it in (UTF-8 with
     * or without a byte order mark, UTF-16 with one, or Windows-1258; {@code TextFiles}).
     *
     * @param file   the file
     * @param reader the library's reader, given the reader and the file's name
     * @param <T>    what it reads
     * @return what was read
     */
    static <T> T csv(Path file, BiFunction<Reader, String, T> reader) {
        try (Reader in = TextFiles.open(file)) {
            return reader.apply(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, "no such file");
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null,
                    "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a UTF-8 file with a reader of the library.
     *
     * @param file   the file
     * @param reader the library's reader, given the reader and the file's name
     * @param <T>    what it reads
     * @return what was read
     */
    static <T> T read(Path file, BiFunction<Reader, String, T> reader) {
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            return reader.apply(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, "no such file");
        } catch (UncheckedIOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null,
                    "cannot be read as UTF-8 text: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null,
                    "cannot be read: " + e.getMessage());
        }
    }
}
