package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The output of {@code ntm check-report --format json} against its JSON Schema
 * (docs/schemas/check-report-1.schema.json), checked by a real JSON Schema 2020-12 validator (networknt json-schema-validator): every field
 * printed is declared, every required one printed, every kind and status one the schema names. The
 * seed report and a text with every claim kind (including {@code CHANGE}) and both kinds of warning
 * are validated; documents that break the schema are caught, so the check can fail.
 */
class CheckReportSchemaTest {

    private static final Path SCHEMA = Schemas.file("ntm.check-report/1");
    private static final Path SEED = FormatsDocTest.DOCS.resolve("../ntm-core/src/test/resources/seed/ha-tinh-ntm-2024-report.txt");

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    private static List<Error> validate(JsonNode doc) throws IOException {
        return schema().validate(doc.toString(), InputFormat.JSON);
    }

    @Test
    void theSeedsCheckReportValidatesAgainstTheSchema() throws IOException {
        JsonNode doc = JsonOutputTest.json("check-report", SEED.toString());
        assertThat(validate(doc)).isEmpty();
        assertThat(doc.get("claims")).hasSizeGreaterThan(20);
        assertThat(doc.get("warnings")).isNotEmpty();
    }

    @Test
    void everyClaimKindAndWarningValidates(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, String.join("\n",
                "Toàn tỉnh có 69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%).",
                "Toàn tỉnh có 160 trong tổng số 178 xã đạt chuẩn, đạt gần 90%.",
                "Chỉ tiêu \"Có thêm 20 xã đạt chuẩn NTM nâng cao\": Có 15 xã đạt chuẩn (đạt 75%KH).",
                "Cả nước có 29.378 hợp tác xã. So với năm 2021, số hợp tác xã tăng 7% (tăng 2036 hợp tác xã).",
                "Giải ngân 411.626/593.139 triệu đồng (đạt 69,4% KH), trong đó vốn đầu tư 365.695/504.912 triệu đồng"
                        + " (đạt 72,43%); vốn sự nghiệp 45.931/88.228 triệu đồng (đạt 52,06%).",
                "Tổng vốn 1.000 tỷ đồng, trong đó: trung ương 600 tỷ đồng; tỉnh 450 tỷ đồng."));
        JsonNode doc = JsonOutputTest.json("check-report", report.toString());
        assertThat(doc.get("claims")).extracting(c -> c.get("kind").asText())
                .contains("RATIO", "SHARE_OF_WHOLE", "PLAN", "CHANGE");
        assertThat(doc.get("warnings")).hasSize(2);
        assertThat(validate(doc)).isEmpty();
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsCaught() throws IOException {
        JsonNode broken = JsonOutputTest.STRICT.readTree("{\"schema\":\"ntm.check-report/1\",\"claims\":"
                + "[{\"line\":0,\"kind\":\"GUESS\"}],\"warnings\":[{\"line\":1}],\"extra\":1}");
        List<Error> errors = validate(broken);
        // a line below 1, an unknown kind, missing fields, a warning of neither shape, an undeclared field
        assertThat(errors).extracting(Error::getKeyword)
                .contains("minimum", "enum", "required", "oneOf", "additionalProperties");
        JsonNode badNumber = JsonOutputTest.STRICT.readTree("{\"schema\":\"ntm.check-report/1\",\"claims\":[{\"line\":1,"
                + "\"kind\":\"RATIO\",\"hedge\":\"EXACT\",\"text\":\"a\",\"numerator\":\"1.205\",\"denominator\":\"1,512\","
                + "\"printed\":\"79.9\",\"recomputed\":\"79.7\",\"status\":\"mismatch\"}],\"warnings\":[]}");
        // a decimal is plain ('.' decimal point, no grouping): "1,512" is not one
        assertThat(validate(badNumber)).extracting(Error::getKeyword).containsExactly("pattern");
    }
}
