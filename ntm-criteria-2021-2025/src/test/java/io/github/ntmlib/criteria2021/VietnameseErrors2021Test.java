package io.github.ntmlib.criteria2021;

import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationException;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.UnknownStandardException;
import io.github.ntmlib.core.criteria.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 for the 2021-2025 set: the errors an evaluation with it raises (an unknown standard or
 * indicator, a date outside its period, an overlay that names what it does not have) read in
 * Vietnamese with no English word outside the quoted input, name the same place as the English
 * message, and the English message stays as it was.
 */
class VietnameseErrors2021Test {

    private static Evaluation evaluate(Dataset data) {
        return Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(Fixtures.DATE, Fixtures.YEAR,
                CountingMode.COMPUTED), Fixtures.communes(), data, StatusRegister.empty());
    }

    @Test
    void anUnknownStandardOrIndicatorIsNamedInVietnamese() {
        Evaluation e = evaluate(Dataset.empty());
        InvalidDataException standard = thrownBy(() -> e.standard("commune-ntn"),
                "criteria set vn-2021-2025 has no standard 'commune-ntn'");
        assertThat(standard).isInstanceOf(UnknownStandardException.class);
        InvalidDataException indicator = thrownBy(() -> evaluate(Dataset.builder()
                .add(Fixtures.ratio("1", "99.9", 1, 2)).build()), "unknown indicator: criteria set vn-2021-2025 has"
                + " no indicator 99.9");
        assertThat(indicator).isInstanceOf(EvaluationException.class);
        assertThat(indicator.subject()).contains("1");
        assertThat(indicator.field()).contains("99.9");
        assertThat(indicator.reason(Language.VIETNAMESE)).contains("'99.9'")
                .contains(Fixtures.SET.labels().vietnamese()).doesNotContain("vn-2021-2025");
    }

    @Test
    void aDateOutsideThePeriodIsNamedInVietnamese() {
        InvalidDataException e = thrownBy(() -> Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(
                LocalDate.of(2031, 3, 1), 2030, CountingMode.COMPUTED), Fixtures.communes(), Dataset.empty(),
                StatusRegister.empty()), "data year 2030 on 2031-03-01 is outside the period of criteria set vn-2021-2025");
        assertThat(e.reason(Language.VIETNAMESE)).contains("01/03/2031").doesNotContain("2031-03-01");
        assertThat(e.field()).contains("asOf");
    }

    @Test
    void aBadOverlayOfTheSetIsNamedInVietnamese() {
        ThresholdRule rule = ThresholdRule.always(Threshold.atLeast("95", new Provenance("QĐ tỉnh", "", "", "")));
        thrownBy(() -> new Overlay("ha-tinh", NationalCriteria2021.SET_ID, "42", List.of(
                new Overlay.OverlayThreshold(NationalCriteria2021.COMMUNE_NTM, "99.9", rule)), List.of(),
                new Provenance("QĐ tỉnh", "", "", ""), SourcePosition.of("overlay.json")).applyTo(Fixtures.SET),
                "unknown indicator 99.9 in standard commune-ntm");
    }

    @Test
    void anyMisspeltStandardIsNamedInVietnamese() {
        Evaluation e = evaluate(Dataset.empty());
        qt().withExamples(100).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20)
                .assuming(s -> Fixtures.SET.standard(s).isEmpty() && s.indexOf('\'') < 0))
                .checkAssert(id -> assertThat(thrownBy(() -> e.standard(id), "has no standard").subject())
                        .contains(id));
    }
}
