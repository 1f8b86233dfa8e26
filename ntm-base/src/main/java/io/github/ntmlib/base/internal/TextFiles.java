package io.github.ntmlib.base.internal;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening a text file as Excel saves CSV: UTF-8 with or without a byte order mark, UTF-16 with
 * one (little or big endian), or Windows-1258 (Vietnamese Windows, "CSV (Comma delimited)") when
 * the bytes are not UTF-8. Windows-1258 writes tone marks as combining characters: the CSV reader
 * normalises every cell to NFC. Detection takes one pass over the bytes, in constant memory.
 */
public final class TextFiles {

    /** The Vietnamese Windows code page. */
    public static final String WINDOWS_1258 = "windows-1258";

    private TextFiles() {
    }

    /**
     * The encoding a CSV file's bytes are in.
     *
     * @param file the file
     * @return its encoding and the length of its byte order mark
     * @throws InvalidDataException naming the file and the line of the first byte that is not
     *                              UTF-8, when the JDK has no Windows-1258 to read it as
     * @throws IOException          if the file cannot be read
     */
    public static Encoding detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detect(in, file.toString(), Charset.isSupported(WINDOWS_1258));
        }
    }

    /**
     * The encoding of bytes, as {@link #detect(Path)}.
     *
     * @param in            the bytes; read to the end (unless a byte order mark decides), not closed
     * @param source        the file name, for errors
     * @param windows1258   whether Windows-1258 can be decoded (the JDK may lack it)
     * @return the encoding
     * @throws IOException if the stream fails
     */
    static Encoding detect(InputStream in, String source, boolean windows1258) throws IOException {
        byte[] head = in.readNBytes(3);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        bytes.put(head);
        int line = 1;
        boolean end = false;
        while (true) {
            if (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, end);
            for (int i = start; i < bytes.position(); i++) {
                if (bytes.get(i) == '\n') {
                    line++;
                }
            }
            if (result.isError()) {
                if (windows1258) {
                    return new Encoding(Charset.forName(WINDOWS_1258), 0);
                }
                throw new InvalidDataException(SourcePosition.of(source, line), null, null,
                        Labels.of("tệp không ở dạng UTF-8 hay UTF-16, và bản Java này không có bảng mã"
                                + " Windows-1258 để đọc nó: " + CsvTable.SAVE_AS.vietnamese(),
                                "the file is neither UTF-8 nor UTF-16 and this Java has no Windows-1258 to read it: "
                                + CsvTable.SAVE_AS.english()));
            }
            chars.clear();
            bytes.compact();
            if (end) {
                // a truncated sequence at the very end: decode(…, true) reported it as an error above
                return new Encoding(StandardCharsets.UTF_8, 0);
            }
        }
    }

    /**
     * Opens a CSV file in its encoding ({@link #detect(Path)}), past its byte order mark; bytes
     * invalid in that encoding fail the read.
     *
     * @param file the file
     * @return a reader of its text; the caller closes it
     * @throws IOException if the file cannot be read
     */
    public static Reader open(Path file) throws IOException {
        Encoding encoding = detect(file);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bom());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The text of a CSV file received as bytes (an upload), in its encoding as {@link #detect(Path)}
     * finds it, past its byte order mark.
     *
     * @param content the bytes
     * @param source  the file's name, for errors
     * @return the text
     * @throws InvalidDataException naming the file when its bytes are not valid in any encoding read
     */
    public static String text(byte[] content, String source) {
        Encoding encoding;
        try {
            encoding = detect(new java.io.ByteArrayInputStream(content), source, Charset.isSupported(WINDOWS_1258));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            return encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, encoding.bom(), content.length - encoding.bom())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of(
                    "tệp có byte không hợp lệ trong bảng mã " + encoding.charset().name(),
                    "the file has bytes invalid in the encoding " + encoding.charset().name()));
        }
    }

    /**
     * A file's encoding.
     *
     * @param charset the character set
     * @param bom     the bytes of its byte order mark to skip (0 when none)
     */
    public record Encoding(Charset charset, int bom) {
    }
}
