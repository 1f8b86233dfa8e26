package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.EvaluationComparison;
import io.github.ntmlib.core.report.io.ComparisonJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ntm.comparison/1 of Hà Tĩnh across its reorganisations: read back equal, and refused when wrong. */
class ComparisonJsonTest {

    private static final EvaluationComparison HA_TINH = EvaluationComparison.of(
            ComparisonAcrossReorganisationTest.before(), ComparisonAcrossReorganisationTest.after(), GsoLists.haTinh())
            .withShareTarget("commune-ntm", Fraction.of(4, 5)).withCountTarget("commune-ntm", 1);
    private static final String TEXT = write(HA_TINH);

    private static String write(EvaluationComparison c) {
        StringWriter out = new StringWriter();
        ComparisonJson.write(c, out);
        return out.toString();
    }

    private static ComparisonSeries read(String json) {
        return ComparisonJson.read(new StringReader(json), "cmp.json");
    }

    @Test
    void aComparisonAcrossTheReorganisationReadsBackEqualAndWritesTheSameText() {
        ComparisonSeries back = read(TEXT);
        assertThat(back.steps()).containsExactly(HA_TINH);
        assertThat(ComparisonJson.toString(back) + System.lineSeparator()).isEqualToIgnoringNewLines(TEXT);
        assertThat(TEXT).startsWith("{\n  \"schema\" : \"ntm.comparison/1\"");
    }

    private static void refused(String json, String... fragments) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidDataException.class).hasMessageContaining("cmp.json")
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    @Test
    void wrongDocumentsAreRefusedNamingTheFieldAndLine() {
        refused(TEXT.replace("ntm.comparison/1", "ntm.comparison/9"), "schema", "ntm.comparison/9");
        refused(TEXT.replaceFirst("\"counting\" :", "\"countin\" :"), "countin");
        refused(TEXT.replaceFirst("\"counting\" : \"OFFICIAL\"", "\"counting\" : \"SOMETIMES\""), "SOMETIMES");
        refused(TEXT.replaceFirst("\"asOf\" : \"2024-12-31\"", "\"asOf\" : \"31/12/2024\""), "asOf", "not a date");
        refused(TEXT.replaceFirst("\"dataYear\" : 2024", "\"dataYear\" : \"2024\""), "dataYear", "whole number");
        refused(TEXT.replaceFirst("\"before\" : 4,", "\"before\" : 5,"), "before", "the groups give 4");
        refused(TEXT.replaceFirst("\"kind\" : \"MIXED\"", "\"kind\" : \"KEPT\""), "kind", "the groups give MIXED");
        refused(TEXT.replaceFirst("\"share\" : \"full\"", "\"share\" : \"half\""), "share", "full or partial");
        refused(TEXT.replaceFirst("\"numerator\" : \"4\"", "\"numerator\" : \"four\""), "whole numbers");
        refused(TEXT.replaceFirst("\"denominator\" : \"5\"", "\"denominator\" : \"0\""), "above 0");
        refused(TEXT.replaceFirst("\"reached\" : false", "\"reached\" : true"), "reached");
        refused(TEXT.replaceFirst("\"reached\" : false", "\"reached\" : \"no\""), "true or false");
        refused(TEXT.replaceFirst("\"required\" : 48", "\"required\" : 47"), "needs 48");
        refused(TEXT.replaceFirst("\"steps\" : \\[", "\"steps\" : {\"a\": ["), "steps");
        refused(TEXT.replaceFirst("\"standing\" : \"HELD\"", "\"standing\" : 1"), "standing", "a string");
        refused(TEXT.replaceFirst("\"standards\" : \\[", "\"standards\" : 3, \"x\": ["), "unknown field");
        refused(TEXT.replaceFirst("\"onlyLater\" : \\[ \\]", "\"onlyLater\" : 3"), "onlyLater", "an array");
        refused("[]", "an object");
        refused("{\"schema\": \"ntm.comparison/1\", \"steps\": []}", "at least one step");
        refused(TEXT.replaceFirst("\"vi\" : \"Xã NTM\"", "\"vi\" : \"\""), "labels");
        refused(TEXT.replaceFirst("\"onlyEarlier\" : \\[ \\]", "\"onlyEarlier\" : [ {\"standard\": \"a\", \"labels\": "
                + "{\"vi\": \"A\", \"en\": \"A\"}}, {\"standard\": \"a\", \"labels\": {\"vi\": \"A\", \"en\": \"A\"}} ]"),
                "listed twice");
        refused(TEXT.replaceFirst("\"criteria\" : \\[ \\]", "\"criteria\" : [ {\"unitBefore\": \"x\", \"unitAfter\": \"y\","
                + " \"criterion\": \"1\", \"before\": \"MET\", \"after\": \"MET\"} ]"), "did not change");
    }

    @Test
    void aSeriesReadsBackEqual() {
        ComparisonSeries series = ComparisonSeries.of(List.of(ComparisonAcrossReorganisationTest.before(),
                ComparisonAcrossReorganisationTest.evaluate(java.time.LocalDate.of(2025, 3, 31), List.of()),
                ComparisonAcrossReorganisationTest.after()), GsoLists.haTinh());
        StringWriter out = new StringWriter();
        ComparisonJson.write(series, out);
        assertThat(read(out.toString())).isEqualTo(series);
        assertThat(ComparisonJson.tree(series).get("steps")).hasSize(2);
    }
}
