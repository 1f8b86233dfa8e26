package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.io.DataCsv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data read from CSV, and bad cells reported with file, line, unit and column. */
class DataCsvTest {

    private static final String HEAD = "unit,indicator,year,kind,value,part,whole,unit_of_measure,reporter,reference\n";

    @Test
    void readsValuesOutcomesAndStatuses() {
        List<Observation> obs = DataCsv.readObservations(new StringReader(HEAD
                + "1,3.1,2024,RATIO,,799,1000,,Sở NN&PTNT,BC 15\n"
                + "1,3.2,2024,FLAG,Đạt,,,,Sở NN&PTNT,BC 15\n"
                + "1,10.1,2024,QUANTITY,61.5,,,triệu đồng/người/năm,Cục Thống kê,\n"), "values.csv");
        assertThat(obs).extracting(Observation::value).containsExactly(new Value.Ratio(new BigDecimal("799"),
                new BigDecimal("1000")), new Value.Flag(true), new Value.Quantity(new BigDecimal("61.5"),
                "triệu đồng/người/năm"));
        assertThat(obs.get(1).source().position()).isEqualTo(SourcePosition.of("values.csv", 3));
        List<RecordedOutcome> outcomes = DataCsv.readOutcomes(new StringReader(
                "unit,standard,criterion,assessment,completion_low,completion_high,date,reporter,reference\n"
                        + "2,commune-ntm,3,cơ bản đạt,60,85,2024-11-01,Sở NN&PTNT,BC 15\n"), "outcomes.csv");
        assertThat(outcomes.get(0).assessment()).isEqualTo(Assessment.BASICALLY_MET);
        assertThat(outcomes.get(0).completionHigh()).contains(new BigDecimal("85"));
        List<StatusEvent> statuses = DataCsv.readStatuses(new StringReader(
                "unit,standard,step,date,decision,authority\n2,commune-ntm,RECOGNISED,2023-05-04,1234/QĐ-UBND,UBND tỉnh\n"),
                "register.csv");
        Evaluation e = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.OFFICIAL), SmallSet.snapshot(), Dataset.builder().addAll(obs).add(outcomes.get(0)).build(), StatusRegister.of(statuses));
        assertThat(e.result("1", "commune-ntm").orElseThrow().criterion("3").orElseThrow().explanation(Language.ENGLISH))
                .contains("799/1,000 = 79.9%");
        assertThat(e.result("2", "commune-ntm").orElseThrow().recognition().orElseThrow().decision())
                .isEqualTo("1234/QĐ-UBND");
    }

    @Test
    void badCellsNameFileLineUnitAndColumn() {
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.1,2024,RATIO,,5,0,,,\n"), "v.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("v.csv:2 [1] field 'whole'")
                .hasMessageContaining("denominator must be above 0");
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.1,2024,RATIO,,-5,10,,,\n"), "v.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + "1,10.1,2024,QUANTITY,\"61,5\",,,x,,\n"),
                "v.csv")).isInstanceOf(InvalidDataException.class).hasMessageContaining("v.csv:2 [1] field 'value'")
                .hasMessageContaining("no number style is declared");
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.2,2024,FLAG,maybe,,,,,\n"), "v.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not đạt / không đạt");
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.2,20x4,FLAG,đạt,,,,,\n"), "v.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("field 'year'");
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader("unit,indicator,kind\n"), "v.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("missing column 'year'");
        assertThatThrownBy(() -> DataCsv.readOutcomes(new StringReader(
                "unit,standard,criterion,assessment,date\n2,commune-ntm,3,gần đạt,2024-11-01\n"), "o.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("o.csv:2 [2] field 'assessment'");
    }

    /**
     * Issue 20: a value cell the row's kind does not read must be empty ("8.000/10.000/1" in
     * {@code value} beside a valid part and whole was accepted and silently dropped).
     */
    @Test
    void aValueCellTheKindDoesNotReadMustBeEmpty() {
        String[][] rows = {
            {"1,3.1,2024,RATIO,8.000/10.000/1,799,1000,,r,\n", "value"},
            {"1,3.1,2024,RATIO,,799,1000,%,r,\n", "unit_of_measure"},
            {"1,3.2,2024,FLAG,Đạt,1,,,r,\n", "part"},
            {"1,10.1,2024,QUANTITY,61.5,,2,triệu đồng,r,\n", "whole"},
            {"1,4.1,2024,COUNT,3,,,người,r,\n", "unit_of_measure"},
            {"1,4.2,2024,GRADE,A,2,,,r,\n", "part"},
        };
        for (String[] row : rows) {
            assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + row[0]), "values.csv"))
                    .as(row[0]).isInstanceOfSatisfying(InvalidDataException.class, e -> {
                        assertThat(e.position()).isEqualTo(SourcePosition.of("values.csv", 2));
                        assertThat(e.subject()).contains("1");
                        assertThat(e.field()).contains(row[1]);
                        assertThat(e.getMessage()).contains("must be empty");
                    });
        }
        assertThat(DataCsv.readObservations(new StringReader(HEAD + "1,4.1,2024,COUNT,3,,,,r,\n"
                + "1,10.1,2024,QUANTITY,61.5,,,triệu đồng,r,\n"), "values.csv")).hasSize(2);
    }

    @Test
    void numbersFollowTheDeclaredStyleAndAnAmbiguousOneIsNeverReadSilently() {
        String rows = "1,10.1,2024,QUANTITY,\"1.205\",,,m,,\n1,3.3,2024,COUNT,\"1.205\",,,,,\n";
        // issue 20: "1.205" in a single quantity used to pass silently as 1.205
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + rows), "v.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("v.csv:2 [1] field 'value'")
                .hasMessageContaining("'1.205' reads as a different number in vi-VN and in plain form");
        List<Observation> vi = DataCsv.readObservations(new StringReader("# number-style: vi\n" + HEAD + rows
                + "1,3.1,2024,RATIO,,\"61,5\",\"1.000\",,,\n"), "v.csv");
        assertThat(((Value.Quantity) vi.get(0).value()).amount()).isEqualByComparingTo("1205");
        assertThat(((Value.Count) vi.get(1).value()).count()).isEqualTo(1205);
        assertThat(vi.get(2).value()).isEqualTo(new Value.Ratio(new BigDecimal("61.5"), new BigDecimal("1000")));
        assertThat(vi.get(2).source().position().line()).isEqualTo(5);
        List<Observation> plain = DataCsv.readObservations(new StringReader(HEAD + rows.replace(
                "COUNT,\"1.205\"", "COUNT,1205")), "v.csv", NumberStyle.PLAIN);
        assertThat(((Value.Quantity) plain.get(0).value()).amount()).isEqualTo(new BigDecimal("1.205"));
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD + rows), "v.csv", NumberStyle.PLAIN))
                .hasMessageContaining("v.csv:3 [1] field 'value'").hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> DataCsv.readObservations(new StringReader(HEAD.replace(',', ';')
                + "1;10.1;2024;QUANTITY;1,5;;;m;;\n"), "v.csv", null))
                .hasMessageContaining("v.csv:2 [1] field 'value'").hasMessageContaining("--number-style");
        assertThat(DataCsv.readOutcomes(new StringReader("unit;standard;criterion;assessment;completion_low;date\n"
                + "2;commune-ntm;3;cơ bản đạt;62,5;2024-11-01\n"), "o.csv", NumberStyle.VI_VN).get(0).completionLow())
                .contains(new BigDecimal("62.5"));
    }
}
