package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.RecordedOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a standard's verdict names the criteria not met and not assessed (one criterion, or a
 * list ending in "and") and the required standard only when it is not attained; a recorded outcome
 * names its reporter, its reference when there is one, and its completion as a point or a range.
 */
class VerdictTextRulesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    private static final Criterion C = IndicatorCriterion.of("0", Labels.of("x", "x"), List.of(
            new IndicatorDefinition("0.1", Labels.of("x", "x"), io.github.ntmlib.core.data.ValueKind.FLAG, "", false,
                    List.of(), List.of(ThresholdRule.always(Threshold.met(Provenance.of("QĐ", "")))))));

    private static CriterionResult recorded(String code, Assessment assessment, String reference) {
        Criterion c = IndicatorCriterion.of(code, C.labels(), ((IndicatorCriterion) C).indicators());
        return CriterionResult.ofRecorded(c, RecordedOutcome.of("1", "s", code, assessment, DAY,
                new DataSource("UBND xã", reference, SourcePosition.API)));
    }

    /** A standard's explanation, as the engine's result renders it. */
    private static String standard(List<CriterionResult> criteria, @org.jspecify.annotations.Nullable String requires,
            Verdict required, Language language) {
        return io.github.ntmlib.core.engine.StandardResult.restore("s", criteria, null, requires, required)
                .explanation(language);
    }

    @Test
    void aStandardsVerdictNamesWhatIsNotMetAndARequiredStandardNotAttained() {
        List<CriterionResult> results = List.of(recorded("1", Assessment.MET, ""), recorded("2", Assessment.NOT_MET, ""));
        assertThat(standard(results, "ntm", Verdict.NOT_MET, Language.ENGLISH))
                .isEqualTo("1/2 criteria met; criterion 2 " + Verdict.NOT_MET.label(Language.ENGLISH)
                        + "; requires ntm, which is " + Verdict.NOT_MET.label(Language.ENGLISH));
        assertThat(standard(results, "ntm", Verdict.MET, Language.ENGLISH))
                .isEqualTo("1/2 criteria met; criterion 2 " + Verdict.NOT_MET.label(Language.ENGLISH));
        assertThat(standard(results, null, Verdict.MET, Language.ENGLISH)).doesNotContain("requires");
        List<CriterionResult> three = List.of(recorded("2", Assessment.NOT_MET, ""),
                recorded("3", Assessment.NOT_MET, ""), recorded("5", Assessment.NOT_MET, ""));
        assertThat(standard(three, null, Verdict.MET, Language.VIETNAMESE))
                .isEqualTo("0/3 tiêu chí đạt; tiêu chí 2, 3 và 5 " + Verdict.NOT_MET.label(Language.VIETNAMESE));
        assertThat(standard(three, null, Verdict.MET, Language.ENGLISH))
                .contains("criteria 2, 3 and 5 ");
    }

    @Test
    void aRecordedOutcomeNamesItsReporterReferenceAndCompletion() {
        CriterionResult plain = recorded("7", Assessment.MET, "");
        assertThat(plain.explanation(Language.ENGLISH)).isEqualTo("recorded " + Assessment.MET.label(Language.ENGLISH)
                + " (" + Assessment.MET.vietnamese() + ") by UBND xã on 2024-12-31");
        assertThat(recorded("7", Assessment.MET, "QĐ 5").explanation(Language.VIETNAMESE))
                .isEqualTo("ghi nhận " + Assessment.MET.label(Language.VIETNAMESE) + " bởi UBND xã, QĐ 5 ngày 31/12/2024");
        Criterion c = IndicatorCriterion.of("7", C.labels(), ((IndicatorCriterion) C).indicators());
        RecordedOutcome range = RecordedOutcome.of("1", "s", "7", Assessment.BASICALLY_MET, DAY,
                new DataSource("UBND xã", "", SourcePosition.API)).withCompletion(new BigDecimal("80"),
                new BigDecimal("90"));
        assertThat(CriterionResult.ofRecorded(c, range).explanation(Language.ENGLISH))
                .contains(", 80-90% of the requirement by");
        RecordedOutcome point = RecordedOutcome.of("1", "s", "7", Assessment.BASICALLY_MET, DAY,
                new DataSource("UBND xã", "", SourcePosition.API)).withCompletion(new BigDecimal("80"),
                new BigDecimal("80.0"));
        assertThat(CriterionResult.ofRecorded(c, point).explanation(Language.ENGLISH))
                .contains(", 80% of the requirement by");
        assertThat(CriterionResult.ofRecorded(c, point).verdict()).isEqualTo(Verdict.NOT_MET);
    }
}
