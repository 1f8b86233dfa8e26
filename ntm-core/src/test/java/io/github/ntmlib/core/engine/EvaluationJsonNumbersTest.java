package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.report.io.EvaluationJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, found by auditing the JSON readers for numbers converted outside the bounded path:
 * an evaluation document's counts and shares are numbers; text, fractions or numbers beyond an
 * int are typed errors, never a silent 0 or a truncated count.
 */
class EvaluationJsonNumbersTest {

    private static String written() {
        Evaluation e = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED), SmallSet.snapshot(), Dataset.builder().build(), StatusRegister.empty());
        StringWriter out = new StringWriter();
        EvaluationJson.write(e, out);
        return out.toString();
    }

    private static Evaluation read(String json) {
        return EvaluationJson.read(new StringReader(json), "e.json", SmallSet.set(), SmallSet.snapshot());
    }

    /** The document with the first value of a field replaced. */
    private static String replaced(String json, String field, String value) {
        Matcher m = Pattern.compile("\"" + field + "\":[^,}\\]]+").matcher(json);
        assertThat(m.find()).as(field + " is written").isTrue();
        return json.substring(0, m.start()) + "\"" + field + "\":" + value + json.substring(m.end());
    }

    /**
     * The streamed writer's text is the canonical compact form of its own tree: parsing it and
     * writing the tree whole gives the same characters (numbers exact, scale kept).
     */
    @Test
    void theStreamedTextIsTheWholeTreesText() throws Exception {
        Dataset data = Dataset.builder().add(EngineExampleTest.ratio("1", "3.1", 75, 100))
                .add(EngineExampleTest.ratio("3", "3.1", 85, 100)).build();
        for (Evaluation e : List.of(Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024,
                CountingMode.COMPUTED), SmallSet.snapshot(), data, StatusRegister.empty()),
                Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL),
                        SmallSet.snapshot(), Dataset.empty(), StatusRegister.empty()))) {
            StringWriter out = new StringWriter();
            EvaluationJson.write(e, out);
            com.fasterxml.jackson.databind.ObjectMapper pretty = new com.fasterxml.jackson.databind.ObjectMapper()
                    .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            com.fasterxml.jackson.databind.JsonNode tree = pretty.readTree(out.toString());
            assertThat(out.toString()).isEqualTo(pretty.writeValueAsString(tree));
            assertThat(tree.get("units").size()).isEqualTo(e.units().size());
            assertThat(read(out.toString())).isEqualTo(e);
        }
    }

    @Test
    void theWrittenDocumentReadsBack() {
        String json = written();
        assertThat(read(json)).isNotNull();
        assertThat(json).contains("\"total\":").contains("\"needed\":").contains("\"percent\":");
    }

    @Test
    void aggregateCountsAreWholeNumbersWithinRange() {
        String json = written();
        for (String field : List.of("total", "needed")) {
            for (String value : List.of("\"3\"", "\"x\"", "4294967297", "1e40", "2.5", "-1", "true")) {
                assertThatThrownBy(() -> read(replaced(json, field, value))).as(field + " = " + value)
                        .isInstanceOf(InvalidDataException.class).hasMessageContaining("e.json")
                        .hasMessageContaining(field);
            }
        }
    }

    @Test
    void aggregateSharesAreNumbers() {
        String json = written();
        for (String value : List.of("\"x\"", "\"40\"", "true")) {
            assertThatThrownBy(() -> read(replaced(json, "percent", value))).as("percent = " + value)
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("e.json")
                    .hasMessageContaining("percent");
        }
    }

    @Test
    void everyErrorNamesTheFileNeverTheApi() {
        // issue 20: errors of restored values named <api>, not the file read
        String json = written();
        int thrown = 0;
        for (String field : List.of("unit", "standard", "criterion", "verdict", "required", "percent", "total")) {
            for (String value : List.of("\"zz\"", "\"\"", "null", "0e-999999999", "1e999999999", "0E+2147483647")) {
                if (!json.contains("\"" + field + "\":")) {
                    continue;
                }
                try {
                    read(replaced(json, field, value));
                } catch (InvalidDataException e) {
                    thrown++;
                    assertThat(e.getMessage()).as(field + " = " + value).startsWith("e.json").doesNotContain("<api>");
                    assertThat(e.position().source()).isEqualTo("e.json");
                }
            }
        }
        assertThat(thrown).isGreaterThan(20);
    }
}
