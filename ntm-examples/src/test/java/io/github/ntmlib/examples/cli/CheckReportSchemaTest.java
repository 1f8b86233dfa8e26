package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The output of {@code ntm check-report --format json} on the seed report against the JSON Schema
 * ntm-claims ships for it: the subset of JSON Schema 2020-12 the schema uses (type, const, enum,
 * required, properties, additionalProperties false, items, oneOf, pattern, minimum, local $ref) is
 * checked here, so every field printed is declared and every declared one required is printed.
 */
class CheckReportSchemaTest {

    private static final Path SCHEMA = FormatsDocTest.DOCS.resolve(
            "../ntm-claims/src/main/resources/io/github/ntmlib/claims/check-report.schema.json");
    private static final Path SEED = FormatsDocTest.DOCS.resolve("../ntm-core/src/test/resources/seed/ha-tinh-ntm-2024-report.txt");

    @Test
    void theSeedsCheckReportValidatesAgainstTheSchema() throws IOException {
        JsonNode schema = JsonOutputTest.STRICT.readTree(Files.readString(SCHEMA));
        JsonNode doc = JsonOutputTest.json("check-report", SEED.toString());
        List<String> problems = new ArrayList<>();
        validate(schema, schema, doc, "$", problems);
        assertThat(problems).isEmpty();
        assertThat(doc.get("claims")).hasSizeGreaterThan(20);
        assertThat(doc.get("warnings")).isNotEmpty();
        // and a document that breaks it is caught: the validator itself can fail
        List<String> broken = new ArrayList<>();
        validate(schema, schema, JsonOutputTest.STRICT.readTree("{\"schema\":\"ntm.check-report/1\",\"claims\":"
                + "[{\"line\":0,\"kind\":\"GUESS\"}],\"warnings\":[],\"extra\":1}"), "$", broken);
        assertThat(broken).hasSizeGreaterThanOrEqualTo(4);
    }

    private static void validate(JsonNode root, JsonNode s, JsonNode v, String at, List<String> problems) {
        if (s.has("$ref")) {
            s = root.at(s.get("$ref").asText().substring(1));
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            problems.add(at + ": not " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                problems.add(at + ": " + v + " not in " + s.get("enum"));
            }
        }
        if (s.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : s.get("oneOf")) {
                List<String> p = new ArrayList<>();
                validate(root, option, v, at, p);
                matching += p.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                problems.add(at + ": matches " + matching + " of oneOf");
            }
        }
        String type = s.has("type") ? s.get("type").asText() : null;
        if ("integer".equals(type) && (!v.isIntegralNumber() || s.has("minimum") && v.asLong() < s.get("minimum").asLong())) {
            problems.add(at + ": not an integer in range: " + v);
        }
        if ("string".equals(type) && (!v.isTextual() || s.has("pattern") && !v.asText().matches(s.get("pattern").asText()))) {
            problems.add(at + ": not a matching string: " + v);
        }
        if ("array".equals(type)) {
            if (!v.isArray()) {
                problems.add(at + ": not an array");
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                validate(root, s.get("items"), v.get(i), at + "[" + i + "]", problems);
            }
        }
        if ("object".equals(type)) {
            if (!v.isObject()) {
                problems.add(at + ": not an object");
                return;
            }
            for (JsonNode r : s.withArray("required")) {
                if (!v.has(r.asText())) {
                    problems.add(at + ": lacks " + r.asText());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode p = s.path("properties").get(f.getKey());
                if (p == null) {
                    problems.add(at + ": undeclared " + f.getKey());
                } else {
                    validate(root, p, f.getValue(), at + "." + f.getKey(), problems);
                }
            }
        }
    }
}
