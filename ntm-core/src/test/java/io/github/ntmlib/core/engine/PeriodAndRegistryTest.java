package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.registry.CriteriaChoice;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Period;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationTable;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Periods (data years, accepted dates, transitions), the registry's choice, classification tables. */
class PeriodAndRegistryTest {

    private static final Provenance TEST = Provenance.of("Test decision 1/QĐ", "Điều 1");
    private static final Period OLD = Period.of(2021, 2025, LocalDate.of(2022, 3, 8), LocalDate.of(2026, 2, 14))
            .with(new Period.Transition(2025, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 12, 31),
                    "2025 results are recognised in 2026", TEST));
    private static final Period NEW = Period.of(2026, 2030, LocalDate.of(2026, 2, 15), LocalDate.of(2030, 12, 31));

    private static CriteriaSet set(String id, Period period) {
        return CriteriaSet.builder(id).labels(Labels.of(id, id)).validity(period.acceptedFrom(),
                        period.acceptedUntil()).provenance(TEST).period(period)
                        .standard(SmallSet.set().standards().get(0)).build();
    }

    @Test
    void aPeriodCoversItsYearsOnItsDatesAndTransitionsOnlyForTheirYear() {
        assertThat(OLD.covers(2024, LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(OLD.covers(2025, LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(OLD.covers(2024, LocalDate.of(2026, 3, 1))).as("the transition is for 2025 only").isFalse();
        assertThat(OLD.covers(2025, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(OLD.covers(2026, LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(OLD.explain(2024, LocalDate.of(2026, 3, 1))).contains("no transitional rule covers data year 2024");
        assertThat(OLD.overlaps(NEW)).isFalse();
        assertThat(NEW.overlaps(Period.of(2030, 2031, LocalDate.of(2030, 6, 1), LocalDate.of(2031, 12, 31)))).isTrue();
        assertThatThrownBy(() -> Period.of(2026, 2025, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NEW.with(new Period.Transition(2025, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 2, 1), "x", TEST))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the period's data years");
    }

    @Test
    void overlapIsSymmetricAndMeansACommonRequest() {
        qt().withExamples(300).forAll(integers().between(2020, 2032), integers().between(0, 3),
                integers().between(2020, 2032), integers().between(0, 3)).checkAssert((y1, n1, y2, n2) -> {
                    Period a = Period.of(y1, y1 + n1, LocalDate.of(y1, 1, 1), LocalDate.of(y1 + n1, 12, 31));
                    Period b = Period.of(y2, y2 + n2, LocalDate.of(y2, 1, 1), LocalDate.of(y2 + n2, 12, 31));
                    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
                    boolean common = false;
                    for (int y = 2020; y <= 2035; y++) {
                        LocalDate d = LocalDate.of(y, 12, 31);
                        common |= a.covers(y, d) && b.covers(y, d);
                    }
                    assertThat(a.overlaps(b)).isEqualTo(common);
                });
    }

    @Test
    void theRegistryPicksByDataYearAndDateAndSaysWhy() {
        CriteriaSet old = set("old", OLD);
        CriteriaSet fresh = set("new", NEW);
        CriteriaRegistry registry = CriteriaRegistry.of(List.of(old, fresh));
        CriteriaChoice c2024 = registry.pick(2024, LocalDate.of(2024, 12, 31));
        assertThat(c2024.set()).isSameAs(old);
        assertThat(c2024.plugin()).isEqualTo("given");
        assertThat(registry.pick(2025, LocalDate.of(2026, 3, 1)).reason()).contains("transitional rule",
                "2025 results are recognised in 2026");
        assertThat(registry.pick(2026, LocalDate.of(2026, 3, 1)).set()).isSameAs(fresh);
        assertThat(registry.forDataYear(2030)).isSameAs(fresh);
        assertThatThrownBy(() -> registry.pick(2024, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("old: the evaluation date")
                .hasMessageContaining("new: data year 2024 is outside");
        assertThatThrownBy(() -> registry.forDataYear(2019)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> CriteriaRegistry.of(List.of(old, set("again", OLD))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("old").hasMessageContaining("again");
    }

    @Test
    void aClassificationTableFillsOnlyUnitsWithoutAValueAndOnlySnapshotsOfItsSpan() {
        LocalDate d = LocalDate.of(2025, 3, 1);
        Snapshot s = Snapshot.of(d, List.of(AdminUnit.of("42", "Tỉnh Thử", UnitKind.PROVINCE, null, d),
                AdminUnit.of("40", "Tỉnh Khác", UnitKind.PROVINCE, null, d)
                        .withClassification(TestSchemes.REGION, "TAY_NGUYEN")));
        ClassificationTable table = ClassificationTable.of(TestSchemes.REGION, LocalDate.MIN, LocalDate.of(2025, 6, 30),
                Map.of("42", "BAC_TRUNG_BO", "40", "BAC_TRUNG_BO", "99", "TAY_NGUYEN"), "test table");
        Snapshot classified = table.applyTo(s);
        assertThat(classified.classification("42", TestSchemes.REGION)).contains("BAC_TRUNG_BO");
        assertThat(classified.classification("40", TestSchemes.REGION)).as("the caller's own value wins")
                .contains("TAY_NGUYEN");
        Snapshot later = Snapshot.of(LocalDate.of(2025, 7, 1), List.of(AdminUnit.of("42", "Tỉnh Thử",
                UnitKind.PROVINCE, null, LocalDate.of(2025, 7, 1))));
        assertThat(table.applyTo(later)).isSameAs(later);
        assertThatThrownBy(() -> ClassificationTable.of(TestSchemes.REGION, LocalDate.MIN, LocalDate.MAX,
                Map.of("42", "ATLANTIS"), "bad")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATLANTIS");
    }
}
