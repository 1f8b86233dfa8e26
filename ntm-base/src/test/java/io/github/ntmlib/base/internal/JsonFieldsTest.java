package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.base.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * Typed access to JSON fields and to whole rule tables: a required field that is absent or null is
 * an error naming the file and the field's path, a wrong type is an error, never a default, and
 * numbers stay exact.
 */
class JsonFieldsTest {

    private static final JsonFields FIELDS = new JsonFields("plan.json");

    private static JsonNode tree(String json) {
        return StrictJson.read(StrictJson.MAPPER, new StringReader(json), "plan.json");
    }

    private static JsonFields.Node table(String json) {
        return JsonFields.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rules.json");
    }

    @Test
    void requiredFieldsAbsentOrNullAreErrorsNamingTheirPath() {
        JsonNode doc = tree("{\"name\": \"Hà Tĩnh\", \"gone\": null, \"n\": 3, \"blank\": \" \"}");
        assertThat(FIELDS.node(doc, "n", "$.").asInt()).isEqualTo(3);
        assertThat(FIELDS.text(doc, "name", "$.")).isEqualTo("Hà Tĩnh");
        assertThatThrownBy(() -> FIELDS.node(doc, "gone", "$.")).isInstanceOf(InvalidDataException.class)
                .hasMessage("plan.json:1 field '$.gone': required field is missing");
        assertThatThrownBy(() -> FIELDS.node(doc, "absent", "$.")).hasMessage("plan.json:1 field '$.absent': required field is missing");
        assertThatThrownBy(() -> FIELDS.text(doc, "n", "$.")).hasMessageEndingWith("a non-empty text is required");
        assertThatThrownBy(() -> FIELDS.text(doc, "blank", "$.")).hasMessageEndingWith("a non-empty text is required");
    }

    @Test
    void optionalTextsFallBackOnlyWhenAbsentOrNull() {
        JsonNode doc = tree("{\"a\": \"x\", \"b\": null}");
        assertThat(FIELDS.textOr(doc, "a", "dflt")).isEqualTo("x");
        assertThat(FIELDS.textOr(doc, "b", "dflt")).isEqualTo("dflt");
        assertThat(FIELDS.textOr(doc, "c", "dflt")).isEqualTo("dflt");
        assertThat(FIELDS.optionalText(doc, "a")).contains("x");
        assertThat(FIELDS.optionalText(doc, "b")).isEmpty();
        assertThat(FIELDS.optionalText(doc, "c")).isEmpty();
    }

    @Test
    void datesAreIsoOrAnError() {
        JsonNode doc = tree("{\"d\": \"2025-07-01\", \"bad\": \"01/07/2025\"}");
        assertThat(FIELDS.date(doc, "d", "$.")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> FIELDS.date(doc, "bad", "$."))
                .hasMessage("plan.json:1 field '$.bad': not an ISO date (yyyy-mm-dd): '01/07/2025'");
    }

    @Test
    void decimalsAreExactFromNumbersOrTextAndBounded() {
        String sixtyFour = "0".repeat(63) + "1";
        JsonNode doc = tree("{\"n\": 40.80, \"t\": \"12.50\", \"x\": \"1,5\", \"long\": \"" + sixtyFour + "\","
                + " \"longer\": \"0" + sixtyFour + "\", \"huge\": \"1e51\"}");
        assertThat(FIELDS.decimal(doc, "n", "$.")).isEqualTo(new BigDecimal("40.80")); // scale kept
        assertThat(FIELDS.decimal(doc, "t", "$.")).isEqualTo(new BigDecimal("12.50"));
        assertThat(FIELDS.decimal(doc, "long", "$.")).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> FIELDS.decimal(doc, "x", "$.")).hasMessageEndingWith("not a number: '1,5'");
        assertThatThrownBy(() -> FIELDS.decimal(doc, "longer", "$.")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> FIELDS.decimal(doc, "huge", "$.")).hasMessageContaining("exponent 51");
    }

    @Test
    void optionalWholeNumbers() {
        JsonNode doc = tree("{\"n\": 7, \"z\": null, \"f\": \"seven\"}");
        assertThat(FIELDS.optionalInt(doc, "n", "$.")).contains(7);
        assertThat(FIELDS.optionalInt(doc, "z", "$.")).isEmpty();
        assertThat(FIELDS.optionalInt(doc, "a", "$.")).isEmpty();
        assertThatThrownBy(() -> FIELDS.optionalInt(doc, "f", "$.")).hasMessageEndingWith("a whole number is required");
    }

    @Test
    void arraysRequiredOrOptional() {
        JsonNode doc = tree("{\"xs\": [1, 2], \"none\": null, \"obj\": {}}");
        assertThat(FIELDS.array(doc, "xs", "$.", true)).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(FIELDS.array(doc, "none", "$.", false)).isEmpty();
        assertThat(FIELDS.array(doc, "absent", "$.", false)).isEmpty();
        assertThatThrownBy(() -> FIELDS.array(doc, "none", "$.", true)).hasMessageEndingWith("required array is missing");
        assertThatThrownBy(() -> FIELDS.array(doc, "absent", "$.", true)).hasMessageEndingWith("required array is missing");
        assertThatThrownBy(() -> FIELDS.array(doc, "obj", "$.", false)).hasMessageEndingWith("an array is required");
    }

    private enum Level { PROVINCE, COMMUNE }

    @Test
    void enumValuesByExactName() {
        JsonNode doc = tree("{\"l\": \"COMMUNE\", \"x\": \"commune\"}");
        assertThat(FIELDS.enumValue(doc, "l", Level.class, "$.")).isEqualTo(Level.COMMUNE);
        assertThatThrownBy(() -> FIELDS.enumValue(doc, "x", Level.class, "$."))
                .hasMessageEndingWith("'commune' is not one of [PROVINCE, COMMUNE]");
    }

    // ---- whole tables: nodes that know their path ----

    @Test
    void aTableIsAJsonObjectThatExists() {
        assertThatThrownBy(() -> JsonFields.read(null, "missing.json")).isInstanceOf(InvalidDataException.class)
                .hasMessage("missing.json: the table cannot be found");
        assertThatThrownBy(() -> table("[1]")).isInstanceOf(InvalidDataException.class)
                .hasMessage("rules.json:1: the table is not a JSON object");
        InputStream failing = Failing.stream();
        assertThatThrownBy(() -> JsonFields.read(failing, "rules.json")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void nodesNameTheirPathInEveryError() {
        JsonFields.Node root = table("{\"laws\": [{\"year\": 2024, \"ok\": true, \"day\": \"09-30\","
                + " \"date\": \"2024-06-29\", \"rate\": 0.50, \"neg\": -1, \"lvl\": \"PROVINCE\", \"nil\": null}]}");
        assertThat(root.path()).isEqualTo("$");
        assertThat(root.position().toString()).isEqualTo("rules.json:1");
        JsonFields.Node law = root.get("laws").elements().get(0);
        assertThat(law.path()).isEqualTo("$.laws[0]");
        assertThat(law.get("year").integer()).isEqualTo(2024);
        assertThat(law.get("ok").bool()).isTrue();
        assertThat(law.get("day").monthDay()).isEqualTo(MonthDay.of(9, 30));
        assertThat(law.get("date").date()).isEqualTo(LocalDate.of(2024, 6, 29));
        assertThat(law.get("rate").nonNegative()).isEqualTo(new BigDecimal("0.50"));
        assertThat(law.get("lvl").constant(Level.class)).isEqualTo(Level.PROVINCE);
        assertThat(law.get("lvl").text()).isEqualTo("PROVINCE");
        assertThat(law.optional("year")).map(JsonFields.Node::path).contains("$.laws[0].year");
        assertThat(law.optional("nil")).isEmpty();
        assertThat(law.optional("none")).isEmpty();

        assertThatThrownBy(() -> law.get("nil")).isInstanceOf(InvalidDataException.class)
                .hasMessage("rules.json:1 field '$.laws[0].nil': required field is missing");
        assertThatThrownBy(() -> law.get("none")).hasMessage("rules.json:1 field '$.laws[0].none': required field is missing");
        assertThatThrownBy(() -> law.elements()).hasMessage("rules.json:1 field '$.laws[0]': must be an array");
        assertThatThrownBy(() -> law.get("ok").text()).hasMessageEndingWith("must be a non-blank string");
        assertThatThrownBy(() -> law.get("lvl").decimal()).hasMessageEndingWith("must be a number");
        assertThatThrownBy(() -> law.get("neg").nonNegative()).hasMessageEndingWith("must not be negative: '-1'");
        assertThatThrownBy(() -> law.get("year").bool()).hasMessageEndingWith("must be true or false");
        assertThatThrownBy(() -> law.get("rate").integer())
                .hasMessage("rules.json:1 field '$.laws[0].rate': must be a whole number");
        assertThatThrownBy(() -> law.get("lvl").date()).hasMessageEndingWith("must be an ISO date (yyyy-mm-dd): 'PROVINCE'");
        assertThatThrownBy(() -> law.get("date").monthDay()).hasMessageEndingWith("must be a month and day (MM-dd): '2024-06-29'");
        assertThatThrownBy(() -> law.get("day").constant(Level.class)).hasMessageEndingWith("unknown Level '09-30'");
        assertThat(law.error(io.github.ntmlib.base.Labels.of("vì sao", "why")).field()).contains("$.laws[0]");
    }

    @Test
    void falseAndZeroAreValuesNotDefaults() {
        JsonFields.Node root = table("{\"off\": false, \"zero\": 0, \"big\": 3000000000, \"empty\": [], \"blank\": \"\"}");
        assertThat(root.get("off").bool()).isFalse();
        assertThat(root.get("zero").integer()).isZero();
        assertThat(root.get("zero").nonNegative()).isZero();
        assertThat(root.get("empty").elements()).isEmpty();
        assertThatThrownBy(() -> root.get("big").integer()).hasMessageEndingWith("must be a whole number");
        assertThatThrownBy(() -> root.get("blank").text()).hasMessageEndingWith("must be a non-blank string");
    }
}
