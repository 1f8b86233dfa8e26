package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Aggregates in the verdicts mode count as the full evaluation counts: a counted unit of a kind
 * the counted standard does not apply to is refused by the set; in official counting a unit holds a
 * standard when it is recognised for that very standard (not for another one of the set), in
 * computed counting when its computed verdict is met. District 100 of {@link
 * CompiledEngineTest#oneCommune} has commune 101 (recognised for commune-ntm) and its villages.
 */
class VerdictsAggregatesTest {

    private static final CriteriaSet SET = CompiledEngineTest.oneCommune().set().toBuilder()
            .standard(Standard.of("district-few", Labels.of("Huyện ít nâng cao", "few advanced"),
                    Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(), List.of(
                            AggregateCriterion.of("A", Labels.of("≤ 50% xã nâng cao", "at most 50% advanced"),
                                    Set.of(UnitKind.COMMUNE), "commune-advanced", Comparison.AT_MOST,
                                    BigDecimal.valueOf(50), SmallSet.TEST)),
                    SmallSet.TEST))
            .build();

    private static Verdicts both(CountingMode mode, StatusRegister register) {
        CompiledEngineTest.Country c = CompiledEngineTest.oneCommune();
        Snapshot s = c.snapshot();
        Dataset data = c.data(0, "");
        Bound evaluator = Bound.of(SET, EvaluationRequest.of(SmallSet.DATE, 2024, mode));
        Verdicts v = evaluator.verdicts(s, data, register);
        assertThat(v).as(mode + ": the full evaluation's verdicts").isEqualTo(Verdicts.of(evaluator.evaluate(s, data,
                register)));
        return v;
    }

    /** So the verdicts mode's branch for a counted kind the standard does not apply to is never taken. */
    @Test
    void aSetRefusesAnAggregateCountingAKindItsStandardDoesNotApplyTo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SET.toBuilder().standard(Standard.of("district-mixed",
                Labels.of("Huyện hỗn hợp", "mixed district"), Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(),
                List.of(AggregateCriterion.of("V", Labels.of("100% xã và thôn", "every commune and village"),
                        Set.of(UnitKind.COMMUNE, UnitKind.VILLAGE), "commune-ntm", Comparison.AT_LEAST,
                        BigDecimal.valueOf(100), SmallSet.TEST)), SmallSet.TEST)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commune-ntm applies only to");
    }

    @Test
    void computedCountingCountsTheComputedVerdicts() {
        StatusRegister register = CompiledEngineTest.oneCommune().register();
        Verdicts v = both(CountingMode.COMPUTED, register);
        Verdict advanced = v.verdict("101", "commune-advanced").orElseThrow();
        assertThat(v.verdict("100", "district-few")).as("101 is the only commune")
                .contains(advanced == Verdict.MET ? Verdict.NOT_MET : advanced == Verdict.NOT_MET ? Verdict.MET
                        : Verdict.NOT_ASSESSED);
    }

    @Test
    void officialCountingCountsTheRecognitionsOfTheCountedStandardOnly() {
        StatusRegister ntmOnly = CompiledEngineTest.oneCommune().register();
        assertThat(both(CountingMode.OFFICIAL, ntmOnly).verdict("100", "district-few"))
                .as("101 recognised for commune-ntm only: 0 of 1 advanced").contains(Verdict.MET);
        List<StatusEvent> events = new java.util.ArrayList<>(ntmOnly.events());
        events.add(StatusEvent.recognised("101", "commune-advanced", LocalDate.of(2024, 6, 1), "QĐ", "UBND tỉnh"));
        Verdicts advanced = both(CountingMode.OFFICIAL, StatusRegister.of(events));
        assertThat(advanced.isRecognised("101", "commune-advanced")).isTrue();
        assertThat(advanced.verdict("100", "district-few")).as("1 of 1 advanced, more than 50%")
                .contains(Verdict.NOT_MET);
        assertThat(both(CountingMode.OFFICIAL, StatusRegister.empty()).verdict("100", "district-few"))
                .contains(Verdict.MET);
    }
}
