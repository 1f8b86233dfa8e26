package io.github.ntmlib.finance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
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

/**
 * A versioned JSON rule table read with Jackson's tree model, with typed errors that name the
 * table and the JSON path of a bad field. Numbers are read as exact decimals.
 */
public final class JsonTable {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final String source;
    private final JsonNode root;

    private JsonTable(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Reads a table.
     *
     * @param in     the JSON
     * @param source the resource or file name, for errors
     * @return the table
     */
    public static JsonTable read(InputStream in, String source) {
        FinanceDataException.require(source, "source");
        if (in == null) {
            throw new FinanceDataException(SourcePosition.of(source), null, null, "the table cannot be found");
        }
        try (InputStream stream = in) {
            JsonNode root = MAPPER.readTree(stream);
            if (root == null || !root.isObject()) {
                throw new FinanceDataException(SourcePosition.of(source), null, null, "the table is not a JSON object");
            }
            return new JsonTable(source, root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new FinanceDataException(SourcePosition.of(source, line), null, null,
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads a table bundled with this module.
     *
     * @param name the resource name under {@code io/github/ntmlib/finance/data/}
     * @return the table
     */
    public static JsonTable bundled(String name) {
        String path = "/io/github/ntmlib/finance/data/" + name;
        return read(JsonTable.class.getResourceAsStream(path), name);
    }

    /**
     * The source name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The root node.
     *
     * @return the root
     */
    public Field root() {
        return new Field(root, "$");
    }

    /** A node with its JSON path. */
    public final class Field {
        private final JsonNode node;
        private final String path;

        Field(JsonNode node, String path) {
            this.node = node;
            this.path = path;
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
         * A typed error about this node.
         *
         * @param message what is wrong
         * @return the error
         */
        public FinanceDataException error(String message) {
            return new FinanceDataException(SourcePosition.of(source), null, path, message);
        }

        /**
         * A required member.
         *
         * @param name the member name
         * @return the member
         */
        public Field get(String name) {
            JsonNode child = node.get(name);
            if (child == null || child.isNull()) {
                throw new FinanceDataException(SourcePosition.of(source), null, path + "." + name,
                        "required field is missing");
            }
            return new Field(child, path + "." + name);
        }

        /**
         * An optional member.
         *
         * @param name the member name
         * @return the member, or empty if absent or null
         */
        public Optional<Field> optional(String name) {
            JsonNode child = node.get(name);
            return child == null || child.isNull() ? Optional.empty() : Optional.of(new Field(child, path + "." + name));
        }

        /**
         * The elements of an array.
         *
         * @return the elements
         */
        public List<Field> elements() {
            if (!node.isArray()) {
                throw error("must be an array");
            }
            List<Field> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(new Field(node.get(i), path + "[" + i + "]"));
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
                throw error("must be a non-blank string");
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
                throw error("must be a number");
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
                throw error("must not be negative: " + value.toPlainString());
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
                throw error("must be true or false");
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
                throw error("must be a whole number");
            }
            return node.intValue();
        }

        /**
         * This node as a non-negative amount in a unit.
         *
         * @param unit the unit the number is in
         * @return the amount
         */
        public Vnd amount(ReportUnit unit) {
            return Vnd.of(nonNegative(), unit, SourcePosition.of(source), null, path);
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
                throw error("must be an ISO date (yyyy-mm-dd): " + node.asText());
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
                throw error("must be a month and day (MM-dd): " + node.asText());
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
            throw error("unknown " + type.getSimpleName() + " '" + text + "'");
        }
    }
}
