package io.github.ntmlib.base.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON reading configuration of ntm: strict (a repeated key and anything after the
 * document are errors), bounded ({@link Limits}: nesting depth, document size, string and number
 * length, digits and exponent checked as each number is read) and exact (decimals as {@link
 * BigDecimal}, trailing zeros kept). Every reader of every module builds its mapper from {@link
 * #builder()} and reads through {@link #read}, so an error always names the file and the line.
 */
public final class StrictJson {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.JSON_DEPTH)
            .maxDocumentLength(Limits.JSON_DOCUMENT)
            .maxNumberLength(Limits.NUMBER_TEXT)
            .maxStringLength(Limits.JSON_STRING)
            .maxNameLength(1_000)
            .build();

    /** A strict, bounded mapper with nothing else configured. */
    public static final ObjectMapper MAPPER = builder().build();

    private StrictJson() {
    }

    /**
     * A mapper builder with the strict and bounded reading configuration, to which a reader may
     * add modules and features of its own.
     *
     * @return the builder
     */
    public static JsonMapper.Builder builder() {
        return builder(CONSTRAINTS, Limits.DIGITS, Limits.EXPONENT);
    }

    /**
     * A mapper builder for documents read as a stream, one part at a time, whose size the reader
     * bounds part by part (an evaluation: one unit at a time, each unit once): no limit on the
     * whole document, the same limits on every string, name and nesting, and numbers bounded as
     * the caller says (a document the library writes holds numbers derived from numbers within
     * the input bounds, which are longer).
     *
     * @param digits   the most significant digits of a number
     * @param exponent the largest power of ten, in absolute value, of a number's leading digit
     * @return the builder
     */
    public static JsonMapper.Builder streamingBuilder(int digits, int exponent) {
        return builder(StreamReadConstraints.builder()
                .maxNestingDepth(Limits.JSON_DEPTH)
                .maxDocumentLength(-1)
                .maxNumberLength(Math.max(Limits.NUMBER_TEXT, digits + exponent + 16))
                .maxStringLength(Limits.JSON_STRING)
                .maxNameLength(1_000)
                .build(), digits, exponent);
    }

    private static JsonMapper.Builder builder(StreamReadConstraints constraints, int digits, int exponent) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .nodeFactory(new BoundedNodes(digits, exponent))
                .addModule(new SimpleModule("ntm-bounded-numbers").addDeserializer(BigDecimal.class,
                        new BoundedDecimals(digits, exponent)));
    }

    /**
     * Reads a whole document as a tree.
     *
     * @param mapper a mapper built from {@link #builder()}
     * @param reader the text; not closed
     * @param source the file name the caller gave, for errors
     * @return the root, never {@code null} nor missing
     * @throws InvalidDataException naming the source and line for malformed, duplicated, trailing
     *                              or out-of-bounds content, or an empty document
     */
    public static JsonNode read(ObjectMapper mapper, Reader reader, String source) {
        try (JsonParser parser = mapper.createParser(reader)) {
            return read(mapper, parser, source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Reads a whole document as a tree from bytes (UTF-8 or any encoding JSON allows).
     *
     * @param mapper a mapper built from {@link #builder()}
     * @param in     the bytes; not closed
     * @param source the file name, for errors
     * @return the root
     * @throws InvalidDataException as {@link #read(ObjectMapper, Reader, String)}
     */
    public static JsonNode read(ObjectMapper mapper, InputStream in, String source) {
        try (JsonParser parser = mapper.createParser(utf8(in, source))) {
            return read(mapper, parser, source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Reads a whole document bound to a type (a record of the file's layout), errors naming the
     * source and the line.
     *
     * @param <T>    the type
     * @param mapper a mapper built from {@link #builder()}
     * @param in     the bytes; not closed
     * @param source the file name, for errors
     * @param type   the type
     * @return the value, never {@code null}
     * @throws InvalidDataException for malformed, duplicated, trailing, out-of-bounds or unbindable
     *                              content, or a document that is empty or {@code null}
     */
    public static <T> T read(ObjectMapper mapper, InputStream in, String source, Class<T> type) {
        try (JsonParser parser = mapper.createParser(utf8(in, source))) {
            try {
                T value = mapper.readValue(parser, type);
                if (value == null) {
                    throw new InvalidDataException(SourcePosition.of(source, 1), null, null,
                            Labels.of("JSON không hợp lệ: tài liệu là null", "not valid JSON: the document is null"));
                }
                return value;
            } catch (JsonProcessingException e) {
                String at = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                        && !m.getPath().isEmpty() ? Limits.cut(m.getPathReference()) : path(parser);
                throw new InvalidDataException(SourcePosition.of(source, line(e, parser)), null, at,
                        syntax(e.getOriginalMessage(), e.getLocation()), e);
            } catch (NumberFormatException | ArithmeticException e) {
                throw outOfBounds(source, parser, e);
            } catch (CharConversionException e) {
                throw new InvalidDataException(SourcePosition.of(source, Math.max(1, line(parser.currentLocation()))),
                        null, null, encoding(e.getMessage()));
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * The bytes of a JSON document as UTF-8 text (RFC 8259: JSON exchanged between systems is
     * UTF-8): a UTF-8 byte order mark is skipped; UTF-16 or UTF-32 (a byte order mark, or a zero
     * byte among the first four) is a typed error, and so is any byte sequence that is not UTF-8.
     */
    private static Reader utf8(InputStream in, String source) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        boolean zero = false;
        for (byte b : head) {
            zero |= b == 0;
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || zero) {
            throw new InvalidDataException(SourcePosition.of(source, 1), null, null,
                    Labels.of("JSON không hợp lệ: văn bản ở dạng UTF-16 hoặc UTF-32; tệp JSON phải ở dạng UTF-8",
                            "not valid JSON: the text is UTF-16 or UTF-32; a JSON file must be UTF-8"));
        }
        if (b0 == 0xEF && b1 == 0xBB && head.length > 2 && (head[2] & 0xFF) == 0xBF) {
            buffered.skipNBytes(3);
        }
        return new java.io.InputStreamReader(buffered, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /**
     * An I/O failure as an error: text in no JSON encoding (detected when the parser starts) is bad
     * input, a typed error naming the source; anything else is the caller's stream failing.
     */
    private static RuntimeException unreadable(String source, IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new InvalidDataException(SourcePosition.of(source, 1), null, null,
                    Labels.of("JSON không hợp lệ: các byte không phải là văn bản UTF-8; tệp JSON phải ở dạng UTF-8",
                            "not valid JSON: the bytes are not UTF-8 text; a JSON file must be UTF-8"));
        }
        if (e instanceof java.io.CharConversionException) {
            return new InvalidDataException(SourcePosition.of(source, 1), null, null, encoding(e.getMessage()));
        }
        return new UncheckedIOException("cannot read " + source, e);
    }

    /**
     * Reads the value the parser is at as a tree, for readers that stream a document part by part
     * (a mapper from {@link #streamingBuilder}): the same errors as a whole document's, naming the
     * source and the line, never an internal exception.
     *
     * @param mapper the mapper the parser was created by
     * @param parser the parser, at the first token of the part
     * @param source the file name, for errors
     * @return the part
     * @throws IOException          when the text cannot be read
     * @throws InvalidDataException for malformed, duplicated or out-of-bounds content
     */
    public static JsonNode readPart(ObjectMapper mapper, JsonParser parser, String source) throws IOException {
        return read(mapper, parser, source);
    }

    private static JsonNode read(ObjectMapper mapper, JsonParser parser, String source) throws IOException {
        JsonParser outer = READING.get();
        READING.set(parser);
        try {
            JsonNode root = mapper.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InvalidDataException(SourcePosition.of(source, 1), null, null,
                        Labels.of("JSON không hợp lệ: tài liệu rỗng", "not valid JSON: the document is empty"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(SourcePosition.of(source, line(e, parser)), null, path(parser),
                    syntax(e.getOriginalMessage(), e.getLocation()), e);
        } catch (CharConversionException e) {
            throw new InvalidDataException(SourcePosition.of(source, Math.max(1, line(parser.currentLocation()))), null,
                    null, encoding(e.getMessage()));
        } catch (OutOfBounds e) {
            throw new InvalidDataException(SourcePosition.of(source, Math.max(1, line(parser.currentLocation()))), null,
                    path(parser), Labels.of("JSON không hợp lệ: " + e.problem.vietnamese(),
                            "not valid JSON: " + e.problem.english()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw outOfBounds(source, parser, e);
        } finally {
            if (outer == null) {
                READING.remove();
            } else {
                READING.set(outer);
            }
        }
    }

    /** The JSON path (a JSON Pointer such as {@code /rules/3/value}) the parser is at, or {@code null} at the root. */
    private static @Nullable String path(JsonParser parser) {
        try {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return pointer.isEmpty() ? null : Limits.cut(pointer);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A number Jackson cannot convert at all (an exponent beyond what {@link BigDecimal} holds,
     * such as {@code 1e9999999999999}): it fails before {@link Limits} can be checked, in a tree
     * and in a bound document alike.
     */
    private static InvalidDataException outOfBounds(String source, JsonParser parser, RuntimeException e) {
        return new InvalidDataException(SourcePosition.of(source, Math.max(1, line(parser.currentLocation()))),
                null, path(parser), Labels.of("JSON không hợp lệ: một số nằm ngoài giới hạn mà số thập phân có thể"
                        + " biểu diễn",
                        "not valid JSON: a number out of bounds (" + shorten(e.getMessage()) + ")"));
    }

    /**
     * A syntax error the JSON parser reported (in English, with its column): the Vietnamese reason
     * says what and where, the English one keeps the parser's words.
     */
    private static Labels syntax(@Nullable String parserMessage, @Nullable JsonLocation at) {
        String detail = shorten(parserMessage);
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return Labels.of("JSON không hợp lệ: sai cú pháp hoặc không đúng định dạng"
                + (column > 0 ? " ở cột " + column : ""), "not valid JSON: " + detail);
    }

    private static Labels encoding(@Nullable String parserMessage) {
        return Labels.of("JSON không hợp lệ: văn bản không ở bảng mã nào của JSON (tệp JSON phải ở dạng UTF-8)",
                "not valid JSON: the text is not in a JSON encoding (" + shorten(parserMessage) + ")");
    }

    private static int line(JsonProcessingException e, JsonParser parser) {
        return Math.max(1, line(e.getLocation() != null ? e.getLocation() : parser.currentLocation()));
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String shorten(@Nullable String message) {
        String text = message == null ? "" : message;
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** A number out of {@link Limits}, found while the tree is built. */
    private static final class OutOfBounds extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient Labels problem;

        OutOfBounds(Labels problem) {
            super(problem.english(), null, false, false);
            this.problem = problem;
        }
    }

    /** Binds decimals (of records and values read from a tree or a stream) only within {@link Limits}. */
    private static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        private static final long serialVersionUID = 1L;
        private final int digits;
        private final int exponent;

        BoundedDecimals(int digits, int exponent) {
            this.digits = digits;
            this.exponent = exponent;
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() > Limits.NUMBER_TEXT) {
                throw ctxt.weirdStringException(Limits.quote(p.getText()), BigDecimal.class, "too long for a number");
            }
            BigDecimal value = super.deserialize(p, ctxt);
            Labels problem = value == null ? null : Limits.numberLimit(value, digits, exponent);
            if (problem != null) {
                throw ctxt.weirdNumberException(0, BigDecimal.class, problem.english());
            }
            return value;
        }
    }

    /** The parser a tree is being read from on this thread, so that its nodes learn their line. */
    private static final ThreadLocal<JsonParser> READING = new ThreadLocal<>();

    /**
     * The line a node of a tree read by {@link #read} starts on: an object or array at its
     * opening bracket, a string or number where it is written.
     *
     * @param node the node, or {@code null}
     * @return the 1-based line, or 0 when unknown (a boolean, a null, a node built by code)
     */
    public static int line(@Nullable JsonNode node) {
        return node instanceof Lined l ? l.line() : 0;
    }

    /** A node that knows its line. */
    private interface Lined {
        int line();
    }

    private static int currentLine() {
        JsonParser p = READING.get();
        if (p == null) {
            return 0;
        }
        JsonLocation at = p.currentTokenLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static final class LinedObject extends ObjectNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedObject(JsonNodeFactory f, int line) {
            super(f);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private static final class LinedArray extends ArrayNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedArray(JsonNodeFactory f, int line) {
            super(f);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private static final class LinedText extends TextNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedText(String v, int line) {
            super(v);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private static final class LinedDecimal extends DecimalNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedDecimal(BigDecimal v, int line) {
            super(v);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private static final class LinedInteger extends BigIntegerNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedInteger(BigInteger v, int line) {
            super(v);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private static final class LinedInt extends IntNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedInt(int v, int line) {
            super(v);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private static final class LinedLong extends LongNode implements Lined {
        private static final long serialVersionUID = 1L;
        private final int line;

        LinedLong(long v, int line) {
            super(v);
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /**
     * Builds number nodes only for numbers within {@link Limits}; while a document is read, every
     * object, array, string and number node knows its line.
     */
    private static final class BoundedNodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;
        private final int digits;
        private final int exponent;

        BoundedNodes(int digits, int exponent) {
            this.digits = digits;
            this.exponent = exponent;
        }

        @Override
        public ValueNode numberNode(BigDecimal v) {
            Labels problem = v == null ? null : Limits.numberLimit(v, digits, exponent);
            if (problem != null) {
                throw new OutOfBounds(problem);
            }
            int line = currentLine();
            return line == 0 || v == null ? super.numberNode(v) : new LinedDecimal(v, line);
        }

        @Override
        public ValueNode numberNode(BigInteger v) {
            Labels problem = v == null ? null : v.bitLength() > digits * 4 ? Labels.of("số có hơn " + digits
                    + " chữ số", "the number has more than " + digits + " digits")
                    : Limits.numberLimit(new BigDecimal(v), digits, exponent);
            if (problem != null) {
                throw new OutOfBounds(problem);
            }
            int line = currentLine();
            return line == 0 || v == null ? super.numberNode(v) : new LinedInteger(v, line);
        }

        @Override
        public NumericNode numberNode(int v) {
            int line = currentLine();
            return line == 0 ? super.numberNode(v) : new LinedInt(v, line);
        }

        @Override
        public NumericNode numberNode(long v) {
            int line = currentLine();
            return line == 0 ? super.numberNode(v) : new LinedLong(v, line);
        }

        @Override
        public TextNode textNode(String text) {
            int line = currentLine();
            return line == 0 || text == null ? super.textNode(text) : new LinedText(text, line);
        }

        @Override
        public ObjectNode objectNode() {
            int line = currentLine();
            return line == 0 ? super.objectNode() : new LinedObject(this, line);
        }

        @Override
        public ArrayNode arrayNode() {
            int line = currentLine();
            return line == 0 ? super.arrayNode() : new LinedArray(this, line);
        }

        @Override
        public ArrayNode arrayNode(int capacity) {
            return arrayNode();
        }
    }
}
