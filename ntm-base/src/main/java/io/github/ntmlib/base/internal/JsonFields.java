package io.github.ntmlib.base.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Typed access to the fields of a JSON document, failing with the source and the field's path. */
public final class JsonFields {

    /** "required field is missing". */
    private static final Labels MISSING = Labels.of("thiếu trường bắt buộc", "required field is missing");

    private final String source;

    /** The names of constants, each in single quotes, as a reason lists what is accepted. */
    private static String quoted(Object[] constants) {
        return java.util.Arrays.stream(constants).map(c -> "'" + c + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public JsonFields(String source) {
        this.source = source;
    }


    /**
     * A typed error about a path of the document, its reason in both languages.
     *
     * @param path   the JSON path
     * @param reason what is wrong
     * @return the error
     */
    public InvalidDataException error(String path, Labels reason) {
        return new InvalidDataException(SourcePosition.of(source), null, path, reason);
    }

    /**
     * A typed error at the line of a node read by {@link StrictJson}, its reason in both languages.
     *
     * @param near   the node the error is about, or its parent when a member is missing
     * @param path   the JSON path
     * @param reason what is wrong
     * @return the error
     */
    public InvalidDataException error(@Nullable JsonNode near, String path, Labels reason) {
        return new InvalidDataException(SourcePosition.of(source, StrictJson.line(near)), null, path, reason);
    }


    public JsonNode node(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw error(parent, path + field, MISSING);
        }
        return value;
    }

    public String text(JsonNode parent, String field, String path) {
        JsonNode value = node(parent, field, path);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(value, path + field, Labels.of("cần một đoạn văn bản không rỗng", "a non-empty text is required"));
        }
        return value.asText();
    }

    public String textOr(JsonNode parent, String field, String fallback) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    public Optional<String> optionalText(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    public LocalDate date(JsonNode parent, String field, String path) {
        String text = text(parent, field, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(parent.get(field), path + field, Labels.of("không phải là ngày theo ISO (yyyy-mm-dd): "
                    + Limits.quote(text), "not an ISO date (yyyy-mm-dd): " + Limits.quote(text)));
        }
    }

    public BigDecimal decimal(JsonNode parent, String field, String path) {
        JsonNode value = node(parent, field, path);
        String text = value.asText();
        BigDecimal number;
        try {
            if (text.length() > Limits.NUMBER_TEXT) {
                throw new NumberFormatException();
            }
            number = value.isNumber() ? value.decimalValue() : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw error(value, path + field, Labels.of("không phải là số: " + Limits.quote(text),
                    "not a number: " + Limits.quote(text)));
        }
        Labels problem = Limits.numberLimit(number);
        if (problem != null) {
            throw error(value, path + field, problem);
        }
        return number;
    }

    public Optional<Integer> optionalInt(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt()) {
            throw error(value, path + field, Labels.of("cần một số nguyên", "a whole number is required"));
        }
        return Optional.of(value.asInt());
    }

    public List<JsonNode> array(JsonNode parent, String field, String path, boolean required) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(parent, path + field, Labels.of("thiếu mảng bắt buộc", "required array is missing"));
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw error(value, path + field, Labels.of("cần một mảng", "an array is required"));
        }
        List<JsonNode> list = new ArrayList<>();
        value.forEach(list::add);
        return list;
    }

    public <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type, String path) {
        String text = text(parent, field, path);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(parent.get(field), path + field, Labels.of(Limits.quote(text) + " không phải là một trong các giá trị "
                    + quoted(type.getEnumConstants()), Limits.quote(text) + " is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Whole documents: a versioned rule table read as a tree of nodes that know their JSON path.
    // ---------------------------------------------------------------------------------------------

    private static final ObjectMapper EXACT = StrictJson.MAPPER;

    /**
     * Reads a JSON object document, numbers as exact decimals, a repeated key being an error.
     *
     * @param in     the JSON; closed when done; {@code null} when a resource was not found
     * @param source the resource or file name, for errors
     * @return the root node, path {@code $}
     * @throws InvalidDataException if the document is missing, malformed or not an object
     */
    public static Node read(InputStream in, String source) {
        if (in == null) {
            throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of("không tìm thấy bảng",
                    "the table cannot be found"));
        }
        try (InputStream stream = in) {
            JsonNode root = StrictJson.read(EXACT, stream, source);
            if (!root.isObject()) {
                throw new InvalidDataException(SourcePosition.of(source, 1), null, null, Labels.of(
                        "bảng không phải là một đối tượng JSON", "the table is not a JSON object"));
            }
            return new Node(source, root, "$");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads a JSON object document, numbers as exact decimals, a repeated key being an error.
     *
     * @param reader the JSON text; not closed
     * @param source the file name, for errors
     * @return the root node, path {@code $}
     * @throws InvalidDataException if the document is malformed or not an object
     */
    public static Node readDocument(java.io.Reader reader, String source) {
        JsonNode root = StrictJson.read(EXACT, reader, source);
        if (!root.isObject()) {
            throw new InvalidDataException(SourcePosition.of(source, 1), null, "$", Labels.of(
                    "tài liệu không phải là một đối tượng JSON", "the document is not a JSON object"));
        }
        return new Node(source, root, "$");
    }

    /** A node with its JSON path. */
    public static final class Node {
        private final String source;
        private final JsonNode node;
        private final String path;

        Node(String source, JsonNode node, String path) {
            this.source = source;
            this.node = node;
            this.path = path;
        }

        /**
         * Where this node is: the document and the line it starts on (0 when unknown).
         *
         * @return the source position
         */
        public SourcePosition position() {
            return SourcePosition.of(source, StrictJson.line(node));
        }

        /**
         * The path of this node.
         *
         * @return such as {@code $.laws[1].deadline}
         */
        public String path() {
            return path;
        }


        /**
         * A typed error about this node, its reason in both languages.
         *
         * @param reason what is wrong
         * @return the error
         */
        public InvalidDataException error(Labels reason) {
            return new InvalidDataException(position(), null, path, reason);
        }

        /**
         * A required member.
         *
         * @param name the member name
         * @return the member
         */
        public Node get(String name) {
            JsonNode child = node.get(name);
            if (child == null || child.isNull()) {
                throw new InvalidDataException(position(), null, path + "." + name, MISSING);
            }
            return new Node(source, child, path + "." + name);
        }

        /**
         * Checks that this node is an object holding no member but the ones named, so that a
         * misspelt or unknown field is an error, never ignored.
         *
         * @param names the members the format has
         * @return this node
         */
        public Node only(String... names) {
            if (!node.isObject()) {
                throw error(Labels.of("phải là một đối tượng", "must be an object"));
            }
            java.util.Set<String> known = java.util.Set.of(names);
            java.util.Iterator<String> fields = node.fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                if (!known.contains(field)) {
                    throw new InvalidDataException(SourcePosition.of(source, StrictJson.line(node.get(field))), null,
                            path + "." + Limits.cut(field), Labels.of("trường không có trong định dạng (định dạng"
                                    + " chỉ có: " + String.join(", ", names) + ")", "unknown field (the format has: "
                                    + String.join(", ", names) + ")"));
                }
            }
            return this;
        }

        /**
         * A member that must be present and may be {@code null}.
         *
         * @param name the member name
         * @return the member, or empty if {@code null}
         */
        public Optional<Node> nullable(String name) {
            if (!node.has(name)) {
                throw new InvalidDataException(position(), null, path + "." + name, MISSING);
            }
            return optional(name);
        }

        /**
         * An optional member.
         *
         * @param name the member name
         * @return the member, or empty if absent or null
         */
        public Optional<Node> optional(String name) {
            JsonNode child = node.get(name);
            return child == null || child.isNull() ? Optional.empty() : Optional.of(new Node(source, child, path + "." + name));
        }

        /**
         * The elements of an array.
         *
         * @return the elements
         */
        public List<Node> elements() {
            if (!node.isArray()) {
                throw error(Labels.of("phải là một mảng", "must be an array"));
            }
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(new Node(source, node.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        /**
         * This node as text.
         *
         * @return the non-blank text
         */
        public String text() {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw error(Labels.of("phải là một chuỗi không rỗng", "must be a non-blank string"));
            }
            return node.asText();
        }

        /**
         * This node as an exact decimal.
         *
         * @return the value
         */
        public BigDecimal decimal() {
            if (!node.isNumber()) {
                throw error(Labels.of("phải là một số", "must be a number"));
            }
            return node.decimalValue();
        }

        /**
         * This node as a non-negative exact decimal.
         *
         * @return the value
         */
        public BigDecimal nonNegative() {
            BigDecimal value = decimal();
            if (value.signum() < 0) {
                throw error(Labels.of("không được là số âm: " + Limits.quote(value.toString()),
                        "must not be negative: " + Limits.quote(value.toString())));
            }
            return value;
        }

        /**
         * This node as a boolean.
         *
         * @return the value
         */
        public boolean bool() {
            if (!node.isBoolean()) {
                throw error(Labels.of("phải là true hoặc false", "must be true or false"));
            }
            return node.booleanValue();
        }

        /**
         * This node as an int.
         *
         * @return the value
         */
        public int integer() {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error(Labels.of("phải là một số nguyên", "must be a whole number"));
            }
            return node.intValue();
        }

        /**
         * This node as a whole number that fits a long (such as money in whole đồng).
         *
         * @return the value
         */
        public long whole() {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw error(Labels.of("phải là một số nguyên trong khoảng ±2^63", "must be a whole number within ±2^63"));
            }
            return node.longValue();
        }

        /**
         * This node as an ISO date.
         *
         * @return the date
         */
        public LocalDate date() {
            try {
                return LocalDate.parse(text());
            } catch (DateTimeParseException e) {
                throw error(Labels.of("phải là ngày theo ISO (yyyy-mm-dd): " + Limits.quote(node.asText()),
                        "must be an ISO date (yyyy-mm-dd): " + Limits.quote(node.asText())));
            }
        }

        /**
         * This node as a month and day written {@code MM-dd}.
         *
         * @return the month-day
         */
        public MonthDay monthDay() {
            try {
                return MonthDay.parse("--" + text());
            } catch (DateTimeParseException e) {
                throw error(Labels.of("phải là ngày và tháng (MM-dd): " + Limits.quote(node.asText()),
                        "must be a month and day (MM-dd): " + Limits.quote(node.asText())));
            }
        }

        /**
         * This node as a constant of an enum, by name.
         *
         * @param <E>  the enum type
         * @param type the enum class
         * @return the constant
         */
        public <E extends Enum<E>> E constant(Class<E> type) {
            String text = text();
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
            throw error(Labels.of("giá trị không có trong danh mục: " + Limits.quote(text) + " (nhận: "
                    + quoted(type.getEnumConstants()) + ")", "unknown " + type.getSimpleName() + " " + Limits.quote(text)));
        }
    }
}
