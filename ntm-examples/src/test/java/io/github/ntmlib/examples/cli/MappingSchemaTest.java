package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wide-layout mapping of docs/examples validates against docs/schemas/xlsx-mapping-1.schema.json
 * (a real JSON Schema 2020-12 validator), and mappings the reader refuses break the schema too.
 */
class MappingSchemaTest {

    private static final Path SCHEMA = FormatsDocTest.DOCS.resolve("schemas/xlsx-mapping-1.schema.json");
    private static final Path EXAMPLE = Path.of(FormatsDocTest.EX, "gia-tri-theo-xa-2024.mapping.json");

    private static List<Error> validate(String json) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theExampleMappingValidates() throws IOException {
        assertThat(validate(Files.readString(EXAMPLE, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void mappingsTheReaderRefusesBreakTheSchema() throws IOException {
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertThat(validate(example.replace("\"year\": 2024", "\"yaer\": 2024"))).isNotEmpty();
        assertThat(validate(example.replace("\"kind\": \"FLAG\"", "\"kind\": \"NUMBER\""))).isNotEmpty();
        assertThat(validate(example.replace("\"role\": \"whole\"", "\"role\": \"all\""))).isNotEmpty();
        assertThat(validate(example.replace("{\"header\": \"Mã xã\"}", "{\"header\": \"Mã xã\", \"column\": \"B\"}")))
                .isNotEmpty();
        assertThat(validate(example.replace("\"input\": \"values\"", "\"input\": \"outcomes\""))).isNotEmpty();
        assertThat(validate(example.replace("\"unitOfMeasure\": \"triệu đồng/người/năm\"", "\"unit\": \"x\"")))
                .isNotEmpty();
    }
}
