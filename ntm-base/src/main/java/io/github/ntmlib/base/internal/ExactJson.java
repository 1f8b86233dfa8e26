package io.github.ntmlib.base.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Fraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place the rules of ntm's JSON documents (docs/formats.md, "JSON documents") are written:
 * the {@code schema} field first; money a JSON integer of whole đồng; decimals (points, exact
 * values, printed percentages) plain decimal strings; a score, rate or quota an exact fraction
 * {@code {"numerator": "…", "denominator": "…", "exact": "…"|null}} in lowest terms; dates ISO;
 * codes the enum names; a missing value {@code null}. Documents are written indented, as the
 * {@code ntm} command prints them. A builder of Jackson trees without Jackson types in its API, so
 * that modules not reading Jackson themselves (ntm-finance, ntm-claims) can write documents.
 */
public final class ExactJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExactJson() {
    }

    /**
     * A new document holding only its schema.
     *
     * @param schema its versioned schema id, such as {@code ntm.ocop-rating/1}
     * @return the document's root object
     */
    public static Obj document(String schema) {
        return new Obj(MAPPER.createObjectNode()).put("schema", schema);
    }

    /**
     * A decimal as the documents write it.
     *
     * @param value the number
     * @return its plain form, such as "1205" or "40.8" (never an exponent)
     */
    public static String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    /** An object of a document under construction. */
    public static final class Obj {
        private final ObjectNode node;

        Obj(ObjectNode node) {
            this.node = node;
        }

        /**
         * A text member.
         *
         * @param name  the member
         * @param value the text
         * @return this object
         */
        public Obj put(String name, String value) {
            node.put(name, Objects.requireNonNull(value, name));
            return this;
        }

        /**
         * A text member or {@code null}.
         *
         * @param name  the member
         * @param value the text, or empty for {@code null}
         * @return this object
         */
        public Obj put(String name, Optional<String> value) {
            if (value.isPresent()) {
                node.put(name, value.get());
            } else {
                node.putNull(name);
            }
            return this;
        }

        /**
         * A whole-number member (a count, a year, money in whole đồng).
         *
         * @param name  the member
         * @param value the number
         * @return this object
         */
        public Obj put(String name, long value) {
            node.put(name, value);
            return this;
        }

        /**
         * A whole-number member that fits an int (written as Jackson writes an int).
         *
         * @param name  the member
         * @param value the number
         * @return this object
         */
        public Obj put(String name, int value) {
            node.put(name, value);
            return this;
        }

        /**
         * A boolean member.
         *
         * @param name  the member
         * @param value the value
         * @return this object
         */
        public Obj put(String name, boolean value) {
            node.put(name, value);
            return this;
        }

        /**
         * A date member, ISO.
         *
         * @param name  the member
         * @param value the date
         * @return this object
         */
        public Obj put(String name, LocalDate value) {
            return put(name, value.toString());
        }

        /**
         * A member {@code null}.
         *
         * @param name the member
         * @return this object
         */
        public Obj putNull(String name) {
            node.putNull(name);
            return this;
        }

        /**
         * A decimal member as a plain string ({@link ExactJson#decimal}).
         *
         * @param name  the member
         * @param value the number
         * @return this object
         */
        public Obj decimal(String name, BigDecimal value) {
            return put(name, ExactJson.decimal(value));
        }

        /**
         * An exact fraction member: numerator and denominator in lowest terms (integers as strings:
         * they may exceed 2^53), {@code exact} its finite decimal form or {@code null}.
         *
         * @param name  the member
         * @param value the fraction
         * @return the fraction's object, to which a caller adds the printed figure
         */
        public Obj fraction(String name, Fraction value) {
            Fraction r = value.reduced();
            Obj f = object(name).put("numerator", r.numerator().toString()).put("denominator", r.denominator().toString());
            Optional<BigDecimal> exact = r.exactDecimal();
            return exact.isPresent() ? f.decimal("exact", exact.get()) : f.putNull("exact");
        }

        /**
         * A new object member.
         *
         * @param name the member
         * @return the new object
         */
        public Obj object(String name) {
            return new Obj(node.putObject(name));
        }

        /**
         * A new array member.
         *
         * @param name the member
         * @return the new array
         */
        public Arr array(String name) {
            return new Arr(node.putArray(name));
        }

        /**
         * The document, indented as the {@code ntm} command prints it.
         *
         * @return the JSON text, without a final line break
         */
        public String toJson() {
            try {
                return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes the document indented and a line break.
         *
         * @param out where to write; flushed, not closed
         */
        public void write(Writer out) {
            try {
                MAPPER.writer(SerializationFeature.INDENT_OUTPUT).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(out, node);
                out.write(System.lineSeparator());
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An array of a document under construction. */
    public static final class Arr {
        private final ArrayNode node;

        Arr(ArrayNode node) {
            this.node = node;
        }

        /**
         * Appends an object.
         *
         * @return the new object
         */
        public Obj object() {
            return new Obj(node.addObject());
        }

        /**
         * Appends a text.
         *
         * @param value the text
         * @return this array
         */
        public Arr add(String value) {
            node.add(value);
            return this;
        }
    }
}
