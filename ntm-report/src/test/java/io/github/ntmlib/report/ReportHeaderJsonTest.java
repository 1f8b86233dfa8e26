package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ntmlib.base.InvalidDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header file: read strictly, every error naming the file and the field; its schema agrees. */
class ReportHeaderJsonTest {

    static final String VALID = """
            {"schema": "ntm.report-header/1", "issuer": "UBND TỈNH HÀ TĨNH", "number": "123/BC-UBND",
             "place": "Hà Tĩnh", "date": "2026-12-05", "title": "BÁO CÁO Kết quả xây dựng nông thôn mới năm 2026",
             "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"}}
            """;

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("../docs/schemas/report-header-1.schema.json")), InputFormat.JSON);

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aValidFileIsReadAndValidatesAgainstTheSchema(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("header.json");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);
        OfficialHeader h = ReportHeaderJson.read(file);
        assertThat(h).isEqualTo(new OfficialHeader("UBND TỈNH HÀ TĨNH", "123/BC-UBND", "Hà Tĩnh",
                LocalDate.of(2026, 12, 5), "BÁO CÁO Kết quả xây dựng nông thôn mới năm 2026", "CHỦ TỊCH", "Nguyễn Văn A"));
        assertThat(SCHEMA.validate(VALID, InputFormat.JSON)).isEmpty();
    }

    @Test
    void theDocumentedExampleIsReadAndValidates() {
        Path example = Path.of("../docs/examples/report-header.json");
        assertThat(ReportHeaderJson.read(example).placeAndDate(io.github.ntmlib.base.Language.VIETNAMESE))
                .isEqualTo("Hà Tĩnh, ngày 05 tháng 12 năm 2026");
        assertThat(SCHEMA.validate(read(example), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field|\"issuer\": \"UBND TỈNH HÀ TĨNH\",|\"issuer\": \"UBND TỈNH HÀ TĨNH\", \"seal\": \"x\",|seal|true",
        "missing field|\"number\": \"123/BC-UBND\",||number|true",
        "bad date|2026-12-05|2026-02-30|date|false",
        "Vietnamese date|2026-12-05|05/12/2026|date|true",
        "date not a string|\"2026-12-05\"|20261205|date|true",
        "unknown signer field|\"name\": \"Nguyễn Văn A\"|\"name\": \"Nguyễn Văn A\", \"rank\": 1|signer.rank|true",
        "missing signer name|, \"name\": \"Nguyễn Văn A\"||signer.name|true",
        "blank title|BÁO CÁO Kết quả xây dựng nông thôn mới năm 2026|  |title|true",
        "other schema|ntm.report-header/1|ntm.report-header/2|schema|true",
    })
    void aBadFileIsATypedErrorNamingFileAndField(String name, String from, String to, String field,
            boolean schemaRefuses, @TempDir Path dir) throws IOException {
        String json = VALID.replace(from, to == null ? "" : to);
        assertThat(json).isNotEqualTo(VALID);
        Path file = dir.resolve("header.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportHeaderJson.read(file)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(((InvalidDataException) e).field()).contains(field));
        // a pattern cannot know calendars: 2026-02-30 is refused by the reader only
        assertThat(SCHEMA.validate(json, InputFormat.JSON).isEmpty()).as("the schema accepts it").isNotEqualTo(schemaRefuses);
    }

    @Test
    void notJsonADuplicateKeyOrNotAnObjectAreRefused() {
        for (String json : Map.of("not json", "{", "duplicate", VALID.replace("\"place\": \"Hà Tĩnh\",",
                "\"place\": \"Hà Tĩnh\", \"place\": \"Vinh\","), "array", "[]").values()) {
            assertThatThrownBy(() -> ReportHeaderJson.read(json, "h.json")).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("h.json");
        }
    }
}
