package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Fraction;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The command's JSON documents (docs/formats.md): a {@code schema} field first, numbers exact —
 * money as whole đồng integers, decimals as plain strings, fractions as numerator and denominator.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * A new document.
     *
     * @param schema its versioned schema, e.g. "ntm.ocop-rating/1"
     * @return the document, holding only the schema
     */
    static ObjectNode document(String schema) {
        return MAPPER.createObjectNode().put("schema", schema);
    }

    /** @return a new object */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new array */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Writes a document, indented, and a line break.
     *
     * @param document the document
     * @param out      where to write
     */
    static void write(JsonNode document, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A decimal as a plain string.
     *
     * @param value the number
     * @return e.g. "1205" or "40.8"
     */
    static String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    /**
     * An exact fraction: numerator and denominator (integers, as strings: they may exceed 2^53), its
     * finite decimal form when it has one, else null.
     *
     * @param f the fraction
     * @return {"numerator":"…","denominator":"…","exact":"…"|null}
     */
    static ObjectNode fraction(Fraction f) {
        Fraction r = f.reduced();
        ObjectNode n = object().put("numerator", r.numerator().toString()).put("denominator", r.denominator().toString());
        Optional<BigDecimal> exact = r.exactDecimal();
        return exact.isPresent() ? n.put("exact", decimal(exact.get())) : n.putNull("exact");
    }
}
