package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of docs/schemas (2020-12, networknt json-schema-validator): every JSON example
 * of docs/formats.md and every JSON file of docs/examples validates against the schema its
 * {@code schema} field names, and so do the criteria sets ntm ships; every schema file is named from
 * the id it validates; and the schemas can fail — a document missing a required field, with a value
 * outside an enumeration or a field the format does not have is refused.
 */
class SchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    static List<String> formatsExamples() throws IOException {
        String doc = Files.readString(FormatsDocTest.DOCS.resolve("formats.md"), StandardCharsets.UTF_8);
        Matcher m = JSON_BLOCK.matcher(doc);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1));
        }
        return examples;
    }

    static Stream<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(FormatsDocTest.DOCS.resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyJsonExampleOfTheFormatsDocumentValidatesAgainstItsSchema() throws IOException {
        List<String> examples = formatsExamples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(11);
        for (String example : examples) {
            JsonNode doc = MAPPER.readTree(example);
            assertThat(doc.path("schema").isTextual()).as("every example names its schema: %s", example).isTrue();
            assertThat(Schemas.errors(example)).as(doc.get("schema").asText()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void everyJsonFileOfTheExamplesValidatesAgainstItsSchema(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(MAPPER.readTree(json).path("schema").isTextual()).as("%s names its schema", file).isTrue();
        assertThat(Schemas.errors(json)).as(file.toString()).isEmpty();
    }

    @Test
    void theExamplesIncludeTheInputFormats() throws IOException {
        assertThat(exampleFiles().map(f -> f.getFileName().toString()))
                .contains("overlay.json", "overlay-filled.json", "gia-tri-theo-xa-2024.mapping.json");
    }

    static Stream<Arguments> shippedDocuments() {
        return Stream.of(
                Arguments.of("../ntm-criteria-2021-2025/src/main/resources/io/github/ntmlib/criteria2021/vn-2021-2025.json"),
                Arguments.of("../ntm-criteria-2026-2030/src/main/resources/io/github/ntmlib/criteria2026/vn-2026-2030.json"),
                Arguments.of("../ntm-core/src/test/resources/criteria/small-set.json"),
                Arguments.of("../ntm-criteria-2026-2030/src/test/resources/io/github/ntmlib/criteria2026/MADE-UP-appendix-i.json"));
    }

    @ParameterizedTest
    @MethodSource("shippedDocuments")
    void theShippedCriteriaSetsAndTheTestAppendixValidate(String file) throws IOException {
        assertThat(Schemas.errors(Files.readString(Path.of(file), StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void everySchemaFileIsNamedFromTheIdItValidates() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Schemas.DIR)) {
            files = list.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path f : files) {
            JsonNode schema = MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
            String id = schema.path("properties").path("schema").path("const").asText();
            assertThat(Schemas.file(id)).as(f.toString()).isEqualTo(f);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).endsWith("/docs/schemas/" + f.getFileName());
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(f.toString()).isFalse();
            assertThat(schema.path("required")).as(f.toString()).extracting(JsonNode::asText).contains("schema");
        }
    }

    @Test
    void everyDocumentOfTheFormatsDocumentHasASchemaFile() throws IOException {
        String doc = Files.readString(FormatsDocTest.DOCS.resolve("formats.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("`(ntm\\.[a-z0-9.-]+/[0-9]+)`").matcher(doc);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        // the locality documents of LocalityJson are read by their own reader and have no schema yet
        ids.removeIf(id -> id.startsWith("ntm.locality."));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(18);
        assertThat(ids).allSatisfy(id -> assertThat(Schemas.file(id)).isRegularFile());
        Matcher links = Pattern.compile("\\]\\((schemas/[^)]*)\\)").matcher(doc);
        int linked = 0;
        while (links.find()) {
            linked++;
            assertThat(FormatsDocTest.DOCS.resolve(links.group(1))).exists();
        }
        assertThat(linked).isGreaterThanOrEqualTo(18);
    }

    @Test
    void aDocumentWithoutSchemaFileOrSchemaFieldFails() {
        assertThatThrownBy(() -> Schemas.check("{\"schema\": \"ntm.no-such-document/1\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no-such-document-1.schema.json");
        assertThatThrownBy(() -> Schemas.check("{\"units\": 1}")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("names no schema");
        assertThatThrownBy(() -> Schemas.check("{\"schema\": \"ntm.units-diff\"}")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Schemas.checkIfDocument("{\"schema\": \"ntm.no-such-document/1\"}"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Schemas.checkIfDocument("{\"schema\": \"ntm.units-check/1\"}\nwrote report.html"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not one document");
        Schemas.checkIfDocument("Tổng: 3 đơn vị");
        Schemas.checkIfDocument("{\"not\": \"a document\"}");
    }

    /** The example of formats.md of a schema id, as a tree to mutate. */
    private static ObjectNode example(String id) throws IOException {
        for (String e : formatsExamples()) {
            JsonNode doc = MAPPER.readTree(e);
            if (doc.path("schema").asText().equals(id)) {
                return (ObjectNode) doc;
            }
        }
        throw new AssertionError("no example of " + id);
    }

    private static List<String> keywords(ObjectNode doc) {
        return Schemas.errors(doc.toString()).stream().map(Error::getKeyword).toList();
    }

    private static void refused(String id, String keyword, Consumer<ObjectNode> mutation) throws IOException {
        ObjectNode doc = example(id);
        assertThat(keywords(doc)).as(id + " before the change").isEmpty();
        mutation.accept(doc);
        assertThat(keywords(doc)).as(id + " after the change").contains(keyword);
    }

    private static ObjectNode first(ObjectNode doc, String array) {
        return (ObjectNode) ((ArrayNode) doc.get(array)).get(0);
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws IOException {
        refused("ntm.units-diff/1", "required", d -> first(d, "changes").remove("newParent"));
        refused("ntm.ocop-rating/1", "required", d -> d.remove("decidedBy"));
        refused("ntm.finance-allocation/1", "required", d -> ((ObjectNode) first(d, "shares").get("quota")).remove("exact"));
        refused("ntm.units-carry/1", "required", d -> first(d, "carryOvers").remove("explanationEn"));
        refused("ntm.check-report/1", "required", d -> d.remove("warnings"));
    }

    @Test
    void aValueOutsideItsEnumerationIsRefused() throws IOException {
        refused("ntm.units-lineage/1", "enum", d -> first(first(d, "versions"), "successors").put("cause", "MERGE"));
        refused("ntm.units-check/1", "propertyNames", d -> ((ObjectNode) d.get("byKind")).put("XA", 2));
        refused("ntm.finance-rates/1", "enum", d -> first(d, "types").put("type", "CAPITAL"));
        refused("ntm.units-diff/1", "type", d -> first(d, "changes").put("type", "NEW"));
        refused("ntm.ocop-portfolio/1", "enum", d -> first(d, "certificates").put("status", "ACTIVE"));
        refused("ntm.overlay-check/1", "enum", d -> first(d, "findings").put("kind", "MISSING"));
        ObjectNode other = example("ntm.ocop-upgrade/1").put("schema", "ntm.ocop-upgrade/2");
        assertThat(Schemas.schema(Schemas.file("ntm.ocop-upgrade/1")).validate(other.toString(), InputFormat.JSON))
                .extracting(Error::getKeyword).contains("const");
    }

    @Test
    void aFieldTheFormatDoesNotHaveIsRefused() throws IOException {
        refused("ntm.units-check/1", "additionalProperties", d -> d.put("unit", 5));
        refused("ntm.ocop-rating/1", "additionalProperties", d -> ((ObjectNode) d.get("total")).put("percent", "98.67"));
        refused("ntm.finance-deadlines/1", "additionalProperties", d -> first(d, "lines").put("deadlines", "2025-12-31"));
        refused("ntm.units-carry/1", "additionalProperties", d -> first(d, "carryOvers").put("explanation", "x"));
    }

    @Test
    void numbersInTheWrongFormAreRefused() throws IOException {
        // money is whole đồng, an integer; a decimal is a plain string; a date is ISO
        refused("ntm.finance-allocation/1", "type", d -> d.put("pool", new java.math.BigDecimal("1000000000.5")));
        refused("ntm.finance-allocation/1", "pattern", d -> first(d, "shares").put("points", "1,5"));
        refused("ntm.finance-rates/1", "pattern", d -> d.put("asOf", "25/02/2025"));
        refused("ntm.ocop-rating/1", "pattern", d -> ((ObjectNode) d.get("total")).put("rounded", "98.7"));
        refused("ntm.finance-deadlines/1", "minimum", d -> first(d, "lines").put("lapsed", -1));
    }

    @Test
    void theInputSchemasFailToo() throws IOException {
        Path overlay = FormatsDocTest.DOCS.resolve("examples/overlay.json");
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Files.readString(overlay, StandardCharsets.UTF_8));
        ObjectNode threshold = (ObjectNode) first(doc, "thresholds").get("threshold");
        threshold.put("comparison", "GREATER");
        threshold.put("value", "85%");
        doc.remove("jurisdiction");
        assertThat(keywords(doc)).contains("enum", "required");
        assertThat(Schemas.errors(doc.toString())).extracting(Error::getInstanceLocation).extracting(Object::toString)
                .contains("/thresholds/0/threshold/value");
        Path template = FormatsDocTest.DOCS.resolve("examples/province/overlay-filled.json");
        ObjectNode filled = (ObjectNode) MAPPER.readTree(Files.readString(template, StandardCharsets.UTF_8));
        // a number written as a string is not a value of the form
        ObjectNode row = (ObjectNode) ((ArrayNode) filled.get("rows")).get(2);
        row.put("value", "61,5");
        assertThat(keywords(filled)).isNotEmpty();
    }
}
