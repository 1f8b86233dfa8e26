package io.github.ntmlib.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generators make valid values and reach their edges (counted). */
class GeneratorsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 7, 1);

    @Test
    void historiesAreValidAndReachTwoLevelsVillagesMergersAndReclassifications() {
        Reach reach = new Reach();
        Gen<LocalityHistory> gen = Hierarchies.histories(FROM, TO, reach);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            LocalityHistory history = gen.next(random);
            assertThat(history.asOf(TO).units(UnitKind.PROVINCE)).hasSize(1);
        }
        assertThat(reach.count(Hierarchies.TWO_LEVEL)).isBetween(20L, 100L);
        assertThat(reach.count(Hierarchies.VILLAGES)).isPositive();
        assertThat(reach.count(Hierarchies.MERGE)).isGreaterThan(50);
        assertThat(reach.count(Hierarchies.RECLASSIFIED)).isGreaterThan(50);
    }

    @Test
    void datasetsReachEveryEdgeOfTheThresholds() {
        Reach reach = new Reach();
        CriteriaSet set = TestSets.good();
        SplittableRandom random = new SplittableRandom(12);
        Gen<Snapshot> snapshots = Hierarchies.snapshots(LocalDate.of(2024, 1, 1), new Reach());
        for (int i = 0; i < 100; i++) {
            Snapshot s = snapshots.next(random);
            Dataset data = Datasets.edgeBiased(set, s, 2025, LocalDate.of(2025, 12, 1), reach).next(random);
            io.github.ntmlib.core.engine.Evaluator.of(set).evaluate(io.github.ntmlib.core.engine.EvaluationRequest.of(LocalDate.of(2025, 12, 31), 2025, io.github.ntmlib.core.criteria.CountingMode.COMPUTED), s, data, StatusRegister.empty());
        }
        for (String edge : List.of(Datasets.BELOW, Datasets.AT, Datasets.ABOVE, Datasets.MISSING, Datasets.RECORDED)) {
            assertThat(reach.count(edge)).as(edge).isGreaterThan(10);
        }
    }

    @Test
    void registersRecogniseAndRevokeWithinTheirSpan() {
        Reach reach = new Reach();
        Snapshot s = Hierarchies.snapshots(FROM, new Reach()).next(new SplittableRandom(3));
        Gen<StatusRegister> gen = Registers.statuses(s, TestSets.good().standards(), LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 1, 1), reach);
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 50; i++) {
            gen.next(random).events().forEach(e -> assertThat(TestSets.good().standard(e.standard()).orElseThrow()
                    .appliesTo(s.require(e.unit()).kind())).as("a generated event applies to its unit").isTrue());
        }
        assertThat(reach.count(Registers.RECOGNISED)).isGreaterThan(reach.count(Registers.REVOKED)).isPositive();
        assertThat(reach.count(Registers.REVOKED)).isPositive();
        assertThatThrownBy(() -> Registers.statuses(s, TestSets.good().standards(), FROM, FROM.plusDays(1), reach))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tighteningOverlaysApplyAndLooseningOnesAreRefused() {
        Reach reach = new Reach();
        CriteriaSet set = TestSets.good();
        SplittableRandom random = new SplittableRandom(14);
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            Overlay tight = Overlays.moving(set, "42", false, reach).next(random);
            assertThat(tight.applyTo(set).id()).isEqualTo(set.id());
            Overlay loose = Overlays.moving(set, "42", true, reach).next(random);
            try {
                loose.applyTo(set);
            } catch (InvalidDataException e) {
                refused++;
                assertThat(e).hasMessageContaining("loosens the national value");
            }
        }
        assertThat(reach.count(Overlays.SAME)).isPositive();
        assertThat(reach.count(Overlays.MOVED)).isPositive();
        assertThat(refused).as("every loosening overlay that moved a value is refused").isGreaterThan(50);
    }
}
