package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.base.Fraction;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of ntm's JSON documents, in their one place: the schema first, decimals as plain
 * strings (never an exponent), money as exact integers beyond 2^53, fractions in lowest terms with
 * their finite decimal or null, missing values null, the command's indented layout.
 */
class ExactJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aDocumentStartsWithItsSchemaAndIsIndentedAsTheCommandPrintsIt() {
        ExactJson.Obj d = ExactJson.document("ntm.test/1").put("date", LocalDate.of(2025, 7, 1)).put("count", 3)
                .put("valid", true).put("name", Optional.empty());
        d.array("items").object().put("code", "18409");
        assertThat(d.toJson()).isEqualTo("{\n  \"schema\" : \"ntm.test/1\",\n  \"date\" : \"2025-07-01\",\n"
                + "  \"count\" : 3,\n  \"valid\" : true,\n  \"name\" : null,\n  \"items\" : [ {\n"
                + "    \"code\" : \"18409\"\n  } ]\n}".replace("\n", System.lineSeparator()));
        StringWriter out = new StringWriter();
        d.write(out);
        assertThat(out.toString()).isEqualTo(d.toJson() + System.lineSeparator());
    }

    @Test
    void decimalsArePlainStringsWithTheirScale() {
        assertThat(ExactJson.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ExactJson.decimal(new BigDecimal("40.80"))).isEqualTo("40.80");
        assertThat(ExactJson.decimal(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(ExactJson.document("ntm.test/1").decimal("points", new BigDecimal("9.5E1")).toJson())
                .contains("\"points\" : \"95\"");
    }

    @Test
    void fractionsAreInLowestTermsWithTheirFiniteDecimalOrNull() throws Exception {
        ExactJson.Obj d = ExactJson.document("ntm.test/1");
        d.fraction("third", Fraction.of(2, 6)).put("rounded", "0.33");
        d.fraction("half", Fraction.of(3, 6));
        d.fraction("big", Fraction.of(BigInteger.TEN.pow(30), BigInteger.valueOf(4)));
        JsonNode n = MAPPER.readTree(d.toJson());
        assertThat(n.get("third").toString()).isEqualTo("{\"numerator\":\"1\",\"denominator\":\"3\",\"exact\":null,"
                + "\"rounded\":\"0.33\"}");
        assertThat(n.get("half").get("exact").asText()).isEqualTo("0.5");
        assertThat(n.get("big").get("numerator").asText()).isEqualTo("25" + "0".repeat(28));
        assertThat(n.get("big").get("denominator").asText()).isEqualTo("1");
    }

    @Test
    void moneyIsAnExactIntegerAlsoBeyondWhatADoubleHolds() {
        qt().forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(dong -> {
            JsonNode n = read(ExactJson.document("ntm.test/1").put("amount", dong).toJson());
            assertThat(n.get("amount").isIntegralNumber()).isTrue();
            assertThat(n.get("amount").bigIntegerValue()).isEqualTo(BigInteger.valueOf(dong));
        });
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
