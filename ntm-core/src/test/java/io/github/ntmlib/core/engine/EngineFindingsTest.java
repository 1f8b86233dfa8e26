package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.RuleOrigin;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per finding of issue 9 on the engine side. */
class EngineFindingsTest {

    private static final DataSource SRC = new DataSource("test", "", SourcePosition.of("data.csv", 7));
    private static final String REGION = TestSchemes.REGION.id();
    private static final String HARD = TestSchemes.EXTREMELY_DIFFICULT.id();

    private static Bound request(CriteriaSet set) {
        return Bound.of(set, EvaluationRequest.of(SmallSet.DATE, 2024, CountingMode.COMPUTED));
    }

    private static Evaluation evaluate(Dataset data) {
        return request(SmallSet.set()).evaluate(SmallSet.snapshot(), data, StatusRegister.empty());
    }

    @Test
    void aSnapshotNotYetInForceOnTheDateIsRefusedNamingBothDates() {
        Snapshot july = Snapshot.of(LocalDate.of(2025, 7, 1), SmallSet.snapshot().units());
        assertThatThrownBy(() -> request(SmallSet.set()).evaluate(july, Dataset.empty(), StatusRegister.empty()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("2025-07-01")
                .hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(LocalDate.of(2026, 1, 1), 2025, CountingMode.OFFICIAL), SmallSet.snapshot(), Dataset.empty(), StatusRegister.empty()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("2026-01-01")
                .hasMessageContaining("2025-12-31");
        assertThatThrownBy(() -> EvaluationRequest.of(SmallSet.DATE, 2025, CountingMode.OFFICIAL)).isInstanceOf(EvaluationException.class);
    }

    @Test
    void theResultKeepsItsContextAndValidatesIds() {
        Evaluation e = evaluate(Dataset.empty());
        assertThat(e.snapshot()).isEqualTo(SmallSet.snapshot());
        assertThat(e.criteriaSet().id()).isEqualTo("test-set");
        assertThat(e.request()).isEqualTo(new EvaluationRequest(SmallSet.DATE, 2024, CountingMode.COMPUTED, false));
        assertThatThrownBy(() -> e.result("1", "comune-ntm")).isInstanceOf(UnknownStandardException.class)
                .hasMessageContaining("comune-ntm");
        assertThatThrownBy(() -> e.result("77", "commune-ntm")).isInstanceOf(UnknownUnitException.class);
        assertThat(e.result("6", "commune-ntm")).isEmpty();
        assertThat(e.units()).extracting(UnitResult::unit).containsExactly("42", "445", "1", "2", "3", "4", "5",
                "436", "6");
        assertThat(e.children("445")).extracting(UnitResult::unit).containsExactly("1", "2", "3", "4", "5");
        assertThat(e.units(UnitKind.WARD)).extracting(UnitResult::unit).containsExactly("6");
    }

    @Test
    void dataForAKindTheStandardDoesNotApplyToIsATypedErrorOrListedWhenLenient() {
        Observation forWard = Observation.of("6", "3.1", 2024, Value.Ratio.of(9, 10), SRC);
        RecordedOutcome outcomeForWard = RecordedOutcome.of("6", "commune-ntm", "3", Assessment.MET, SmallSet.DATE, SRC);
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(forWard).build()))
                .isInstanceOfSatisfying(EvaluationException.class, x -> {
                    assertThat(x.position()).isEqualTo(SourcePosition.of("data.csv", 7));
                    assertThat(x.subject()).contains("6");
                    assertThat(x.field()).contains("3.1");
                }).hasMessageContaining("phường");
        assertThatThrownBy(() -> evaluate(Dataset.builder().add(outcomeForWard).build()))
                .isInstanceOfSatisfying(EvaluationException.class, x -> assertThat(x.field()).contains("commune-ntm/3"));
        Evaluation lenient = request(SmallSet.set()).lenient().evaluate(SmallSet.snapshot(),
                Dataset.builder().add(forWard).add(outcomeForWard).build(), StatusRegister.empty());
        assertThat(lenient.ignored()).extracting(IgnoredRow::unit, IgnoredRow::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("6", "3.1"),
                        org.assertj.core.groups.Tuple.tuple("6", "commune-ntm/3"));
        assertThat(lenient.request().lenient()).isTrue();
    }

    @Test
    void anAggregateOverUnitsWithoutAResultIsNotAssessedAndNamesThem() {
        Criterion asks = new Criterion() {
            @Override
            public String code() {
                return "Q";
            }

            @Override
            public Labels labels() {
                return Labels.of("hỏi", "asks");
            }

            @Override
            public List<IndicatorDefinition> indicators() {
                return List.of();
            }

            @Override
            public CriterionResult evaluate(CriterionContext context) {
                Verdict ward = context.holds("6", "commune-ntm");
                return CriterionResult.ofRule("Q", labels(), ward, List.of(), Labels.of("phường: " + ward,
                        "ward: " + ward));
            }
        };
        AggregateCriterion all = AggregateCriterion.of("A", Labels.of("tất cả", "all"), Set.of(UnitKind.COMMUNE),
                "commune-ntm", Comparison.AT_LEAST, BigDecimal.valueOf(100), SmallSet.TEST);
        CriteriaSet set = SmallSet.set().toBuilder().replaceStandard(Standard.of("district-ntm",
                Labels.of("Huyện NTM", "district NTM"), Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(),
                List.of(asks, all), SmallSet.TEST)).build();
        Evaluation e = request(set).evaluate(SmallSet.snapshot(), Dataset.empty(), StatusRegister.empty());
        StandardResult district = e.result("445", "district-ntm").orElseThrow();
        assertThat(district.criterion("Q").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        CriterionResult a = district.criterion("A").orElseThrow();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(a.aggregate().orElseThrow().notAssessed()).containsExactly("1", "2", "3", "4");
        assertThat(a.explanation(Language.ENGLISH)).contains("all: 0/4 xã attaining it (0%)")
                .contains("4 not assessed: 1, 2, 3, 4");
        assertThatThrownBy(() -> SmallSet.set().toBuilder().replaceStandard(Standard.of("district-ntm",
                Labels.of("Huyện", "district"), Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(), List.of(
                        AggregateCriterion.of("W", Labels.of("phường", "wards"), Set.of(UnitKind.WARD), "commune-ntm",
                                Comparison.AT_LEAST, BigDecimal.TEN, SmallSet.TEST)), SmallSet.TEST)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WARD");
    }

    /** A criterion written in code that reads an indicator but does not override withIndicators. */
    private static final class Careless implements Criterion {
        @Override
        public String code() {
            return "C";
        }

        @Override
        public Labels labels() {
            return Labels.of("mã", "code");
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of(SmallSet.water());
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            IndicatorTrace t = context.assess(SmallSet.water());
            return CriterionResult.ofRule("C", labels(), t.verdict(), List.of(t), Labels.of("theo mã", "by code"));
        }
    }

    @Test
    void anOverlayOnACriterionWrittenInCodeTakesEffectOrIsRefused() {
        CriteriaSet set = SmallSet.set().toBuilder().replaceStandard(Standard.of("commune-advanced",
                Labels.of("nâng cao", "advanced"), Set.of(UnitKind.COMMUNE), Optional.of("commune-ntm"),
                List.of(new Careless()), SmallSet.TEST)).build();
        Overlay overlay = new Overlay("ha-tinh", "test-set", "42", List.of(new Overlay.OverlayThreshold(
                "commune-advanced", "17.1", ThresholdRule.always(Threshold.atLeast("60", SmallSet.TEST)))), List.of(),
                SmallSet.TEST, SourcePosition.of("overlay.json"));
        assertThatThrownBy(() -> overlay.applyTo(set)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("written in code");
        CriteriaSet data = overlay.applyTo(SmallSet.set());
        Evaluation e = request(data).evaluate(SmallSet.snapshot(), Dataset.builder()
                .add(Observation.of("1", "17.1", 2024, Value.Ratio.of(58, 100), SRC)).build(), StatusRegister.empty());
        IndicatorTrace water = e.result("1", "commune-advanced").orElseThrow().criterion("17").orElseThrow()
                .indicators().get(0);
        assertThat(water.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(water.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.OVERLAY);
    }

    /** Forest cover: 20% in general, 50% in Trung du và miền núi phía Bắc; extremely difficult communes use the latter. */
    private static CriteriaSet forestSet() {
        IndicatorDefinition forest = new IndicatorDefinition("F", Labels.of("Che phủ rừng", "forest cover"),
                ValueKind.RATIO, "%", false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast("20",
                        SmallSet.TEST)), ThresholdRule.when(REGION, "TRUNG_DU_MIEN_NUI_PHIA_BAC",
                                Threshold.atLeast("50", SmallSet.TEST))));
        return CriteriaSet.builder("forest").labels(Labels.of("rừng", "forest"))
                .validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).provenance(SmallSet.TEST)
                .scheme(TestSchemes.REGION).scheme(TestSchemes.EXTREMELY_DIFFICULT)
                .override(new ClassificationOverride(REGION, "TRUNG_DU_MIEN_NUI_PHIA_BAC", Map.of(HARD, "true"),
                        SmallSet.TEST))
                .standard(Standard.of("commune-ntm", Labels.of("Xã NTM", "commune NTM"), Set.of(UnitKind.COMMUNE),
                        Optional.empty(), List.of(IndicatorCriterion.of("F", Labels.of("rừng", "forest"),
                                List.of(forest))), SmallSet.TEST))
                .build();
    }

    private static IndicatorTrace forest(String overlayValue, String commune, long percent) {
        Overlay overlay = new Overlay("ht", "forest", "42", List.of(new Overlay.OverlayThreshold("commune-ntm", "F",
                ThresholdRule.always(Threshold.atLeast(overlayValue, SmallSet.TEST)))), List.of(), SmallSet.TEST,
                SourcePosition.of("overlay.json"));
        Evaluation e = request(overlay.applyTo(forestSet())).evaluate(SmallSet.snapshot(), Dataset.builder()
                .add(Observation.of(commune, "F", 2024, Value.Ratio.of(percent, 100), SRC)).build(),
                StatusRegister.empty());
        return e.result(commune, "commune-ntm").orElseThrow().criterion("F").orElseThrow().indicators().get(0);
    }

    @Test
    void aProvinceWideOverlayNeverLoosensTheOverridesRegionalThreshold() {
        // Overlay 30% is looser than the Trung du value 50% an extremely difficult commune (3) is judged on.
        IndicatorTrace hard = forest("30", "3", 40);
        assertThat(hard.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(hard.threshold().orElseThrow().value()).contains(new BigDecimal("50"));
        assertThat(hard.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.REGIONAL);
        assertThat(hard.choice().orElseThrow().overrideApplied()).isTrue();
        assertThat(hard.choice().orElseThrow().overridden()).containsEntry(REGION, "BAC_TRUNG_BO");
        assertThat(hard.choice().orElseThrow().read()).containsEntry(HARD, "true");
        assertThat(hard.choice().orElseThrow().setAside().orElseThrow().value()).contains(new BigDecimal("30"));
        assertThat(hard.explanation(Language.ENGLISH)).contains("override applied")
                .contains("set aside: looser than the national one");
        // The same overlay applies to an ordinary commune (1), where it tightens the general 20%.
        IndicatorTrace plain = forest("30", "1", 25);
        assertThat(plain.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(plain.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.OVERLAY);
        assertThat(plain.choice().orElseThrow().overrideApplied()).isFalse();
        // An overlay stricter than the regional value (60% > 50%) applies to the extremely difficult commune too.
        IndicatorTrace stricter = forest("60", "3", 55);
        assertThat(stricter.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(stricter.choice().orElseThrow().origin()).isEqualTo(RuleOrigin.OVERLAY);
        assertThat(stricter.choice().orElseThrow().overrideApplied()).isTrue();
        assertThat(stricter.choice().orElseThrow().setAside()).isEmpty();
    }

    @Test
    void missingDataAndAMissingThresholdAreBothReported() {
        Evaluation e = evaluate(Dataset.empty());
        IndicatorTrace planning = e.result("1", "commune-model").orElseThrow().criterion("1").orElseThrow()
                .indicators().get(0);
        assertThat(planning.reasons()).containsExactlyInAnyOrder(Reason.SET_BY_PROVINCE_NOT_SUPPLIED, Reason.NO_DATA);
        assertThat(planning.explanation(Language.ENGLISH)).contains("no data").contains("set by the province");
        assertThat(planning.explanation(Language.VIETNAMESE)).contains("chưa có số liệu")
                .contains("do tỉnh quy định");
    }

    @Test
    void textsNameCriteriaShowValuesAndFiguresConsistentWithTheirComparison() {
        Dataset data = Dataset.builder()
                .add(Observation.of("1", "3.1", 2024, Value.Ratio.of(79_995, 100_000), SRC))
                .add(Observation.of("1", "3.2", 2024, new Value.Flag(true), SRC))
                .add(Observation.of("1", "10.1", 2024, new Value.Quantity(new BigDecimal("59.5"),
                        "triệu đồng/người/năm"), SRC))
                .add(Observation.of("2", "3.1", 2024, Value.Ratio.of(85, 100), SRC))
                .add(Observation.of("2", "3.2", 2024, new Value.Flag(true), SRC)).build();
        Evaluation e = evaluate(data);
        StandardResult one = e.result("1", "commune-ntm").orElseThrow();
        assertThat(one.explanation(Language.ENGLISH)).isEqualTo("0/2 criteria met; criteria 3 and 10 not met");
        assertThat(one.explanation(Language.VIETNAMESE)).isEqualTo("0/2 tiêu chí đạt; tiêu chí 3 và 10 chưa đạt");
        String irrigation = one.criterion("3").orElseThrow().explanation(Language.ENGLISH);
        assertThat(irrigation).contains("79,995/100,000 = 79.995% does not meet ≥ 80%").doesNotContain("= 80%");
        assertThat(one.criterion("3").orElseThrow().explanation(Language.VIETNAMESE))
                .contains("79.995/100.000 = 79,995% chưa đạt ≥ 80%");
        CriterionResult met = e.result("2", "commune-ntm").orElseThrow().criterion("3").orElseThrow();
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.explanation(Language.ENGLISH)).contains("3.1: 85/100 = 85% meets ≥ 80%")
                .contains("3.2: recorded met (Đạt), meets the requirement");
        assertThat(e.result("445", "district-ntm").orElseThrow().criterion("P1").orElseThrow()
                .explanation(Language.VIETNAMESE)).contains(": 0/4 xã đạt (0%), yêu cầu ≥ 100%");
    }
}
