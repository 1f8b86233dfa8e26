package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of docs/schemas (2020-12, networknt json-schema-validator) for the tests: a
 * document names its schema in its {@code schema} field ({@code ntm.units-diff/1}), and its schema
 * file is named from it ({@code docs/schemas/units-diff-1.schema.json}). Every JSON document the
 * tests see the command print is validated here ({@link Run}): a document whose schema file is
 * missing fails as much as one the schema refuses, so a new document cannot go unchecked.
 */
final class Schemas {

    static final Path DIR = FormatsDocTest.DOCS.resolve("schemas");

    private static final Pattern ID = Pattern.compile("ntm\\.([a-z0-9][a-z0-9.-]*)/([1-9][0-9]*)");
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<Path, Schema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /**
     * The schema file of a schema id.
     *
     * @param id such as {@code ntm.units-diff/1}
     * @return such as {@code docs/schemas/units-diff-1.schema.json}
     * @throws AssertionError if the id is not of the form {@code ntm.<name>/<version>}
     */
    static Path file(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            throw new AssertionError("not a schema id of the form ntm.<name>/<version>: " + id);
        }
        return DIR.resolve(m.group(1) + "-" + m.group(2) + ".schema.json");
    }

    /**
     * The loaded schema of a file.
     *
     * @param file the schema file
     * @return the schema
     * @throws AssertionError if the file is missing
     */
    static Schema schema(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no JSON Schema " + file + " for the document");
        }
        return LOADED.computeIfAbsent(file, f -> {
            try {
                return REGISTRY.getSchema(Files.readString(f, StandardCharsets.UTF_8), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * What the schema named by a document's {@code schema} field says about it.
     *
     * @param json the document
     * @return the errors, empty when it validates
     * @throws AssertionError if the document names no schema or its schema file is missing
     */
    static List<Error> errors(String json) {
        JsonNode doc = parse(json).orElseThrow(() -> new AssertionError("not a JSON object: " + json));
        JsonNode id = doc.get("schema");
        if (id == null || !id.isTextual()) {
            throw new AssertionError("the document names no schema: " + abbreviate(json));
        }
        return schema(file(id.asText())).validate(json, InputFormat.JSON);
    }

    /**
     * Fails unless the document validates against the schema it names.
     *
     * @param json the document
     * @throws AssertionError naming the schema and every error
     */
    static void check(String json) {
        List<Error> errors = errors(json);
        if (!errors.isEmpty()) {
            throw new AssertionError("the document breaks its schema: " + errors + "\n" + abbreviate(json));
        }
    }

    /**
     * Validates an output of the command when it is a JSON object naming a schema; other output
     * (text, a JSON value without a {@code schema} field) is left alone.
     *
     * @param out what the command printed
     * @throws AssertionError if the output starts as a JSON object but is not one document, or the
     *                        document's schema file is missing or refuses it
     */
    static void checkIfDocument(String out) {
        if (!out.strip().startsWith("{")) {
            return;
        }
        // output that starts as a JSON object must be one: text after a document would hide it
        JsonNode doc = parse(out).orElseThrow(() -> new AssertionError("the output starts as a JSON object but is not one"
                + " document: " + abbreviate(out)));
        if (doc.has("schema")) {
            check(out);
        }
    }

    private static Optional<JsonNode> parse(String text) {
        String t = text.strip();
        if (!t.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(STRICT.readTree(t));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String json) {
        return json.length() <= 2_000 ? json : json.substring(0, 2_000) + "… (" + json.length() + " characters)";
    }
}
