package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.TextFiles;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.gso.GsoLists;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    /** The reason of a file that does not exist. */
    static final Labels NO_SUCH_FILE = Labels.of("không có tệp này", "no such file");

    private Inputs() {
    }

    /**
     * The reason of a file that cannot be read, in both languages: the Vietnamese names the kind of
     * failure (no permission, a directory), the English keeps the system's own words.
     *
     * @param e the failure
     * @return the reason
     */
    static Labels unreadable(IOException e) {
        String english = "cannot be read: " + e.getMessage();
        if (e instanceof NoSuchFileException) {
            return NO_SUCH_FILE;
        }
        if (e instanceof AccessDeniedException) {
            return Labels.of("không đọc được tệp: không có quyền đọc", english);
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
            return Labels.of("không đọc được tệp: đây là một thư mục", english);
        }
        return Labels.of("không đọc được tệp", english);
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
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, NO_SUCH_FILE, e);
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, unreadable(e), e);
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
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, NO_SUCH_FILE, e);
        } catch (UncheckedIOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Labels.of(
                    "không đọc được tệp dưới dạng văn bản UTF-8 (bảng mã không đúng)",
                    "cannot be read as UTF-8 text: " + e.getCause().getMessage()), e);
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, unreadable(e), e);
        }
    }
}
