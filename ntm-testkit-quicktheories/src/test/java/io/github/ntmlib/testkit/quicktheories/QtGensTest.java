package io.github.ntmlib.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.testkit.Gen;
import io.github.ntmlib.testkit.Hierarchies;
import io.github.ntmlib.testkit.Reach;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Under QuickTheories every draw of a testkit generator shrinks. */
class QtGensTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);

    @Test
    void underQuickTheoriesEveryDrawShrinks() {
        Gen<Integer> number = r -> r.nextInt(1000);
        assertThatThrownBy(() -> qt().withFixedSeed(5).withExamples(200).forAll(QtGens.of(number))
                .checkAssert(n -> assertThat(n).isLessThan(500)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("500");
        Gen<Snapshot> snapshots = Hierarchies.snapshots(FROM, new Reach());
        assertThatThrownBy(() -> qt().withFixedSeed(6).withExamples(200).forAll(QtGens.of(snapshots.map(
                s -> s.units(UnitKind.COMMUNE).size() + s.units(UnitKind.WARD).size()
                        + s.units(UnitKind.TOWNSHIP).size()))).checkAssert(n -> assertThat(n).isLessThan(3)))
                .as("a hierarchy with three communes, shrunk to the smallest such").isInstanceOf(AssertionError.class)
                .hasMessageContaining("3");
    }
}
