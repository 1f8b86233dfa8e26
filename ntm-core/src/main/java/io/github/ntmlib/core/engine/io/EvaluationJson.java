package io.github.ntmlib.core.engine.io;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes and reads evaluations as JSON: a stable, documented schema with a version field.
 *
 * <p>The document is the {@link Evaluation} record with {@code "schema": "ntm.evaluation/1"}
 * first: {@code criteriaSet, date, year, mode, units: [{unit, name, standards: [{standard,
 * verdict, criteria: [{code, labels, verdict, origin, indicators: [{indicator, labels,
 * observation: {unit, indicator, year, value: {type, ...}, source}, threshold, verdict, distance,
 * explanation}], aggregate, recorded, explanation}], recognition, explanation}]}]}. Values carry
 * {@code "type"}: FLAG, QUANTITY, RATIO, COUNT or GRADE; numbers are written as exact decimals;
 * absent optional fields are null. Reading a written document gives an equal evaluation.
 */
public final class EvaluationJson {

    /** The schema id of an evaluation document. */
    public static final String SCHEMA = "ntm.evaluation/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new Jdk8Module()).addModule(new JavaTimeModule())
            .addMixIn(Value.class, ValueMixin.class)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Value.Flag.class, name = "FLAG"),
        @JsonSubTypes.Type(value = Value.Quantity.class, name = "QUANTITY"),
        @JsonSubTypes.Type(value = Value.Ratio.class, name = "RATIO"),
        @JsonSubTypes.Type(value = Value.Count.class, name = "COUNT"),
        @JsonSubTypes.Type(value = Value.Grade.class, name = "GRADE")})
    private interface ValueMixin {
    }

    private EvaluationJson() {
    }

    /**
     * Writes an evaluation.
     *
     * @param evaluation the evaluation
     * @param writer     where to write; flushed, not closed
     */
    public static void write(Evaluation evaluation, Writer writer) {
        ObjectNode root = MAPPER.createObjectNode().put("schema", SCHEMA);
        root.setAll((ObjectNode) MAPPER.valueToTree(evaluation));
        try {
            writer.write(MAPPER.writeValueAsString(root));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an evaluation.
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the evaluation
     * @throws InvalidDataException for malformed JSON, another schema, or invalid content
     */
    public static Evaluation read(Reader reader, String source) {
        try {
            JsonNode root = MAPPER.readTree(reader);
            String schema = root.path("schema").asText("");
            if (!SCHEMA.equals(schema)) {
                throw new InvalidDataException(SourcePosition.of(source), null, "schema", "expected '" + SCHEMA
                        + "', found '" + schema + "'");
            }
            ((ObjectNode) root).remove("schema");
            return MAPPER.treeToValue(root, Evaluation.class);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(SourcePosition.of(source, e.getLocation() == null ? 0
                    : Math.max(0, e.getLocation().getLineNr())), null, null, "not a valid evaluation: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
