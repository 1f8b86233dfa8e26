package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.criteria2026.CommuneGroups.Precedence;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loader for a transcription of appendix I, exercised with a MADE-UP table
 * ({@code MADE-UP-appendix-i.json}: invented texts and values, never the real appendix).
 */
class AppendixOneTableTest {

    private static final String MADE_UP = "MADE-UP-appendix-i.json";

    private static String madeUpText() throws IOException {
        try (InputStream in = AppendixOneTableTest.class.getResourceAsStream(MADE_UP)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CriteriaSet madeUpSet() throws IOException {
        return NationalCriteria2026.withOfficialTable(new StringReader(madeUpText()), MADE_UP);
    }

    @Test
    void theMadeUpTableLoadsInOneCallAndSaysItIsMadeUp() throws IOException {
        CriteriaSet set = madeUpSet();
        assertThat(set.indicators().get(NationalCriteria2026.COMMUNE_NTM)).hasSize(47);
        assertThat(set.standard(NationalCriteria2026.COMMUNE_NTM).orElseThrow().provenance().document())
                .startsWith("MADE-UP TEST TABLE");
        assertThat(set.indicators().get(NationalCriteria2026.COMMUNE_NTM).get("1.1").rules()).hasSize(3);
        assertThat(NationalCriteria2026.criteriaSet().indicators().get(NationalCriteria2026.COMMUNE_NTM))
                .as("the shipped set is unchanged").hasSize(10);
    }

    @Test
    void thresholdsAreChosenByTheDerivedGroupAndTheTraceShowsIt() throws IOException {
        CommuneGroups.Assignment groups = CommuneGroups.classify(Fixtures2026.snapshot(), Map.of(
                "1", GroupFacts.of(Area.AREA_III, Fact.NO, Fact.NO, Fraction.of(1, 2), "t"),
                "2", GroupFacts.of(Area.NOT_IN_AREA, Fact.YES, Fact.NO, Fraction.of(1, 2), "t")),
                Precedence.AREA_FIRST);
        DataSource source = DataSource.of("test", "made-up");
        Dataset data = Dataset.builder()
                .add(Observation.of("1", "1.1", 2026, Value.Ratio.of(75, 100), source))
                .add(Observation.of("2", "1.1", 2026, Value.Ratio.of(75, 100), source))
                .add(Observation.of("3", "1.1", 2026, Value.Ratio.of(75, 100), source)).build();
        Evaluation e = Fixtures2026.evaluate(madeUpSet(), groups.snapshot(), data);
        IndicatorTrace group3 = trace(e, "1");
        assertThat(group3.verdict()).as("75% ≥ 70 (made-up group 3)").isEqualTo(Verdict.MET);
        assertThat(group3.choice().orElseThrow().read()).containsEntry("commune-group-2026-2030", "3");
        IndicatorTrace group1 = trace(e, "2");
        assertThat(group1.verdict()).as("75% < 90 (made-up group 1)").isEqualTo(Verdict.NOT_MET);
        assertThat(trace(e, "3").verdict()).as("no group: no threshold chosen").isEqualTo(Verdict.NOT_ASSESSED);
    }

    private static IndicatorTrace trace(Evaluation e, String unit) {
        return e.result(unit, NationalCriteria2026.COMMUNE_NTM).orElseThrow().criterion("1").orElseThrow()
                .indicators().stream().filter(t -> t.indicator().equals("1.1")).findFirst().orElseThrow();
    }

    private static String broken(java.util.function.Consumer<ArrayNode> change) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(madeUpText());
        change.accept((ArrayNode) root.get("indicators"));
        return mapper.writeValueAsString(root);
    }

    @Test
    void anIncompleteTableIsRefusedNamingTheIndicator() throws IOException {
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(a -> a.remove(46))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("47 indicators; this table has 46");
        // a table short of 2.3 names it, with the count of every criterion
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(a -> a.remove(7))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("this table has 46 (by criterion 1: ")
                .hasMessageContaining("2.3 missing from its numbering");
        // every indicator lacking a group's value is named, with the groups, in one error
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(a -> {
            ((ObjectNode) a.get(7).get("values")).remove("2");
            ((ObjectNode) a.get(7).get("values")).remove("3");
            ((ObjectNode) a.get(0).get("values")).remove("1");
        })), "t.json")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("criterion 1, indicator 1.1: no value for group 1")
                .hasMessageContaining("criterion 2, indicator 2.3: no value for group 2, 3");
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(
                a -> ((ObjectNode) a.get(7).get("values")).remove("2"))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("2.3")
                .hasMessageContaining("no value for group 2").hasMessageContaining("t.json");
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(
                a -> ((ObjectNode) a.get(0)).remove("sourceLine"))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("indicator 1.1")
                .hasMessageContaining("sourceLine");
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(
                a -> ((ObjectNode) a.get(1)).put("code", "1.1"))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(
                a -> ((ObjectNode) a.get(0)).put("criterion", "11"))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not one of 1 to 10");
        assertThatThrownBy(() -> AppendixOneTable.read(new StringReader(broken(
                a -> ((ObjectNode) a.get(0).get("values")).put("1", "chín mươi"))), "t.json"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not a number");
    }
}
