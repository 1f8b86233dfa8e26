package io.github.ntmlib.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Data as values: an observation measured within its own year, a recorded completion that is a
 * range, counts that are never negative, quantities and shares equal (and hashed alike) whatever
 * the scale they are written at, and the latest status step of a unit.
 */
class DataValuesTest {

    private static final DataSource SRC = new DataSource("UBND xã", "BC 12", SourcePosition.of("data.csv", 2));
    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);

    @Test
    void anObservationIsMeasuredWithinItsYear() {
        Observation o = Observation.of("1", "3.1", 2024, Value.Ratio.of(4, 5), SRC, Optional.of(DAY));
        assertThat(o.asOf()).contains(DAY);
        assertThat(Observation.of("1", "3.1", 2024, Value.Ratio.of(4, 5), SRC).asOf()).isEmpty();
        assertThatThrownBy(() -> Observation.of("1", "3.1", 2024, Value.Ratio.of(4, 5), SRC,
                Optional.of(DAY.plusDays(1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of 2024 measured on 2025-01-01, outside its year");
    }

    @Test
    void observationsAreEqualForTheSameUnitIndicatorYearValueSourceAndDate() {
        Observation o = Observation.of("1", "3.1", 2024, Value.Ratio.of(4, 5), SRC, Optional.of(DAY));
        Observation same = Observation.of("1", "3.1", 2024, Value.Ratio.of(4, 5), SRC, Optional.of(DAY));
        assertThat(o).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(o).isNotEqualTo("o")
                .isNotEqualTo(Observation.of("2", "3.1", 2024, Value.Ratio.of(4, 5), SRC, Optional.of(DAY)))
                .isNotEqualTo(Observation.of("1", "3.2", 2024, Value.Ratio.of(4, 5), SRC, Optional.of(DAY)))
                .isNotEqualTo(Observation.of("1", "3.1", 2024, Value.Ratio.of(3, 5), SRC, Optional.of(DAY)))
                .isNotEqualTo(Observation.of("1", "3.1", 2024, Value.Ratio.of(4, 5), SRC));
        assertThat(o.toString()).contains("1").contains("3.1").contains("2024");
    }

    @Test
    void aRecordedCompletionIsARangeFromLowToHigh() {
        RecordedOutcome range = RecordedOutcome.of("1", "ntm", "17", Assessment.BASICALLY_MET,
                Optional.of(new BigDecimal("80")), Optional.of(new BigDecimal("90")), DAY, SRC);
        assertThat(RecordedOutcome.of("1", "ntm", "17", Assessment.BASICALLY_MET, Optional.of(new BigDecimal("80")),
                Optional.of(new BigDecimal("80")), DAY, SRC).completionHigh()).contains(new BigDecimal("80"));
        assertThatThrownBy(() -> RecordedOutcome.of("1", "ntm", "17", Assessment.BASICALLY_MET,
                Optional.of(new BigDecimal("90")), Optional.of(new BigDecimal("80")), DAY, SRC))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("completion 90-80% is not a range");
        RecordedOutcome same = RecordedOutcome.of("1", "ntm", "17", Assessment.BASICALLY_MET,
                Optional.of(new BigDecimal("80")), Optional.of(new BigDecimal("90")), DAY, SRC);
        assertThat(range).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(range).isNotEqualTo("range")
                .isNotEqualTo(RecordedOutcome.of("1", "ntm", "17", Assessment.MET, DAY, SRC))
                .isNotEqualTo(RecordedOutcome.of("1", "ntm", "17", Assessment.BASICALLY_MET,
                        Optional.of(new BigDecimal("80")), Optional.of(new BigDecimal("90")), DAY.minusDays(1), SRC));
        assertThat(range.toString()).contains("17").contains("BASICALLY_MET");
    }

    @Test
    void countsAreNeverNegative() {
        assertThat(new Value.Count(0).count()).isZero();
        assertThatThrownBy(() -> new Value.Count(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative: -1");
    }

    @Test
    void equalQuantitiesAndSharesHashAlikeWhateverTheirScale() {
        Value.Quantity five = new Value.Quantity(new BigDecimal("5.0"), "km");
        assertThat(five).isEqualTo(new Value.Quantity(new BigDecimal("5.00"), "km"))
                .hasSameHashCodeAs(new Value.Quantity(new BigDecimal("5.00"), "km"));
        assertThat(five.hashCode()).isNotEqualTo(new Value.Quantity(new BigDecimal("5"), "m").hashCode())
                .isNotEqualTo(new Value.Quantity(new BigDecimal("6"), "km").hashCode());
        Value.Ratio r = new Value.Ratio(new BigDecimal("4.0"), new BigDecimal("5"));
        assertThat(r).hasSameHashCodeAs(new Value.Ratio(new BigDecimal("4"), new BigDecimal("5.00")));
        assertThat(r.hashCode()).isNotEqualTo(new Value.Ratio(new BigDecimal("5"), new BigDecimal("4")).hashCode())
                .isNotEqualTo(new Value.Ratio(new BigDecimal("4"), new BigDecimal("6")).hashCode());
    }

    @Test
    void theLatestStepOfAUnitIsItsLastBeforeTheDate() {
        Snapshot s = Snapshot.of(LocalDate.of(2022, 1, 1), List.of(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE,
                null, LocalDate.of(2022, 1, 1))));
        StatusEvent first = StatusEvent.recognised("42", "ntm", LocalDate.of(2022, 6, 1), "QĐ 1", "TTg");
        StatusEvent second = StatusEvent.recognised("42", "ntm", LocalDate.of(2023, 6, 1), "QĐ 2", "TTg");
        StatusRegister register = StatusRegister.of(List.of(second, first));
        assertThat(register.latest(s, "42", "ntm", DAY)).contains(second);
        assertThat(register.latest(s, "42", "ntm", LocalDate.of(2022, 12, 31))).contains(first);
        assertThat(register.latest(s, "42", "ntm", LocalDate.of(2022, 5, 31))).isEmpty();
    }
}
