package io.github.ntmlib.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * docs/openapi/ntm-server.yaml, parsed by swagger-parser (it must parse without a message), and a
 * validator of real responses against it: the path and method must be documented, the status must
 * be one of the operation's responses (or its default), the content type one of that response's,
 * and the body valid in its schema (JSON Schema 2020-12, networknt, the document's own components).
 */
final class OpenApiCheck {

    static final Path DOCUMENT = Path.of("..", "docs", "openapi", "ntm-server.yaml");
    private static OpenApiCheck instance;

    private final JsonNode doc;
    private final String docJson;
    private final SwaggerParseResult parsed;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private OpenApiCheck() {
        try {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            parsed = new OpenAPIV3Parser().readLocation(DOCUMENT.toString(), null, options);
            doc = new YAMLMapper().readTree(Files.readString(DOCUMENT));
            docJson = new ObjectMapper().writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized OpenApiCheck instance() {
        if (instance == null) {
            instance = new OpenApiCheck();
        }
        return instance;
    }

    SwaggerParseResult parsed() {
        return parsed;
    }

    /** The operations (METHOD template) a response was checked against. */
    Set<String> seen() {
        return new HashSet<>(seen);
    }

    void check(String method, String url, Http.Response r) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String template = null;
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext();) {
            String t = it.next();
            if (Pattern.matches(t.replaceAll("\\{[^}]+}", "[^/]+"), path)) {
                template = t;
            }
        }
        if (template == null) {
            throw new AssertionError("undocumented path " + path);
        }
        String m = method.toLowerCase(Locale.ROOT);
        JsonNode op = doc.get("paths").get(template).get(m);
        if (op == null) {
            throw new AssertionError("undocumented operation " + method + " " + template);
        }
        seen.add(method + " " + template);
        String code = Integer.toString(r.status());
        String pointer = "/paths/" + escape(template) + "/" + m + "/responses/" + code;
        JsonNode response = op.get("responses").get(code);
        if (response == null) {
            response = op.get("responses").get("default");
            pointer = "/paths/" + escape(template) + "/" + m + "/responses/default";
            if (response == null || r.status() < 400) {
                throw new AssertionError(method + " " + template + ": status " + code + " is not documented");
            }
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = doc.at(pointer);
        }
        String type = r.contentType().split(";")[0].trim();
        JsonNode content = response.path("content");
        if (!content.has(type)) {
            throw new AssertionError(method + " " + template + " " + code + ": content type " + type
                    + " is not documented (" + content + ")");
        }
        if (!type.endsWith("json")) {
            // a text answer (a plan's text): documented as a string; nothing more to hold it against
            return;
        }
        String schemaPointer = "#" + pointer + "/content/" + escape(type) + "/schema";
        Schema schema = schemas.computeIfAbsent(schemaPointer, p -> {
            try {
                ObjectNode root = (ObjectNode) new ObjectMapper().readTree(docJson);
                root.put("$ref", p);
                return registry.getSchema(root.toString(), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Error> errors = new ArrayList<>(schema.validate(r.body(), InputFormat.JSON));
        if (!errors.isEmpty()) {
            throw new AssertionError(method + " " + url + " " + code + " does not match the OpenAPI document: " + errors
                    + "\n" + r.body().substring(0, Math.min(2000, r.body().length())));
        }
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }
}
