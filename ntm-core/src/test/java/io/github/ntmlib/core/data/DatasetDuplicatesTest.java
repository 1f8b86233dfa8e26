package io.github.ntmlib.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A row repeated on another line is one fact; two different facts for one key are a conflict. */
class DatasetDuplicatesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 1);

    private static DataSource line(int line) {
        return new DataSource("Sở NN&PTNT", "BC 12/2024", SourcePosition.of("data.csv", line));
    }

    @Test
    void fivePointZeroAndFivePointZeroZeroAreOneValue() {
        Value a = new Value.Quantity(new BigDecimal("5.0"), "km");
        Value b = new Value.Quantity(new BigDecimal("5.00"), "km");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Value.Quantity(new BigDecimal("5.0"), "m"));
        assertThat(a).isNotEqualTo(new Value.Quantity(new BigDecimal("5.01"), "km"));
        Dataset data = Dataset.builder()
                .add(Observation.of("1", "2.1", 2024, a, line(2)))
                .add(Observation.of("1", "2.1", 2024, b, line(3)))
                .build();
        assertThat(data.observations()).hasSize(1);
    }

    @Test
    void ratiosKeepTheirPartsButNotTheirWrittenScale() {
        Value.Ratio a = new Value.Ratio(new BigDecimal("69.0"), new BigDecimal("169"));
        Value.Ratio b = Value.Ratio.of(69, 169);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Value.Ratio.of(1, 2)).isNotEqualTo(Value.Ratio.of(2, 4));
        assertThat(Value.Ratio.of(1, 2).toFraction()).isEqualTo(Value.Ratio.of(2, 4).toFraction());
    }

    @Test
    void differentValuesForOneIndicatorAndYearAreRefusedNamingBothLines() {
        Dataset.Builder builder = Dataset.builder()
                .add(Observation.of("1", "2.1", 2024, new Value.Quantity(new BigDecimal("5"), "km"), line(2)));
        assertThatThrownBy(() -> builder.add(Observation.of("1", "2.1", 2024,
                new Value.Quantity(new BigDecimal("6"), "km"), line(7))))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("data.csv:7")
                .hasMessageContaining("data.csv:2");
    }

    @Test
    void anIdenticalOutcomeRowOnAnotherLineIsAcceptedOnce() {
        RecordedOutcome first = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.MET, DAY, line(2));
        RecordedOutcome again = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.MET, DAY, line(9));
        Dataset data = Dataset.builder().add(first).add(again).build();
        assertThat(data.outcomes()).hasSize(1);
        RecordedOutcome ranged = first.withCompletion(new BigDecimal("60"), new BigDecimal("85"));
        RecordedOutcome rangedAgain = again.withCompletion(new BigDecimal("60.0"), new BigDecimal("85"));
        assertThat(Dataset.builder().add(ranged).add(rangedAgain).build().outcomes()).hasSize(1);
    }

    @Test
    void conflictingOutcomesOnOneDateAreRefused() {
        RecordedOutcome met = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.MET, DAY, line(2));
        RecordedOutcome notMet = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.NOT_MET, DAY, line(5));
        assertThatThrownBy(() -> Dataset.builder().add(met).add(notMet))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("data.csv:5");
        RecordedOutcome otherRange = met.withCompletion(new BigDecimal("60"), new BigDecimal("85"));
        assertThatThrownBy(() -> Dataset.builder().add(met).add(otherRange)).isInstanceOf(InvalidDataException.class);
    }

    /** Outcomes in bulk are taken as one by one: the same row once, a conflicting one refused naming both lines. */
    @Test
    void outcomesInBulkFollowTheRulesOfOneByOne() {
        RecordedOutcome first = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.MET, DAY, line(2));
        RecordedOutcome again = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.MET, DAY, line(9));
        RecordedOutcome other = RecordedOutcome.of("1", "commune-ntm", "4", Assessment.NOT_MET, DAY, line(3));
        Dataset bulk = Dataset.builder().addAllOutcomes(java.util.List.of(first, again, other)).build();
        assertThat(bulk.outcomes()).containsExactlyInAnyOrder(first, other);
        assertThat(bulk.outcomes()).isEqualTo(Dataset.builder().add(first).add(again).add(other).build().outcomes());
        RecordedOutcome conflict = RecordedOutcome.of("1", "commune-ntm", "3", Assessment.NOT_MET, DAY, line(7));
        assertThatThrownBy(() -> Dataset.builder().addAllOutcomes(java.util.List.of(first, conflict)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("two outcomes recorded on")
                .hasMessageContaining("7");
    }
}
